// PGlite mode of bench/list: the embedded database (one process only) filled beforehand with
// `DATA_DIR=<dir> npm run seed -- --dossiers 100000`. The session is written before the portal
// starts, since PGlite cannot be opened by two processes. No bare-server comparison here.
import { join } from 'node:path';
import { openDb } from '../../apps/server/src/db/client.ts';
import { sql } from '../../apps/server/src/db/sql.ts';
import { fmt, loadLine, rssMb, runLoad } from './load.ts';
import { machineLine } from './machine.ts';
import { benchSession, startPortal } from './portal.ts';

export async function pgliteListBench(dataDir: string, seconds: number): Promise<void> {
  const env = { DATA_DIR: dataDir, DATABASE_URL: '', DEMO_DATA: 'false' };
  const db = await openDb({ dataDir: join(dataDir, 'pglite') });
  const total = (await db.one<{ n: number }>(sql`SELECT count(*)::int AS n FROM dossier`))!.n;
  const session = await benchSession(env, db, 'MIC', ['agent_instructeur']);
  await db.close();
  process.stdout.write(`bench/list (PGlite) — ${machineLine('PGlite (embedded)')}\n${loadLine()}\n`);
  process.stdout.write(`${total.toLocaleString('fr-FR')} dossiers; 20 clients; ${seconds} s per measure\n`);
  const portal = await startPortal(env, 3441);
  let maxRss = 0;
  const sampler = setInterval(async () => {
    maxRss = Math.max(maxRss, await rssMb(portal.child.pid!).catch(() => 0));
  }, 200);
  const headers = () => ({ cookie: session.cookie });
  const scenarios: [string, string][] = [
    ['première page', 'pageSize=20'],
    ["État = En cours d'instruction", 'state=en_instruction'],
    ['Catégorie ALE + État Acceptée', 'category=ale&state=acceptee'],
    ['Importateur : nom partiel', 'importer=atlas'],
  ];
  await runLoad({
    port: 3441,
    clients: 20,
    seconds: 2,
    path: () => '/api/procedures/DFD/dossiers?pageSize=20',
    headers,
  });
  for (const [name, qs] of scenarios) {
    const r = await runLoad({
      port: 3441,
      clients: 20,
      seconds,
      path: () => `/api/procedures/DFD/dossiers?${qs}`,
      headers,
    });
    process.stdout.write(`${name}\n  portail (PGlite) : ${fmt(r)}\n`);
  }
  clearInterval(sampler);
  process.stdout.write(`RSS max ${maxRss.toFixed(0)} Mo (cible p95 ≤ 50 ms)\n${loadLine()}\n`);
  await portal.stop();
}

// bench/dossier: GET /api/dossiers/:id on PostgreSQL with 1,000,000 dossiers, 20 clients, random
// DFDs (cold and warm pages mixed). Target: p95 ≤ 30 ms.
import { randomBytes } from 'node:crypto';
import { sql } from '../apps/server/src/db/sql.ts';
import { fmt, loadLine, runLoad } from './lib/load.ts';
import { machineLine } from './lib/machine.ts';
import { benchSession, openBenchDb, startPortal } from './lib/portal.ts';

const url = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/bench_mic';
const env = {
  DATABASE_URL: url,
  SECRETS_KEY: process.env.SECRETS_KEY ?? randomBytes(32).toString('base64'),
  DEMO_DATA: 'false',
};
const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const db = await openBenchDb(url);
const version = (await db.one<{ v: string }>(sql`SELECT current_setting('server_version') AS v`))!.v;
const session = await benchSession(env, db, 'MIC', ['agent_instructeur']);
const ids = (
  await db.query<{ id: number }>(
    sql`SELECT id FROM dossier WHERE procedure_code = 'DFD' ORDER BY random() LIMIT 5000`,
  )
).map((r) => Number(r.id));
process.stdout.write(`bench/dossier — ${machineLine(`PostgreSQL ${version}`)}\n${loadLine()}\n`);
const portal = await startPortal(env, 3411);
const options = {
  port: 3411,
  clients: 20,
  path: (i: number) => `/api/dossiers/${ids[i % ids.length]}`,
  headers: () => ({ cookie: session.cookie }),
};
await runLoad({ ...options, seconds: 3 });
const r = await runLoad({ ...options, seconds });
process.stdout.write(
  `GET /api/dossiers/:id, 20 clients, ${ids.length} DFD distincts : ${fmt(r)} (cible p95 ≤ 30 ms)\n${loadLine()}\n`,
);
await portal.stop();
await db.close();

// bench/list: the « Gestion des demandes » list endpoint on PostgreSQL with 1,000,000 dossiers,
// first page, deep keyset page and the page's filter combinations, 20 concurrent clients, side by
// side with a bare Fastify + postgres.js server running the same SQL (bench/lib/bare-server.ts).
// Targets (issue 4): p95 ≤ 20 ms, throughput ≥ 0.7 × bare, portal RSS < 300 MB.
//   DATABASE_URL=postgres://postgres@127.0.0.1:5432/bench_mic SECRETS_KEY=… node bench/list.ts
// (the database is filled by `npm run seed -- --dossiers 1000000`).
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { sql } from '../apps/server/src/db/sql.ts';
import { encodeCursor } from '../apps/server/src/modules/dossiers/service.ts';
import { fmt, type LoadResult, loadLine, rssMb, runLoad } from './lib/load.ts';
import { machineLine } from './lib/machine.ts';
import { pgliteListBench } from './lib/pglite.ts';
import { benchSession, openBenchDb, ROOT, startPortal } from './lib/portal.ts';

// BENCH_PGLITE_DIR=<DATA_DIR filled by the seed>: the embedded-database variant (issue 4: 100,000 dossiers).
if (process.env.BENCH_PGLITE_DIR) {
  await pgliteListBench(process.env.BENCH_PGLITE_DIR, Number(process.env.BENCH_SECONDS ?? 5));
  process.exit(0);
}

const url = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/bench_mic';
const env = {
  DATABASE_URL: url,
  SECRETS_KEY: process.env.SECRETS_KEY ?? randomBytes(32).toString('base64'),
  DEMO_DATA: 'false',
};
const seconds = Number(process.env.BENCH_SECONDS ?? 5);
const clients = 20;

const db = await openBenchDb(url);
const version = (await db.one<{ v: string }>(sql`SELECT current_setting('server_version') AS v`))!.v;
const total = (await db.one<{ n: number }>(sql`SELECT count(*)::int AS n FROM dossier`))!.n;
const mic = (await db.one<{ id: number }>(sql`SELECT id FROM organisation WHERE code = 'MIC'`))!.id;
const session = await benchSession(env, db, 'MIC', ['agent_instructeur']);
const deep = (await db.one<{ v: string; id: number }>(sql`
  SELECT submitted_at::text AS v, id FROM dossier WHERE procedure_code = 'DFD'
   ORDER BY submitted_at DESC, id DESC OFFSET 100000 LIMIT 1`))!;
const sample = (await db.one<{ reference: string; importer_ice: string }>(sql`
  SELECT reference, importer_ice FROM dossier WHERE procedure_code = 'DFD' ORDER BY id DESC OFFSET 5000 LIMIT 1`))!;
const deepCursor = encodeCursor('submittedAt', 'desc', deep.v, Number(deep.id), false);

const scenarios: [string, string][] = [
  ['première page (20, date desc)', 'pageSize=20'],
  ['page profonde (curseur après 100 000)', `pageSize=20&cursor=${deepCursor}`],
  ["État = En cours d'instruction", 'state=en_instruction'],
  ['Catégorie ALE + État Acceptée', 'category=ale&state=acceptee'],
  ['N° DFD exact', `reference=${sample.reference}`],
  ['Importateur : nom partiel', 'importer=atlas%20agro'],
  ['Importateur : ICE', `importer=${sample.importer_ice}`],
  ['Nomenclature 8418', 'hsCode=8418'],
  ['Période T1 2025 + bureau 310', 'submittedFrom=2025-01-01&submittedTo=2025-03-31&customsOffice=310'],
  ['tri Importateur asc, 100/page', 'sort=importer&dir=asc&pageSize=100'],
];

process.stdout.write(`bench/list — ${machineLine(`PostgreSQL ${version}`)}\n${loadLine()}\n`);
process.stdout.write(
  `${total.toLocaleString('fr-FR')} dossiers; ${clients} clients; ${seconds} s per measure\n\n`,
);

const portal = await startPortal(env, 3401);
const bare = spawn(process.execPath, [join(ROOT, 'bench/lib/bare-server.ts'), '3402', url, String(mic)], {
  stdio: ['ignore', 'pipe', 'inherit'],
});
await new Promise<void>((r) => bare.stdout!.once('data', () => r()));

let maxRss = 0;
const sampler = setInterval(async () => {
  maxRss = Math.max(maxRss, await rssMb(portal.child.pid!).catch(() => 0));
}, 200);
const headers = () => ({ cookie: session.cookie });
const measurePortal = (qs: string) =>
  runLoad({ port: 3401, clients, seconds, path: () => `/api/procedures/DFD/dossiers?${qs}`, headers });
const measureBare = (qs: string) => runLoad({ port: 3402, clients, seconds, path: () => `/list/DFD?${qs}` });

// Warm-up: JIT, prepared statements, caches.
await runLoad({
  port: 3401,
  clients,
  seconds: 3,
  path: (i) => `/api/procedures/DFD/dossiers?${scenarios[i % scenarios.length][1]}`,
  headers,
});
await runLoad({
  port: 3402,
  clients,
  seconds: 3,
  path: (i) => `/list/DFD?${scenarios[i % scenarios.length][1]}`,
});

const rows: { name: string; p: LoadResult; b: LoadResult }[] = [];
for (const [name, qs] of scenarios) {
  const p = await measurePortal(qs);
  const b = await measureBare(qs);
  rows.push({ name, p, b });
  process.stdout.write(
    `${name}\n  portail : ${fmt(p)}\n  nu      : ${fmt(b)}\n  ratio ${(p.rps / b.rps).toFixed(2)}\n`,
  );
}
clearInterval(sampler);
const sum = (k: 'p' | 'b') => rows.reduce((s, r) => s + r[k].rps, 0);
const worstP95 = Math.max(...rows.map((r) => r.p.p95));
process.stdout.write(
  `\nsynthèse : débit portail / nu = ${(sum('p') / sum('b')).toFixed(2)} (cible ≥ 0,7) ; p95 max portail ${worstP95.toFixed(1)} ms (cible ≤ 20) ; RSS max portail ${maxRss.toFixed(0)} Mo (cible < 300)\n${loadLine()}\n`,
);
bare.kill('SIGTERM');
await portal.stop();
await db.close();

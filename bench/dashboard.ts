// bench/dashboard: GET /api/dashboard over HTTP at 20 concurrent clients (closed loop, keep-alive),
// for several filters and users, against a real portal process.
//
//   PostgreSQL (1,000,000 dossiers seeded with `npm run seed -- --dossiers 1000000`):
//     node bench/dashboard.ts --url postgres://postgres@127.0.0.1:5432/bench_dash
//   PGlite (100,000 dossiers seeded with DATA_DIR=<dir> npm run seed -- --dossiers 100000):
//     node bench/dashboard.ts --pglite <dir>
//
// Goals: p95 ≤ 20 ms on PostgreSQL, ≤ 50 ms on PGlite. The rollups are rebuilt first (timed);
// with --writes N a background writer changes N dossiers a second during a second pass
// (PostgreSQL only: PGlite is single-process), so the reads also pay for fresh deltas.
import { type ChildProcess, spawn } from 'node:child_process';
import { Agent, request } from 'node:http';
import { join } from 'node:path';
import { openDb } from '../apps/server/src/db/client.ts';
import { migrate } from '../apps/server/src/db/migrate.ts';
import { seedReference } from '../apps/server/src/db/seed/reference.ts';
import { sql } from '../apps/server/src/db/sql.ts';
import { foldDeltas, rebuild } from '../apps/server/src/modules/dashboard/repo.ts';
import { createSession } from '../apps/server/src/modules/portal-session/store.ts';
import { HOUR } from '../apps/server/src/platform/clock.ts';
import { machineLine } from './lib/machine.ts';
import { PORTAL_NODE_FLAGS } from './lib/portal.ts';

const arg = (name: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const url = arg('url');
const pgliteDir = arg('pglite');
if (!url && !pgliteDir) {
  process.stderr.write('usage: node bench/dashboard.ts --url postgres://… | --pglite <DATA_DIR>\n');
  process.exit(64);
}
const seconds = Number(arg('seconds') ?? 10);
const clients = Number(arg('clients') ?? 20);
const writes = Number(arg('writes') ?? 0);
const port = 3700 + Math.floor(Math.random() * 200);
const root = join(import.meta.dirname, '..');
// The key that sealed the database's signing keys (the other benches read SECRETS_KEY too).
const secretsKey = process.env.SECRETS_KEY ?? Buffer.alloc(32, 9).toString('base64');

// ---- prepare: rollups, users, sessions (before the server opens an embedded database) ----
const db = await openDb(url ? { url, maxConnections: 4 } : { dataDir: join(pgliteDir!, 'pglite') });
await migrate(db);
await seedReference(db);
const total = (await db.one<{ n: number }>(sql`SELECT count(*)::int AS n FROM dossier`))?.n ?? 0;
// A bulk seed leaves a million deltas: rebuild then (timed); otherwise the rollup is current.
const pendingAtStart =
  (await db.one<{ n: number }>(sql`SELECT count(*)::int AS n FROM dashboard_delta`))?.n ?? 0;
const emptyRollup = !(await db.one(sql`SELECT 1 FROM dashboard_rollup LIMIT 1`));
const t0 = performance.now();
if (process.argv.includes('--rebuild') || emptyRollup || pendingAtStart > 50_000) await rebuild(db);
else await foldDeltas(db, new Date());
const rebuildMs = performance.now() - t0;
if (url) await db.execScript('VACUUM ANALYZE dashboard_rollup');
const rollupRows =
  (await db.one<{ n: number }>(sql`SELECT count(*)::int AS n FROM dashboard_rollup`))?.n ?? 0;

async function benchUser(username: string, org: string, roles: string[]): Promise<string> {
  await db.query(sql`
    INSERT INTO app_user (organisation_id, username, email, display_name, roles)
    SELECT id, ${username}, ${`${username}@bench.local`}, ${username}, ${roles}::text[] FROM organisation WHERE code = ${org}
    ON CONFLICT DO NOTHING`);
  const u = await db.one<{ id: number }>(sql`SELECT id FROM app_user WHERE lower(username) = ${username}`);
  const token = await createSession(
    db,
    new Date(),
    { idleMs: 24 * HOUR, absoluteMs: 24 * HOUR },
    {
      userId: u!.id,
      remember: false,
    },
  );
  return `mic_session=${token}`;
}
const users = {
  chefMic: await benchUser('bench.chef.mic', 'MIC', ['chef_service']),
  agentOnssa: await benchUser('bench.agent.onssa', 'ONSSA', ['agent_instructeur']),
  admin: await benchUser('bench.admin', 'PORTNET', ['admin_plateforme']),
};
const offices = await db.query<{ code: string }>(
  sql`SELECT customs_office_code AS code FROM dossier WHERE customs_office_code IS NOT NULL GROUP BY 1 ORDER BY count(*) DESC LIMIT 3`,
);
if (!url) await db.close();

const scenarios: { name: string; cookie: string; qs: string }[] = [
  { name: 'chef MIC, 12 derniers mois', cookie: users.chefMic, qs: 'period=12m' },
  { name: 'chef MIC, DFD, année en cours', cookie: users.chefMic, qs: 'period=annee&procedure=DFD' },
  {
    name: 'chef MIC, période libre, bureau',
    cookie: users.chefMic,
    qs: `period=personnalisee&submittedFrom=2024-03-17&submittedTo=2025-09-04&customsOffice=${offices[0]?.code ?? '301'}`,
  },
  { name: 'agent ONSSA (avis), 30 jours', cookie: users.agentOnssa, qs: 'period=30j' },
  { name: 'admin plateforme, tout, 12 mois', cookie: users.admin, qs: 'period=12m' },
  { name: 'admin plateforme, MIC, trimestre', cookie: users.admin, qs: 'period=trimestre&organisation=MIC' },
];

// ---- the portal process ----
const env: Record<string, string> = {
  ...(process.env as Record<string, string>),
  PORT: String(port),
  PUBLIC_URL: `http://localhost:${port}`,
  LOG_LEVEL: 'warn',
  DEMO_DATA: 'false',
};
if (url) {
  env.DATABASE_URL = url;
  env.SECRETS_KEY = secretsKey;
} else {
  env.DATA_DIR = pgliteDir!;
  delete env.DATABASE_URL;
}
// BENCH_CPU_PROF_DIR=<dir>: the portal writes a V8 CPU profile there when it stops.
const profile = process.env.BENCH_CPU_PROF_DIR
  ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROF_DIR}`]
  : [];
const server: ChildProcess = spawn(
  process.execPath,
  [...PORTAL_NODE_FLAGS, ...profile, join(root, 'apps/server/src/main.ts')],
  {
    env,
    stdio: ['ignore', 'ignore', 'inherit'],
  },
);
const agent = new Agent({ keepAlive: true, maxSockets: clients });

function get(path: string, cookie: string): Promise<{ status: number; ms: number; bytes: number }> {
  const t = performance.now();
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, agent, headers: { cookie } }, (res) => {
      let bytes = 0;
      res.on('data', (c: Buffer) => {
        bytes += c.length;
      });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, ms: performance.now() - t, bytes }));
    });
    req.on('error', reject);
    req.end();
  });
}

for (let i = 0; ; i++) {
  try {
    if ((await get('/readyz', '')).status === 200) break;
  } catch {
    // not listening yet
  }
  if (i > 600) throw new Error('the portal did not start');
  await new Promise((r) => setTimeout(r, 200));
}

const pct = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];

async function run(s: (typeof scenarios)[number]): Promise<string> {
  const path = `/api/dashboard?${s.qs}`;
  const first = await get(path, s.cookie);
  if (first.status !== 200) throw new Error(`${s.name}: HTTP ${first.status}`);
  // warm-up
  const warmEnd = performance.now() + 1000;
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (performance.now() < warmEnd) await get(path, s.cookie);
    }),
  );
  const lat: number[] = [];
  let errors = 0;
  const end = performance.now() + seconds * 1000;
  const t = performance.now();
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (performance.now() < end) {
        const r = await get(path, s.cookie);
        if (r.status !== 200) errors++;
        lat.push(r.ms);
      }
    }),
  );
  const elapsed = (performance.now() - t) / 1000;
  lat.sort((a, b) => a - b);
  return `${s.name.padEnd(36)} ${String(Math.round(lat.length / elapsed)).padStart(6)} req/s  p50 ${pct(lat, 0.5).toFixed(1).padStart(6)} ms  p95 ${pct(lat, 0.95).toFixed(1).padStart(6)} ms  p99 ${pct(lat, 0.99).toFixed(1).padStart(6)} ms  ${(first.bytes / 1024).toFixed(0)} KiB${errors ? `  ${errors} errors` : ''}`;
}

let writer: Promise<void> | undefined;
let writing = false;
try {
  console.log(machineLine(url ? 'PostgreSQL (server)' : 'PGlite (embedded)'));
  console.log(
    `dossiers: ${total.toLocaleString('fr-FR')}; rollup ready in ${(rebuildMs / 1000).toFixed(1)} s (${rollupRows.toLocaleString('fr-FR')} rows); ${clients} clients, ${seconds} s per scenario`,
  );
  for (const s of scenarios) console.log(await run(s));
  if (url && writes > 0) {
    // Churn: state changes on random dossiers, as processing would do; every read then also sums
    // the fresh deltas and the fold job runs every 5 s.
    writing = true;
    const ids = await db.one<{ lo: number; hi: number }>(
      sql`SELECT min(id)::bigint AS lo, max(id)::bigint AS hi FROM dossier`,
    );
    let n = 0;
    writer = (async () => {
      const states = ['en_instruction', 'complement_demande', 'attente_avis', 'acceptee', 'rejetee'];
      while (writing) {
        const id = ids!.lo + Math.floor(Math.random() * (ids!.hi - ids!.lo));
        await db.query(sql`UPDATE dossier SET state = ${states[n % states.length]} WHERE id = ${id}`);
        n++;
        await new Promise((r) => setTimeout(r, 1000 / writes));
      }
    })();
    console.log(`with ${writes} dossier updates/s in the background:`);
    for (const s of scenarios.slice(0, 3)) console.log(await run(s));
    writing = false;
    await writer;
    const pending = await db.one<{ n: number }>(sql`SELECT count(*)::int AS n FROM dashboard_delta`);
    console.log(`updates made: ${n}; deltas pending at the end: ${pending?.n}`);
  }
} finally {
  writing = false;
  await writer;
  server.kill('SIGTERM');
  agent.destroy();
  if (url) await db.close();
}

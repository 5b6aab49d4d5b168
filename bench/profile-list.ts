// bench/profile-list: where the portal's CPU goes on one list query. Starts the portal with a V8
// CPU profile, loads one query string at 20 clients, then prints the functions with the most self
// time. DATABASE_URL=… SECRETS_KEY=… node bench/profile-list.ts ['reference=…' | 'state=…']
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from '../apps/server/src/db/sql.ts';
import { fmt, runLoad } from './lib/load.ts';
import { benchSession, openBenchDb, startPortal } from './lib/portal.ts';

const url = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/bench_mic';
const env = { DATABASE_URL: url, SECRETS_KEY: process.env.SECRETS_KEY ?? '', DEMO_DATA: 'false' };
const db = await openBenchDb(url);
const sample = (await db.one<{ reference: string }>(
  sql`SELECT reference FROM dossier WHERE procedure_code = 'DFD' ORDER BY id DESC OFFSET 5000 LIMIT 1`,
))!;
const qs = process.argv[2] ?? `reference=${sample.reference}`;
const session = await benchSession(env, db, 'MIC', ['agent_instructeur']);
const dir = mkdtempSync(join(tmpdir(), 'portal-prof-'));
process.env.BENCH_CPU_PROF_DIR = dir;
const portal = await startPortal(env, 3411);
const load = () =>
  runLoad({
    port: 3411,
    clients: 20,
    seconds: Number(process.env.BENCH_SECONDS ?? 5),
    path: () => `/api/procedures/DFD/dossiers?${qs}`,
    headers: () => ({ cookie: session.cookie }),
  });
await load();
process.stdout.write(`${qs}\n  ${fmt(await load())}\n`);
await portal.stop();
await db.close();

interface Node {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
}
const file = readdirSync(dir).find((f) => f.endsWith('.cpuprofile'))!;
const prof = JSON.parse(readFileSync(join(dir, file), 'utf8')) as { nodes: Node[]; samples: number[] };
const self = new Map<string, number>();
const byId = new Map(prof.nodes.map((n) => [n.id, n]));
for (const s of prof.samples) {
  const n = byId.get(s)!;
  const where = n.callFrame.url.replace(/^.*node_modules\//, '~/').replace(/^file:\/\/.*\/apps\//, 'apps/');
  const key = `${n.callFrame.functionName || '(anonymous)'} ${where}:${n.callFrame.lineNumber + 1}`;
  self.set(key, (self.get(key) ?? 0) + 1);
}
const total = prof.samples.length;
const byModule = new Map<string, number>();
for (const [k, v] of self) {
  const m = /~\/((?:@[^/]+\/)?[^/]+)/.exec(k)?.[1] ?? (k.includes(' apps/') ? 'portal' : k.split(' ')[0]);
  byModule.set(m, (byModule.get(m) ?? 0) + v);
}
process.stdout.write('\nself time by package:\n');
for (const [k, v] of [...byModule].sort((a, b) => b[1] - a[1]).slice(0, 15))
  process.stdout.write(`  ${((100 * v) / total).toFixed(1).padStart(5)} %  ${k}\n`);
process.stdout.write('\nself time by function:\n');
for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 30))
  process.stdout.write(`  ${((100 * v) / total).toFixed(1).padStart(5)} %  ${k}\n`);

// bench/export: CSV export of ~100,000 DFD rows (filtered by submission period), time to first byte,
// rows per second, the portal's CPU time per row, and its RSS growth while streaming.
// Targets: first byte < 500 ms, ≥ 50,000 rows/s, RSS growth < 100 MB.
// A first, small export warms the process (module compilation, JIT, pool connections) so that
// the RSS growth measured is the export's, not the first request's.
import { randomBytes } from 'node:crypto';
import { request } from 'node:http';
import { sql } from '../apps/server/src/db/sql.ts';
import { cpuSeconds, loadLine, rssMb } from './lib/load.ts';
import { machineLine } from './lib/machine.ts';
import { benchSession, openBenchDb, startPortal } from './lib/portal.ts';

const url = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/bench_mic';
const env = {
  DATABASE_URL: url,
  SECRETS_KEY: process.env.SECRETS_KEY ?? randomBytes(32).toString('base64'),
  DEMO_DATA: 'false',
};
const port = 3421;
const db = await openBenchDb(url);
const version = (await db.one<{ v: string }>(sql`SELECT current_setting('server_version') AS v`))!.v;
const session = await benchSession(env, db, 'MIC', ['agent_instructeur']);
// The local day of the 100,000th most recent DFD: « Soumise du » that day gives ~100,000 rows.
const dayOfRow = async (n: number) =>
  (await db.one<{ d: string }>(sql`
    SELECT (submitted_at AT TIME ZONE 'Africa/Casablanca')::date::text AS d FROM dossier WHERE procedure_code = 'DFD'
     ORDER BY submitted_at DESC, id DESC OFFSET ${n - 1} LIMIT 1`))!.d;
const from = await dayOfRow(100_000);
process.stdout.write(`bench/export — ${machineLine(`PostgreSQL ${version}`)}\n${loadLine()}\n`);
const portal = await startPortal(env, port);
const pid = portal.child.pid!;

interface Download {
  firstByteMs: number;
  totalMs: number;
  bytes: number;
  rows: number;
}

function download(query: string): Promise<Download> {
  const t0 = performance.now();
  let firstByteMs = 0;
  let bytes = 0;
  let lines = 0;
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        path: `/api/procedures/DFD/dossiers/export.csv?${query}`,
        headers: { cookie: session.cookie },
      },
      (res) => {
        if (res.statusCode !== 200) reject(new Error(`HTTP ${res.statusCode}`));
        res.on('data', (chunk: Buffer) => {
          if (!firstByteMs) firstByteMs = performance.now() - t0;
          bytes += chunk.length;
          for (let i = chunk.indexOf(0x0a); i !== -1; i = chunk.indexOf(0x0a, i + 1)) lines += 1;
        });
        res.on('end', () =>
          resolve({ firstByteMs, totalMs: performance.now() - t0, bytes, rows: lines - 1 }),
        );
      },
    );
    req.on('error', reject);
    req.end();
  });
}

const warm = await download(`submittedFrom=${await dayOfRow(5_000)}`);
await new Promise((r) => setTimeout(r, 1000));
const rssBefore = await rssMb(pid);
const cpuBefore = await cpuSeconds(pid);
let rssMax = rssBefore;
const sampler = setInterval(async () => {
  rssMax = Math.max(rssMax, await rssMb(pid).catch(() => 0));
}, 100);
const run = await download(`submittedFrom=${from}`);
clearInterval(sampler);
const cpu = (await cpuSeconds(pid)) - cpuBefore;
process.stdout.write(
  `(échauffement : ${warm.rows.toLocaleString('fr-FR')} lignes)\n` +
    `CSV ${run.rows.toLocaleString('fr-FR')} lignes (depuis le ${from}), ${(run.bytes / 2 ** 20).toFixed(1)} Mo : ` +
    `premier octet ${run.firstByteMs.toFixed(0)} ms, total ${(run.totalMs / 1000).toFixed(1)} s, ` +
    `${Math.round(run.rows / (run.totalMs / 1000)).toLocaleString('fr-FR')} lignes/s ; ` +
    `CPU du portail ${cpu.toFixed(2)} s (${((cpu * 1e6) / run.rows).toFixed(1)} µs par ligne, ` +
    `soit ${Math.round(run.rows / cpu).toLocaleString('fr-FR')} lignes par seconde de CPU) ; ` +
    `RSS ${rssBefore.toFixed(0)} → max ${rssMax.toFixed(0)} Mo (+${(rssMax - rssBefore).toFixed(0)} Mo)\n${loadLine()}\n`,
);
await portal.stop();
await db.close();

// bench/export: CSV export of ~100,000 DFD rows (filtered by submission period), time to first byte,
// rows per second and the portal's RSS growth while streaming. Targets: first byte < 500 ms,
// ≥ 50,000 rows/s, RSS growth < 100 MB.
import { randomBytes } from 'node:crypto';
import { request } from 'node:http';
import { sql } from '../apps/server/src/db/sql.ts';
import { loadLine, rssMb } from './lib/load.ts';
import { machineLine } from './lib/machine.ts';
import { benchSession, openBenchDb, startPortal } from './lib/portal.ts';

const url = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/bench_mic';
const env = {
  DATABASE_URL: url,
  SECRETS_KEY: process.env.SECRETS_KEY ?? randomBytes(32).toString('base64'),
  DEMO_DATA: 'false',
};
const db = await openBenchDb(url);
const version = (await db.one<{ v: string }>(sql`SELECT current_setting('server_version') AS v`))!.v;
const session = await benchSession(env, db, 'MIC', ['agent_instructeur']);
// The local day of the 100,000th most recent DFD: « Soumise du » that day gives ~100,000 rows.
const from = (await db.one<{ d: string }>(sql`
  SELECT (submitted_at AT TIME ZONE 'Africa/Casablanca')::date::text AS d FROM dossier WHERE procedure_code = 'DFD'
   ORDER BY submitted_at DESC, id DESC OFFSET 99999 LIMIT 1`))!.d;
process.stdout.write(`bench/export — ${machineLine(`PostgreSQL ${version}`)}\n${loadLine()}\n`);
const portal = await startPortal(env, 3421);
await new Promise((r) => setTimeout(r, 1000));
const rssBefore = await rssMb(portal.child.pid!);
let rssMax = rssBefore;
const sampler = setInterval(async () => {
  rssMax = Math.max(rssMax, await rssMb(portal.child.pid!).catch(() => 0));
}, 100);
const t0 = performance.now();
let firstByte = 0;
let bytes = 0;
let lines = 0;
await new Promise<void>((resolve, reject) => {
  const req = request(
    {
      host: '127.0.0.1',
      port: 3421,
      path: `/api/procedures/DFD/dossiers/export.csv?submittedFrom=${from}`,
      headers: { cookie: session.cookie },
    },
    (res) => {
      if (res.statusCode !== 200) reject(new Error(`HTTP ${res.statusCode}`));
      res.on('data', (chunk: Buffer) => {
        if (!firstByte) firstByte = performance.now() - t0;
        bytes += chunk.length;
        for (const b of chunk) if (b === 0x0a) lines += 1;
      });
      res.on('end', () => resolve());
    },
  );
  req.on('error', reject);
  req.end();
});
const total = performance.now() - t0;
clearInterval(sampler);
const rows = lines - 1;
process.stdout.write(
  `CSV ${rows.toLocaleString('fr-FR')} lignes (depuis le ${from}), ${(bytes / 2 ** 20).toFixed(1)} Mo : premier octet ${firstByte.toFixed(0)} ms, ` +
    `total ${(total / 1000).toFixed(1)} s, ${Math.round(rows / (total / 1000)).toLocaleString('fr-FR')} lignes/s, ` +
    `RSS ${rssBefore.toFixed(0)} → max ${rssMax.toFixed(0)} Mo (+${(rssMax - rssBefore).toFixed(0)} Mo)\n${loadLine()}\n`,
);
await portal.stop();
await db.close();

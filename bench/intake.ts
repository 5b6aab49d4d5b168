// bench/intake: POST /api/v1/dossiers (DFD without documents) through the real machine
// authentication (a client-credentials token from Portnet ID), 20 clients, unique Idempotency-Keys.
// Target: ≥ 500 submissions/s sustained.
import { randomBytes } from 'node:crypto';
import { loadConfig } from '../apps/server/src/config.ts';
import { sql } from '../apps/server/src/db/sql.ts';
import { linkApiClient } from '../apps/server/src/modules/dossiers/intake.ts';
import { registerMachineClient } from '../apps/server/src/modules/identity/machine-clients.ts';
import { systemClock } from '../apps/server/src/platform/clock.ts';
import { loadMasterKey } from '../apps/server/src/platform/secrets.ts';
import { fmt, loadLine, runLoad } from './lib/load.ts';
import { machineLine } from './lib/machine.ts';
import { openBenchDb, startPortal } from './lib/portal.ts';

const url = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/bench_mic';
const env = {
  DATABASE_URL: url,
  SECRETS_KEY: process.env.SECRETS_KEY ?? randomBytes(32).toString('base64'),
  DEMO_DATA: 'false',
};
const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const db = await openBenchDb(url);
const version = (await db.one<{ v: string }>(sql`SELECT current_setting('server_version') AS v`))!.v;
const config = loadConfig({ ...process.env, ...env, PUBLIC_URL: 'http://localhost:3431' });
const deps = { config, db, clock: systemClock, masterKey: loadMasterKey(config) };
const secret = 'bench-intake-secret-0123456789abcdef0123';
await registerMachineClient(deps, {
  clientId: 'bench-intake',
  secret,
  name: 'Bench intake',
  scopes: ['dossiers:read', 'dossiers:write'],
});
const op = (await db.one<{ id: number }>(sql`SELECT id FROM operator ORDER BY id LIMIT 1`))!;
await linkApiClient(deps as never, { clientId: 'bench-intake', operatorId: op.id });
process.stdout.write(`bench/intake — ${machineLine(`PostgreSQL ${version}`)}\n${loadLine()}\n`);
const portal = await startPortal(env, 3431);
const tokenRes = await fetch('http://127.0.0.1:3431/id/token', {
  method: 'POST',
  headers: {
    authorization: `Basic ${Buffer.from(`bench-intake:${secret}`).toString('base64')}`,
    'content-type': 'application/x-www-form-urlencoded',
  },
  body: 'grant_type=client_credentials&scope=dossiers%3Aread%20dossiers%3Awrite',
});
const token = ((await tokenRes.json()) as { access_token: string }).access_token;
const run = randomBytes(4).toString('hex');
const body = JSON.stringify({
  procedure: 'DFD',
  category: 'ale',
  customsOffice: '310',
  originCountry: 'ES',
  fields: {
    accord: 'maroc-ue',
    provenanceCountry: 'ES',
    invoiceNumber: 'PF-BENCH-1',
    invoiceDate: '2026-02-20',
  },
  goods: [
    {
      hsCode: '8418210000',
      description: 'Réfrigérateurs ménagers',
      quantity: 10,
      unit: 'u',
      value: 50000,
      currency: 'MAD',
      originCountry: 'ES',
    },
    {
      hsCode: '8450110000',
      description: 'Machines à laver',
      quantity: 5,
      unit: 'u',
      value: 20000,
      currency: 'MAD',
      originCountry: 'ES',
    },
  ],
});
const options = {
  port: 3431,
  clients: 20,
  method: 'POST',
  status: 201,
  path: () => '/api/v1/dossiers',
  headers: (i: number) => ({
    authorization: `Bearer ${token}`,
    'content-type': 'application/json',
    'idempotency-key': `${run}-${i}`,
  }),
  body: () => body,
};
await runLoad({
  ...options,
  seconds: 2,
  headers: (i: number) => ({ ...options.headers(i), 'idempotency-key': `${run}-w${i}` }),
});
const r = await runLoad({ ...options, seconds });
process.stdout.write(
  `POST /api/v1/dossiers (2 lignes, sans document), 20 clients : ${fmt(r)} (cible ≥ 500/s)\n${loadLine()}\n`,
);
await portal.stop();
await db.close();

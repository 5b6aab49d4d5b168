// OAuth2 client_credentials for machine clients (operators' systems): tokens from Portnet ID,
// verified by verifyMachineAccessToken; secrets sealed at rest.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from '../../db/sql.ts';
import { registerMachineClient, verifyMachineAccessToken } from './machine-clients.ts';
import { type LiveApp, startLiveApp } from './test-helpers.ts';

let live: LiveApp;
const SECRET = 'operateur-secret-tres-long-0123456789abcdef';

beforeAll(async () => {
  live = await startLiveApp();
  await registerMachineClient(live.deps, {
    clientId: 'op-maroc-import',
    secret: SECRET,
    name: 'Maroc Import SARL',
    scopes: ['dossiers:write', 'dossiers:read'],
  });
}, 180_000);
afterAll(async () => live?.close());

const tokenRequest = (clientId: string, secret: string, scope: string) =>
  fetch(`${live.base}/id/token`, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      authorization: `Basic ${Buffer.from(`${clientId}:${secret}`).toString('base64')}`,
    },
    body: new URLSearchParams({ grant_type: 'client_credentials', scope }),
  });

describe('machine clients', () => {
  it('issues a token with the requested scopes, which verifyMachineAccessToken accepts until it expires', async () => {
    const res = await tokenRequest('op-maroc-import', SECRET, 'dossiers:write');
    expect(res.status).toBe(200);
    const body = (await res.json()) as { access_token: string; expires_in: number };
    expect(body.expires_in).toBeLessThanOrEqual(600);
    expect(await verifyMachineAccessToken(live.deps, body.access_token)).toEqual({
      clientId: 'op-maroc-import',
      scopes: ['dossiers:write'],
    });
    expect(await verifyMachineAccessToken(live.deps, `${body.access_token}x`)).toBeNull();
    live.clock.advance(601_000);
    expect(await verifyMachineAccessToken(live.deps, body.access_token)).toBeNull();
  });

  it('refuses a wrong secret, a scope the client does not hold, and a disabled client', async () => {
    expect((await tokenRequest('op-maroc-import', `${SECRET}x`, 'dossiers:write')).status).toBe(401);
    expect((await tokenRequest('op-maroc-import', SECRET, 'openid')).status).toBe(400);
    const ok = (await (await tokenRequest('op-maroc-import', SECRET, 'dossiers:read')).json()) as {
      access_token: string;
    };
    await live.db.query(sql`UPDATE machine_client SET active = false WHERE client_id = 'op-maroc-import'`);
    expect(await verifyMachineAccessToken(live.deps, ok.access_token)).toBeNull();
    expect((await tokenRequest('op-maroc-import', SECRET, 'dossiers:read')).status).toBe(401);
    await live.db.query(sql`UPDATE machine_client SET active = true WHERE client_id = 'op-maroc-import'`);
  });

  it('stores the client secret sealed, never in clear', async () => {
    const dump = JSON.stringify(await live.db.query(sql`SELECT * FROM machine_client`));
    expect(dump).not.toContain(SECRET);
  });

  it('registerMachineClient refuses unknown scopes and short secrets', async () => {
    await expect(
      registerMachineClient(live.deps, {
        clientId: 'op-x',
        secret: 'court',
        name: 'X',
        scopes: ['dossiers:read'],
      }),
    ).rejects.toThrow();
    await expect(
      registerMachineClient(live.deps, { clientId: 'op-x', secret: SECRET, name: 'X', scopes: ['admin'] }),
    ).rejects.toThrow();
  });
});

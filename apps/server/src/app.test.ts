import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from './db/sql.ts';
import { revokeSession } from './modules/portal-session/store.ts';
import { MINUTE } from './platform/clock.ts';
import { sha256Hex } from './platform/crypto.ts';
import { createTestApp, createUser, dbKind, signInAs } from './test/harness.ts';

let t: Awaited<ReturnType<typeof createTestApp>>;

beforeAll(async () => {
  t = await createTestApp({
    extraRoutes: (app) => {
      app.get('/api/test/boom', async () => {
        throw new Error('relation "secret_table" does not exist at /srv/app.ts:42');
      });
      app.post('/api/test/echo', async () => ({ ok: true }));
    },
  });
});
afterAll(async () => t.close());

describe(`foundation on ${dbKind}`, () => {
  it('answers /healthz and /readyz once migrated', async () => {
    expect((await t.app.inject('/healthz')).json()).toEqual({ status: 'ok' });
    const ready = await t.app.inject('/readyz');
    expect(ready.statusCode).toBe(200);
    expect(ready.json()).toEqual({ status: 'ok' });
  });

  it('/readyz answers 503 when a migration is missing', async () => {
    await t.db.query(sql`DELETE FROM schema_migrations WHERE name = '0001_foundation.sql'`);
    expect((await t.app.inject('/readyz')).statusCode).toBe(503);
    await t.db.query(sql`INSERT INTO schema_migrations (name) VALUES ('0001_foundation.sql')`);
  });

  it('loads the reference data of the guide', async () => {
    const orgs = await t.db.query<{ code: string }>(sql`SELECT code FROM organisation`);
    const codes = orgs.map((o) => o.code);
    for (const c of ['MIC', 'ONSSA', 'ONICL', 'ANRT', 'ANEF', 'BMBA', 'CCM', 'AMMPS', 'ADII', 'PORTNET']) {
      expect(codes).toContain(c);
    }
    const n = await t.db.one<{ c: number; o: number; h: number }>(sql`
      SELECT (SELECT count(*)::int FROM country) AS c, (SELECT count(*)::int FROM customs_office) AS o,
             (SELECT count(*)::int FROM hs_code WHERE level = 2) AS h`);
    expect(n).toEqual({ c: expect.any(Number), o: expect.any(Number), h: 97 });
    expect(n!.c).toBeGreaterThan(240);
    expect(n!.o).toBeGreaterThanOrEqual(20);
  });

  it('serves the OpenAPI document at /api/docs/json', async () => {
    const res = await t.app.inject('/api/docs/json');
    expect(res.statusCode).toBe(200);
    expect(res.json().openapi).toMatch(/^3\./);
    expect(Object.keys(res.json().paths)).toContain('/api/session');
  });

  it('S28: sends a strict CSP, nosniff and frame-ancestors none', async () => {
    const res = await t.app.inject('/healthz');
    const csp = String(res.headers['content-security-policy']);
    expect(csp).toMatch(/script-src 'self'(;|$)/);
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(res.headers['x-content-type-options']).toBe('nosniff');
  });

  it('S28: sends HSTS when served over https', async () => {
    const https = await createTestApp({ config: { PUBLIC_URL: 'https://mic.portnet.ma' } });
    try {
      const res = await https.app.inject('/healthz');
      expect(res.headers['strict-transport-security']).toMatch(/max-age=31536000/);
    } finally {
      await https.close();
    }
  });

  it('S31: a 500 response is generic, with no stack and no SQL', async () => {
    const res = await t.app.inject('/api/test/boom');
    expect(res.statusCode).toBe(500);
    const body = res.body;
    expect(body).not.toMatch(/secret_table|app\.ts|stack|relation/);
    expect(res.json().error.code).toBe('INTERNAL');
    expect(res.json().error.requestId).toBe(res.headers['x-request-id']);
  });

  it('answers 401 on /api/session without a session, and the user with one', async () => {
    expect((await t.app.inject('/api/session')).statusCode).toBe(401);
    const u = await createUser(t.db, { org: 'ONSSA', roles: ['chef_service'] });
    const s = await signInAs(t, u.id);
    const res = await t.app.inject({ url: '/api/session', headers: { cookie: s.cookie } });
    expect(res.statusCode).toBe(200);
    expect(res.json().user.organisation.code).toBe('ONSSA');
    expect(res.json().user.roles).toEqual(['chef_service']);
    expect(res.json().csrfToken).toBe(s.csrf);
    expect(res.headers['cache-control']).toBe('no-store');
  });

  it('S20: enforces the idle and absolute timeouts on the server', async () => {
    const u = await createUser(t.db);
    const s = await signInAs(t, u.id);
    t.clock.advance(29 * MINUTE);
    expect((await t.app.inject({ url: '/api/session', headers: { cookie: s.cookie } })).statusCode).toBe(200);
    t.clock.advance(29 * MINUTE); // active 29 min ago: still within the idle limit
    expect((await t.app.inject({ url: '/api/session', headers: { cookie: s.cookie } })).statusCode).toBe(200);
    t.clock.advance(31 * MINUTE);
    expect((await t.app.inject({ url: '/api/session', headers: { cookie: s.cookie } })).statusCode).toBe(401);

    const s2 = await signInAs(t, u.id);
    for (let i = 0; i < 24; i++) {
      t.clock.advance(29 * MINUTE);
      const code = (await t.app.inject({ url: '/api/session', headers: { cookie: s2.cookie } })).statusCode;
      if ((i + 1) * 29 * MINUTE < 12 * 60 * MINUTE) expect(code).toBe(200);
      else expect(code).toBe(401);
    }
  });

  it('S22: a revoked session cookie gives 401', async () => {
    const u = await createUser(t.db);
    const s = await signInAs(t, u.id);
    await revokeSession(t.db, t.clock.now(), sha256Hex(s.cookie.split('=')[1]));
    expect((await t.app.inject({ url: '/api/session', headers: { cookie: s.cookie } })).statusCode).toBe(401);
  });

  it('S22: a session the portal has just served from its cache is refused as soon as it is revoked, or its user deactivated (ADR 0004)', async () => {
    const u = await createUser(t.db);
    const s = await signInAs(t, u.id);
    const status = async () =>
      (await t.app.inject({ url: '/api/session', headers: { cookie: s.cookie } })).statusCode;
    expect(await status()).toBe(200);
    expect(await status()).toBe(200); // now served from the per-process cache
    await revokeSession(t.db, t.clock.now(), sha256Hex(s.cookie.split('=')[1]));
    expect(await status()).toBe(401);

    const s2 = await signInAs(t, u.id);
    const status2 = async () =>
      (await t.app.inject({ url: '/api/session', headers: { cookie: s2.cookie } })).statusCode;
    expect(await status2()).toBe(200);
    await t.db.query(sql`UPDATE app_user SET status = 'disabled' WHERE id = ${u.id}`);
    expect(await status2()).toBe(401);
  });

  it('S27: refuses a state-changing request from another site or without the CSRF token', async () => {
    const u = await createUser(t.db);
    const s = await signInAs(t, u.id);
    const post = (headers: Record<string, string>) =>
      t.app.inject({ method: 'POST', url: '/api/test/echo', headers, payload: {} });
    expect((await post({ cookie: s.cookie, 'x-csrf-token': s.csrf })).statusCode).toBe(200);
    expect((await post({ cookie: s.cookie })).statusCode).toBe(403);
    expect((await post({ cookie: s.cookie, 'x-csrf-token': 'forged' })).statusCode).toBe(403);
    expect(
      (await post({ cookie: s.cookie, 'x-csrf-token': s.csrf, 'sec-fetch-site': 'cross-site' })).statusCode,
    ).toBe(403);
    expect(
      (await post({ cookie: s.cookie, 'x-csrf-token': s.csrf, origin: 'https://evil.example' })).statusCode,
    ).toBe(403);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from '../../db/sql.ts';
import { sha256Hex } from '../../platform/crypto.ts';
import {
  createTestApp,
  createUser,
  dbKind,
  type SignedIn,
  signInAs,
  type TestUser,
} from '../../test/harness.ts';

let t: Awaited<ReturnType<typeof createTestApp>>;
let platform: SignedIn;
let micAdmin: SignedIn;
let micAdminUser: TestUser;
let onssaAgent: TestUser;
let micAgent: TestUser;
let orgId: Record<string, number>;

beforeAll(async () => {
  t = await createTestApp();
  platform = await signInAs(t, (await createUser(t.db, { org: 'PORTNET', roles: ['admin_plateforme'] })).id);
  micAdminUser = await createUser(t.db, { org: 'MIC', roles: ['admin_organisation'] });
  micAdmin = await signInAs(t, micAdminUser.id);
  onssaAgent = await createUser(t.db, { org: 'ONSSA' });
  micAgent = await createUser(t.db, { org: 'MIC' });
  const orgs = await t.db.query<{ id: number; code: string }>(sql`SELECT id, code FROM organisation`);
  orgId = Object.fromEntries(orgs.map((o) => [o.code, o.id]));
});
afterAll(async () => t.close());

const call = (method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, who: SignedIn, payload?: unknown) =>
  t.app.inject({ method, url, headers: who.headers, payload: payload as never });

describe(`user administration on ${dbKind}`, () => {
  it('S32: an organisation administrator lists and manages only their own organisation', async () => {
    const list = await call('GET', '/api/admin/users', micAdmin);
    const orgs = new Set(list.json().users.map((u: { organisationCode: string }) => u.organisationCode));
    expect([...orgs]).toEqual(['MIC']);
    // changing the id in the URL or the body reaches nothing outside MIC
    expect(
      (await call('PATCH', `/api/admin/users/${onssaAgent.id}`, micAdmin, { status: 'disabled' })).statusCode,
    ).toBe(404);
    expect((await call('POST', `/api/admin/users/${onssaAgent.id}/unlock`, micAdmin)).statusCode).toBe(404);
    expect((await call('GET', `/api/admin/users/${onssaAgent.id}/sessions`, micAdmin)).statusCode).toBe(404);
    // the console's direct link to a user: their own organisation's only, the same 404 otherwise
    const other = await call('GET', `/api/admin/users/${onssaAgent.id}`, micAdmin);
    expect(other.statusCode).toBe(404);
    expect(other.json().error).toMatchObject({ code: 'NOT_FOUND', message: 'Utilisateur introuvable.' });
    expect(other.body).not.toContain(onssaAgent.username);
    expect((await call('GET', `/api/admin/users/${micAgent.id}`, micAdmin)).json()).toMatchObject({
      id: micAgent.id,
      organisationCode: 'MIC',
    });
    expect((await call('GET', `/api/admin/users/${onssaAgent.id}`, platform)).json()).toMatchObject({
      organisationCode: 'ONSSA',
    });
    const invite = await call('POST', '/api/admin/users', micAdmin, {
      organisationId: orgId.ONSSA,
      username: 'intrus.onssa',
      email: 'intrus@example.ma',
      displayName: 'Intrus',
      roles: ['agent_instructeur'],
    });
    expect(invite.statusCode).toBe(403);
    const status = await t.db.one<{ status: string }>(
      sql`SELECT status FROM app_user WHERE id = ${onssaAgent.id}`,
    );
    expect(status!.status).toBe('active');
  });

  it('invites a user: account in « invited » state, audited, and a mail with a single-use link', async () => {
    const res = await call('POST', '/api/admin/users', micAdmin, {
      organisationId: orgId.MIC,
      username: 'nouvel.agent',
      email: 'nouvel.agent@mcinet.gov.ma',
      displayName: 'Nouvel Agent',
      roles: ['agent_instructeur'],
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ status: 'invited', organisationCode: 'MIC', mfaEnrolled: false });
    const mail = await t.db.one<{ payload: { to: string; text: string } }>(
      sql`SELECT payload FROM outbox WHERE topic = 'mail.send' ORDER BY id DESC LIMIT 1`,
    );
    expect(mail!.payload.to).toBe('nouvel.agent@mcinet.gov.ma');
    expect(mail!.payload.text).toMatch(/\/connexion\/invitation\?jeton=[\w-]{20,}/);
    const again = await call('POST', '/api/admin/users', micAdmin, {
      organisationId: orgId.MIC,
      username: 'nouvel.agent',
      email: 'autre@mcinet.gov.ma',
      displayName: 'Doublon',
      roles: ['agent_instructeur'],
    });
    expect(again.statusCode).toBe(409);
  });

  it('refuses invalid input with field errors and changes nothing', async () => {
    const before = await t.db.one<{ n: number }>(sql`SELECT count(*)::int AS n FROM app_user`);
    const res = await call('POST', '/api/admin/users', micAdmin, {
      organisationId: orgId.MIC,
      username: 'A B',
      email: 'pas-un-mail',
      displayName: '',
      roles: [],
    });
    expect(res.statusCode).toBe(400);
    const paths = res.json().error.details.fields.map((f: { path: string }) => f.path);
    expect(paths).toEqual(expect.arrayContaining(['username', 'email', 'displayName', 'roles']));
    expect((await t.db.one<{ n: number }>(sql`SELECT count(*)::int AS n FROM app_user`))!.n).toBe(before!.n);
  });

  it('only a platform administrator grants platform roles', async () => {
    expect(
      (await call('PATCH', `/api/admin/users/${micAgent.id}`, micAdmin, { roles: ['admin_plateforme'] }))
        .statusCode,
    ).toBe(403);
    expect(
      (await call('PATCH', `/api/admin/users/${micAgent.id}`, micAdmin, { roles: ['chef_service'] }))
        .statusCode,
    ).toBe(200);
    expect(
      (await call('PATCH', `/api/admin/users/${micAdminUser.id}`, micAdmin, { status: 'disabled' }))
        .statusCode,
    ).toBe(403);
  });

  it('deactivating a user closes their sessions at once', async () => {
    const victim = await createUser(t.db, { org: 'MIC' });
    const s = await signInAs(t, victim.id);
    expect((await t.app.inject({ url: '/api/session', headers: { cookie: s.cookie } })).statusCode).toBe(200);
    expect(
      (await call('PATCH', `/api/admin/users/${victim.id}`, micAdmin, { status: 'disabled' })).statusCode,
    ).toBe(200);
    expect((await t.app.inject({ url: '/api/session', headers: { cookie: s.cookie } })).statusCode).toBe(401);
  });

  it('unlocks a soft-locked account', async () => {
    await t.db.query(sql`
      INSERT INTO auth_throttle (account_key, failures, window_started_at, locked_until, consecutive)
      VALUES (${`user:${micAgent.id}`}, 5, ${t.clock.now()}, ${new Date(t.clock.now().getTime() + 900_000)}, 5)`);
    const listed = (await call('GET', `/api/admin/users?q=${micAgent.username}`, micAdmin)).json().users[0];
    expect(listed.lockedUntil).not.toBeNull();
    expect((await call('POST', `/api/admin/users/${micAgent.id}/unlock`, micAdmin)).statusCode).toBe(200);
    const after = (await call('GET', `/api/admin/users?q=${micAgent.username}`, micAdmin)).json().users[0];
    expect(after.lockedUntil).toBeNull();
  });

  it("resets a user's MFA with a reason: device retired, sessions closed, audited, user notified", async () => {
    const user = await createUser(t.db, { org: 'MIC' });
    await t.db.query(sql`INSERT INTO totp_device (user_id, secret_sealed, status, created_at, activated_at)
                         VALUES (${user.id}, 'v1.x.y.z', 'active', ${t.clock.now()}, ${t.clock.now()})`);
    const s = await signInAs(t, user.id);
    const noReason = await call('POST', `/api/admin/users/${user.id}/mfa-reset`, micAdmin, { reason: '' });
    expect(noReason.statusCode).toBe(400);
    const res = await call('POST', `/api/admin/users/${user.id}/mfa-reset`, micAdmin, {
      reason: 'Téléphone perdu, demande par ticket REC-2026-000042',
    });
    expect(res.statusCode).toBe(200);
    const device = await t.db.one<{ n: number }>(
      sql`SELECT count(*)::int AS n FROM totp_device WHERE user_id = ${user.id} AND status = 'active'`,
    );
    expect(device!.n).toBe(0);
    expect((await t.app.inject({ url: '/api/session', headers: { cookie: s.cookie } })).statusCode).toBe(401);
    const logged = await t.db.one<{ details: { reason: string } }>(
      sql`SELECT details FROM audit_log WHERE event = 'admin.user.mfa_reset' AND object_id = ${String(user.id)}`,
    );
    expect(logged!.details.reason).toMatch(/Téléphone perdu/);
    const mail = await t.db.one<{ n: number }>(
      sql`SELECT count(*)::int AS n FROM outbox WHERE topic = 'mail.send' AND payload->>'to' = ${user.email}`,
    );
    expect(mail!.n).toBe(1);
  });

  it('lists and revokes one active session', async () => {
    const user = await createUser(t.db, { org: 'MIC' });
    const s1 = await signInAs(t, user.id);
    const s2 = await signInAs(t, user.id);
    const sessions = (await call('GET', `/api/admin/users/${user.id}/sessions`, platform)).json().sessions;
    expect(sessions).toHaveLength(2);
    expect(JSON.stringify(sessions)).not.toContain(s1.cookie.split('=')[1]);
    const ref = sha256Hex(s1.cookie.split('=')[1]).slice(0, 16);
    expect((await call('DELETE', `/api/admin/users/${user.id}/sessions/${ref}`, platform)).statusCode).toBe(
      200,
    );
    expect((await t.app.inject({ url: '/api/session', headers: { cookie: s1.cookie } })).statusCode).toBe(
      401,
    );
    expect((await t.app.inject({ url: '/api/session', headers: { cookie: s2.cookie } })).statusCode).toBe(
      200,
    );
  });
});

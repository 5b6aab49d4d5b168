import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from '../../db/sql.ts';
import { createTestApp, createUser, dbKind, signInAs } from '../../test/harness.ts';

let t: Awaited<ReturnType<typeof createTestApp>>;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

describe(`preferences and password-change requests on ${dbKind}`, () => {
  it('remembers the chosen language with the account', async () => {
    const u = await createUser(t.db);
    const s = await signInAs(t, u.id);
    const res = await t.app.inject({
      method: 'PUT',
      url: '/api/session/preferences',
      headers: s.headers,
      payload: { locale: 'ar' },
    });
    expect(res.statusCode).toBe(200);
    const session = await t.app.inject({ url: '/api/session', headers: { cookie: s.cookie } });
    expect(session.json().user.locale).toBe('ar');
    const bad = await t.app.inject({
      method: 'PUT',
      url: '/api/session/preferences',
      headers: s.headers,
      payload: { locale: 'de' },
    });
    expect(bad.statusCode).toBe(400);
  });

  it('tells the portal when an administrator asked for a new password', async () => {
    const u = await createUser(t.db);
    const s = await signInAs(t, u.id);
    expect(
      (await t.app.inject({ url: '/api/session', headers: { cookie: s.cookie } })).json().mustChangePassword,
    ).toBe(false);
    await t.db.query(sql`UPDATE app_user SET must_change_password = true WHERE id = ${u.id}`);
    expect(
      (await t.app.inject({ url: '/api/session', headers: { cookie: s.cookie } })).json().mustChangePassword,
    ).toBe(true);
  });
});

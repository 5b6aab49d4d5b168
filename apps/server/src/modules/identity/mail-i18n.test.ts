// Portnet ID's and the administrators' mails in the recipient's language (app_user.locale):
// Arabic with an rtl HTML part, English, and French by default.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from '../../db/sql.ts';
import { iso } from '../../platform/locale.ts';
import type { Mail } from '../../platform/mail.ts';
import { createTestApp, createUser, type TestUser } from '../../test/harness.ts';
import { resetUserMfa } from '../admin/users-service.ts';
import { sessionUserOf } from '../processing/test-fixtures.ts';
import { createInvitation, forgotPassword } from './service.ts';

let t: Awaited<ReturnType<typeof createTestApp>>;
const users: Record<'fr' | 'ar' | 'en' | 'admin', TestUser> = {} as never;

beforeAll(async () => {
  t = await createTestApp();
  for (const locale of ['fr', 'ar', 'en'] as const) {
    users[locale] = await createUser(t.db, { org: 'MIC' });
    await t.db.query(sql`UPDATE app_user SET locale = ${locale} WHERE id = ${users[locale].id}`);
  }
  users.admin = await createUser(t.db, { org: 'PORTNET', roles: ['admin_plateforme'] });
});
afterAll(async () => t.close());

const lastMailTo = async (email: string) =>
  (await t.db.one<{ payload: Mail }>(
    sql`SELECT payload FROM outbox WHERE topic = 'mail.send' AND payload->>'to' = ${email} ORDER BY id DESC LIMIT 1`,
  ))!.payload;

describe('mails in the recipient’s language', () => {
  it('invitation: French by default, Arabic (rtl HTML part) and English', async () => {
    for (const locale of ['fr', 'ar', 'en'] as const)
      await createInvitation(t.deps, { userId: users[locale].id });
    const fr = await lastMailTo(users.fr.email);
    expect(fr.subject).toBe('PORTNET — Votre compte Portail MIC');
    expect(fr.text).toContain(`identifiant : ${users.fr.username}`);
    expect(fr.html).toBeUndefined();

    const ar = await lastMailTo(users.ar.email);
    expect(ar.subject).toBe('بورتنت — حسابك في بوابة وزارة الصناعة والتجارة');
    expect(ar.text).toContain(`المعرّف: ${iso(users.ar.username)}`);
    expect(ar.text).toMatch(/\/connexion\/invitation\?jeton=[A-Za-z0-9_-]+/);
    expect(ar.html).toContain('<html lang="ar" dir="rtl">');
    expect(ar.html).toMatch(/\/connexion\/invitation\?jeton=[A-Za-z0-9_-]+/);

    const en = await lastMailTo(users.en.email);
    expect(en.subject).toBe('PORTNET — Your Portail MIC account');
    expect(en.text).toContain(`username: ${users.en.username}`);
    expect(en.html).toBeUndefined();
  });

  it('forgotten password: the reset link in the account’s language', async () => {
    for (const locale of ['fr', 'ar', 'en'] as const)
      await forgotPassword(t.deps, users[locale].username, { ip: '127.0.0.1' });
    expect((await lastMailTo(users.fr.email)).subject).toBe(
      'PORTNET — Réinitialisation de votre mot de passe',
    );
    const ar = await lastMailTo(users.ar.email);
    expect(ar.subject).toBe('بورتنت — إعادة تعيين كلمة المرور الخاصة بك');
    expect(ar.text).toContain('صالح لمدة 30 دقيقة');
    expect(ar.html).toContain('dir="rtl"');
    const en = await lastMailTo(users.en.email);
    expect(en.subject).toBe('PORTNET — Resetting your password');
    expect(en.text).toContain('valid for 30 minutes');
  });

  it('two-factor reset by an administrator: the notice in the user’s language, with the reason', async () => {
    const admin = await sessionUserOf(t.db, users.admin.id);
    for (const locale of ['fr', 'ar', 'en'] as const)
      await resetUserMfa(t.deps, admin, '127.0.0.1', users[locale].id, 'Téléphone perdu');
    expect((await lastMailTo(users.fr.email)).text).toContain('(motif : Téléphone perdu)');
    const ar = await lastMailTo(users.ar.email);
    expect(ar.subject).toBe('بورتنت — تمت إعادة تعيين المصادقة الثنائية الخاصة بك');
    expect(ar.text).toContain(`(السبب: ${iso('Téléphone perdu')})`);
    expect(ar.html).toContain('lang="ar"');
    expect((await lastMailTo(users.en.email)).text).toContain('(reason: Téléphone perdu)');
  });
});

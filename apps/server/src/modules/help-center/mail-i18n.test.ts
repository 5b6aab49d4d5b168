// The Centre d'aide's mails and notifications in the requester's language (app_user.locale).
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from '../../db/sql.ts';
import { iso } from '../../platform/locale.ts';
import type { Mail } from '../../platform/mail.ts';
import { createTestApp, createUser, type SignedIn, signInAs, type TestUser } from '../../test/harness.ts';

let t: Awaited<ReturnType<typeof createTestApp>>;
const users: Record<string, TestUser & { s: SignedIn }> = {};

beforeAll(async () => {
  t = await createTestApp({ config: { DATA_DIR: mkdtempSync(join(tmpdir(), 'mic-help-i18n-')) } });
  for (const [key, org, roles, locale] of [
    ['ar', 'MIC', ['agent_instructeur'], 'ar'],
    ['en', 'MIC', ['agent_instructeur'], 'en'],
    ['support', 'PORTNET', ['agent_support'], 'fr'],
  ] as const) {
    const u = await createUser(t.db, { org, roles: [...roles] });
    await t.db.query(sql`UPDATE app_user SET locale = ${locale} WHERE id = ${u.id}`);
    users[key] = { ...u, s: await signInAs(t, u.id) };
  }
});
afterAll(async () => t.close());

const get = (who: string, url: string) => t.app.inject({ url, headers: { cookie: users[who]!.s.cookie } });
const post = (who: string, url: string, payload: object) =>
  t.app.inject({ method: 'POST', url, headers: users[who]!.s.headers, payload });
const lastMailTo = async (email: string) =>
  (await t.db.one<{ payload: Mail }>(
    sql`SELECT payload FROM outbox WHERE topic = 'mail.send' AND payload->>'to' = ${email} ORDER BY id DESC LIMIT 1`,
  ))!.payload;

async function ticketOf(who: string): Promise<string> {
  const res = await post(who, '/api/aide/reclamations', {
    type: 'incident',
    serviceCode: 'CONNEXION',
    subject: 'Code MFA refusé',
    description: 'Le code de vérification est refusé à chaque tentative depuis ce matin.',
    attachmentIds: [],
  });
  expect(res.statusCode).toBe(200);
  return res.json().reference;
}

describe('Centre d’aide in the requester’s language', () => {
  it('Arabic: receipt mail, answer mail and both notifications in Arabic', async () => {
    const ref = await ticketOf('ar');
    const receipt = await lastMailTo(users.ar!.email);
    expect(receipt.subject).toBe(`[PORTNET] تم تسجيل طلبك ${iso(ref)}`);
    expect(receipt.text).toContain('نوع الطلب: حادث تقني');
    expect(receipt.html).toContain('<html lang="ar" dir="rtl">');

    const answer = await post('support', `/api/aide/reclamations/${ref}/messages`, {
      body: 'Resynchronisez l’horloge.',
    });
    expect(answer.statusCode).toBe(200);
    const mail = await lastMailTo(users.ar!.email);
    expect(mail.subject).toBe(`[PORTNET] ${ref} — ردّ جديد من الدعم`);
    expect(mail.text).toContain(`ردّ دعم بورتنت على شكايتك ${iso(ref)} («${iso('Code MFA refusé')}»).`);
    expect(mail.text).toContain('Resynchronisez l’horloge.');
    expect(mail.html).toContain('dir="rtl"');

    const help = (await get('ar', '/api/aide/notifications')).json().items;
    expect(help[0]).toMatchObject({ reference: ref, title: 'ردّ جديد من الدعم' });
    const bell = (await get('ar', '/api/notifications')).json().items;
    expect(bell[0]).toMatchObject({
      kind: 'ticket',
      title: `${ref} — ردّ جديد من الدعم`,
      body: 'Code MFA refusé',
    });
  });

  it('English: a status change is notified in English', async () => {
    const ref = await ticketOf('en');
    expect((await lastMailTo(users.en!.email)).subject).toBe(
      `[PORTNET] Your request ${ref} has been registered`,
    );
    const res = await post('support', `/api/support/reclamations/${ref}/statut`, { status: 'en_cours' });
    expect(res.statusCode).toBe(200);
    const mail = await lastMailTo(users.en!.email);
    expect(mail.subject).toBe(`[PORTNET] ${ref} — Status: In progress`);
    expect(mail.text).toContain(`Your request ${ref} (“Code MFA refusé”) is now “In progress”.`);
    expect(mail.html).toBeUndefined();
    expect((await get('en', '/api/notifications')).json().items[0].title).toBe(
      `${ref} — Status: In progress`,
    );
  });
});

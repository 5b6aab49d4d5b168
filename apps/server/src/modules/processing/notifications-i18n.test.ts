// Notifications and their mails in the recipient's language (app_user.locale): the bell is written
// out in the reader's current language when read, the mail in the recipient's language when sent;
// French stays the default, and rows stored before params existed are shown as stored.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from '../../db/sql.ts';
import { iso } from '../../platform/locale.ts';
import type { Mail } from '../../platform/mail.ts';
import {
  createTestApp,
  createUser,
  type SignedIn,
  signInAs,
  type TestContext,
  type TestUser,
} from '../../test/harness.ts';
import { createDossier, loadCatalogue } from './test-fixtures.ts';

let ctx: TestContext & { app: Awaited<ReturnType<typeof createTestApp>>['app'] };
const u: Record<string, TestUser> = {};
const s: Record<string, SignedIn> = {};
let procedure: { fr: string; ar: string; en: string };

beforeAll(async () => {
  ctx = await createTestApp();
  await loadCatalogue(ctx);
  for (const [key, roles, locale] of [
    ['chef', ['chef_service'], 'fr'],
    ['fr', ['agent_instructeur'], 'fr'],
    ['ar', ['agent_instructeur'], 'ar'],
    ['en', ['agent_instructeur'], 'en'],
  ] as const) {
    u[key] = await createUser(ctx.db, { org: 'MIC', roles: [...roles] });
    await ctx.db.query(sql`UPDATE app_user SET locale = ${locale} WHERE id = ${u[key]!.id}`);
    s[key] = await signInAs(ctx, u[key]!.id);
  }
  procedure = (await ctx.db.one<{ fr: string; ar: string; en: string }>(
    sql`SELECT name_fr AS fr, name_ar AS ar, name_en AS en FROM procedure WHERE code = 'LI' AND is_current`,
  ))!;
});
afterAll(async () => ctx.close());

const get = (who: string, url: string) =>
  ctx.app.inject({ method: 'GET', url, headers: { cookie: s[who]!.cookie } });
const send = (who: string, method: 'POST' | 'PUT', url: string, payload: object) =>
  ctx.app.inject({ method, url, headers: s[who]!.headers, payload });

async function assignTo(who: string) {
  const d = await createDossier(ctx);
  const res = await send('chef', 'POST', `/api/dossiers/${d.id}/assign`, {
    version: 1,
    assigneeId: u[who]!.id,
  });
  expect(res.statusCode).toBe(200);
  return d;
}
const lastMailTo = async (email: string) =>
  (await ctx.db.one<{ payload: Mail }>(
    sql`SELECT payload FROM outbox WHERE topic = 'mail.send' AND payload->>'to' = ${email} ORDER BY id DESC LIMIT 1`,
  ))!.payload;
const firstItem = async (who: string) =>
  (await get(who, '/api/notifications')).json().items[0] as { title: string; body: string; kind: string };

describe('notifications in the reader’s language', () => {
  it('French by default: bell and mail as before, no HTML part', async () => {
    const d = await assignTo('fr');
    expect(await firstItem('fr')).toMatchObject({
      kind: 'assigned',
      title: `Dossier ${d.reference} assigné`,
      body: `Utilisateur ${u.chef!.username} vous a assigné le dossier ${d.reference} (${procedure.fr}).`,
    });
    const mail = await lastMailTo(u.fr!.email);
    expect(mail.subject).toBe(`[Portail MIC] Dossier ${d.reference} assigné`);
    expect(mail.text).toMatch(/^Bonjour Utilisateur /);
    expect(mail.html).toBeUndefined();
  });

  it('Arabic: bell and mail in Arabic (procedure named in Arabic), the mail’s HTML part is rtl', async () => {
    const d = await assignTo('ar');
    const item = await firstItem('ar');
    expect(item.title).toBe(`تم إسناد الملف ${iso(d.reference)}`);
    expect(item.body).toBe(
      // Data inside an Arabic sentence are isolated (FSI … PDI): they keep their own direction.
      `أسند إليك ${iso(`Utilisateur ${u.chef!.username}`)} الملف ${iso(d.reference)} (${iso(procedure.ar)}).`,
    );
    const mail = await lastMailTo(u.ar!.email);
    expect(mail.subject).toBe(`[Portail MIC] تم إسناد الملف ${iso(d.reference)}`);
    expect(mail.text).toContain('مرحباً');
    expect(mail.text).toContain(`/portail/dossiers/${d.id}`);
    expect(mail.html).toContain('<html lang="ar" dir="rtl">');
    expect(mail.html).toContain(`الملف ${iso(d.reference)}`);
    // The stored text is the French one (for rows read without params and for operators).
    const row = await ctx.db.one<{ title: string; params: unknown }>(
      sql`SELECT title, params FROM notification WHERE user_id = ${u.ar!.id} ORDER BY id DESC LIMIT 1`,
    );
    expect(row?.title).toBe(`Dossier ${d.reference} assigné`);
    expect(row?.params).toMatchObject({ references: [d.reference], procedure: { ar: procedure.ar } });
  });

  it('English: bell and mail in English', async () => {
    const d = await assignTo('en');
    expect(await firstItem('en')).toMatchObject({
      title: `File ${d.reference} assigned`,
      body: `Utilisateur ${u.chef!.username} assigned you the file ${d.reference} (${procedure.en}).`,
    });
    const mail = await lastMailTo(u.en!.email);
    expect(mail.subject).toBe(`[Portail MIC] File ${d.reference} assigned`);
    expect(mail.text).toMatch(/^Hello Utilisateur /);
    expect(mail.html).toBeUndefined();
  });

  it('a reader who switches language sees the earlier notifications in the new one', async () => {
    const d = await assignTo('ar');
    expect((await firstItem('ar')).title).toBe(`تم إسناد الملف ${iso(d.reference)}`);
    expect((await send('ar', 'PUT', '/api/session/preferences', { locale: 'en' })).statusCode).toBe(200);
    expect((await firstItem('ar')).title).toBe(`File ${d.reference} assigned`);
    expect((await send('ar', 'PUT', '/api/session/preferences', { locale: 'ar' })).statusCode).toBe(200);
  });

  it('a row stored before params existed is shown as stored', async () => {
    await ctx.db.query(sql`
      INSERT INTO notification (user_id, kind, dossier_id, title, body, link, created_at)
      VALUES (${u.en!.id}, 'assigned', NULL, 'Ancien titre', 'Ancien texte', NULL, ${new Date(ctx.clock.now().getTime() + 60_000)})`);
    expect(await firstItem('en')).toMatchObject({ title: 'Ancien titre', body: 'Ancien texte' });
  });

  it('another kind: a proposed decision reaches the chef in his language', async () => {
    await ctx.db.query(sql`UPDATE app_user SET locale = 'ar' WHERE id = ${u.chef!.id}`);
    try {
      const d = await assignTo('fr');
      const version = (await ctx.db.one<{ version: number }>(
        sql`SELECT version FROM dossier WHERE id = ${d.id}`,
      ))!.version;
      const res = await send('fr', 'POST', `/api/dossiers/${d.id}/decision-proposal`, {
        version,
        outcome: 'acceptee',
        validFrom: '2026-03-02',
        validUntil: '2026-09-01',
        grants: [
          { lineNo: 1, quantity: 100 },
          { lineNo: 2, quantity: 40 },
        ],
      });
      expect(res.statusCode).toBe(200);
      expect(await firstItem('chef')).toMatchObject({
        kind: 'decision_proposed',
        title: `مقرر للتوقيع — ${iso(d.reference)}`,
      });
      expect((await lastMailTo(u.chef!.email)).html).toContain('dir="rtl"');
    } finally {
      await ctx.db.query(sql`UPDATE app_user SET locale = 'fr' WHERE id = ${u.chef!.id}`);
    }
  });
});

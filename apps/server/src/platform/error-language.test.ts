// Error messages in the reader's language: the signed-in user's locale, else Accept-Language, else
// French; the operators' intake API (/api/v1/) stays French unless it asks otherwise.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from '../db/sql.ts';
import { createTestApp, createUser, type SignedIn, signInAs } from '../test/harness.ts';
import { iso } from './locale.ts';

let ctx: Awaited<ReturnType<typeof createTestApp>>;
let fr: SignedIn;
let ar: SignedIn;
let en: SignedIn;

async function userIn(locale: 'fr' | 'ar' | 'en'): Promise<SignedIn> {
  const u = await createUser(ctx.db, { org: 'MIC', roles: ['agent_instructeur'] });
  await ctx.db.query(sql`UPDATE app_user SET locale = ${locale} WHERE id = ${u.id}`);
  return signInAs(ctx, u.id);
}

const get = (url: string, headers: Record<string, string> = {}) => ctx.app.inject({ url, headers });

beforeAll(async () => {
  ctx = await createTestApp();
  fr = await userIn('fr');
  ar = await userIn('ar');
  en = await userIn('en');
}, 120_000);
afterAll(async () => ctx.close());

describe('error messages in the reader’s language', () => {
  it('an Arabic reader gets the message and the field messages of a list filter in Arabic', async () => {
    const res = await get('/api/procedures/DFD/dossiers?pageSize=7', ar.headers);
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-language']).toBe('ar');
    const { error } = res.json();
    expect(error.code).toBe('VALIDATION');
    expect(error.message).toBe('بعض القيم المدخلة غير صالحة.');
    expect(error.details.fields).toEqual([
      { path: 'pageSize', message: 'حجم الصفحة: 10 أو 20 أو 50 أو 100.' },
    ]);

    const cat = (await get('/api/procedures/DFD/dossiers?category=ZZZ', ar.headers)).json().error;
    expect(cat.message).toBe('بعض القيم المدخلة غير صالحة.');
    expect(cat.details.fields).toEqual([
      { path: 'category', message: `فئة غير معروفة بالنسبة للمسطرة ${iso('DFD')}.` },
    ]);
  });

  it('an Arabic reader gets a 404 in Arabic (a module’s and the router’s)', async () => {
    const res = await get('/api/dossiers/987654321', ar.headers);
    expect(res.statusCode).toBe(404);
    expect(res.json().error).toMatchObject({ code: 'NOT_FOUND', message: 'الملف غير موجود.' });
    const none = await get('/api/no-such-route', ar.headers);
    expect(none.statusCode).toBe(404);
    expect(none.headers['content-language']).toBe('ar');
    expect(none.json().error.message).toBe('المورد غير موجود.');
  });

  it('an English reader gets English', async () => {
    const res = await get('/api/procedures/DFD/dossiers?pageSize=7&category=ZZZ', en.headers);
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-language']).toBe('en');
    const { error } = res.json();
    expect(error.message).toBe('Some of the values entered are invalid.');
    expect(error.details.fields).toContainEqual({
      path: 'pageSize',
      message: 'Page size: 10, 20, 50 or 100.',
    });
    const notFound = (await get('/api/dossiers/987654321', en.headers)).json().error;
    expect(notFound.message).toBe('File not found.');
    const cat = (await get('/api/procedures/DFD/dossiers?category=ZZZ', en.headers)).json().error;
    expect(cat.details.fields).toEqual([
      { path: 'category', message: 'Unknown category for procedure DFD.' },
    ]);
  });

  it('French stays the default, whatever the header says when the user chose French', async () => {
    const res = await get('/api/procedures/DFD/dossiers?pageSize=7', {
      ...fr.headers,
      'accept-language': 'ar',
    });
    expect(res.headers['content-language']).toBe('fr');
    const { error } = res.json();
    expect(error.message).toBe('Certaines valeurs saisies sont invalides.');
    expect(error.details.fields).toEqual([
      { path: 'pageSize', message: 'Taille de page : 10, 20, 50 ou 100.' },
    ]);
    const anonymous = await get('/api/procedures/DFD/dossiers');
    expect(anonymous.statusCode).toBe(401);
    expect(anonymous.headers['content-language']).toBe('fr');
    expect(anonymous.json().error.message).toBe('Votre session a expiré. Veuillez vous reconnecter.');
  });

  it('an anonymous request follows Accept-Language (first of ar, en, fr)', async () => {
    const res = await get('/api/procedures/DFD/dossiers', { 'accept-language': 'ar' });
    expect(res.statusCode).toBe(401);
    expect(res.headers['content-language']).toBe('ar');
    expect(res.json().error).toMatchObject({
      code: 'UNAUTHENTICATED',
      message: 'انتهت صلاحية جلستك. يرجى تسجيل الدخول من جديد.',
    });
    const de = await get('/api/procedures/DFD/dossiers', {
      'accept-language': 'de-DE, en-GB;q=0.8, ar;q=0.5',
    });
    expect(de.headers['content-language']).toBe('en');
    expect(de.json().error.message).toBe('Your session has expired. Please sign in again.');
    const other = await get('/api/procedures/DFD/dossiers', { 'accept-language': 'de, es' });
    expect(other.headers['content-language']).toBe('fr');
  });

  it('the intake API /api/v1/ answers in French unless it sends Accept-Language', async () => {
    const res = await get('/api/v1/dossiers/DFD-2026-000001', { cookie: ar.cookie });
    expect(res.statusCode).toBe(401);
    expect(res.headers['content-language']).toBe('fr');
    expect(res.json().error.message).toBe("Jeton d'accès manquant, invalide ou expiré.");
    const asked = await get('/api/v1/dossiers/DFD-2026-000001', { 'accept-language': 'ar' });
    expect(asked.headers['content-language']).toBe('ar');
    expect(asked.json().error.message).toBe('رمز الولوج مفقود أو غير صالح أو منتهي الصلاحية.');
  });
});

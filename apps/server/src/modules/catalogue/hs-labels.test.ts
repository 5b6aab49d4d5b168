// HS nomenclature labels in Arabic and English (migration 0702, db/seed/reference/hs-labels.ts):
// the reference data carries them, every place that shows an HS label gives the reader's language
// with the French label where a translation is missing, and the seed keeps them up to date.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HS_CHAPTERS, HS_CODES_10, HS_HEADINGS } from '../../db/seed/reference/hs.ts';
import { hsLabelsOf } from '../../db/seed/reference/hs-labels.ts';
import { seedReference } from '../../db/seed/reference.ts';
import { sql } from '../../db/sql.ts';
import { createTestApp, createUser, dbKind, type SignedIn, signInAs } from '../../test/harness.ts';
import { createDossier, loadCatalogue } from '../processing/test-fixtures.ts';

let t: Awaited<ReturnType<typeof createTestApp>>;
const as: Record<'fr' | 'ar' | 'en', SignedIn> = {} as never;

beforeAll(async () => {
  t = await createTestApp();
  await loadCatalogue(t);
  for (const locale of ['fr', 'ar', 'en'] as const) {
    const u = await createUser(t.db, { org: 'MIC', roles: ['chef_service'] });
    await t.db.query(sql`UPDATE app_user SET locale = ${locale} WHERE id = ${u.id}`);
    as[locale] = await signInAs(t, u.id);
  }
}, 60_000);
afterAll(async () => t.close());

const get = (who: SignedIn, url: string) => t.app.inject({ url, headers: { cookie: who.cookie } });
type Labels = { fr: string; ar: string; en: string };

describe(`HS labels in three languages on ${dbKind}`, () => {
  it('the reference data has Arabic and English for every chapter, heading and tariff line', async () => {
    const missing = await t.db.query<{ code: string }>(
      sql`SELECT code FROM hs_code WHERE label_ar IS NULL OR label_en IS NULL ORDER BY code`,
    );
    expect(missing).toEqual([]);
    const n = await t.db.one<{ n: number }>(sql`SELECT count(*)::int AS n FROM hs_code`);
    expect(n!.n).toBe(HS_CHAPTERS.length + HS_HEADINGS.length + HS_CODES_10.length);
    const notArabic = await t.db.query<{ code: string }>(
      sql`SELECT code FROM hs_code WHERE label_ar !~ '[؀-ۿ]' OR label_en ~ '[؀-ۿ]'`,
    );
    expect(notArabic).toEqual([]);
    const wheat = await t.db.one<{ label_ar: string; label_en: string }>(
      sql`SELECT label_ar, label_en FROM hs_code WHERE code = '1001'`,
    );
    expect(wheat).toEqual({ label_ar: 'قمح وخليط القمح والشيلم', label_en: 'Wheat and meslin' });
    // A tariff line without a translation of its own would take its heading's.
    expect(hsLabelsOf('1001990099')).toEqual(['Wheat and meslin', 'قمح وخليط القمح والشيلم']);
    expect(hsLabelsOf('1001990010')).toEqual(['Common wheat, other than seed', 'قمح لين، عدا المعد للبذر']);
  });

  it('re-running the seed restores shipped translations, but leaves a code an administrator relabelled', async () => {
    await t.db.query(sql`UPDATE hs_code SET label_en = 'stale', label_ar = NULL WHERE code = '10'`);
    await t.db.query(
      sql`UPDATE hs_code SET label_fr = 'Céréales (libellé local)', label_en = 'Local cereals' WHERE code = '1003'`,
    );
    await seedReference(t.db);
    await seedReference(t.db); // idempotent
    const rows = await t.db.query<{ code: string; label_fr: string; label_en: string; label_ar: string }>(
      sql`SELECT code, label_fr, label_en, label_ar FROM hs_code WHERE code IN ('10', '1003') ORDER BY code`,
    );
    expect(rows).toEqual([
      { code: '10', label_fr: 'Céréales', label_en: 'Cereals', label_ar: 'حبوب' },
      { code: '1003', label_fr: 'Céréales (libellé local)', label_en: 'Local cereals', label_ar: 'شعير' },
    ]);
    await t.db.query(sql`UPDATE hs_code SET label_fr = 'Orge', label_en = 'Barley' WHERE code = '1003'`);
  });

  it('the nomenclature autocomplete finds a code by its Arabic or English label and gives the three languages', async () => {
    const search = async (q: string) =>
      (await get(as.ar, `/api/reference/hs?q=${encodeURIComponent(q)}`)).json().items as {
        code: string;
        label: string;
        labels: Labels;
      }[];
    const barley = (await search('شعير')).find((i) => i.code === '1003');
    expect(barley).toEqual({
      code: '1003',
      label: 'Orge',
      level: 4,
      labels: { fr: 'Orge', ar: 'شعير', en: 'Barley' },
    });
    expect((await search('barley')).map((i) => i.code)).toContain('1003');
    expect((await search('orge')).map((i) => i.code)).toContain('1003');
    const byCode = (await search('1003'))[0];
    expect(byCode.labels.en).toBe('Barley');
    // A code without a translation: empty, the page shows French.
    await t.db.query(sql`UPDATE hs_code SET label_ar = NULL WHERE code = '1005'`);
    expect((await search('1005'))[0].labels).toEqual({ fr: 'Maïs', ar: '', en: 'Maize (corn)' });
    await seedReference(t.db);
  });

  it('the dossier page gives each goods line its HS label in three languages, empty where missing', async () => {
    const d = await createDossier(t);
    await t.db.query(
      sql`UPDATE dossier_goods_line SET hs_code = '1001990010' WHERE dossier_id = ${d.id} AND line_no = 1`,
    );
    await t.db.query(
      sql`UPDATE dossier_goods_line SET hs_code = '1005' WHERE dossier_id = ${d.id} AND line_no = 2`,
    );
    await t.db.query(sql`UPDATE hs_code SET label_en = NULL WHERE code = '1005'`);
    const res = await get(as.en, `/api/dossiers/${d.id}`);
    expect(res.statusCode).toBe(200);
    const goods = res.json().goods as { hsCode: string; hsLabel: string; hsLabels: Labels }[];
    expect(goods[0]).toMatchObject({
      hsCode: '1001990010',
      hsLabel: 'Blé tendre, autre que de semence',
      hsLabels: { fr: 'Blé tendre, autre que de semence' },
    });
    expect(goods[0].hsLabels).toEqual({
      fr: 'Blé tendre, autre que de semence',
      ar: 'قمح لين، عدا المعد للبذر',
      en: 'Common wheat, other than seed',
    });
    expect(goods[1]).toMatchObject({ hsCode: '1005', hsLabels: { fr: 'Maïs', ar: 'ذرة', en: '' } });
    await seedReference(t.db);
  });

  it('the dashboard « par chapitre SH » names chapters in the reader’s language, French where missing', async () => {
    const d = await createDossier(t, { procedure: 'LI' });
    await t.db.query(
      sql`UPDATE dossier SET hs_prefixes = ARRAY['10', '1001', '100199', '1001990010'] WHERE id = ${d.id}`,
    );
    const day = t.clock.now().toISOString().slice(0, 10);
    const [from, to] = [`${day.slice(0, 4)}-01-01`, day];
    const chapter = async (who: SignedIn) => {
      const res = await get(
        who,
        `/api/dashboard?period=personnalisee&submittedFrom=${from}&submittedTo=${to}`,
      );
      expect(res.statusCode).toBe(200);
      return (res.json().byChapter as { chapter: string; label: string }[]).find((c) => c.chapter === '10')
        ?.label;
    };
    expect(await chapter(as.fr)).toBe('Céréales');
    expect(await chapter(as.ar)).toBe('حبوب');
    expect(await chapter(as.en)).toBe('Cereals');
    await t.db.query(sql`UPDATE hs_code SET label_en = NULL WHERE code = '10'`);
    t.clock.advance(61_000); // the dashboard keeps an answer for the minute
    expect(await chapter(as.en)).toBe('Céréales');
    await seedReference(t.db);
  });
});

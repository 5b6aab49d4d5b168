// Loads reference data once: inserts are idempotent (ON CONFLICT DO NOTHING), so every start can
// call this and nothing an administrator edited is overwritten. One exception: the Arabic and English
// HS labels follow this file on every start (a corrected translation reaches existing databases),
// but only for codes whose French label is still the one shipped here — a code an administrator
// relabelled through the CSV import keeps the translations that came with it.
import type { Db } from '../client.ts';
import { sql } from '../sql.ts';
import { COUNTRIES } from './reference/countries.ts';
import { CUSTOMS_OFFICES } from './reference/customs-offices.ts';
import { HS_CHAPTERS, HS_CODES_10, HS_HEADINGS } from './reference/hs.ts';
import { hsLabelsOf } from './reference/hs-labels.ts';
import { ORGANISATIONS } from './reference/organisations.ts';
import { REASONS } from './reference/reasons.ts';
import { UNITS } from './reference/units.ts';

export async function seedReference(db: Db): Promise<void> {
  await db.transaction(async (tx) => {
    const col = <T>(rows: readonly T[], f: (r: T) => string) => rows.map(f);
    await tx.query(sql`
      INSERT INTO organisation (code, type, name_fr, name_en, name_ar)
      SELECT * FROM unnest(${col(ORGANISATIONS, (o) => o.code)}::text[], ${col(ORGANISATIONS, (o) => o.type)}::text[],
                           ${col(ORGANISATIONS, (o) => o.nameFr)}::text[], ${col(ORGANISATIONS, (o) => o.nameEn)}::text[],
                           ${col(ORGANISATIONS, (o) => o.nameAr)}::text[])
      ON CONFLICT (code) DO NOTHING`);
    await tx.query(sql`
      INSERT INTO country (code, name_fr, name_en, name_ar)
      SELECT * FROM unnest(${col(COUNTRIES, (c) => c.code)}::text[], ${col(COUNTRIES, (c) => c.nameFr)}::text[],
                           ${col(COUNTRIES, (c) => c.nameEn)}::text[], ${col(COUNTRIES, (c) => c.nameAr)}::text[])
      ON CONFLICT (code) DO NOTHING`);
    await tx.query(sql`
      INSERT INTO customs_office (code, name, city, kind)
      SELECT * FROM unnest(${col(CUSTOMS_OFFICES, (c) => c.code)}::text[], ${col(CUSTOMS_OFFICES, (c) => c.name)}::text[],
                           ${col(CUSTOMS_OFFICES, (c) => c.city)}::text[], ${col(CUSTOMS_OFFICES, (c) => c.kind)}::text[])
      ON CONFLICT (code) DO NOTHING`);
    const hs = [...HS_CHAPTERS, ...HS_HEADINGS, ...HS_CODES_10].map((h) => {
      const labels = hsLabelsOf(h.code);
      return { ...h, labelEn: labels?.[0] ?? null, labelAr: labels?.[1] ?? null };
    });
    await tx.query(sql`
      INSERT INTO hs_code (code, label_fr, label_en, label_ar)
      SELECT * FROM unnest(${col(hs, (h) => h.code)}::text[], ${col(hs, (h) => h.labelFr)}::text[],
                           ${hs.map((h) => h.labelEn)}::text[], ${hs.map((h) => h.labelAr)}::text[])
      ON CONFLICT (code) DO UPDATE SET label_en = EXCLUDED.label_en, label_ar = EXCLUDED.label_ar
       WHERE hs_code.label_fr = EXCLUDED.label_fr
         AND (hs_code.label_en, hs_code.label_ar) IS DISTINCT FROM (EXCLUDED.label_en, EXCLUDED.label_ar)`);
    await tx.query(sql`
      INSERT INTO unit (code, label_fr, label_en, label_ar)
      SELECT * FROM unnest(${col(UNITS, (u) => u.code)}::text[], ${col(UNITS, (u) => u.labelFr)}::text[],
                           ${col(UNITS, (u) => u.labelEn)}::text[], ${col(UNITS, (u) => u.labelAr)}::text[])
      ON CONFLICT (code) DO NOTHING`);
    await tx.query(sql`
      INSERT INTO reason (code, kind, label_fr, label_en, label_ar)
      SELECT * FROM unnest(${col(REASONS, (r) => r.code)}::text[], ${col(REASONS, (r) => r.kind)}::text[],
                           ${col(REASONS, (r) => r.labelFr)}::text[], ${col(REASONS, (r) => r.labelEn)}::text[],
                           ${col(REASONS, (r) => r.labelAr)}::text[])
      ON CONFLICT (code) DO NOTHING`);
  });
}

// SQL of reference-data administration: countries, units and reasons. The table and column names
// come from the whitelist below, never from the request.
import type { ReferenceTable } from '@portail/contracts';
import type { Db } from '../../db/client.ts';
import { sql } from '../../db/sql.ts';

interface TableSpec {
  table: string;
  fr: string;
  ar: string;
  en: string;
  hasKind: boolean;
}

export const TABLES: Record<ReferenceTable, TableSpec> = {
  countries: { table: 'country', fr: 'name_fr', ar: 'name_ar', en: 'name_en', hasKind: false },
  units: { table: 'unit', fr: 'label_fr', ar: 'label_ar', en: 'label_en', hasKind: false },
  reasons: { table: 'reason', fr: 'label_fr', ar: 'label_ar', en: 'label_en', hasKind: true },
};

export interface ReferenceRow {
  code: string;
  kind: string | null;
  label_fr: string;
  label_ar: string;
  label_en: string;
  active: boolean;
}

function columns(t: TableSpec) {
  return sql.raw(
    `code::text AS code, ${t.hasKind ? 'kind' : 'NULL::text AS kind'}, ${t.fr} AS label_fr, ` +
      `${t.ar} AS label_ar, ${t.en} AS label_en, active`,
  );
}

export function list(db: Db, name: ReferenceTable): Promise<ReferenceRow[]> {
  const t = TABLES[name];
  return db.query<ReferenceRow>(
    sql`SELECT ${columns(t)} FROM ${sql.raw(t.table)} ORDER BY ${sql.raw(t.hasKind ? 'kind, code' : 'code')}`,
  );
}

/** The row locked for update (inside the use case's transaction). */
export function find(tx: Db, name: ReferenceTable, code: string): Promise<ReferenceRow | undefined> {
  const t = TABLES[name];
  return tx.one<ReferenceRow>(
    sql`SELECT ${columns(t)} FROM ${sql.raw(t.table)} WHERE code = ${code} FOR UPDATE`,
  );
}

/** Inserts; false when the code already exists. */
export async function insert(
  tx: Db,
  name: ReferenceTable,
  r: { code: string; kind?: string; labelFr: string; labelAr: string; labelEn: string },
): Promise<boolean> {
  const t = TABLES[name];
  const cols = sql.raw(`code, ${t.hasKind ? 'kind, ' : ''}${t.fr}, ${t.ar}, ${t.en}, active`);
  const kind = t.hasKind ? sql`${r.kind ?? ''}, ` : sql.empty;
  const rows = await tx.query(sql`
    INSERT INTO ${sql.raw(t.table)} (${cols})
    VALUES (${r.code}, ${kind}${r.labelFr}, ${r.labelAr}, ${r.labelEn}, true)
    ON CONFLICT (code) DO NOTHING RETURNING code`);
  return rows.length === 1;
}

export async function update(
  tx: Db,
  name: ReferenceTable,
  code: string,
  r: { labelFr: string; labelAr: string; labelEn: string; active: boolean },
): Promise<void> {
  const t = TABLES[name];
  await tx.query(sql`
    UPDATE ${sql.raw(t.table)}
       SET ${sql.raw(t.fr)} = ${r.labelFr}, ${sql.raw(t.ar)} = ${r.labelAr}, ${sql.raw(t.en)} = ${r.labelEn},
           active = ${r.active}
     WHERE code = ${code}`);
}

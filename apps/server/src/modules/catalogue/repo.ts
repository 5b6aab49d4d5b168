// SQL of the catalogue: procedure versions and reference-data lookups.
import type { Db } from '../../db/client.ts';
import { sql } from '../../db/sql.ts';

export interface ProcedureRow {
  code: string;
  version: number;
  definition: unknown;
  definition_hash: string;
  owner_org_id: number;
  /** Hash of the code definition this version derives from (the loader's comparison). */
  base_hash: string;
  /** The administrator's edits re-applied on every new code base (null: none). */
  overlay: unknown;
}

const PROCEDURE_COLUMNS = sql`code, version, definition, definition_hash, owner_org_id, base_hash, overlay`;

export async function lockCatalogue(tx: Db): Promise<void> {
  // Several instances may start together on one server: one loads, the others then see its rows.
  await tx.query(sql`SELECT pg_advisory_xact_lock(727101)`);
}

export async function currentProcedures(db: Db): Promise<ProcedureRow[]> {
  return db.query<ProcedureRow>(sql`SELECT ${PROCEDURE_COLUMNS} FROM procedure WHERE is_current`);
}

/** code → current version number (cheap: the periodic refresh compares it with memory). */
export async function currentVersionNumbers(db: Db): Promise<Map<string, number>> {
  const rows = await db.query<{ code: string; version: number }>(
    sql`SELECT code, version FROM procedure WHERE is_current`,
  );
  return new Map(rows.map((r) => [r.code, r.version]));
}

export async function procedureVersion(
  db: Db,
  code: string,
  version: number,
): Promise<ProcedureRow | undefined> {
  return db.one<ProcedureRow>(
    sql`SELECT ${PROCEDURE_COLUMNS} FROM procedure WHERE code = ${code} AND version = ${version}`,
  );
}

export async function organisationIds(db: Db): Promise<Map<string, { id: number; nameFr: string }>> {
  const rows = await db.query<{ id: number; code: string; name_fr: string }>(
    sql`SELECT id, code, name_fr FROM organisation`,
  );
  return new Map(rows.map((r) => [r.code, { id: r.id, nameFr: r.name_fr }]));
}

export async function insertProcedureVersion(
  tx: Db,
  p: {
    code: string;
    version: number;
    slug: string;
    direction: string;
    ownerOrgId: number;
    name: { fr: string; ar: string; en: string };
    definition: unknown;
    hash: string;
    baseHash: string;
    overlay: unknown;
    source: 'code' | 'admin';
    userId?: number | null;
    note?: string | null;
    opinionOrgIds: number[];
    now: Date;
  },
): Promise<void> {
  await tx.query(sql`UPDATE procedure SET is_current = false WHERE code = ${p.code} AND is_current`);
  await tx.query(sql`
    INSERT INTO procedure (code, version, is_current, slug, direction, owner_org_id, name_fr, name_ar, name_en,
                           definition, definition_hash, loaded_at, source, base_hash, overlay, created_by_user_id,
                           change_note)
    VALUES (${p.code}, ${p.version}, true, ${p.slug}, ${p.direction}, ${p.ownerOrgId}, ${p.name.fr}, ${p.name.ar},
            ${p.name.en}, ${sql.json(p.definition)}, ${p.hash}, ${p.now}, ${p.source}, ${p.baseHash},
            ${p.overlay == null ? null : sql.json(p.overlay)}, ${p.userId ?? null}, ${p.note ?? null})`);
  await tx.query(sql`DELETE FROM procedure_opinion_org WHERE procedure_code = ${p.code}`);
  await tx.query(sql`
    INSERT INTO procedure_opinion_org (procedure_code, organisation_id)
    SELECT ${p.code}, unnest(${p.opinionOrgIds}::int[])`);
}

export const customsOffices = (db: Db) =>
  db.query<{ code: string; name: string; city: string }>(
    sql`SELECT code, name, city FROM customs_office WHERE active ORDER BY name`,
  );

// Deactivated countries and units (administration) are no longer offered.
export const countries = (db: Db) =>
  db.query<{ code: string; name: string }>(
    sql`SELECT code, name_fr AS name FROM country WHERE active ORDER BY name_fr`,
  );

export const units = (db: Db) =>
  db.query<{ code: string; label: string }>(
    sql`SELECT code, label_fr AS label FROM unit WHERE active ORDER BY label_fr`,
  );

const HS_ITEM = sql`code, label_fr AS label, level,
  json_build_object('fr', label_fr, 'ar', coalesce(label_ar, ''), 'en', coalesce(label_en, '')) AS labels`;
type HsRow = { code: string; label: string; level: number; labels: { fr: string; ar: string; en: string } };

/**
 * By code prefix when the query is digits (dots and spaces ignored), else by label (trigram) in
 * any of the three languages: a reader types in theirs, or in French, the label the codes carry
 * in customs documents.
 */
export async function searchHs(db: Db, q: string, limit: number) {
  const digits = q.replace(/[.\s]/g, '');
  if (/^\d+$/.test(digits)) {
    return db.query<HsRow>(sql`
      SELECT ${HS_ITEM} FROM hs_code
       WHERE code LIKE ${`${digits}%`} ORDER BY code LIMIT ${limit}`);
  }
  const needle = q.toLowerCase();
  const like = escapeLike(needle);
  return db.query<HsRow>(sql`
    SELECT ${HS_ITEM} FROM hs_code
     WHERE f_unaccent(lower(label_fr)) LIKE '%' || f_unaccent(${like}) || '%'
        OR lower(label_en) LIKE '%' || ${like} || '%'
        OR label_ar LIKE '%' || ${like} || '%'
     ORDER BY level DESC,
              greatest(similarity(f_unaccent(lower(label_fr)), f_unaccent(${needle})),
                       similarity(lower(label_en), ${needle}), similarity(label_ar, ${needle})) DESC NULLS LAST,
              code
     LIMIT ${limit}`);
}

/** Escapes LIKE wildcards so user input matches literally (default escape character \). */
export const escapeLike = (s: string): string => s.replace(/[\\%_]/g, (c) => `\\${c}`);

// SQL of the procedure catalogue's administration: version rows (never updated once written) and
// the reasons shown beside a definition.
import type { Db } from '../../db/client.ts';
import { sql } from '../../db/sql.ts';

export interface VersionRow {
  code: string;
  version: number;
  is_current: boolean;
  source: 'code' | 'admin';
  loaded_at: Date;
  author: string | null;
  change_note: string | null;
  overlay: Record<string, unknown> | null;
  definition_hash: string;
}

const VERSION_COLUMNS = sql`p.code, p.version, p.is_current, p.source, p.loaded_at, u.username AS author,
  p.change_note, p.overlay, p.definition_hash`;

/** Current version of every procedure. */
export const currentVersions = (db: Db) =>
  db.query<VersionRow>(sql`
    SELECT ${VERSION_COLUMNS} FROM procedure p LEFT JOIN app_user u ON u.id = p.created_by_user_id
     WHERE p.is_current ORDER BY p.code`);

/** Every version of a procedure, newest first (a procedure has a handful). */
export const versionsOf = (db: Db, code: string) =>
  db.query<VersionRow>(sql`
    SELECT ${VERSION_COLUMNS} FROM procedure p LEFT JOIN app_user u ON u.id = p.created_by_user_id
     WHERE p.code = ${code} ORDER BY p.version DESC`);

/** The current version row, read inside the catalogue lock. */
export const currentVersion = (tx: Db, code: string) =>
  tx.one<VersionRow>(sql`
    SELECT ${VERSION_COLUMNS} FROM procedure p LEFT JOIN app_user u ON u.id = p.created_by_user_id
     WHERE p.code = ${code} AND p.is_current`);

export interface ReasonRow {
  code: string;
  kind: string;
  label_fr: string;
  label_ar: string;
  label_en: string;
  active: boolean;
}

export const reasonsOfKinds = (db: Db, kinds: string[]) =>
  db.query<ReasonRow>(sql`
    SELECT code, kind, label_fr, label_ar, label_en, active FROM reason
     WHERE kind = ANY(${kinds}::text[]) ORDER BY kind, code`);

export const organisationNames = (db: Db) =>
  db.query<{ id: number; name_fr: string; name_ar: string; name_en: string }>(
    sql`SELECT id, name_fr, name_ar, name_en FROM organisation`,
  );

// SQL of the administration console: audit search, sent mails, organisations, reference data.
import type { Db } from '../../db/client.ts';
import { type SqlFragment, sql } from '../../db/sql.ts';

export interface AuditFilter {
  q?: string;
  event?: string;
  outcome?: 'success' | 'failure' | 'denied';
  actorUserId?: number;
  objectType?: string;
  objectId?: string;
  from?: Date;
  to?: Date;
  /** Only events of this organisation (organisation administrators). */
  orgId?: number;
  /** Keyset: entries strictly older than this id. */
  beforeId?: number;
  limit: number;
}

export interface AuditEntryRow {
  id: number;
  at: Date;
  event: string;
  outcome: string;
  actor_user_id: number | null;
  actor_org_id: number | null;
  actor_label: string | null;
  ip: string | null;
  object_type: string | null;
  object_id: string | null;
  details: Record<string, unknown>;
  sealed: boolean;
}

function auditConditions(f: AuditFilter): SqlFragment[] {
  const c: SqlFragment[] = [];
  if (f.event) c.push(sql`event LIKE ${`${f.event.replace(/[\\%_]/g, '\\$&')}%`}`);
  if (f.outcome) c.push(sql`outcome = ${f.outcome}`);
  if (f.actorUserId !== undefined) c.push(sql`actor_user_id = ${f.actorUserId}`);
  if (f.objectType) c.push(sql`object_type = ${f.objectType}`);
  if (f.objectId) c.push(sql`object_id = ${f.objectId}`);
  if (f.from) c.push(sql`at >= ${f.from}`);
  if (f.to) c.push(sql`at < ${f.to}`);
  if (f.orgId !== undefined) c.push(sql`actor_org_id = ${f.orgId}`);
  if (f.q) {
    const like = `%${f.q.replace(/[\\%_]/g, '\\$&')}%`;
    c.push(
      sql`(actor_label ILIKE ${like} OR ip ILIKE ${like} OR event ILIKE ${like} OR object_id ILIKE ${like})`,
    );
  }
  return c;
}

export async function searchAudit(db: Db, f: AuditFilter): Promise<AuditEntryRow[]> {
  const c = auditConditions(f);
  if (f.beforeId !== undefined) c.push(sql`id < ${f.beforeId}`);
  return db.query<AuditEntryRow>(sql`
    SELECT id, at, event, outcome, actor_user_id, actor_org_id, actor_label, ip, object_type, object_id, details,
           chain_seq IS NOT NULL AS sealed
      FROM audit_log ${sql.where(c)}
     ORDER BY id DESC LIMIT ${f.limit}`);
}

export interface MailRow {
  id: number;
  to_address: string;
  subject: string;
  body_text: string;
  transport: string;
  created_at: Date;
  sent_at: Date | null;
}

export async function listMails(
  db: Db,
  beforeId: number | undefined,
  limit: number,
  to?: string,
): Promise<MailRow[]> {
  const c: SqlFragment[] = [];
  if (beforeId !== undefined) c.push(sql`id < ${beforeId}`);
  if (to) c.push(sql`to_address ILIKE ${`%${to.replace(/[\\%_]/g, '\\$&')}%`}`);
  return db.query<MailRow>(sql`
    SELECT id, to_address, subject, body_text, transport, created_at, sent_at
      FROM mail_message ${sql.where(c)} ORDER BY id DESC LIMIT ${limit}`);
}

export interface OrganisationRow {
  id: number;
  code: string;
  type: string;
  name_fr: string;
  name_ar: string;
  name_en: string;
  active: boolean;
  users: number;
}

export async function listOrganisations(db: Db): Promise<OrganisationRow[]> {
  return db.query<OrganisationRow>(sql`
    SELECT o.id, o.code, o.type, o.name_fr, o.name_ar, o.name_en, o.active,
           (SELECT count(*)::int FROM app_user u WHERE u.organisation_id = o.id) AS users
      FROM organisation o ORDER BY o.code`);
}

export interface CustomsOfficeRow {
  code: string;
  name: string;
  city: string;
  kind: string;
  active: boolean;
}

export async function listCustomsOffices(db: Db): Promise<CustomsOfficeRow[]> {
  return db.query<CustomsOfficeRow>(
    sql`SELECT code, name, city, kind, active FROM customs_office ORDER BY code`,
  );
}

export async function upsertCustomsOffice(db: Db, o: CustomsOfficeRow): Promise<void> {
  await db.query(sql`
    INSERT INTO customs_office (code, name, city, kind, active) VALUES (${o.code}, ${o.name}, ${o.city}, ${o.kind}, ${o.active})
    ON CONFLICT (code) DO UPDATE SET name = EXCLUDED.name, city = EXCLUDED.city, kind = EXCLUDED.kind, active = EXCLUDED.active`);
}

export async function existingHsCodes(db: Db, codes: string[]): Promise<Set<string>> {
  const rows = await db.query<{ code: string }>(
    sql`SELECT code FROM hs_code WHERE code = ANY(${codes}::text[])`,
  );
  return new Set(rows.map((r) => r.code));
}

/**
 * Inserts or relabels codes. Arabic and English labels are written when the file had their column
 * (`labelAr`/`labelEn` present on the rows, null for an empty cell), else left as they were.
 */
export async function upsertHsCodes(
  db: Db,
  rows: { code: string; labelFr: string; labelAr?: string | null; labelEn?: string | null }[],
): Promise<void> {
  const hasAr = rows.some((r) => r.labelAr !== undefined);
  const hasEn = rows.some((r) => r.labelEn !== undefined);
  await db.query(sql`
    INSERT INTO hs_code (code, label_fr, label_ar, label_en)
    SELECT * FROM unnest(${rows.map((r) => r.code)}::text[], ${rows.map((r) => r.labelFr)}::text[],
                         ${rows.map((r) => r.labelAr ?? null)}::text[], ${rows.map((r) => r.labelEn ?? null)}::text[])
    ON CONFLICT (code) DO UPDATE SET label_fr = EXCLUDED.label_fr,
      label_ar = CASE WHEN ${hasAr} THEN EXCLUDED.label_ar ELSE hs_code.label_ar END,
      label_en = CASE WHEN ${hasEn} THEN EXCLUDED.label_en ELSE hs_code.label_en END`);
}

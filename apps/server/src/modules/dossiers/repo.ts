// All SQL of the dossiers module. The list is a keyset query: WHERE (sort key, id) beyond the
// cursor, ORDER BY sort key, id, LIMIT n+1 — an index range scan on the matching
// (procedure_code, key, id) index of migration 0201 whatever the page depth.
import { EXACT_TOTAL_LIMIT, type ListColumn } from '@portail/contracts';
import type { Db } from '../../db/client.ts';
import { type SqlFragment, sql } from '../../db/sql.ts';
import { escapeLike } from '../catalogue/repo.ts';

/** Sort key expressions, identical to the index expressions (whitelist: never user text). */
export const SORT_EXPR: Record<ListColumn, string> = {
  reference: 'd.reference',
  category: "coalesce(d.category, '')",
  importer: 'd.importer_name',
  submittedAt: 'd.submitted_at',
  opinion: "coalesce(d.opinion_summary, '')",
  customsOffice: "coalesce(d.customs_office_code, '')",
  goods: 'd.goods_summary',
  hsCode: 'd.main_hs_code',
  decisionNumber: "coalesce(d.decision_number, '')",
  state: 'd.state',
};

export interface ListFilters {
  reference?: string;
  category?: string;
  state?: string;
  submittedFrom?: string;
  submittedTo?: string;
  importer?: string;
  customsOffice?: string;
  hsCode?: string;
  goods?: string;
  // The dashboard's links (issue 6), each on an index of migration 0402.
  decidedWithinSla?: 'true' | 'false';
  processingDays?: string;
  stage?: 'open' | 'decided';
  agent?: number;
  overdue?: 'true';
  /** The operators whose name holds `importer`, when the caller already looked them up (cached). */
  importerOperatorIds?: number[];
}

const OPEN_STATES_SQL = "('soumise', 'en_instruction', 'complement_demande', 'attente_avis')";

/**
 * A day bound of the processing-time filter as a bucket of dashboard_duration_bucket (migration
 * 0401): a class of the dashboard's distribution is a range of buckets, so the list counts exactly
 * what the chart counts. Bounds are whole days up to 30, then 45, 60, 90 and 180 (the buckets'
 * own bounds); anything else is null.
 */
export function durationBucketOfDay(day: number): number | null {
  if (!Number.isInteger(day) || day < 0) return null;
  if (day === 0) return 0;
  if (day < 10) return 24 + (day - 1) * 2;
  if (day <= 30) return 42 + (day - 10);
  const wide: Record<number, number> = { 45: 63, 60: 64, 90: 65, 180: 66 };
  return wide[day] ?? null;
}

/** « 2-3 » → buckets [26, 28); « 30- » → [62, ∞); null when a bound is not a bucket bound. */
export function processingDaysBuckets(text: string): { from: number; to: number | null } | null {
  const m = /^(\d{1,3})-(\d{1,3})?$/.exec(text);
  if (!m) return null;
  const from = durationBucketOfDay(Number(m[1]));
  const to = m[2] === undefined ? null : durationBucketOfDay(Number(m[2]));
  if (from === null || (m[2] !== undefined && (to === null || to <= from))) return null;
  return { from, to };
}

/** Which dossiers of a procedure the user's organisation sees (policy.ts decides the scope). */
export type Visibility = { kind: 'owner'; orgId: number } | { kind: 'opinion'; orgId: number };

export function visibilityCondition(procedureCode: string, v: Visibility): SqlFragment {
  // Owner scope: policy.ts grants it only to the organisation that runs the procedure, and every
  // dossier of a procedure belongs to that organisation, so the procedure code is the whole
  // condition — which keeps counts on index-only scans (no heap visit per row).
  if (v.kind === 'owner') return sql`d.procedure_code = ${procedureCode}`;
  return sql`d.procedure_code = ${procedureCode}
    AND d.id IN (SELECT o.dossier_id FROM dossier_opinion o WHERE o.organisation_id = ${v.orgId})`;
}

const operatorNameHolds = (text: string) =>
  sql`f_unaccent(lower(o.raison_sociale)) LIKE f_unaccent(${`%${escapeLike(text.toLowerCase())}%`})`;

/** The operators whose raison sociale holds `text` (accents and case ignored), at most `limit`. */
export const operatorsNamedLike = async (db: Db, text: string, limit: number): Promise<number[]> =>
  (
    await db.query<{ id: number }>(
      sql`SELECT o.id FROM operator o WHERE ${operatorNameHolds(text)} ORDER BY o.id LIMIT ${limit}`,
    )
  ).map((r) => Number(r.id));

/** `now` (the injected clock) is needed by the « en retard » filter only. */
export function filterConditions(f: ListFilters, referencePattern: RegExp, now?: Date): SqlFragment[] {
  const c: SqlFragment[] = [];
  if (f.reference) {
    const ref = f.reference.toUpperCase();
    // A complete reference is an equality (unique index); a fragment a substring (trigram index).
    if (referencePattern.test(ref)) c.push(sql`d.reference = ${ref}`);
    else c.push(sql`d.reference LIKE ${`%${escapeLike(ref)}%`}`);
  }
  if (f.category) c.push(sql`d.category = ${f.category}`);
  if (f.state) c.push(sql`d.state = ${f.state}`);
  // Dates are days in Morocco's time zone.
  if (f.submittedFrom)
    c.push(sql`d.submitted_at >= (${f.submittedFrom}::date::timestamp AT TIME ZONE 'Africa/Casablanca')`);
  if (f.submittedTo)
    c.push(sql`d.submitted_at < ((${f.submittedTo}::date + 1)::timestamp AT TIME ZONE 'Africa/Casablanca')`);
  if (f.importer) {
    if (!filtersByImporterName(f)) c.push(sql`d.importer_ice = ${f.importer}`);
    // A dossier's importer is its operator (importer_name is the operator's raison sociale, which
    // the portal never changes: Portnet's register owns it). Matching the name among the 25,000
    // operators, then reading their dossiers on (procedure, operator, date), costs a few ms; the
    // same LIKE over the dossiers' own names made PostgreSQL walk tens of thousands of rows in
    // date order, unaccenting each (45 ms a page on 1,000,000 dossiers).
    else
      c.push(
        f.importerOperatorIds
          ? sql`d.operator_id = ANY(${f.importerOperatorIds}::bigint[])`
          : sql`d.operator_id IN (SELECT o.id FROM operator o WHERE ${operatorNameHolds(f.importer)})`,
      );
  }
  if (f.customsOffice) c.push(sql`d.customs_office_code = ${f.customsOffice}`);
  if (f.hsCode) c.push(sql`d.hs_prefixes @> ARRAY[${f.hsCode}]::text[]`);
  if (f.goods)
    c.push(
      sql`f_unaccent(lower(d.goods_summary)) LIKE f_unaccent(${`%${escapeLike(f.goods.toLowerCase())}%`})`,
    );
  // Written exactly as the partial indexes of migration 0402 (and the dashboard's triggers) read them.
  if (f.decidedWithinSla === 'true') c.push(sql`d.decided_at <= d.sla_due_at`);
  if (f.decidedWithinSla === 'false') c.push(sql`d.decided_at > d.sla_due_at`);
  const buckets = f.processingDays ? processingDaysBuckets(f.processingDays) : null;
  if (buckets) {
    c.push(sql`d.decided_at IS NOT NULL`);
    c.push(sql`dashboard_duration_bucket(d.submitted_at, d.decided_at) >= ${buckets.from}::smallint`);
    if (buckets.to !== null)
      c.push(sql`dashboard_duration_bucket(d.submitted_at, d.decided_at) < ${buckets.to}::smallint`);
  }
  if (f.stage === 'open') c.push(sql`d.state IN ${sql.raw(OPEN_STATES_SQL)}`);
  if (f.stage === 'decided')
    c.push(sql`d.decided_at IS NOT NULL AND d.state NOT IN ${sql.raw(OPEN_STATES_SQL)}`);
  if (f.agent) c.push(sql`d.assignee_user_id = ${f.agent}`);
  if (f.overdue && now)
    c.push(sql`d.state IN ${sql.raw(OPEN_STATES_SQL)} AND d.sla_paused_at IS NULL AND d.sla_due_at < ${now}`);
  return c;
}

export interface ListRow {
  id: number;
  reference: string;
  category: string | null;
  importer_name: string;
  importer_ice: string;
  submitted_at: Date;
  opinion_summary: string | null;
  customs_office_code: string | null;
  customs_office_name: string | null;
  goods_summary: string;
  main_hs_code: string;
  decision_number: string | null;
  state: string;
  sort_value: string;
}

export interface KeysetPosition {
  value: string;
  id: number;
}

/** « Importateur » holds (part of) a name rather than an ICE (15 digits). */
export const filtersByImporterName = (f: ListFilters): f is ListFilters & { importer: string } =>
  !!f.importer && !/^\d{15}$/.test(f.importer);

/**
 * One page in keyset order. `backward` reads the page before `after` (for « Précédent »).
 *
 * `twoSteps` reads the ids in order first, then those rows. It pays when the filter matches rows
 * spread over several index ranges that must be sorted together — the dossiers of the operators
 * whose name matches: the first step sorts index entries only (an index-only scan) and the table
 * is read for the page's rows alone, 2.4× the pages per second for « atlas agro » on 1,000,000
 * dossiers. Elsewhere one index range already yields the page in order and the extra join halves
 * the throughput (pgbench), so callers ask for it with that filter only.
 */
export function listPageQuery(input: {
  where: SqlFragment[];
  sort: ListColumn;
  dir: 'asc' | 'desc';
  after?: KeysetPosition;
  backward?: boolean;
  limit: number;
  twoSteps?: boolean;
}): SqlFragment {
  const expr = SORT_EXPR[input.sort];
  const effectiveDesc = (input.dir === 'desc') !== (input.backward === true);
  const cast = input.sort === 'submittedAt' ? 'timestamptz' : 'text';
  const conditions = [...input.where];
  if (input.after) {
    const op = effectiveDesc ? '<' : '>';
    conditions.push(
      sql`(${sql.raw(expr)}, d.id) ${sql.raw(op)} (${input.after.value}::${sql.raw(cast)}, ${input.after.id}::bigint)`,
    );
  }
  const order = sql.raw(effectiveDesc ? 'DESC' : 'ASC');
  const orderBy = sql`ORDER BY ${sql.raw(expr)} ${order}, d.id ${order}`;
  const source = input.twoSteps
    ? sql`(SELECT d.id FROM dossier d ${sql.where(conditions)} ${orderBy} LIMIT ${input.limit}) page
          JOIN dossier d ON d.id = page.id`
    : sql`dossier d`;
  return sql`
    SELECT d.id, d.reference, d.category, d.importer_name, d.importer_ice, d.submitted_at, d.opinion_summary,
           d.customs_office_code, co.name AS customs_office_name, d.goods_summary, d.main_hs_code,
           d.decision_number, d.state, (${sql.raw(expr)})::text AS sort_value
      FROM ${source} LEFT JOIN customs_office co ON co.code = d.customs_office_code
     ${input.twoSteps ? sql.empty : sql.where(conditions)}
     ${orderBy}
     LIMIT ${input.limit}`;
}

/** Exact count up to EXACT_TOTAL_LIMIT (+1 tells « plus de »), and the user's column choice, in one statement. */
export function countAndPreferencesQuery(
  where: SqlFragment[],
  userId: number,
  procedureCode: string,
): SqlFragment {
  return sql`
    SELECT (SELECT count(*)::int FROM (SELECT 1 FROM dossier d ${sql.where(where)} LIMIT ${EXACT_TOTAL_LIMIT + 1}) x) AS n,
           (SELECT preferences->'dossierColumns'->${procedureCode} FROM app_user WHERE id = ${userId}) AS columns`;
}

export async function saveColumns(
  db: Db,
  userId: number,
  procedureCode: string,
  columns: string[],
): Promise<void> {
  await db.query(sql`
    UPDATE app_user
       SET preferences = jsonb_set(
             CASE WHEN jsonb_typeof(preferences->'dossierColumns') = 'object' THEN preferences
                  ELSE preferences || '{"dossierColumns": {}}'::jsonb END,
             ARRAY['dossierColumns', ${procedureCode}::text], ${sql.json(columns)})
     WHERE id = ${userId}`);
}

// ---- Dossier page ----

export interface DossierRow {
  id: number;
  reference: string;
  version: number;
  procedure_code: string;
  procedure_version: number;
  owner_org_id: number;
  category: string | null;
  data: Record<string, unknown>;
  state: string;
  submitted_at: Date;
  state_changed_at: Date;
  channel: string;
  sla_due_at: Date | null;
  sla_paused_at: Date | null;
  operator_id: number;
  raison_sociale: string;
  ice: string;
  rc: string | null;
  address: string | null;
  city: string | null;
  customs_office_code: string | null;
  customs_office_name: string | null;
  origin_country: string | null;
  origin_country_name: string | null;
  origin_country_name_ar: string | null;
  origin_country_name_en: string | null;
  /** countries named by the request fields (e.g. provenanceCountry), by code, in three languages */
  data_countries: Record<string, { fr: string; ar: string; en: string }> | null;
  assignee_user_id: number | null;
  assignee_name: string | null;
  decision_number: string | null;
  /** the user's organisation was asked for an opinion on this dossier */
  asked_org: boolean;
}

export async function dossierById(db: Db, id: number, userOrgId: number): Promise<DossierRow | undefined> {
  return db.one<DossierRow>(sql`
    SELECT d.id, d.reference, d.version, d.procedure_code, d.procedure_version, d.owner_org_id, d.category, d.data,
           d.state, d.submitted_at, d.state_changed_at, d.channel, d.sla_due_at, d.sla_paused_at, d.operator_id,
           op.raison_sociale, op.ice, op.rc, op.address, op.city, d.customs_office_code, co.name AS customs_office_name,
           d.origin_country, c.name_fr AS origin_country_name, c.name_ar AS origin_country_name_ar,
           c.name_en AS origin_country_name_en, d.assignee_user_id, u.display_name AS assignee_name,
           d.decision_number,
           (SELECT json_object_agg(dc.code, json_build_object('fr', dc.name_fr, 'ar', dc.name_ar, 'en', dc.name_en))
              FROM country dc
             WHERE dc.code IN (SELECT v.value FROM jsonb_each_text(d.data) v WHERE length(v.value) = 2)) AS data_countries,
           EXISTS (SELECT 1 FROM dossier_opinion o WHERE o.dossier_id = d.id AND o.organisation_id = ${userOrgId}) AS asked_org
      FROM dossier d
      JOIN operator op ON op.id = d.operator_id
      LEFT JOIN customs_office co ON co.code = d.customs_office_code
      LEFT JOIN country c ON c.code = d.origin_country
      LEFT JOIN app_user u ON u.id = d.assignee_user_id
     WHERE d.id = ${id}`);
}

export interface GoodsLineRow {
  line_no: number;
  hs_code: string;
  hs_label: string | null;
  hs_label_ar: string | null;
  hs_label_en: string | null;
  description: string;
  quantity: string;
  unit_code: string;
  unit_label: string | null;
  unit_label_ar: string | null;
  unit_label_en: string | null;
  value_amount: string;
  currency: string;
  origin_country: string | null;
  origin_name: string | null;
  origin_name_ar: string | null;
  origin_name_en: string | null;
}

const goodsLinesQuery = (dossierId: number) => sql`
    SELECT g.line_no, g.hs_code, h.label_fr AS hs_label, h.label_ar AS hs_label_ar, h.label_en AS hs_label_en,
           g.description, g.quantity::text AS quantity, g.unit_code,
           un.label_fr AS unit_label, un.label_ar AS unit_label_ar, un.label_en AS unit_label_en,
           g.value_amount::text AS value_amount, g.currency, g.origin_country,
           c.name_fr AS origin_name, c.name_ar AS origin_name_ar, c.name_en AS origin_name_en
      FROM dossier_goods_line g
      LEFT JOIN hs_code h ON h.code = g.hs_code
      LEFT JOIN unit un ON un.code = g.unit_code
      LEFT JOIN country c ON c.code = g.origin_country
     WHERE g.dossier_id = ${dossierId}
     ORDER BY g.line_no`;

export const goodsLines = (db: Db, dossierId: number) => db.query<GoodsLineRow>(goodsLinesQuery(dossierId));

export interface DocumentRow {
  id: number;
  kind: string;
  stored_file_id: string;
  original_name: string;
  media_type: string;
  size_bytes: number;
  uploaded_at: Date;
  /** organisation of the agent who uploaded it (opinion documents); null for the operator's */
  uploader_org_id?: number | null;
}

const documentsQuery = (dossierId: number) => sql`
    SELECT dd.id, dd.kind, dd.stored_file_id::text AS stored_file_id, f.original_name, f.media_type,
           f.size_bytes::int AS size_bytes, dd.uploaded_at
      FROM dossier_document dd JOIN stored_file f ON f.id = dd.stored_file_id
     WHERE dd.dossier_id = ${dossierId}
     ORDER BY dd.id`;

export const documents = (db: Db, dossierId: number) => db.query<DocumentRow>(documentsQuery(dossierId));

export const documentById = (db: Db, dossierId: number, documentId: number) =>
  db.one<DocumentRow>(sql`
    SELECT dd.id, dd.kind, dd.stored_file_id::text AS stored_file_id, f.original_name, f.media_type,
           f.size_bytes::int AS size_bytes, dd.uploaded_at,
           (SELECT u.organisation_id FROM app_user u WHERE u.id = dd.uploaded_by_user_id) AS uploader_org_id
      FROM dossier_document dd JOIN stored_file f ON f.id = dd.stored_file_id
     WHERE dd.dossier_id = ${dossierId} AND dd.id = ${documentId}`);

/** A reason: French label and the three languages. */
export interface LabelledCode {
  code: string;
  label: string;
  labels: { fr: string; ar: string; en: string };
}

/** Opinions with their organisation, reasons and author; `onlyOrgId` restricts to one organisation's. */
export interface OpinionRow {
  id: number;
  org_code: string;
  org_name: string;
  org_name_ar: string;
  org_name_en: string;
  round: number;
  requested_at: Date;
  due_at: Date | null;
  opinion: string | null;
  reasons: LabelledCode[];
  comment: string | null;
  given_at: Date | null;
  given_by: string | null;
  document_ids: (number | string)[];
}

const opinionsQuery = (dossierId: number, onlyOrgId: number | null) => sql`
    SELECT o.id, org.code AS org_code, org.name_fr AS org_name, org.name_ar AS org_name_ar, org.name_en AS org_name_en, o.round, o.requested_at, o.due_at, o.opinion,
           coalesce((SELECT json_agg(json_build_object('code', r.code, 'label', r.label_fr,
                                          'labels', json_build_object('fr', r.label_fr, 'ar', r.label_ar, 'en', r.label_en)) ORDER BY r.code)
                       FROM reason r WHERE r.code = ANY(o.reason_codes)), '[]'::json) AS reasons,
           o.comment, o.given_at, u.display_name AS given_by, o.document_ids
      FROM dossier_opinion o
      JOIN organisation org ON org.id = o.organisation_id
      LEFT JOIN app_user u ON u.id = o.given_by_user_id
     WHERE o.dossier_id = ${dossierId} ${onlyOrgId === null ? sql.empty : sql`AND o.organisation_id = ${onlyOrgId}`}
     ORDER BY o.requested_at, o.id`;

/** Opinions with their organisation, reasons and author; `onlyOrgId` restricts to one organisation's. */
export const opinions = (db: Db, dossierId: number, onlyOrgId: number | null) =>
  db.query<OpinionRow>(opinionsQuery(dossierId, onlyOrgId));

export interface DecisionRow {
  number: string;
  outcome: string;
  decided_at: Date;
  valid_from: string | null;
  valid_until: string | null;
  reasons: LabelledCode[];
  motivation: string | null;
}

const decisionQuery = (dossierId: number) => sql`
    SELECT dc.number, dc.outcome, dc.decided_at, dc.valid_from::text AS valid_from, dc.valid_until::text AS valid_until,
           coalesce((SELECT json_agg(json_build_object('code', r.code, 'label', r.label_fr,
                                          'labels', json_build_object('fr', r.label_fr, 'ar', r.label_ar, 'en', r.label_en)) ORDER BY r.code)
                       FROM reason r WHERE r.code = ANY(dc.reason_codes)), '[]'::json) AS reasons,
           dc.motivation
      FROM dossier_decision dc WHERE dc.dossier_id = ${dossierId}`;

export const decision = (db: Db, dossierId: number) => db.one<DecisionRow>(decisionQuery(dossierId));

export interface EventRow {
  id: number;
  at: Date;
  kind: string;
  from_state: string | null;
  to_state: string | null;
  actor_label: string;
  details: Record<string, unknown>;
}

const eventsQuery = (dossierId: number, publicOnly: boolean) => sql`
    SELECT id, at, kind, from_state, to_state, actor_label, details
      FROM dossier_event WHERE dossier_id = ${dossierId} ${publicOnly ? sql`AND public` : sql.empty}
     ORDER BY at, id`;

export const events = (db: Db, dossierId: number, publicOnly: boolean) =>
  db.query<EventRow>(eventsQuery(dossierId, publicOnly));

export interface CommentRow {
  id: number;
  author: string;
  organisation: string;
  body: string;
  created_at: Date;
}

const commentsQuery = (dossierId: number) => sql`
    SELECT c.id, u.display_name AS author, org.code AS organisation, c.body, c.created_at
      FROM dossier_comment c JOIN app_user u ON u.id = c.author_user_id JOIN organisation org ON org.id = c.organisation_id
     WHERE c.dossier_id = ${dossierId} ORDER BY c.id`;

export const comments = (db: Db, dossierId: number) => db.query<CommentRow>(commentsQuery(dossierId));

/** Timestamps arrive as ISO strings when a row travels inside JSON. */
type Json<T> = {
  [K in keyof T]: T[K] extends Date ? string : T[K] extends Date | null ? string | null : T[K];
};

export interface DossierParts {
  goods: Json<GoodsLineRow>[];
  documents: Json<DocumentRow>[];
  opinions: Json<OpinionRow>[];
  decision: Json<DecisionRow> | null;
  events: Json<EventRow>[];
  comments: Json<CommentRow>[] | null;
}

/** The rows of `part` as one JSON array, in the given order (json_agg's own ORDER BY: guaranteed). */
const jsonRows = (part: SqlFragment, orderBy: string) =>
  sql`(SELECT coalesce(json_agg(x ORDER BY ${sql.raw(orderBy)}), '[]'::json) FROM (${part}) x)`;

/**
 * Everything the dossier page shows besides the dossier row, in ONE statement: each part is the
 * same query as its function above, aggregated to JSON. One round trip instead of six — the
 * dossier endpoint's cost was dominated by per-statement overhead (socket writes, parsing), not
 * by the queries themselves.
 */
export async function dossierParts(
  db: Db,
  dossierId: number,
  o: { opinionsOfOrg: number | null; publicEventsOnly: boolean; withComments: boolean },
): Promise<DossierParts> {
  const row = await db.one<DossierParts>(sql`
    SELECT ${jsonRows(goodsLinesQuery(dossierId), 'x.line_no')} AS goods,
           ${jsonRows(documentsQuery(dossierId), 'x.id')} AS documents,
           ${jsonRows(opinionsQuery(dossierId, o.opinionsOfOrg), 'x.requested_at, x.id')} AS opinions,
           (SELECT row_to_json(x) FROM (${decisionQuery(dossierId)}) x) AS decision,
           ${jsonRows(eventsQuery(dossierId, o.publicEventsOnly), 'x.at, x.id')} AS events,
           ${o.withComments ? jsonRows(commentsQuery(dossierId), 'x.id') : sql`NULL::json`} AS comments`);
  return row!;
}

export async function insertComment(
  tx: Db,
  c: { dossierId: number; userId: number; orgId: number; body: string; at: Date },
): Promise<number> {
  const row = await tx.one<{ id: number }>(sql`
    INSERT INTO dossier_comment (dossier_id, author_user_id, organisation_id, body, created_at)
    VALUES (${c.dossierId}, ${c.userId}, ${c.orgId}, ${c.body}, ${c.at}) RETURNING id`);
  return row!.id;
}

export async function insertEvent(
  tx: Db,
  e: {
    dossierId: number;
    at: Date;
    kind: string;
    fromState?: string | null;
    toState?: string | null;
    actorUserId?: number | null;
    actorOrgId?: number | null;
    actorLabel: string;
    public?: boolean;
    details?: Record<string, unknown>;
  },
): Promise<void> {
  await tx.query(sql`
    INSERT INTO dossier_event (dossier_id, at, kind, from_state, to_state, actor_user_id, actor_org_id, actor_label, public, details)
    VALUES (${e.dossierId}, ${e.at}, ${e.kind}, ${e.fromState ?? null}, ${e.toState ?? null}, ${e.actorUserId ?? null},
            ${e.actorOrgId ?? null}, ${e.actorLabel}, ${e.public ?? true}, ${sql.json(e.details ?? {})})`);
}

// All SQL of the processing module. Functions take a Db (a transaction is a Db too).
import type { ProcedureDefinition } from '@portail/contracts';
import type { Db } from '../../db/client.ts';
import { sql } from '../../db/sql.ts';

/** The dossier as the use cases see it, with its procedure definition (the version it was submitted under). */
export interface DossierRow {
  id: number;
  reference: string;
  procedure_code: string;
  procedure_version: number;
  procedure_name: string;
  procedure_name_ar: string;
  procedure_name_en: string;
  owner_org_id: number;
  owner_org_name: string;
  owner_org_name_ar: string;
  owner_org_name_en: string;
  operator_id: number;
  importer_name: string;
  importer_ice: string;
  customs_office_code: string | null;
  state: string;
  version: number;
  assignee_user_id: number | null;
  sla_due_at: Date | null;
  sla_paused_at: Date | null;
  decision_number: string | null;
  definition: ProcedureDefinition;
}

const dossierSelect = sql`
  SELECT d.id, d.reference, d.procedure_code, d.procedure_version, p.name_fr AS procedure_name, p.name_ar AS procedure_name_ar,
         p.name_en AS procedure_name_en, d.owner_org_id, o.name_fr AS owner_org_name, o.name_ar AS owner_org_name_ar,
         o.name_en AS owner_org_name_en, d.operator_id, d.importer_name, d.importer_ice, d.customs_office_code,
         d.state, d.version, d.assignee_user_id, d.sla_due_at, d.sla_paused_at, d.decision_number, p.definition
    FROM dossier d
    JOIN procedure p ON p.code = d.procedure_code AND p.version = d.procedure_version
    JOIN organisation o ON o.id = d.owner_org_id`;

/** Locks the dossier row for the rest of the transaction: concurrent actions queue here. */
export async function lockDossier(db: Db, id: number): Promise<DossierRow | undefined> {
  return db.one<DossierRow>(sql`${dossierSelect} WHERE d.id = ${id} FOR UPDATE OF d`);
}

export async function lockDossierByReference(db: Db, reference: string): Promise<DossierRow | undefined> {
  return db.one<DossierRow>(sql`${dossierSelect} WHERE d.reference = ${reference} FOR UPDATE OF d`);
}

export async function lockDossierByDecisionNumber(db: Db, number: string): Promise<DossierRow | undefined> {
  return db.one<DossierRow>(sql`${dossierSelect} WHERE d.decision_number = ${number} FOR UPDATE OF d`);
}

export async function getDossier(db: Db, id: number): Promise<DossierRow | undefined> {
  return db.one<DossierRow>(sql`${dossierSelect} WHERE d.id = ${id}`);
}

/** Organisations with an opinion row on the dossier (they may see it: S32 in both directions). */
export async function consultedOrgIds(db: Db, dossierId: number): Promise<number[]> {
  const rows = await db.query<{ organisation_id: number }>(
    sql`SELECT DISTINCT organisation_id FROM dossier_opinion WHERE dossier_id = ${dossierId}`,
  );
  return rows.map((r) => r.organisation_id);
}

export interface StateChange {
  state?: string;
  assigneeUserId?: number | null;
  /** pause: set sla_paused_at; resume: push sla_due_at by the paused time. */
  sla?: 'pause' | 'resume';
  opinionSummary?: string | null;
  decision?: { number: string; outcome: 'acceptee' | 'rejetee' };
}

/**
 * Writes the change and bumps the version, only if the version is still the one the caller read.
 * Returns the new version, or null when someone else changed the dossier in between.
 */
export async function updateDossier(
  db: Db,
  id: number,
  expectedVersion: number,
  now: Date,
  change: StateChange,
): Promise<number | null> {
  const sets = [sql`version = version + 1`, sql`updated_at = ${now}`];
  if (change.state !== undefined) sets.push(sql`state = ${change.state}`, sql`state_changed_at = ${now}`);
  if (change.assigneeUserId !== undefined) sets.push(sql`assignee_user_id = ${change.assigneeUserId}`);
  if (change.sla === 'pause') sets.push(sql`sla_paused_at = coalesce(sla_paused_at, ${now})`);
  if (change.sla === 'resume') {
    sets.push(
      sql`sla_due_at = sla_due_at + (${now}::timestamptz - coalesce(sla_paused_at, ${now}::timestamptz))`,
      sql`sla_paused_seconds = sla_paused_seconds + floor(extract(epoch FROM (${now}::timestamptz - coalesce(sla_paused_at, ${now}::timestamptz))))::bigint`,
      sql`sla_paused_at = NULL`,
    );
  }
  if (change.opinionSummary !== undefined) sets.push(sql`opinion_summary = ${change.opinionSummary}`);
  if (change.decision) {
    sets.push(
      sql`decision_number = ${change.decision.number}`,
      sql`decision_outcome = ${change.decision.outcome}`,
      sql`decided_at = ${now}`,
    );
  }
  const row = await db.one<{ version: number }>(sql`
    UPDATE dossier SET ${sql.join(sets, ', ')}
     WHERE id = ${id} AND version = ${expectedVersion}
    RETURNING version`);
  return row?.version ?? null;
}

export interface EventInput {
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
}

/** A document the consulted organisation attaches to its opinion: a dossier document of kind « avis ». */
export async function insertOpinionDocument(
  db: Db,
  d: {
    dossierId: number;
    storedFileId: string;
    name: string;
    mediaType: string;
    size: number;
    at: Date;
    userId: number;
  },
): Promise<number> {
  const row = await db.one<{ id: number }>(sql`
    INSERT INTO dossier_document (dossier_id, kind, original_name, media_type, size_bytes, uploaded_at, uploaded_by_user_id, stored_file_id)
    VALUES (${d.dossierId}, 'avis', ${d.name}, ${d.mediaType}, ${d.size}, ${d.at}, ${d.userId}, ${d.storedFileId}::uuid)
    RETURNING id`);
  return Number(row!.id);
}

export async function insertEvent(db: Db, e: EventInput): Promise<void> {
  await db.query(sql`
    INSERT INTO dossier_event (dossier_id, at, kind, from_state, to_state, actor_user_id, actor_org_id, actor_label, public, details)
    VALUES (${e.dossierId}, ${e.at}, ${e.kind}, ${e.fromState ?? null}, ${e.toState ?? null}, ${e.actorUserId ?? null},
            ${e.actorOrgId ?? null}, ${e.actorLabel}, ${e.public ?? true}, ${sql.json(e.details ?? {})})`);
}

// ---- users and organisations ----

export interface UserRow {
  id: number;
  organisation_id: number;
  display_name: string;
  email: string;
  locale: string;
  roles: string[];
  status: string;
}

export async function getUser(db: Db, id: number): Promise<UserRow | undefined> {
  return db.one<UserRow>(
    sql`SELECT id, organisation_id, display_name, email, roles, status FROM app_user WHERE id = ${id}`,
  );
}

export async function usersByIds(db: Db, ids: number[]): Promise<UserRow[]> {
  if (ids.length === 0) return [];
  return db.query<UserRow>(
    sql`SELECT id, organisation_id, display_name, email, locale, roles, status FROM app_user WHERE id = ANY(${ids}::int[])`,
  );
}

export async function chefsOf(db: Db, orgId: number): Promise<UserRow[]> {
  return db.query<UserRow>(sql`
    SELECT id, organisation_id, display_name, email, roles, status FROM app_user
     WHERE organisation_id = ${orgId} AND status = 'active' AND 'chef_service' = ANY(roles)`);
}

/** Agents and chefs of organisations (consulted bodies are told through the bell). */
export async function agentsOf(db: Db, orgIds: number[]): Promise<number[]> {
  if (orgIds.length === 0) return [];
  const rows = await db.query<{ id: number }>(sql`
    SELECT id FROM app_user WHERE organisation_id = ANY(${orgIds}::int[]) AND status = 'active'
       AND roles && ARRAY['agent_instructeur', 'chef_service']::text[]`);
  return rows.map((r) => r.id);
}

export async function orgsByCodes(
  db: Db,
  codes: string[],
): Promise<{ id: number; code: string; name_fr: string; name_ar: string; name_en: string }[]> {
  if (codes.length === 0) return [];
  return db.query(
    sql`SELECT id, code, name_fr, name_ar, name_en FROM organisation WHERE code = ANY(${codes}::text[])`,
  );
}

/** Agents of an organisation and their open / overdue assigned dossiers, in one query. */
export async function workload(
  db: Db,
  orgId: number,
  now: Date,
): Promise<{ id: number; display_name: string; open: number; overdue: number }[]> {
  return db.query(sql`
    SELECT u.id, u.display_name,
           count(d.id)::int AS open,
           count(d.id) FILTER (WHERE d.sla_paused_at IS NULL AND d.sla_due_at < ${now})::int AS overdue
      FROM app_user u
      LEFT JOIN dossier d ON d.assignee_user_id = u.id
       AND d.state IN ('soumise', 'en_instruction', 'complement_demande', 'attente_avis')
     WHERE u.organisation_id = ${orgId} AND u.status = 'active' AND 'agent_instructeur' = ANY(u.roles)
     GROUP BY u.id, u.display_name
     ORDER BY u.display_name, u.id`);
}

export async function reasons(
  db: Db,
  kind: string,
  codes?: string[],
): Promise<{ code: string; label_fr: string; label_ar: string; label_en: string }[]> {
  return db.query(sql`
    SELECT code, label_fr, label_ar, label_en FROM reason
     WHERE kind = ${kind} AND active ${codes ? sql`AND code = ANY(${codes}::text[])` : sql.empty}
     ORDER BY code`);
}

/** Reason labels by code, in the three languages. */
export async function reasonLabels(
  db: Db,
  codes: string[],
): Promise<Map<string, { fr: string; ar: string; en: string }>> {
  if (codes.length === 0) return new Map();
  const rows = await db.query<{ code: string; label_fr: string; label_ar: string; label_en: string }>(
    sql`SELECT code, label_fr, label_ar, label_en FROM reason WHERE code = ANY(${codes}::text[])`,
  );
  return new Map(rows.map((r) => [r.code, { fr: r.label_fr, ar: r.label_ar, en: r.label_en }]));
}

// ---- complement requests ----

export async function openComplement(
  db: Db,
  dossierId: number,
): Promise<{ id: number; message: string; item_codes: string[]; requested_at: Date } | undefined> {
  return db.one(sql`
    SELECT id, message, item_codes, requested_at FROM complement_request
     WHERE dossier_id = ${dossierId} AND answered_at IS NULL`);
}

export async function insertComplement(
  db: Db,
  r: { dossierId: number; message: string; items: string[]; at: Date; userId: number },
): Promise<void> {
  await db.query(sql`
    INSERT INTO complement_request (dossier_id, message, item_codes, requested_at, requested_by_user_id)
    VALUES (${r.dossierId}, ${r.message}, ${r.items}::text[], ${r.at}, ${r.userId})`);
}

export async function answerComplement(
  db: Db,
  id: number,
  a: { message: string; documentIds: number[]; at: Date; clientId: string },
): Promise<void> {
  await db.query(sql`
    UPDATE complement_request SET answered_at = ${a.at}, answer_message = ${a.message},
           answer_document_ids = ${a.documentIds}::bigint[], answered_by_client = ${a.clientId}
     WHERE id = ${id}`);
}

/**
 * Which of `ids` an organisation may cite in its opinion: the dossier's documents, except the opinion
 * documents (kind « avis ») another organisation uploaded.
 */
export async function opinionDocumentIdsOf(
  db: Db,
  dossierId: number,
  ids: number[],
  orgId: number,
): Promise<number[]> {
  if (ids.length === 0) return [];
  const rows = await db.query<{ id: number }>(sql`
    SELECT dd.id FROM dossier_document dd
     WHERE dd.dossier_id = ${dossierId} AND dd.id = ANY(${ids}::bigint[])
       AND (dd.kind <> 'avis'
            OR dd.uploaded_by_user_id IN (SELECT u.id FROM app_user u WHERE u.organisation_id = ${orgId}))`);
  return rows.map((r) => Number(r.id));
}

export async function documentIdsOf(db: Db, dossierId: number, ids: number[]): Promise<number[]> {
  if (ids.length === 0) return [];
  const rows = await db.query<{ id: number }>(
    sql`SELECT id FROM dossier_document WHERE dossier_id = ${dossierId} AND id = ANY(${ids}::bigint[])`,
  );
  return rows.map((r) => r.id);
}

// ---- opinions ----

export interface OpinionRow {
  id: number;
  organisation_id: number;
  org_code: string;
  org_name: string;
  round: number;
  opinion: string | null;
  given_at: Date | null;
}

/** The latest round of each consulted organisation. */
export async function latestOpinions(db: Db, dossierId: number): Promise<OpinionRow[]> {
  return db.query<OpinionRow>(sql`
    SELECT DISTINCT ON (op.organisation_id) op.id, op.organisation_id, o.code AS org_code, o.name_fr AS org_name,
           op.round, op.opinion, op.given_at
      FROM dossier_opinion op JOIN organisation o ON o.id = op.organisation_id
     WHERE op.dossier_id = ${dossierId}
     ORDER BY op.organisation_id, op.round DESC`);
}

export async function insertOpinionRequests(
  db: Db,
  r: {
    dossierId: number;
    orgs: { id: number; round: number }[];
    at: Date;
    userId: number;
    dueAt: Date | null;
  },
): Promise<void> {
  await db.query(sql`
    INSERT INTO dossier_opinion (dossier_id, organisation_id, round, requested_at, requested_by_user_id, due_at)
    SELECT ${r.dossierId}, org, rnd, ${r.at}, ${r.userId}, ${r.dueAt}
      FROM unnest(${r.orgs.map((o) => o.id)}::int[], ${r.orgs.map((o) => o.round)}::smallint[]) AS t(org, rnd)`);
}

export async function recordOpinion(
  db: Db,
  id: number,
  o: {
    opinion: string;
    reasons: string[];
    comment: string | null;
    documentIds: number[];
    at: Date;
    userId: number;
  },
): Promise<void> {
  await db.query(sql`
    UPDATE dossier_opinion SET opinion = ${o.opinion}, reason_codes = ${o.reasons}::text[], comment = ${o.comment},
           document_ids = ${o.documentIds}::bigint[], given_at = ${o.at}, given_by_user_id = ${o.userId}
     WHERE id = ${id}`);
}

// ---- decision ----

export interface ProposalRow {
  outcome: 'acceptee' | 'rejetee';
  reason_codes: string[];
  motivation: string | null;
  valid_from: string | null;
  valid_until: string | null;
  grants: { lineNo: number; quantity: number }[];
  proposed_at: Date;
  proposed_by_user_id: number;
  proposed_by_name: string;
}

export async function getProposal(db: Db, dossierId: number): Promise<ProposalRow | undefined> {
  return db.one<ProposalRow>(sql`
    SELECT p.outcome, p.reason_codes, p.motivation, p.valid_from::text AS valid_from, p.valid_until::text AS valid_until,
           p.grants, p.proposed_at, p.proposed_by_user_id, u.display_name AS proposed_by_name
      FROM decision_proposal p JOIN app_user u ON u.id = p.proposed_by_user_id
     WHERE p.dossier_id = ${dossierId}`);
}

export async function upsertProposal(
  db: Db,
  p: {
    dossierId: number;
    outcome: 'acceptee' | 'rejetee';
    reasons: string[];
    motivation: string | null;
    validFrom: string | null;
    validUntil: string | null;
    grants: { lineNo: number; quantity: number }[];
    at: Date;
    userId: number;
  },
): Promise<void> {
  await db.query(sql`
    INSERT INTO decision_proposal (dossier_id, outcome, reason_codes, motivation, valid_from, valid_until, grants, proposed_at, proposed_by_user_id)
    VALUES (${p.dossierId}, ${p.outcome}, ${p.reasons}::text[], ${p.motivation}, ${p.validFrom}::date, ${p.validUntil}::date,
            ${sql.json(p.grants)}, ${p.at}, ${p.userId})
    ON CONFLICT (dossier_id) DO UPDATE SET outcome = EXCLUDED.outcome, reason_codes = EXCLUDED.reason_codes,
           motivation = EXCLUDED.motivation, valid_from = EXCLUDED.valid_from, valid_until = EXCLUDED.valid_until,
           grants = EXCLUDED.grants, proposed_at = EXCLUDED.proposed_at, proposed_by_user_id = EXCLUDED.proposed_by_user_id`);
}

export async function deleteProposal(db: Db, dossierId: number): Promise<void> {
  await db.query(sql`DELETE FROM decision_proposal WHERE dossier_id = ${dossierId}`);
}

export interface GoodsLineRow {
  line_no: number;
  hs_code: string;
  description: string;
  quantity: string;
  unit_code: string;
}

export async function goodsLines(db: Db, dossierId: number): Promise<GoodsLineRow[]> {
  return db.query<GoodsLineRow>(sql`
    SELECT line_no, hs_code, description, quantity::text AS quantity, unit_code
      FROM dossier_goods_line WHERE dossier_id = ${dossierId} ORDER BY line_no`);
}

export async function insertDecision(
  db: Db,
  d: {
    dossierId: number;
    number: string;
    outcome: 'acceptee' | 'rejetee';
    reasons: string[];
    motivation: string | null;
    validFrom: string | null;
    validUntil: string | null;
    details: Record<string, unknown>;
    at: Date;
    userId: number;
    proposedBy: number;
    signatory: string;
    verificationCode: string;
  },
): Promise<void> {
  await db.query(sql`
    INSERT INTO dossier_decision (dossier_id, number, outcome, reason_codes, motivation, valid_from, valid_until, details,
                                  decided_at, decided_by_user_id, proposed_by_user_id, signatory_name, verification_code)
    VALUES (${d.dossierId}, ${d.number}, ${d.outcome}, ${d.reasons}::text[], ${d.motivation}, ${d.validFrom}::date,
            ${d.validUntil}::date, ${sql.json(d.details)}, ${d.at}, ${d.userId}, ${d.proposedBy}, ${d.signatory},
            ${d.verificationCode})`);
}

export async function attachDecisionDocument(
  db: Db,
  d: {
    dossierId: number;
    storedFileId: string;
    name: string;
    size: number;
    sha256: string;
    at: Date;
    userId: number;
  },
): Promise<number> {
  const row = await db.one<{ id: number }>(sql`
    INSERT INTO dossier_document (dossier_id, kind, original_name, media_type, size_bytes, uploaded_at, uploaded_by_user_id, stored_file_id)
    VALUES (${d.dossierId}, 'decision', ${d.name}, 'application/pdf', ${d.size}, ${d.at}, ${d.userId}, ${d.storedFileId}::uuid)
    RETURNING id`);
  await db.query(
    sql`UPDATE dossier_decision SET document_id = ${row!.id}, pdf_sha256 = ${d.sha256} WHERE dossier_id = ${d.dossierId}`,
  );
  return row!.id;
}

export interface DecisionRow {
  dossier_id: number;
  number: string;
  outcome: 'acceptee' | 'rejetee';
  reason_codes: string[];
  motivation: string | null;
  valid_from: string | null;
  valid_until: string | null;
  details: { grants?: { lineNo: number; quantity: number }[] };
  decided_at: Date;
  signatory_name: string | null;
  verification_code: string | null;
  pdf_sha256: string | null;
  document_id: number | null;
  stored_file_id: string | null;
  imputed_at: Date | null;
  transmitted_at: Date | null;
}

const decisionSelect = sql`
  SELECT dd.dossier_id, dd.number, dd.outcome, dd.reason_codes, dd.motivation, dd.valid_from::text AS valid_from,
         dd.valid_until::text AS valid_until, dd.details, dd.decided_at, dd.signatory_name, dd.verification_code,
         dd.pdf_sha256, dd.document_id, doc.stored_file_id::text AS stored_file_id, dd.imputed_at, dd.transmitted_at
    FROM dossier_decision dd LEFT JOIN dossier_document doc ON doc.id = dd.document_id`;

export async function getDecision(db: Db, dossierId: number): Promise<DecisionRow | undefined> {
  return db.one<DecisionRow>(sql`${decisionSelect} WHERE dd.dossier_id = ${dossierId}`);
}

export async function decisionByCode(
  db: Db,
  code: string,
): Promise<
  | (DecisionRow & {
      state: string;
      procedure_name: string;
      procedure_name_ar: string;
      procedure_name_en: string;
      importer_name: string;
    })
  | undefined
> {
  return db.one(sql`
    SELECT dd.number, dd.outcome, dd.valid_from::text AS valid_from, dd.valid_until::text AS valid_until,
           dd.decided_at, dd.signatory_name, dd.pdf_sha256, d.state, p.name_fr AS procedure_name,
           p.name_ar AS procedure_name_ar, p.name_en AS procedure_name_en, d.importer_name
      FROM dossier_decision dd
      JOIN dossier d ON d.id = dd.dossier_id
      JOIN procedure p ON p.code = d.procedure_code AND p.version = d.procedure_version
     WHERE dd.verification_code = ${code}`);
}

export async function markDecision(
  db: Db,
  dossierId: number,
  m: {
    transmittedAt?: Date;
    imputedAt?: Date;
    customsReference?: string | null;
    cancelled?: { at: Date; reason: string; comment: string | null };
  },
): Promise<void> {
  const sets = [sql`dossier_id = dossier_id`];
  if (m.transmittedAt) sets.push(sql`transmitted_at = coalesce(transmitted_at, ${m.transmittedAt})`);
  if (m.imputedAt) sets.push(sql`imputed_at = ${m.imputedAt}`);
  if (m.customsReference !== undefined) sets.push(sql`customs_reference = ${m.customsReference}`);
  if (m.cancelled) {
    sets.push(
      sql`cancelled_at = ${m.cancelled.at}`,
      sql`cancel_reason_code = ${m.cancelled.reason}`,
      sql`cancel_comment = ${m.cancelled.comment}`,
    );
  }
  await db.query(sql`UPDATE dossier_decision SET ${sql.join(sets, ', ')} WHERE dossier_id = ${dossierId}`);
}

// ---- intake client ----

export async function operatorOfClient(db: Db, clientId: string): Promise<number | undefined> {
  const row = await db.one<{ operator_id: number }>(
    sql`SELECT operator_id FROM operator_api_client WHERE client_id = ${clientId}`,
  );
  return row?.operator_id;
}

// ---- notifications ----

export interface NotificationInput {
  userId: number;
  kind: string;
  dossierId: number | null;
  title: string;
  body: string;
  /** The notification's parameters, rendered in the reader's language when read (messages.ts). */
  params?: unknown;
  link: string | null;
  dedupeKey?: string | null;
  at: Date;
}

/** Inserts the notifications; returns the ones actually created (a repeated dedupe key is skipped). */
export async function insertNotifications(db: Db, items: NotificationInput[]): Promise<number[]> {
  if (items.length === 0) return [];
  const rows = await db.query<{ user_id: number }>(sql`
    INSERT INTO notification (user_id, kind, dossier_id, title, body, params, link, dedupe_key, created_at)
    SELECT * FROM unnest(${items.map((i) => i.userId)}::int[], ${items.map((i) => i.kind)}::text[],
                         ${items.map((i) => i.dossierId)}::bigint[], ${items.map((i) => i.title)}::text[],
                         ${items.map((i) => i.body)}::text[],
                         ${items.map((i) => (i.params === undefined ? null : JSON.stringify(i.params)))}::text[]::jsonb[],
                         ${items.map((i) => i.link)}::text[],
                         ${items.map((i) => i.dedupeKey ?? null)}::text[], ${items.map((i) => i.at.toISOString())}::timestamptz[])
    ON CONFLICT (user_id, dedupe_key) DO NOTHING
    RETURNING user_id`);
  return rows.map((r) => r.user_id);
}

export interface NotificationRow {
  id: number;
  kind: string;
  title: string;
  body: string;
  params: unknown;
  link: string | null;
  created_at: Date | string;
  read_at: Date | string | null;
}

export async function listNotifications(
  db: Db,
  userId: number,
  limit: number,
): Promise<{ unread: number; items: NotificationRow[] }> {
  const [count, items] = await Promise.all([
    db.one<{ n: number }>(
      sql`SELECT count(*)::int AS n FROM notification WHERE user_id = ${userId} AND read_at IS NULL`,
    ),
    db.query<NotificationRow>(sql`
      SELECT id, kind, title, body, params, link, created_at, read_at FROM notification
       WHERE user_id = ${userId} ORDER BY created_at DESC, id DESC LIMIT ${limit}`),
  ]);
  return { unread: count?.n ?? 0, items };
}

export async function markNotificationsRead(
  db: Db,
  userId: number,
  now: Date,
  ids: number[] | 'all',
): Promise<void> {
  await db.query(sql`
    UPDATE notification SET read_at = ${now}
     WHERE user_id = ${userId} AND read_at IS NULL
       ${ids === 'all' ? sql.empty : sql`AND id = ANY(${ids}::bigint[])`}`);
}

/**
 * Open, running dossiers whose SLA ends within their procedure's window (SLA near breach): one
 * range per procedure on the partial index dashboard_open_due (procedure_code, sla_due_at).
 */
export async function dossiersNearBreach(
  db: Db,
  now: Date,
  windows: { code: string; hours: number }[],
): Promise<
  { id: number; reference: string; owner_org_id: number; assignee_user_id: number | null; sla_due_at: Date }[]
> {
  if (windows.length === 0) return [];
  return db.query(sql`
    SELECT d.id, d.reference, d.owner_org_id, d.assignee_user_id, d.sla_due_at
      FROM unnest(${windows.map((w) => w.code)}::text[], ${windows.map((w) => w.hours)}::int[]) AS w(code, hours)
      JOIN dossier d ON d.procedure_code = w.code
     WHERE d.state IN ('soumise', 'en_instruction', 'complement_demande', 'attente_avis')
       AND d.sla_paused_at IS NULL AND d.sla_due_at > ${now}
       AND d.sla_due_at <= ${now}::timestamptz + make_interval(hours => w.hours)
     ORDER BY d.sla_due_at LIMIT 500`);
}

export async function outboxPending(db: Db, idempotencyKey: string): Promise<boolean> {
  const row = await db.one(
    sql`SELECT 1 AS x FROM outbox WHERE idempotency_key = ${idempotencyKey} AND status = 'pending'`,
  );
  return row !== undefined;
}

/** For the dossier page's actions: is an opinion pending from this organisation, is a decision proposed? */
export async function actionFlags(
  db: Db,
  dossierId: number,
  orgId: number,
): Promise<{ pending: boolean; has_proposal: boolean }> {
  const row = await db.one<{ pending: boolean; has_proposal: boolean }>(sql`
    SELECT EXISTS (SELECT 1 FROM dossier_opinion WHERE dossier_id = ${dossierId} AND organisation_id = ${orgId}
                     AND given_at IS NULL) AS pending,
           EXISTS (SELECT 1 FROM decision_proposal WHERE dossier_id = ${dossierId}) AS has_proposal`);
  return row ?? { pending: false, has_proposal: false };
}

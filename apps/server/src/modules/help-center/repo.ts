// All SQL of the Centre d'aide. Functions take a Db (a transaction is a Db too).
import type { TicketStatus, TicketType } from '@portail/contracts';
import type { Db } from '../../db/client.ts';
import { type SqlFragment, sql } from '../../db/sql.ts';
import type { TicketEvent } from './messages.ts';

// ---------------------------------------------------------------- FAQ

export interface FaqThemeRow {
  code: string;
  label_fr: string;
  label_ar: string;
  label_en: string;
  position: number;
}

export interface FaqEntryRow {
  id: number;
  theme_code: string;
  question: string;
  answer: string;
  question_ar: string | null;
  answer_ar: string | null;
  question_en: string | null;
  answer_en: string | null;
  published: boolean;
  position: number;
  helpful_yes: number;
  helpful_no: number;
  updated_at: Date;
}

export const listFaqThemes = (db: Db) =>
  db.query<FaqThemeRow>(sql`SELECT * FROM faq_theme ORDER BY position, code`);

export const faqThemeExists = async (db: Db, code: string) =>
  !!(await db.one(sql`SELECT 1 FROM faq_theme WHERE code = ${code}`));

const FAQ_COLUMNS = sql`e.id, e.theme_code, e.question, e.answer, e.question_ar, e.answer_ar, e.question_en,
  e.answer_en, e.published, e.position, e.updated_at,
  (SELECT count(*)::int FROM faq_feedback f WHERE f.entry_id = e.id AND f.helpful) AS helpful_yes,
  (SELECT count(*)::int FROM faq_feedback f WHERE f.entry_id = e.id AND NOT f.helpful) AS helpful_no`;

/**
 * Published entries (or all, for administrators); with a query, ranked by full-text relevance.
 * websearch_to_tsquery accepts whatever users type (quotes, « ou », a minus) without syntax errors.
 * A query searches the French text and, for an Arabic or English reader, the translation too:
 * where a translation is missing the reader is shown, so may well have searched, the French text.
 */
export async function searchFaq(
  db: Db,
  filter: { q?: string; theme?: string; includeUnpublished: boolean; lang?: 'fr' | 'ar' | 'en' },
): Promise<FaqEntryRow[]> {
  const where: SqlFragment[] = [];
  if (!filter.includeUnpublished) where.push(sql`e.published`);
  if (filter.theme) where.push(sql`e.theme_code = ${filter.theme}`);
  if (filter.q) {
    const fr = sql`websearch_to_tsquery('french_unaccent', ${filter.q})`;
    const tr =
      filter.lang === 'ar'
        ? {
            vector: sql`e.search_ar`,
            query: sql`websearch_to_tsquery('simple', f_arabic_search(${filter.q}))`,
          }
        : filter.lang === 'en'
          ? { vector: sql`e.search_en`, query: sql`websearch_to_tsquery('english', ${filter.q})` }
          : null;
    where.push(tr ? sql`(e.search @@ ${fr} OR ${tr.vector} @@ ${tr.query})` : sql`e.search @@ ${fr}`);
    const rank = tr
      ? sql`greatest(ts_rank_cd(e.search, ${fr}), ts_rank_cd(${tr.vector}, ${tr.query}))`
      : sql`ts_rank_cd(e.search, ${fr})`;
    return db.query<FaqEntryRow>(sql`
      SELECT ${FAQ_COLUMNS} FROM faq_entry e ${sql.where(where)}
       ORDER BY ${rank} DESC, e.position, e.id LIMIT 50`);
  }
  return db.query<FaqEntryRow>(sql`
    SELECT ${FAQ_COLUMNS} FROM faq_entry e JOIN faq_theme t ON t.code = e.theme_code
      ${sql.where(where)} ORDER BY t.position, e.position, e.id`);
}

export const getFaqEntry = (db: Db, id: number) =>
  db.one<FaqEntryRow>(sql`SELECT ${FAQ_COLUMNS} FROM faq_entry e WHERE e.id = ${id}`);

export interface FaqWrite {
  themeCode: string;
  question: string;
  answer: string;
  questionAr: string | null;
  answerAr: string | null;
  questionEn: string | null;
  answerEn: string | null;
  published: boolean;
  position: number;
}

export async function insertFaqEntry(db: Db, input: FaqWrite, userId: number, now: Date): Promise<number> {
  const row = await db.one<{ id: number }>(sql`
    INSERT INTO faq_entry (theme_code, question, answer, question_ar, answer_ar, question_en, answer_en,
                           published, position, created_at, updated_at, updated_by)
    VALUES (${input.themeCode}, ${input.question}, ${input.answer}, ${input.questionAr}, ${input.answerAr},
            ${input.questionEn}, ${input.answerEn}, ${input.published}, ${input.position}, ${now}, ${now}, ${userId})
    RETURNING id`);
  return row!.id;
}

export async function updateFaqEntry(
  db: Db,
  id: number,
  input: FaqWrite,
  userId: number,
  now: Date,
): Promise<boolean> {
  const row = await db.one(sql`
    UPDATE faq_entry SET theme_code = ${input.themeCode}, question = ${input.question}, answer = ${input.answer},
           question_ar = ${input.questionAr}, answer_ar = ${input.answerAr},
           question_en = ${input.questionEn}, answer_en = ${input.answerEn},
           published = ${input.published}, position = ${input.position}, updated_at = ${now}, updated_by = ${userId}
     WHERE id = ${id} RETURNING id`);
  return !!row;
}

export const insertFaqFeedback = (
  db: Db,
  entryId: number,
  helpful: boolean,
  userId: number | null,
  now: Date,
) =>
  db.query(sql`INSERT INTO faq_feedback (entry_id, helpful, user_id, created_at)
               VALUES (${entryId}, ${helpful}, ${userId}, ${now})`);

// ---------------------------------------------------------------- Services (« Service concerné »)

export interface ProcedureServiceRow {
  code: string;
  name_fr: string;
  direction: 'import' | 'export';
}

/** The catalogue's current procedures; empty when the catalogue has not been loaded. */
export const listProcedureServices = (db: Db) =>
  db.query<ProcedureServiceRow>(
    sql`SELECT code, name_fr, direction FROM procedure WHERE is_current ORDER BY direction, name_fr`,
  );

// ---------------------------------------------------------------- Tickets

/** Next reference number of the year; gapless because it commits or rolls back with the ticket. */
export async function nextTicketNumber(db: Db, year: number): Promise<number> {
  const row = await db.one<{ last: number }>(sql`
    INSERT INTO ticket_counter (year, last) VALUES (${year}, 1)
    ON CONFLICT (year) DO UPDATE SET last = ticket_counter.last + 1
    RETURNING last`);
  return row!.last;
}

export interface TicketRow {
  id: number;
  reference: string;
  type: TicketType;
  service_code: string;
  service_label: string;
  subject: string;
  description: string;
  status: TicketStatus;
  requester_id: number;
  requester_org_id: number;
  requester_name: string;
  requester_email: string;
  requester_locale: string;
  requester_org_code: string;
  assignee_id: number | null;
  assignee_name: string | null;
  created_at: Date;
  updated_at: Date;
  first_response_due_at: Date;
  first_responded_at: Date | null;
  resolution_due_at: Date;
  resolved_at: Date | null;
  closed_at: Date | null;
  satisfaction_rating: number | null;
  satisfaction_comment: string | null;
  total?: number;
}

const TICKET_SELECT = sql`
  SELECT t.*, r.display_name AS requester_name, r.email AS requester_email, r.locale AS requester_locale,
         o.code AS requester_org_code,
         a.display_name AS assignee_name
    FROM ticket t
    JOIN app_user r ON r.id = t.requester_id
    JOIN organisation o ON o.id = t.requester_org_id
    LEFT JOIN app_user a ON a.id = t.assignee_id`;

export interface TicketInsert {
  reference: string;
  type: TicketType;
  serviceCode: string;
  serviceLabel: string;
  subject: string;
  description: string;
  requesterId: number;
  requesterOrgId: number;
  now: Date;
  firstResponseDueAt: Date;
  resolutionDueAt: Date;
}

export async function insertTicket(db: Db, t: TicketInsert): Promise<number> {
  const row = await db.one<{ id: number }>(sql`
    INSERT INTO ticket (reference, type, service_code, service_label, subject, description, status,
                        requester_id, requester_org_id, created_at, updated_at, first_response_due_at, resolution_due_at)
    VALUES (${t.reference}, ${t.type}, ${t.serviceCode}, ${t.serviceLabel}, ${t.subject}, ${t.description}, 'nouvelle',
            ${t.requesterId}, ${t.requesterOrgId}, ${t.now}, ${t.now}, ${t.firstResponseDueAt}, ${t.resolutionDueAt})
    RETURNING id`);
  return row!.id;
}

export const getTicketByReference = (db: Db, reference: string, forUpdate = false) =>
  db.one<TicketRow>(
    forUpdate
      ? sql`${TICKET_SELECT} WHERE t.reference = ${reference} FOR UPDATE OF t`
      : sql`${TICKET_SELECT} WHERE t.reference = ${reference}`,
  );

export interface TicketFilter {
  requesterId?: number;
  orgId?: number;
  status?: TicketStatus;
  type?: TicketType;
  q?: string;
  assigneeId?: number | 'none';
  overdueAt?: Date;
  limit: number;
  offset: number;
}

export async function listTickets(db: Db, f: TicketFilter): Promise<TicketRow[]> {
  const where: SqlFragment[] = [];
  if (f.requesterId !== undefined) where.push(sql`t.requester_id = ${f.requesterId}`);
  if (f.orgId !== undefined) where.push(sql`t.requester_org_id = ${f.orgId}`);
  if (f.status) where.push(sql`t.status = ${f.status}`);
  if (f.type) where.push(sql`t.type = ${f.type}`);
  if (f.assigneeId === 'none') where.push(sql`t.assignee_id IS NULL`);
  else if (f.assigneeId !== undefined) where.push(sql`t.assignee_id = ${f.assigneeId}`);
  if (f.q) {
    const like = `%${f.q.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    where.push(
      sql`(t.reference = ${f.q.toUpperCase()} OR f_unaccent(lower(t.subject)) LIKE f_unaccent(${like}))`,
    );
  }
  if (f.overdueAt) {
    where.push(sql`t.status NOT IN ('resolue', 'cloturee') AND (
      (t.first_responded_at IS NULL AND t.first_response_due_at < ${f.overdueAt}) OR t.resolution_due_at < ${f.overdueAt})`);
  }
  return db.query<TicketRow>(sql`
    SELECT x.*, count(*) OVER ()::int AS total FROM (${TICKET_SELECT} ${sql.where(where)}) x
     ORDER BY x.created_at DESC, x.id DESC LIMIT ${f.limit} OFFSET ${f.offset}`);
}

export interface TicketPatch {
  status?: TicketStatus;
  assigneeId?: number | null;
  firstRespondedAt?: Date;
  resolvedAt?: Date | null;
  closedAt?: Date | null;
  rating?: number;
  ratingComment?: string | null;
}

export async function updateTicket(db: Db, id: number, now: Date, p: TicketPatch): Promise<void> {
  const sets: SqlFragment[] = [sql`updated_at = ${now}`];
  if (p.status !== undefined) sets.push(sql`status = ${p.status}`);
  if (p.assigneeId !== undefined) sets.push(sql`assignee_id = ${p.assigneeId}`);
  if (p.firstRespondedAt !== undefined)
    sets.push(sql`first_responded_at = coalesce(first_responded_at, ${p.firstRespondedAt})`);
  if (p.resolvedAt !== undefined) sets.push(sql`resolved_at = ${p.resolvedAt}`);
  if (p.closedAt !== undefined) sets.push(sql`closed_at = ${p.closedAt}`);
  if (p.rating !== undefined) sets.push(sql`satisfaction_rating = ${p.rating}`);
  if (p.ratingComment !== undefined) sets.push(sql`satisfaction_comment = ${p.ratingComment}`);
  await db.query(sql`UPDATE ticket SET ${sql.join(sets, ', ')} WHERE id = ${id}`);
}

export async function insertEvent(
  db: Db,
  e: {
    ticketId: number;
    at: Date;
    actorId: number | null;
    kind: 'created' | 'status' | 'assigned' | 'rated';
    from?: TicketStatus | null;
    to?: TicketStatus | null;
    details?: Record<string, unknown>;
  },
): Promise<void> {
  await db.query(sql`
    INSERT INTO ticket_event (ticket_id, at, actor_id, kind, from_status, to_status, details)
    VALUES (${e.ticketId}, ${e.at}, ${e.actorId}, ${e.kind}, ${e.from ?? null}, ${e.to ?? null}, ${sql.json(e.details ?? {})})`);
}

export async function insertMessage(
  db: Db,
  m: { ticketId: number; authorId: number; body: string; internal: boolean; bySupport: boolean; at: Date },
): Promise<number> {
  const row = await db.one<{ id: number }>(sql`
    INSERT INTO ticket_message (ticket_id, author_id, body, internal, by_support, created_at)
    VALUES (${m.ticketId}, ${m.authorId}, ${m.body}, ${m.internal}, ${m.bySupport}, ${m.at}) RETURNING id`);
  return row!.id;
}

/**
 * Links uploaded files to a ticket. Only files this user uploaded and that nothing else uses yet:
 * returns how many were linked so the caller can refuse ids that are not the user's (S32).
 */
export async function attachFiles(
  db: Db,
  ticketId: number,
  messageId: number | null,
  fileIds: string[],
  userId: number,
): Promise<number> {
  if (fileIds.length === 0) return 0;
  const rows = await db.query(sql`
    INSERT INTO ticket_attachment (file_id, ticket_id, message_id)
    SELECT f.id, ${ticketId}, ${messageId} FROM stored_file f
     WHERE f.id = ANY(${fileIds}::uuid[]) AND f.created_by = ${userId}
       AND NOT EXISTS (SELECT 1 FROM ticket_attachment a WHERE a.file_id = f.id)
    ON CONFLICT DO NOTHING
    RETURNING file_id`);
  return rows.length;
}

export interface MessageRow {
  id: number;
  author_id: number;
  author_name: string;
  body: string;
  internal: boolean;
  by_support: boolean;
  created_at: Date;
}

export const listMessages = (db: Db, ticketId: number, includeInternal: boolean) =>
  db.query<MessageRow>(sql`
    SELECT m.id, m.author_id, u.display_name AS author_name, m.body, m.internal, m.by_support, m.created_at
      FROM ticket_message m JOIN app_user u ON u.id = m.author_id
     WHERE m.ticket_id = ${ticketId} ${includeInternal ? sql.empty : sql`AND NOT m.internal`}
     ORDER BY m.id`);

export interface AttachmentRow {
  id: string;
  original_name: string;
  media_type: string;
  size_bytes: number;
  message_id: number | null;
  internal: boolean;
}

export const listAttachments = (db: Db, ticketId: number) =>
  db.query<AttachmentRow>(sql`
    SELECT f.id, f.original_name, f.media_type, f.size_bytes, a.message_id, coalesce(m.internal, false) AS internal
      FROM ticket_attachment a JOIN stored_file f ON f.id = a.file_id
      LEFT JOIN ticket_message m ON m.id = a.message_id
     WHERE a.ticket_id = ${ticketId} ORDER BY f.created_at, f.id`);

export interface EventRow {
  id: number;
  at: Date;
  kind: 'created' | 'status' | 'assigned' | 'rated';
  from_status: TicketStatus | null;
  to_status: TicketStatus | null;
  actor_name: string | null;
  details: Record<string, unknown>;
}

export const listEvents = (db: Db, ticketId: number) =>
  db.query<EventRow>(sql`
    SELECT e.id, e.at, e.kind, e.from_status, e.to_status, u.display_name AS actor_name, e.details
      FROM ticket_event e LEFT JOIN app_user u ON u.id = e.actor_id
     WHERE e.ticket_id = ${ticketId} ORDER BY e.id`);

export const listReplyTemplates = (db: Db) =>
  db.query<{ id: number; title: string; body: string }>(
    sql`SELECT id, title, body FROM reply_template WHERE active ORDER BY position, id`,
  );

export const listSupportAgents = (db: Db) =>
  db.query<{ id: number; display_name: string }>(sql`
    SELECT id, display_name FROM app_user
     WHERE status = 'active' AND roles && ARRAY['agent_support', 'admin_plateforme']::text[]
     ORDER BY display_name`);

export const isSupportAgent = async (db: Db, userId: number) =>
  !!(await db.one(sql`SELECT 1 FROM app_user WHERE id = ${userId} AND status = 'active'
                        AND roles && ARRAY['agent_support', 'admin_plateforme']::text[]`));

/** title: the French text (kept for reading without params); params: the event, rendered when read. */
export const insertNotification = (
  db: Db,
  userId: number,
  ticketId: number,
  title: string,
  params: TicketEvent,
  now: Date,
) =>
  db.query(sql`INSERT INTO help_notification (user_id, ticket_id, title, params, created_at)
               VALUES (${userId}, ${ticketId}, ${title}, ${sql.json(params)}, ${now})`);

export const listUnreadNotifications = (db: Db, userId: number) =>
  db.query<{
    id: number;
    reference: string;
    title: string;
    params: TicketEvent | null;
    created_at: Date;
    read_at: Date | null;
  }>(sql`
    SELECT n.id, t.reference, n.title, n.params, n.created_at, n.read_at
      FROM help_notification n JOIN ticket t ON t.id = n.ticket_id
     WHERE n.user_id = ${userId} AND n.read_at IS NULL ORDER BY n.id DESC LIMIT 50`);

export const markNotificationsRead = (db: Db, userId: number, ticketId: number | null, now: Date) =>
  db.query(sql`UPDATE help_notification SET read_at = ${now}
                WHERE user_id = ${userId} AND read_at IS NULL
                  ${ticketId === null ? sql.empty : sql`AND ticket_id = ${ticketId}`}`);

/** Resolved tickets whose reopening delay is over (closed by the periodic job). */
export const dueForClosure = (db: Db, resolvedBefore: Date) =>
  db.query<{ id: number; reference: string }>(sql`
    SELECT id, reference FROM ticket WHERE status = 'resolue' AND resolved_at < ${resolvedBefore}
     ORDER BY id LIMIT 200`);

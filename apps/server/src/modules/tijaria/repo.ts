// All of TijarIA's SQL: the knowledge base (passages, lexicon, version), retrieval, conversations,
// messages and feedback. Live dossier data is NOT read here: it goes through the dossiers module's
// own visibility rule (see live.ts).
import type { Db } from '../../db/client.ts';
import { sql } from '../../db/sql.ts';

export type SourceKind = 'guide' | 'faq' | 'procedure';

export interface PassageInput {
  kind: SourceKind;
  key: string;
  title: string;
  body: string;
  url: string;
  procedureCode: string | null;
}

export interface Passage extends PassageInput {
  id: number;
  rank: number;
  /** Share of the question's words (weighted by rarity) found in the passage, 0..1. */
  coverage: number;
  titleCoverage: number;
}

// ------------------------------------------------------------------ knowledge sources

/** Published FAQ entries, when the Centre d'aide's tables exist (they are another module's). */
export async function readFaqEntries(db: Db): Promise<{ id: number; question: string; answer: string }[]> {
  const present = await db.one<{ present: boolean }>(
    sql`SELECT to_regclass('faq_entry') IS NOT NULL AS present`,
  );
  if (!present?.present) return [];
  return db.query(sql`SELECT id, question, answer FROM faq_entry WHERE published ORDER BY id`);
}

export async function readKnowledgeVersion(db: Db): Promise<string | null> {
  const row = await db.one<{ content_hash: string }>(
    sql`SELECT content_hash FROM tijaria_kb_version WHERE id = 1`,
  );
  return row?.content_hash ?? null;
}

const KB_LOCK = 727_600;

/** Swaps the whole knowledge base in one transaction (readers see the old or the new one). */
export async function replacePassages(
  db: Db,
  passages: PassageInput[],
  hash: string,
  now: Date,
): Promise<boolean> {
  return db.transaction(async (tx) => {
    // Several instances may start together on one server: one builds, the others see its hash.
    await tx.query(sql`SELECT pg_advisory_xact_lock(${KB_LOCK})`);
    if ((await readKnowledgeVersion(tx)) === hash) return false;
    await tx.query(sql`DELETE FROM tijaria_passage`);
    await tx.query(sql`
      INSERT INTO tijaria_passage (source_kind, source_key, title, body, url, procedure_code)
      SELECT k, sk, t, b, u, NULLIF(pc, '')
        FROM unnest(${passages.map((p) => p.kind)}::text[], ${passages.map((p) => p.key)}::text[],
                    ${passages.map((p) => p.title)}::text[], ${passages.map((p) => p.body)}::text[],
                    ${passages.map((p) => p.url)}::text[], ${passages.map((p) => p.procedureCode ?? '')}::text[])
             AS x(k, sk, t, b, u, pc)`);
    await tx.query(sql`DELETE FROM tijaria_lexicon`);
    await tx.query(sql`
      INSERT INTO tijaria_lexicon (word)
      SELECT DISTINCT w FROM (
        SELECT regexp_split_to_table(f_unaccent(lower(title || ' ' || body)), '[^a-z0-9]+') AS w FROM tijaria_passage
      ) words WHERE length(w) >= 3`);
    await tx.query(sql`
      INSERT INTO tijaria_kb_version (id, content_hash, passages, built_at) VALUES (1, ${hash}, ${passages.length}, ${now})
      ON CONFLICT (id) DO UPDATE SET content_hash = EXCLUDED.content_hash, passages = EXCLUDED.passages,
                                     built_at = EXCLUDED.built_at`);
    forgetLexicon(db);
    return true;
  });
}

// ------------------------------------------------------------------ retrieval

/**
 * Full-text search: `websearch` is websearch_to_tsquery syntax (the caller joins the question's
 * words with « or » so that a long question still matches a passage that has most of its words),
 * ranked by ts_rank_cd. Each word also gets an inverse document frequency over the passages, so
 * a passage that has the rare words of the question (« CAPTCHA ») beats one that repeats the
 * common ones (« demande »): coverage = share of the question's IDF the passage holds.
 */
export async function searchPassages(
  db: Db,
  websearch: string,
  words: string[],
  limit: number,
): Promise<Passage[]> {
  return db.query<Passage>(sql`
    WITH q AS (SELECT websearch_to_tsquery('french_unaccent', ${websearch}) AS query),
         n AS (SELECT greatest(count(*), 1)::float8 AS total FROM tijaria_passage),
         terms AS (SELECT t.w, websearch_to_tsquery('french_unaccent', t.w) AS tq FROM unnest(${words}::text[]) AS t(w)),
         df AS (SELECT terms.w, terms.tq, -- A word no passage has weighs half: it may be noise, yet
                       -- enough of them (« dirham », « météo ») mean the question is off topic.
                       CASE WHEN count(p.id) = 0 THEN 0.5 * ln((SELECT total FROM n))
                            ELSE ln((SELECT total FROM n) / count(p.id)) END::float8 + 0.1 AS idf
                  FROM terms LEFT JOIN tijaria_passage p ON p.search @@ terms.tq
                 WHERE numnode(terms.tq) > 0
                 GROUP BY terms.w, terms.tq),
         total AS (SELECT coalesce(sum(idf), 0) AS idf FROM df)
    SELECT p.id, p.source_kind AS kind, p.source_key AS key, p.title, p.body, p.url, p.procedure_code AS "procedureCode",
           ts_rank_cd(p.search, q.query, 1 | 32)::float8 AS rank,
           coalesce((SELECT sum(df.idf) FROM df WHERE p.search @@ df.tq) / nullif(total.idf, 0), 0)::float8 AS coverage,
           coalesce((SELECT sum(df.idf) FROM df WHERE p.title_search @@ df.tq)
                    / nullif(total.idf, 0), 0)::float8 AS "titleCoverage"
      FROM tijaria_passage p, q, total
     WHERE p.search @@ q.query
     ORDER BY coverage DESC, rank DESC, p.id
     LIMIT ${limit}`);
}

export async function passagesByKeys(db: Db, keys: string[]): Promise<Passage[]> {
  if (keys.length === 0) return [];
  return db.query<Passage>(sql`
    SELECT id, source_kind AS kind, source_key AS key, title, body, url, procedure_code AS "procedureCode", 1::float8 AS rank,
           1::float8 AS coverage, 1::float8 AS "titleCoverage"
      FROM tijaria_passage WHERE source_key = ANY(${keys}::text[])`);
}

// The lexicon is small (a few thousand words) and read on every question: kept in memory for a
// minute per database, dropped when this instance rebuilds the knowledge base.
const lexiconCache = new WeakMap<Db, { at: number; words: Set<string> }>();

export function forgetLexicon(db: Db): void {
  lexiconCache.delete(db);
}

async function lexicon(db: Db): Promise<Set<string>> {
  const hit = lexiconCache.get(db);
  if (hit && Date.now() - hit.at < 60_000) return hit.words;
  const rows = await db.query<{ word: string }>(sql`SELECT word FROM tijaria_lexicon`);
  const words = new Set(rows.map((r) => r.word));
  lexiconCache.set(db, { at: Date.now(), words });
  return words;
}

/** For each word absent from the passages, its nearest known word by trigram similarity. */
export async function correctWords(db: Db, words: string[]): Promise<Map<string, string>> {
  const known = await lexicon(db);
  const unknown = words.filter((w) => !known.has(w));
  if (unknown.length === 0) return new Map();
  const rows = await db.query<{ w: string; fix: string | null }>(sql`
    SELECT q.w, (SELECT l.word FROM tijaria_lexicon l WHERE l.word % q.w AND similarity(l.word, q.w) >= 0.5
                  ORDER BY similarity(l.word, q.w) DESC, l.word LIMIT 1) AS fix
      FROM unnest(${unknown}::text[]) AS q(w)`);
  return new Map(rows.filter((r) => r.fix).map((r) => [r.w, r.fix as string]));
}

export async function listGuideSections(
  db: Db,
): Promise<{ key: string; title: string; body: string; url: string }[]> {
  return db.query(
    sql`SELECT source_key AS key, title, body, url FROM tijaria_passage WHERE source_kind = 'guide' ORDER BY id`,
  );
}

// ------------------------------------------------------------------ conversations

export interface ConversationRow {
  id: number;
  title: string;
  createdAt: Date;
  updatedAt: Date;
  messageCount: number;
}

export async function createConversation(db: Db, userId: number, title: string, now: Date): Promise<number> {
  const row = await db.one<{ id: number }>(sql`
    INSERT INTO tijaria_conversation (user_id, title, created_at, updated_at)
    VALUES (${userId}, ${title}, ${now}, ${now}) RETURNING id`);
  return Number(row?.id);
}

/** The owner's conversations, most recently active first (S32: always filtered by owner). */
export async function listConversations(db: Db, userId: number, limit: number): Promise<ConversationRow[]> {
  return db.query<ConversationRow>(sql`
    SELECT c.id, c.title, c.created_at AS "createdAt", c.updated_at AS "updatedAt",
           (SELECT count(*) FROM tijaria_message m WHERE m.conversation_id = c.id)::int AS "messageCount"
      FROM tijaria_conversation c
     WHERE c.user_id = ${userId}
     ORDER BY c.updated_at DESC, c.id DESC
     LIMIT ${limit}`);
}

/** A conversation only if it belongs to the user: another user's id reads as « not found ». */
export async function findOwnConversation(
  db: Db,
  userId: number,
  id: number,
): Promise<ConversationRow | undefined> {
  return db.one<ConversationRow>(sql`
    SELECT id, title, created_at AS "createdAt", updated_at AS "updatedAt", 0 AS "messageCount"
      FROM tijaria_conversation WHERE id = ${id} AND user_id = ${userId}`);
}

export async function renameConversation(
  db: Db,
  userId: number,
  id: number,
  title: string,
): Promise<boolean> {
  const rows = await db.query(sql`
    UPDATE tijaria_conversation SET title = ${title} WHERE id = ${id} AND user_id = ${userId} RETURNING id`);
  return rows.length === 1;
}

export async function deleteConversation(db: Db, userId: number, id: number): Promise<boolean> {
  const rows = await db.query(
    sql`DELETE FROM tijaria_conversation WHERE id = ${id} AND user_id = ${userId} RETURNING id`,
  );
  return rows.length === 1;
}

export async function touchConversation(db: Db, id: number, now: Date): Promise<void> {
  await db.query(sql`UPDATE tijaria_conversation SET updated_at = ${now} WHERE id = ${id}`);
}

/** Retention: conversations untouched since `before` (their messages go with them). */
export async function deleteConversationsBefore(db: Db, before: Date): Promise<number> {
  const rows = await db.query(
    sql`DELETE FROM tijaria_conversation WHERE updated_at < ${before} RETURNING id`,
  );
  return rows.length;
}

export interface SourceRef {
  kind: SourceKind | 'dossier';
  key: string;
  title: string;
  url: string;
}

export interface MessageRow {
  id: number;
  role: 'user' | 'assistant';
  content: string;
  sources: SourceRef[];
  intent: string | null;
  mode: 'embedded' | 'llm' | null;
  status: 'complete' | 'stopped' | 'no_answer';
  lang: 'fr' | 'ar' | 'en';
  createdAt: Date;
  feedback: { useful: boolean; reason: string | null } | null;
}

export async function insertMessage(
  db: Db,
  m: {
    conversationId: number;
    role: 'user' | 'assistant';
    content: string;
    sources?: SourceRef[];
    intent?: string | null;
    mode?: 'embedded' | 'llm' | null;
    status?: 'complete' | 'stopped' | 'no_answer';
    lang: 'fr' | 'ar' | 'en';
    now: Date;
  },
): Promise<number> {
  const row = await db.one<{ id: number }>(sql`
    INSERT INTO tijaria_message (conversation_id, role, content, sources, intent, mode, status, lang, created_at)
    VALUES (${m.conversationId}, ${m.role}, ${m.content}, ${sql.json(m.sources ?? [])}, ${m.intent ?? null},
            ${m.mode ?? null}, ${m.status ?? 'complete'}, ${m.lang}, ${m.now})
    RETURNING id`);
  return Number(row?.id);
}

export async function listMessages(db: Db, conversationId: number): Promise<MessageRow[]> {
  return db.query<MessageRow>(sql`
    SELECT m.id, m.role, m.content, m.sources, m.intent, m.mode, m.status, m.lang, m.created_at AS "createdAt",
           CASE WHEN f.id IS NULL THEN NULL ELSE jsonb_build_object('useful', f.useful, 'reason', f.reason) END AS feedback
      FROM tijaria_message m LEFT JOIN tijaria_feedback f ON f.message_id = m.id
     WHERE m.conversation_id = ${conversationId}
     ORDER BY m.id`);
}

/** An assistant message of one of the user's conversations, or undefined (S32). */
export async function findOwnAssistantMessage(
  db: Db,
  userId: number,
  messageId: number,
): Promise<{ id: number; intent: string | null; mode: string | null; sources: SourceRef[] } | undefined> {
  return db.one(sql`
    SELECT m.id, m.intent, m.mode, m.sources
      FROM tijaria_message m JOIN tijaria_conversation c ON c.id = m.conversation_id
     WHERE m.id = ${messageId} AND c.user_id = ${userId} AND m.role = 'assistant'`);
}

export async function upsertFeedback(
  db: Db,
  f: {
    messageId: number;
    userId: number;
    useful: boolean;
    reason: string | null;
    intent: string | null;
    mode: string | null;
    sources: SourceRef[];
    now: Date;
  },
): Promise<void> {
  await db.query(sql`
    INSERT INTO tijaria_feedback (message_id, user_id, useful, reason, intent, mode, sources, created_at)
    VALUES (${f.messageId}, ${f.userId}, ${f.useful}, ${f.reason}, ${f.intent}, ${f.mode}, ${sql.json(f.sources)}, ${f.now})
    ON CONFLICT (message_id) DO UPDATE SET useful = EXCLUDED.useful, reason = EXCLUDED.reason, created_at = EXCLUDED.created_at`);
}

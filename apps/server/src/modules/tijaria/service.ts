// TijarIA's use cases: ask (stream an answer into a conversation), the « Historique TijarIA »
// (list, reopen, rename, delete — only the owner, S32), feedback, and the retention job.
import type {
  SessionUser,
  TijariaConversation,
  TijariaConversationSummary,
  TijariaFeedbackInput,
  TijariaMessage,
  TijariaSource,
  TijariaStreamEvent,
} from '@portail/contracts';
import { audit } from '../../platform/audit.ts';
import { DAY } from '../../platform/clock.ts';
import type { AppDeps } from '../../platform/deps.ts';
import { AppError } from '../../platform/errors.ts';
import { type Composed, compose, maskReferences } from './answer.ts';
import { findReferences } from './intent.ts';
import { buildPrompt, type ChatMessage, LlmError, streamCompletion } from './llm.ts';
import { type Lang, PHRASES } from './phrases.ts';
import * as repo from './repo.ts';

const notFound = () => new AppError('NOT_FOUND', 'Conversation introuvable.');

export interface AskStart {
  conversationId: number;
  userMessageId: number;
  title: string;
  history: ChatMessage[];
  transcript: string[];
}

const titleOf = (question: string): string => {
  const t = question.replace(/\s+/g, ' ').trim();
  return t.length > 80 ? `${t.slice(0, 79)}…` : t;
};

/** Records the question (in a new or an existing own conversation) before the answer streams. */
export async function startAsk(
  deps: AppDeps,
  user: SessionUser,
  input: { conversationId?: number; question: string; lang: Lang },
): Promise<AskStart> {
  const now = deps.clock.now();
  return deps.db.transaction(async (tx) => {
    let conversationId = input.conversationId;
    let title = titleOf(input.question);
    let previous: repo.MessageRow[] = [];
    if (conversationId !== undefined) {
      const conv = await repo.findOwnConversation(tx, user.id, conversationId);
      if (!conv) throw notFound();
      title = conv.title;
      previous = await repo.listMessages(tx, conversationId);
    } else {
      conversationId = await repo.createConversation(tx, user.id, title, now);
    }
    const userMessageId = await repo.insertMessage(tx, {
      conversationId,
      role: 'user',
      content: input.question,
      lang: input.lang,
      now,
    });
    // A new conversation was created at `now` already.
    if (input.conversationId !== undefined) await repo.touchConversation(tx, conversationId, now);
    return {
      conversationId,
      userMessageId,
      title,
      history: previous.map((m) => ({ role: m.role, content: m.content })),
      transcript: [...previous, { role: 'user', content: input.question }].map(
        (m) => `${m.role === 'user' ? 'Question' : 'TijarIA'} : ${m.content}`,
      ),
    };
  });
}

/** « Créer une réclamation », pre-filled with the conversation (read by the Centre d'aide's form). */
export function reclamationUrl(question: string, transcript: string[]): string {
  const subject = `TijarIA : ${question.replace(/\s+/g, ' ').trim()}`.slice(0, 150);
  let description = `Question posée à TijarIA, restée sans réponse :\n\n${transcript.join('\n\n')}`;
  if (description.length > 4000) description = `${description.slice(0, 3999)}…`;
  if (description.length < 20) description = description.padEnd(20, '.');
  const params = new URLSearchParams({ type: 'information', subject, description, source: 'tijaria' });
  return `/aide/reclamations/nouvelle?${params.toString()}`;
}

type Emit = (event: TijariaStreamEvent) => void;

/** Splits a composed answer into small pieces, so the browser renders it as it arrives. */
function* pieces(text: string): Generator<string> {
  const parts = text.split(/(?<=\s)/);
  for (let i = 0; i < parts.length; i += 6) yield parts.slice(i, i + 6).join('');
}

/**
 * Produces the answer: composed from passages and live data (embedded), reworded by the language
 * model when one is configured; a model failure before or during the answer falls back to the
 * embedded text. The answer is stored when it ends or when the user stops it.
 */
export async function streamAnswer(
  deps: AppDeps,
  user: SessionUser,
  start: AskStart,
  input: { question: string; lang: Lang },
  emit: Emit,
  signal: AbortSignal,
  onFallback: (reason: string) => void = () => {},
): Promise<void> {
  emit({
    event: 'start',
    data: { conversationId: start.conversationId, userMessageId: start.userMessageId, title: start.title },
  });
  const composed: Composed = await compose(deps, user, input.question, input.lang);
  let text = '';
  let mode: 'embedded' | 'llm' = 'embedded';
  const send = (t: string) => {
    text += t;
    emit({ event: 'delta', data: { text: t } });
  };

  if (deps.config.TIJARIA_LLM_URL && !composed.noAnswer) {
    // The user may see references they typed themselves and those of the facts; nothing else.
    const allowed = new Set([...composed.allowedReferences, ...findReferences(input.question)]);
    try {
      let pending = '';
      for await (const chunk of streamCompletion({
        url: deps.config.TIJARIA_LLM_URL,
        model: deps.config.TIJARIA_LLM_MODEL,
        messages: buildPrompt({
          question: input.question,
          lang: input.lang,
          facts: composed.facts,
          history: start.history,
        }),
        signal,
        idleMs: llmSettings.idleMs,
      })) {
        pending += chunk;
        // Hold back the last words: a reference split across chunks is masked whole.
        const cut = lastSafeCut(pending);
        if (cut > 0) {
          send(maskReferences(pending.slice(0, cut), allowed, input.lang));
          pending = pending.slice(cut);
        }
      }
      if (pending) send(maskReferences(pending, allowed, input.lang));
      if (!signal.aborted && text.trim() === '') throw new LlmError('réponse vide');
      mode = 'llm';
    } catch (e) {
      if (!(e instanceof LlmError)) throw e;
      onFallback(e.message);
      if (text) emit({ event: 'reset', data: {} });
      text = '';
    }
  }
  if (mode === 'embedded' && !signal.aborted) {
    for (const p of pieces(composed.text)) {
      if (signal.aborted) break;
      send(p);
    }
  }

  const status = signal.aborted ? 'stopped' : composed.noAnswer ? 'no_answer' : 'complete';
  const reclamation = composed.noAnswer
    ? reclamationUrl(input.question, [...start.transcript, `TijarIA : ${composed.text}`])
    : null;
  const now = deps.clock.now();
  const messageId = await deps.db.transaction(async (tx) => {
    const id = await repo.insertMessage(tx, {
      conversationId: start.conversationId,
      role: 'assistant',
      content: status === 'stopped' ? `${text.trimEnd()} ${PHRASES[input.lang].stopped}`.trim() : text,
      sources: composed.sources,
      intent: composed.intent,
      mode,
      status,
      lang: input.lang,
      now,
    });
    await repo.touchConversation(tx, start.conversationId, now);
    return id;
  });
  emit({
    event: 'end',
    data: {
      messageId,
      status,
      sources: composed.sources as TijariaSource[],
      mode,
      reclamationUrl: reclamation,
    },
  });
}

/** How long the model may stay silent before the embedded answer takes over (tests shorten it). */
export const llmSettings = { idleMs: 8000 };

function lastSafeCut(s: string): number {
  // Keep the last three whitespace-separated tokens (a reference may be written « DFD 2026 000123 »).
  let cut = s.length;
  for (let k = 0; k < 3; k++) {
    const i = s.lastIndexOf(' ', cut - 1);
    if (i <= 0) return 0;
    cut = i;
  }
  return cut;
}

// ------------------------------------------------------------------ history

const presentMessage = (m: repo.MessageRow, transcript: string[]): TijariaMessage => ({
  id: Number(m.id),
  role: m.role,
  content: m.content,
  sources: m.sources as TijariaSource[],
  status: m.status,
  mode: m.mode,
  createdAt: new Date(m.createdAt).toISOString(),
  feedback: m.feedback,
  reclamationUrl: m.status === 'no_answer' ? reclamationUrl(transcript.at(-1) ?? '', transcript) : null,
});

const presentSummary = (c: repo.ConversationRow): TijariaConversationSummary => ({
  id: Number(c.id),
  title: c.title,
  createdAt: new Date(c.createdAt).toISOString(),
  updatedAt: new Date(c.updatedAt).toISOString(),
  messageCount: Number(c.messageCount),
});

export async function listHistory(deps: AppDeps, user: SessionUser): Promise<TijariaConversationSummary[]> {
  return (await repo.listConversations(deps.db, user.id, 200)).map(presentSummary);
}

export async function getConversation(
  deps: AppDeps,
  user: SessionUser,
  id: number,
): Promise<TijariaConversation> {
  const conv = await repo.findOwnConversation(deps.db, user.id, id);
  if (!conv) throw notFound();
  const rows = await repo.listMessages(deps.db, id);
  const questions: string[] = [];
  const messages = rows.map((m) => {
    if (m.role === 'user') questions.push(m.content);
    return presentMessage(m, m.role === 'assistant' ? [questions.at(-1) ?? ''] : []);
  });
  return { ...presentSummary({ ...conv, messageCount: rows.length }), messages };
}

export async function renameConversation(
  deps: AppDeps,
  user: SessionUser,
  id: number,
  title: string,
): Promise<void> {
  if (!(await repo.renameConversation(deps.db, user.id, id, title))) throw notFound();
}

export async function deleteConversation(
  deps: AppDeps,
  user: SessionUser,
  id: number,
  ip: string,
): Promise<void> {
  await deps.db.transaction(async (tx) => {
    if (!(await repo.deleteConversation(tx, user.id, id))) throw notFound();
    await audit(tx, deps.clock.now(), {
      event: 'tijaria.conversation_deleted',
      actor: { userId: user.id, orgId: user.organisation.id, ip },
      objectType: 'tijaria_conversation',
      objectId: id,
    });
  });
}

export async function giveFeedback(
  deps: AppDeps,
  user: SessionUser,
  messageId: number,
  input: TijariaFeedbackInput,
): Promise<void> {
  const m = await repo.findOwnAssistantMessage(deps.db, user.id, messageId);
  if (!m) throw new AppError('NOT_FOUND', 'Réponse introuvable.');
  const reason = input.useful ? null : [input.reason, input.comment].filter(Boolean).join(' — ') || null;
  await repo.upsertFeedback(deps.db, {
    messageId,
    userId: user.id,
    useful: input.useful,
    reason,
    intent: m.intent,
    mode: m.mode,
    sources: m.sources,
    now: deps.clock.now(),
  });
}

/** Retention: deletes conversations untouched for TIJARIA_RETENTION_DAYS. */
export async function purgeExpired(deps: AppDeps): Promise<number> {
  const before = new Date(deps.clock.now().getTime() - deps.config.TIJARIA_RETENTION_DAYS * DAY);
  return repo.deleteConversationsBefore(deps.db, before);
}

// TijarIA (guide, section V): the assistant's conversations, streamed answers and feedback.
import { z } from 'zod';

export const TIJARIA_LANGS = ['fr', 'ar', 'en'] as const;

/** POST /api/tijaria/messages — answered as a text/event-stream (see TijariaStreamEvent). */
export const tijariaAskInput = z.object({
  /** absent: a new conversation titled after the question. */
  conversationId: z.number().int().positive().optional(),
  question: z
    .string()
    .trim()
    .min(2, 'Saisissez votre question.')
    .max(1000, 'La question ne peut pas dépasser 1000 caractères.'),
  lang: z.enum(TIJARIA_LANGS).default('fr'),
});
export type TijariaAskInput = z.input<typeof tijariaAskInput>;

export const tijariaSource = z.object({
  kind: z.enum(['guide', 'faq', 'procedure', 'dossier']),
  key: z.string(),
  title: z.string(),
  url: z.string(),
});
export type TijariaSource = z.infer<typeof tijariaSource>;

export const TIJARIA_MESSAGE_STATUSES = ['complete', 'stopped', 'no_answer'] as const;

/**
 * Server-Sent Events of an answer, in order: `start`, then `delta` (text to append; `reset`
 * empties the text when a language model failed mid-answer and the embedded answer replaces it),
 * then `end`. `error` replaces `end` on failure.
 */
export type TijariaStreamEvent =
  | { event: 'start'; data: { conversationId: number; userMessageId: number; title: string } }
  | { event: 'delta'; data: { text: string } }
  | { event: 'reset'; data: Record<string, never> }
  | {
      event: 'end';
      data: {
        messageId: number;
        status: (typeof TIJARIA_MESSAGE_STATUSES)[number];
        sources: TijariaSource[];
        mode: 'embedded' | 'llm';
        /** set when nothing relevant was found: the « Créer une réclamation » link, pre-filled. */
        reclamationUrl: string | null;
      };
    }
  | { event: 'error'; data: { code: string; message: string } };

export const tijariaMessage = z.object({
  id: z.number().int(),
  role: z.enum(['user', 'assistant']),
  content: z.string(),
  sources: z.array(tijariaSource),
  status: z.enum(TIJARIA_MESSAGE_STATUSES),
  mode: z.enum(['embedded', 'llm']).nullable(),
  createdAt: z.string(),
  feedback: z.object({ useful: z.boolean(), reason: z.string().nullable() }).nullable(),
  reclamationUrl: z.string().nullable(),
});
export type TijariaMessage = z.infer<typeof tijariaMessage>;

export const tijariaConversationSummary = z.object({
  id: z.number().int(),
  title: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
  messageCount: z.number().int(),
});
export type TijariaConversationSummary = z.infer<typeof tijariaConversationSummary>;

export const tijariaConversationList = z.object({ items: z.array(tijariaConversationSummary) });
export type TijariaConversationList = z.infer<typeof tijariaConversationList>;

export const tijariaConversation = tijariaConversationSummary.extend({ messages: z.array(tijariaMessage) });
export type TijariaConversation = z.infer<typeof tijariaConversation>;

export const tijariaRenameInput = z.object({
  title: z
    .string()
    .trim()
    .min(1, 'Saisissez un titre.')
    .max(120, 'Le titre ne peut pas dépasser 120 caractères.'),
});
export type TijariaRenameInput = z.infer<typeof tijariaRenameInput>;

export const TIJARIA_FEEDBACK_REASONS = [
  'incorrect',
  'incomplete',
  'not_relevant',
  'outdated',
  'other',
] as const;

export const tijariaFeedbackInput = z
  .object({
    useful: z.boolean(),
    reason: z.enum(TIJARIA_FEEDBACK_REASONS).optional(),
    comment: z.string().trim().max(400, 'Le commentaire ne peut pas dépasser 400 caractères.').optional(),
  })
  .refine((v) => v.useful || v.reason !== undefined, {
    message: 'Indiquez pourquoi la réponse n’était pas utile.',
    path: ['reason'],
  });
export type TijariaFeedbackInput = z.infer<typeof tijariaFeedbackInput>;

/** GET /api/tijaria/guide — the user guide's sections, for the /aide/guide page. */
export const tijariaGuide = z.object({
  sections: z.array(z.object({ anchor: z.string(), title: z.string(), body: z.string() })),
});
export type TijariaGuide = z.infer<typeof tijariaGuide>;

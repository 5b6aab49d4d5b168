// Centre d'aide (guide, section V): FAQ, réclamations (tickets) and the support desk.
import { z } from 'zod';

// ---------------------------------------------------------------- FAQ

export const faqTheme = z.object({
  code: z.string(),
  labelFr: z.string(),
  labelAr: z.string(),
  labelEn: z.string(),
  position: z.number().int(),
});
export type FaqTheme = z.infer<typeof faqTheme>;

export const FAQ_LANGS = ['fr', 'ar', 'en'] as const;
export type FaqLang = (typeof FAQ_LANGS)[number];

/** A question and its answer in one language. */
export const faqText = z.object({ question: z.string(), answer: z.string() });

export const faqEntry = z.object({
  id: z.number().int(),
  themeCode: z.string(),
  /** Language of `question` and `answer`: the reader's, or 'fr' when that translation is missing. */
  lang: z.enum(FAQ_LANGS),
  question: z.string(),
  answer: z.string(),
  published: z.boolean(),
  position: z.number().int(),
  helpfulYes: z.number().int(),
  helpfulNo: z.number().int(),
  updatedAt: z.string(),
  /** Every language, for the FAQ editor only (administrators' list and save responses). */
  translations: z.object({ fr: faqText, ar: faqText.nullable(), en: faqText.nullable() }).optional(),
});
export type FaqEntry = z.infer<typeof faqEntry>;

export const faqListQuery = z.object({
  q: z.string().trim().max(200).optional(),
  theme: z
    .string()
    .regex(/^[a-z0-9_-]{1,40}$/)
    .optional(),
  /** Administrators only: include unpublished entries. */
  all: z.enum(['1']).optional(),
  /** The reader's language: texts and search in it (French where a translation is missing). */
  lang: z.enum(FAQ_LANGS).default('fr'),
});

export const faqListResponse = z.object({
  themes: z.array(faqTheme),
  entries: z.array(faqEntry),
});
export type FaqListResponse = z.infer<typeof faqListResponse>;

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .nullish()
    .transform((v) => v || null);

/**
 * French is required (the reference); Arabic and English are optional, but a translated question
 * needs its translated answer and the reverse.
 */
export const faqEntryInput = z
  .object({
    themeCode: z.string().regex(/^[a-z0-9_-]{1,40}$/),
    question: z.string().trim().min(10, 'La question doit compter au moins 10 caractères.').max(300),
    answer: z.string().trim().min(20, 'La réponse doit compter au moins 20 caractères.').max(8000),
    questionAr: optionalText(300),
    answerAr: optionalText(8000),
    questionEn: optionalText(300),
    answerEn: optionalText(8000),
    published: z.boolean().default(true),
    position: z.number().int().min(0).max(10_000).default(100),
  })
  .superRefine((v, ctx) => {
    for (const [lang, name] of [
      ['Ar', 'arabe'],
      ['En', 'anglaise'],
    ] as const) {
      const q = v[`question${lang}`];
      const a = v[`answer${lang}`];
      if (q && !a)
        ctx.addIssue({
          code: 'custom',
          path: [`answer${lang}`],
          message: `Saisissez la réponse ${name} de la question traduite.`,
        });
      if (a && !q)
        ctx.addIssue({
          code: 'custom',
          path: [`question${lang}`],
          message: `Saisissez la question ${name} de la réponse traduite.`,
        });
    }
  });
export type FaqEntryInput = z.infer<typeof faqEntryInput>;

export const faqFeedbackInput = z.object({ helpful: z.boolean() });

// ---------------------------------------------------------------- Tickets

export const TICKET_TYPES = ['reclamation', 'information', 'incident', 'suggestion', 'contact'] as const;
export type TicketType = (typeof TICKET_TYPES)[number];

export const TICKET_STATUSES = ['nouvelle', 'en_cours', 'en_attente', 'resolue', 'cloturee'] as const;
export type TicketStatus = (typeof TICKET_STATUSES)[number];

/** The guide's French labels; the web client translates by code. */
export const TICKET_TYPE_LABELS: Record<TicketType, string> = {
  reclamation: 'Réclamation',
  information: "Demande d'information",
  incident: 'Incident technique',
  suggestion: 'Suggestion',
  contact: 'Contact',
};
export const TICKET_STATUS_LABELS: Record<TicketStatus, string> = {
  nouvelle: 'Nouvelle',
  en_cours: 'En cours',
  en_attente: 'En attente de votre réponse',
  resolue: 'Résolue',
  cloturee: 'Clôturée',
};

export const ticketService = z.object({
  code: z.string(),
  label: z.string(),
  group: z.enum(['import', 'export', 'general']),
});
export type TicketService = z.infer<typeof ticketService>;

export const ticketAttachment = z.object({
  id: z.string(),
  originalName: z.string(),
  mediaType: z.string(),
  sizeBytes: z.number().int(),
  messageId: z.number().int().nullable(),
});
export type TicketAttachment = z.infer<typeof ticketAttachment>;

export const uploadInfo = z.object({
  maxBytes: z.number().int(),
  maxFiles: z.number().int(),
  types: z.array(z.string()),
  extensions: z.array(z.string()),
});
export type UploadInfo = z.infer<typeof uploadInfo>;

export const uploadedFile = z.object({
  id: z.string(),
  originalName: z.string(),
  mediaType: z.string(),
  sizeBytes: z.number().int(),
});
export type UploadedFile = z.infer<typeof uploadedFile>;

const fileIds = z.array(z.uuid()).max(5, 'Au plus 5 pièces jointes.').default([]);

export const ticketCreateInput = z.object({
  type: z.enum(TICKET_TYPES, 'Sélectionnez le type de demande.'),
  serviceCode: z.string().min(1, 'Sélectionnez le service concerné.').max(60),
  subject: z
    .string()
    .trim()
    .min(5, "L'objet doit compter au moins 5 caractères.")
    .max(150, "L'objet doit compter au plus 150 caractères."),
  description: z
    .string()
    .trim()
    .min(20, 'La description doit compter au moins 20 caractères.')
    .max(5000, 'La description doit compter au plus 5000 caractères.'),
  attachmentIds: fileIds,
});
export type TicketCreateInput = z.infer<typeof ticketCreateInput>;

export const contactInput = z.object({
  subject: ticketCreateInput.shape.subject,
  description: ticketCreateInput.shape.description,
});
export type ContactInput = z.infer<typeof contactInput>;

export const ticketSummary = z.object({
  reference: z.string(),
  type: z.enum(TICKET_TYPES),
  serviceCode: z.string(),
  serviceLabel: z.string(),
  subject: z.string(),
  status: z.enum(TICKET_STATUSES),
  createdAt: z.string(),
  updatedAt: z.string(),
  requester: z.object({ id: z.number().int(), displayName: z.string(), organisationCode: z.string() }),
  assignee: z.object({ id: z.number().int(), displayName: z.string() }).nullable(),
  firstResponseDueAt: z.string(),
  resolutionDueAt: z.string(),
  /** SLA missed (or about to be, while unanswered / unresolved past the due time). */
  firstResponseOverdue: z.boolean(),
  resolutionOverdue: z.boolean(),
});
export type TicketSummary = z.infer<typeof ticketSummary>;

export const ticketListQuery = z.object({
  /** « Mes réclamations » by default; an organisation's administrators may list their organisation's. */
  scope: z.enum(['mine', 'organisation']).default('mine'),
  status: z.enum(TICKET_STATUSES).optional(),
  type: z.enum(TICKET_TYPES).optional(),
  q: z.string().trim().max(100).optional(),
  /** Support desk: 'me' = assigned to me, 'none' = unassigned. */
  assignee: z.enum(['me', 'none']).optional(),
  overdue: z.enum(['1']).optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
});
export type TicketListQuery = z.infer<typeof ticketListQuery>;

export const ticketListResponse = z.object({
  items: z.array(ticketSummary),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export type TicketListResponse = z.infer<typeof ticketListResponse>;

export const ticketMessage = z.object({
  id: z.number().int(),
  author: z.object({ id: z.number().int(), displayName: z.string(), support: z.boolean() }),
  body: z.string(),
  internal: z.boolean(),
  createdAt: z.string(),
});
export type TicketMessage = z.infer<typeof ticketMessage>;

export const ticketEvent = z.object({
  id: z.number().int(),
  at: z.string(),
  kind: z.enum(['created', 'status', 'assigned', 'rated']),
  fromStatus: z.enum(TICKET_STATUSES).nullable(),
  toStatus: z.enum(TICKET_STATUSES).nullable(),
  actorName: z.string().nullable(),
  details: z.record(z.string(), z.unknown()),
});
export type TicketEvent = z.infer<typeof ticketEvent>;

export const TICKET_ACTIONS = ['reply', 'reopen', 'rate', 'assign', 'internalNote', 'changeStatus'] as const;
export type TicketAction = (typeof TICKET_ACTIONS)[number];

export const ticketDetail = ticketSummary.extend({
  description: z.string(),
  messages: z.array(ticketMessage),
  attachments: z.array(ticketAttachment),
  history: z.array(ticketEvent),
  resolvedAt: z.string().nullable(),
  closedAt: z.string().nullable(),
  reopenUntil: z.string().nullable(),
  satisfaction: z.object({ rating: z.number().int(), comment: z.string().nullable() }).nullable(),
  actions: z.array(z.enum(TICKET_ACTIONS)),
  /** Statuses a support agent may move the ticket to now. */
  nextStatuses: z.array(z.enum(TICKET_STATUSES)),
});
export type TicketDetail = z.infer<typeof ticketDetail>;

export const ticketReplyInput = z.object({
  body: z
    .string()
    .trim()
    .min(2, 'Le message est vide.')
    .max(5000, 'Le message doit compter au plus 5000 caractères.'),
  attachmentIds: fileIds,
  /** Support only: an internal note, never shown to the requester. */
  internal: z.boolean().default(false),
  /** Support only: the status after this answer (default « En attente de votre réponse »). */
  status: z.enum(['en_cours', 'en_attente', 'resolue']).optional(),
});
export type TicketReplyInput = z.infer<typeof ticketReplyInput>;

export const ticketStatusInput = z.object({ status: z.enum(TICKET_STATUSES) });
export const ticketAssignInput = z.object({ assigneeId: z.number().int().nullable() });
export const ticketRateInput = z.object({
  rating: z.number().int().min(1, 'Choisissez une note de 1 à 5.').max(5, 'Choisissez une note de 1 à 5.'),
  comment: z.string().trim().max(1000).optional(),
});

export const replyTemplate = z.object({ id: z.number().int(), title: z.string(), body: z.string() });
export type ReplyTemplate = z.infer<typeof replyTemplate>;

export const supportAgent = z.object({ id: z.number().int(), displayName: z.string() });
export type SupportAgent = z.infer<typeof supportAgent>;

export const helpNotification = z.object({
  id: z.number().int(),
  reference: z.string(),
  title: z.string(),
  createdAt: z.string(),
  readAt: z.string().nullable(),
});
export type HelpNotification = z.infer<typeof helpNotification>;

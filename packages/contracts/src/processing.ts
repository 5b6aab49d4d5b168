// Processing a dossier (issue 5): the bodies of the dossier actions, the chef's workload view,
// notifications, the public verification of a decision and the customs APIs.
// Every action body carries `version`: the dossier version the user saw (optimistic concurrency).
import { z } from 'zod';
import { codeLabel, localizedText } from './dossiers.ts';

const version = z.number({ error: 'Version du dossier manquante.' }).int().positive();
const text = (max: number, what: string) =>
  z.string().trim().max(max, `${what} ne peut pas dépasser ${max} caractères.`);
const reasonCode = z.string().regex(/^[A-Z]{2,6}-[A-Z0-9]{2,12}$/, 'Code de motif invalide.');
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Date attendue au format AAAA-MM-JJ.');

/** Every action the dossier page may offer (the `action` of DossierDetail.actions). */
export const PROCESSING_ACTIONS = [
  'take',
  'assign',
  'requestComplement',
  'requestOpinions',
  'giveOpinion',
  'proposeAcceptance',
  'proposeRejection',
  'sign',
  'cancel',
] as const;
export type ProcessingAction = (typeof PROCESSING_ACTIONS)[number];

export const versionBody = z.object({ version });
export type VersionBody = z.infer<typeof versionBody>;

/** POST /api/dossiers/:id/assign (chef_service). */
export const assignBody = z.object({ version, assigneeId: z.number().int().positive('Agent obligatoire.') });
export type AssignBody = z.infer<typeof assignBody>;

/** POST /api/processing/assignments — bulk (re)assignment from the list (chef_service). */
export const bulkAssignBody = z.object({
  dossierIds: z
    .array(z.number().int().positive())
    .min(1, 'Sélectionnez au moins un dossier.')
    .max(200, 'Au plus 200 dossiers à la fois.'),
  assigneeId: z.number().int().positive('Agent obligatoire.'),
});
export type BulkAssignBody = z.infer<typeof bulkAssignBody>;
export const bulkAssignResponse = z.object({ assigned: z.number().int() });

/** GET /api/processing/workload — the agents of the chef's organisation and their open dossiers. */
export const workloadResponse = z.object({
  agents: z.array(
    z.object({
      id: z.number().int(),
      displayName: z.string(),
      open: z.number().int(),
      overdue: z.number().int(),
    }),
  ),
});
export type WorkloadResponse = z.infer<typeof workloadResponse>;

/** GET /api/processing/reasons?kind=[&dossier=] — coded reasons (complement items, rejection,
 * cancellation, opinions); with a dossier, only those its procedure offers. */
export const REASON_KINDS = ['complement', 'rejet', 'annulation', 'avis'] as const;
export const reasonsQuery = z.object({
  kind: z.enum(REASON_KINDS, 'Type de motif inconnu.'),
  dossier: z.coerce.number().int().positive().optional(),
});
export const reasonsResponse = z.object({ items: z.array(codeLabel) });
export type ReasonsResponse = z.infer<typeof reasonsResponse>;

/** POST /api/dossiers/:id/complement-requests */
export const complementRequestBody = z.object({
  version,
  message: text(4000, 'Le message').min(1, 'Le message à l’opérateur est obligatoire.'),
  items: z.array(reasonCode).min(1, 'Indiquez au moins une pièce attendue.').max(20),
});
export type ComplementRequestBody = z.infer<typeof complementRequestBody>;

/** POST /api/v1/dossiers/:reference/complement — the operator's answer (intake API). */
export const complementAnswerBody = z.object({
  message: text(4000, 'La réponse').min(1, 'La réponse est obligatoire.'),
  /** ids of documents already uploaded to the dossier through the intake API. */
  documentIds: z.array(z.number().int().positive()).max(20).default([]),
});
export type ComplementAnswerBody = z.input<typeof complementAnswerBody>;

/** POST /api/dossiers/:id/opinion-requests */
export const opinionRequestBody = z.object({
  version,
  organisations: z
    .array(z.string().regex(/^[A-Z0-9_]{2,12}$/))
    .min(1, 'Choisissez au moins un organisme.')
    .max(10),
  dueDate: isoDate.optional(),
  message: text(2000, 'Le message').optional(),
});
export type OpinionRequestBody = z.infer<typeof opinionRequestBody>;

/** POST /api/dossiers/:id/opinion — an agent of a consulted organisation answers. */
export const giveOpinionBody = z.object({
  version,
  opinion: z.enum(
    ['favorable', 'defavorable', 'reserve', 'conforme', 'non_conforme', 'conforme_reserve'],
    'Avis inconnu.',
  ),
  reasons: z.array(reasonCode).max(10).default([]),
  comment: text(4000, 'Le commentaire').optional(),
  documentIds: z.array(z.number().int().positive()).max(10).default([]),
});
export type GiveOpinionBody = z.input<typeof giveOpinionBody>;

/** What an opinion's documents may be (stated before choosing a file): types and size limit. */
export const opinionUploadRules = z.object({
  maxBytes: z.number().int(),
  /** e.g. PDF, PNG, JPEG */
  types: z.array(z.string()),
  /** for the file input's accept attribute */
  extensions: z.array(z.string()),
  /** documents per opinion */
  maxFiles: z.number().int(),
});
export type OpinionUploadRules = z.infer<typeof opinionUploadRules>;

/** POST /api/dossiers/:id/decision-proposal */
export const proposalBody = z.discriminatedUnion('outcome', [
  z.object({
    version,
    outcome: z.literal('acceptee'),
    validFrom: isoDate,
    validUntil: isoDate,
    grants: z
      .array(z.object({ lineNo: z.number().int().positive(), quantity: z.number().nonnegative().max(1e12) }))
      .min(1, 'Indiquez les quantités accordées.'),
    motivation: text(4000, 'La motivation').optional(),
  }),
  z.object({
    version,
    outcome: z.literal('rejetee'),
    reasons: z.array(reasonCode).min(1, 'Le rejet doit être motivé : choisissez au moins un motif.').max(10),
    motivation: text(4000, 'La motivation').optional(),
  }),
]);
export type ProposalBody = z.infer<typeof proposalBody>;

/** GET /api/dossiers/:id/processing — what the dialogs need beyond DossierDetail. */
export const processingInfo = z.object({
  proposal: z
    .object({
      outcome: codeLabel,
      reasons: z.array(codeLabel),
      motivation: z.string().nullable(),
      validFrom: z.string().nullable(),
      validUntil: z.string().nullable(),
      grants: z.array(z.object({ lineNo: z.number().int(), quantity: z.string() })),
      proposedBy: z.string(),
      proposedAt: z.string(),
    })
    .nullable(),
  openComplement: z
    .object({ message: z.string(), items: z.array(codeLabel), requestedAt: z.string() })
    .nullable(),
  /** Organisations the procedure may consult, with whether one is already pending. */
  opinionOrganisations: z.array(
    z.object({ code: z.string(), label: z.string(), labels: localizedText.optional(), pending: z.boolean() }),
  ),
  /** The vocabulary the user's organisation answers with (when it is consulted and pending). */
  opinionVocabulary: z.array(codeLabel),
  /** Documents the opinion may carry (POST /api/dossiers/:id/opinion-documents), when it may be given. */
  opinionUpload: opinionUploadRules.nullable(),
  decision: z
    .object({
      number: z.string(),
      verificationUrl: z.string(),
      pdfUrl: z.string().nullable(),
      pdfSha256: z.string().nullable(),
    })
    .nullable(),
});
export type ProcessingInfo = z.infer<typeof processingInfo>;

/** POST /api/dossiers/:id/cancel */
export const cancelBody = z.object({
  version,
  reason: reasonCode,
  comment: text(2000, 'Le commentaire').optional(),
});
export type CancelBody = z.infer<typeof cancelBody>;

export const actionResult = z.object({ version: z.number().int(), state: codeLabel });
export type ActionResult = z.infer<typeof actionResult>;
export const signResult = actionResult.extend({ decisionNumber: z.string(), verificationUrl: z.string() });
export type SignResult = z.infer<typeof signResult>;

/** GET /api/verification/:code — public, no login. */
export const verificationResponse = z.object({
  status: z.enum(['authentique', 'inconnu', 'altere']),
  decision: z
    .object({
      number: z.string(),
      procedure: z.string(),
      procedureNames: localizedText.optional(),
      outcome: codeLabel,
      decidedAt: z.string(),
      validFrom: z.string().nullable(),
      validUntil: z.string().nullable(),
      operator: z.string(),
      signatory: z.string().nullable(),
      /** Current state of the dossier (Acceptée, Transmise à la douane, Imputée, Annulée…). */
      state: codeLabel,
      pdfSha256: z.string().nullable(),
    })
    .nullable(),
});
export type VerificationResponse = z.infer<typeof verificationResponse>;

/** Body POSTed to CUSTOMS_ENDPOINT_URL (header Idempotency-Key: the decision number). */
export const customsMessage = z.object({
  type: z.enum(['decision', 'annulation']),
  decisionNumber: z.string(),
  reference: z.string(),
  procedure: z.string(),
  operator: z.object({ ice: z.string(), name: z.string() }),
  customsOffice: z.string().nullable(),
  validFrom: z.string().nullable(),
  validUntil: z.string().nullable(),
  lines: z.array(
    z.object({ lineNo: z.number().int(), hsCode: z.string(), quantity: z.string(), unit: z.string() }),
  ),
  issuedAt: z.string(),
});
export type CustomsMessage = z.infer<typeof customsMessage>;

/** POST /api/v1/douane/accuses (Authorization: Bearer CUSTOMS_INBOUND_TOKEN). */
export const customsAckBody = z.object({
  decisionNumber: z.string().min(1).max(60),
  status: z.literal('imputee'),
  imputedAt: z.iso.datetime({ offset: true }).optional(),
  customsReference: z.string().max(60).optional(),
});
export type CustomsAckBody = z.input<typeof customsAckBody>;
export const customsAckResponse = z.object({ decisionNumber: z.string(), state: z.string() });

/** Notifications (the bell). */
export const notificationItem = z.object({
  id: z.number().int(),
  kind: z.string(),
  title: z.string(),
  body: z.string(),
  link: z.string().nullable(),
  createdAt: z.string(),
  read: z.boolean(),
});
export type NotificationItem = z.infer<typeof notificationItem>;
export const notificationsResponse = z.object({ unread: z.number().int(), items: z.array(notificationItem) });
export type NotificationsResponse = z.infer<typeof notificationsResponse>;
export const markReadBody = z.object({
  ids: z.array(z.number().int().positive()).max(100).optional(),
  all: z.boolean().optional(),
});

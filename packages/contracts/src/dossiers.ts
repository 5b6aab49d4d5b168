// Dossiers: the list page (« Gestion des demandes »), the dossier page and the intake API for
// operator systems. Query schemas are the server's validation (S33) and the web's URL search params.
import { z } from 'zod';
import { DIRECTIONS, DOSSIER_STATES, LIST_COLUMNS } from './catalogue.ts';

const trimmed = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `Ce critère ne peut pas dépasser ${max} caractères.`)
    .transform((v) => (v === '' ? undefined : v))
    .optional();

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Date attendue au format AAAA-MM-JJ.')
  .refine((v) => !Number.isNaN(Date.parse(`${v}T00:00:00Z`)), 'Date invalide.')
  .optional();

export const PAGE_SIZES = [10, 20, 50, 100] as const;
/** Above this many matches the list says « plus de 10 000 » instead of counting on. */
export const EXACT_TOTAL_LIMIT = 10_000;

/** GET /api/procedures/:code/dossiers (and export.csv / export.xlsx) query string. */
export const dossierListQuery = z.object({
  reference: trimmed(40),
  category: trimmed(60),
  state: z.enum(DOSSIER_STATES, 'État inconnu.').optional(),
  submittedFrom: isoDate,
  submittedTo: isoDate,
  /** raison sociale (substring, accents ignored) or ICE (15 digits, exact). */
  importer: trimmed(120),
  customsOffice: z
    .string()
    .regex(/^[0-9A-Z]{1,10}$/, 'Code de bureau douanier invalide.')
    .optional(),
  /** 2 to 10 digits: chapter, heading, subheading or tariff line. */
  hsCode: z
    .string()
    .regex(/^(\d{2}|\d{4}|\d{6}|\d{8}|\d{10})$/, 'Nomenclature : 2, 4, 6, 8 ou 10 chiffres.')
    .optional(),
  goods: trimmed(120),
  // The dashboard's links (issue 6): each figure opens the list that counts exactly its dossiers.
  /** decided within (true) or beyond (false) the deadline */
  decidedWithinSla: z.enum(['true', 'false'], 'Décidées dans le délai : true ou false.').optional(),
  /** processing time (submission → decision) in whole days, « de-à » (à exclu) : 2-3, 30- */
  processingDays: z
    .string()
    .regex(/^\d{1,3}-(\d{1,3})?$/, 'Délai de traitement : « de-à » en jours, par exemple 2-3 ou 30-.')
    .optional(),
  /** open (soumise … en attente d'avis) or decided */
  stage: z.enum(['open', 'decided'], 'Étape : open ou decided.').optional(),
  /** assigned to this agent */
  agent: z.coerce
    .number('Agent : identifiant numérique attendu.')
    .int('Agent : identifiant numérique attendu.')
    .positive('Agent : identifiant numérique attendu.')
    .max(2 ** 31 - 1, 'Agent : identifiant numérique attendu.')
    .optional(),
  /** open, deadline passed, clock running, now */
  overdue: z.enum(['true'], 'En retard : true.').optional(),
  sort: z.enum(LIST_COLUMNS, 'Colonne de tri inconnue.').default('submittedAt'),
  dir: z.enum(['asc', 'desc'], 'Sens de tri : asc ou desc.').default('desc'),
  pageSize: z.coerce
    .number()
    .refine((n) => (PAGE_SIZES as readonly number[]).includes(n), 'Taille de page : 10, 20, 50 ou 100.')
    .default(20),
  /** Opaque keyset cursor returned as nextCursor / prevCursor. */
  cursor: z
    .string()
    .max(600)
    .regex(/^[A-Za-z0-9_-]+$/, 'Curseur de pagination invalide.')
    .optional(),
});
export type DossierListQuery = z.input<typeof dossierListQuery>;
export type DossierListParams = z.output<typeof dossierListQuery>;

/** A text in the three languages as the server sends it (reference data may leave one empty). */
export const localizedText = z.object({ fr: z.string(), ar: z.string(), en: z.string() });

/** `label` is French (the reference, also read by exports and the API); `labels`, when the server
 * knows them, carries the three languages so the page reads in the reader's language. */
export const codeLabel = z.object({ code: z.string(), label: z.string(), labels: localizedText.optional() });
export type CodeLabel = z.infer<typeof codeLabel>;

export const dossierListItem = z.object({
  id: z.number().int(),
  reference: z.string(),
  category: codeLabel.nullable(),
  importer: z.object({ name: z.string(), ice: z.string() }),
  submittedAt: z.string(),
  /** « Avis »: summary code (favorable, defavorable, reserve, conforme…, en_attente, partage) or null. */
  opinion: codeLabel.nullable(),
  customsOffice: codeLabel.nullable(),
  goods: z.string(),
  hsCode: z.string(),
  decisionNumber: z.string().nullable(),
  state: codeLabel,
});
export type DossierListItem = z.infer<typeof dossierListItem>;

export const dossierListResponse = z.object({
  items: z.array(dossierListItem),
  /** exact: false means « plus de {count} ». */
  total: z.object({ count: z.number().int(), exact: z.boolean() }),
  nextCursor: z.string().nullable(),
  prevCursor: z.string().nullable(),
  pageSize: z.number().int(),
  sort: z.enum(LIST_COLUMNS),
  dir: z.enum(['asc', 'desc']),
  /** The user's remembered column choice for this procedure (null: the definition's columns). */
  columns: z.array(z.enum(LIST_COLUMNS)).nullable(),
});
export type DossierListResponse = z.infer<typeof dossierListResponse>;

/** PUT /api/procedures/:code/list-preferences */
export const listPreferencesBody = z.object({
  columns: z.array(z.enum(LIST_COLUMNS)).min(1, 'Choisissez au moins une colonne.').max(LIST_COLUMNS.length),
});
export type ListPreferencesBody = z.infer<typeof listPreferencesBody>;

export const dossierAction = z.object({ action: z.string(), label: z.string() });

/** A document of the dossier (request, complement, opinion, decision), downloaded through the dossier. */
export const dossierDocument = z.object({
  id: z.number().int(),
  kind: codeLabel,
  name: z.string(),
  mediaType: z.string(),
  size: z.number().int(),
  uploadedAt: z.string(),
  downloadUrl: z.string(),
  /** inline preview (PDF, PNG, JPEG) or null. */
  previewUrl: z.string().nullable(),
});
export type DossierDocument = z.infer<typeof dossierDocument>;

export const dossierDetail = z.object({
  id: z.number().int(),
  reference: z.string(),
  version: z.number().int(),
  procedure: z.object({
    code: z.string(),
    version: z.number().int(),
    slug: z.string(),
    name: z.string(),
    names: localizedText.optional(),
    direction: z.enum(DIRECTIONS),
  }),
  category: codeLabel.nullable(),
  state: codeLabel,
  submittedAt: z.string(),
  stateChangedAt: z.string(),
  channel: z.string(),
  /** remainingMinutes < 0 when overdue; null when the procedure is closed (final state). */
  sla: z
    .object({
      dueAt: z.string(),
      remainingMinutes: z.number().int(),
      overdue: z.boolean(),
      paused: z.boolean(),
    })
    .nullable(),
  operator: z.object({
    raisonSociale: z.string(),
    ice: z.string(),
    rc: z.string().nullable(),
    address: z.string().nullable(),
    city: z.string().nullable(),
  }),
  customsOffice: codeLabel.nullable(),
  originCountry: codeLabel.nullable(),
  /** Request fields in the definition's order, with a display value. */
  fields: z.array(
    z.object({
      key: z.string(),
      label: z.string(),
      value: z.string(),
      labels: localizedText.optional(),
      /** the value in three languages when it is a coded one (select option, country, yes/no). */
      values: localizedText.optional(),
    }),
  ),
  goods: z.array(
    z.object({
      lineNo: z.number().int(),
      hsCode: z.string(),
      hsLabel: z.string().nullable(),
      /** The HS label in three languages; '' where the nomenclature has no translation (French shown). */
      hsLabels: localizedText.optional(),
      description: z.string(),
      quantity: z.string(),
      unit: codeLabel,
      value: z.string(),
      currency: z.string(),
      originCountry: codeLabel.nullable(),
    }),
  ),
  documents: z.array(dossierDocument),
  /** null when the user may not see opinions. */
  opinions: z
    .array(
      z.object({
        organisation: codeLabel,
        round: z.number().int(),
        requestedAt: z.string(),
        dueAt: z.string().nullable(),
        opinion: codeLabel.nullable(),
        reasons: z.array(codeLabel),
        comment: z.string().nullable(),
        givenAt: z.string().nullable(),
        givenBy: z.string().nullable(),
        /** documents the consulted organisation attached to its opinion */
        documents: z.array(dossierDocument),
      }),
    )
    .nullable(),
  decision: z
    .object({
      number: z.string(),
      outcome: codeLabel,
      decidedAt: z.string(),
      validFrom: z.string().nullable(),
      validUntil: z.string().nullable(),
      reasons: z.array(codeLabel),
      motivation: z.string().nullable(),
    })
    .nullable(),
  history: z.array(
    z.object({
      id: z.number().int(),
      at: z.string(),
      kind: z.string(),
      label: z.string(),
      actor: z.string(),
      fromState: codeLabel.nullable(),
      toState: codeLabel.nullable(),
      details: z.record(z.string(), z.unknown()),
    }),
  ),
  /** null when the user may not read internal comments. */
  comments: z
    .array(
      z.object({
        id: z.number().int(),
        author: z.string(),
        organisation: z.string(),
        body: z.string(),
        createdAt: z.string(),
      }),
    )
    .nullable(),
  assignee: z.object({ id: z.number().int(), displayName: z.string() }).nullable(),
  /** What the user may do now (filled by the processing policy). */
  actions: z.array(dossierAction),
  canComment: z.boolean(),
});
export type DossierDetail = z.infer<typeof dossierDetail>;

/** POST /api/dossiers/:id/comments */
export const commentBody = z.object({
  body: z
    .string()
    .trim()
    .min(1, 'Le commentaire est vide.')
    .max(4000, 'Le commentaire ne peut pas dépasser 4 000 caractères.'),
});

// ---- Intake API for operator systems (/api/v1, OAuth2 client credentials) ----

export const intakeGoodsLine = z.object({
  hsCode: z.string().regex(/^\d{10}$/, 'Nomenclature : 10 chiffres.'),
  description: z.string().trim().min(2, 'Désignation obligatoire.').max(300),
  quantity: z.number().positive('La quantité doit être positive.').max(1e12),
  unit: z.string().min(1).max(20),
  value: z.number().nonnegative('La valeur ne peut pas être négative.').max(1e13),
  currency: z
    .string()
    .regex(/^[A-Z]{3}$/, 'Devise : code ISO 4217 (ex. MAD, EUR).')
    .default('MAD'),
  originCountry: z
    .string()
    .regex(/^[A-Z]{2}$/, 'Pays : code ISO 3166 à 2 lettres.')
    .optional(),
  /** Procedure-specific goods-line fields (validated against the definition). */
  fields: z.record(z.string(), z.unknown()).default({}),
});

export const intakeSubmission = z.object({
  procedure: z.string().regex(/^[A-Z]{2,6}$/, 'Code de procédure invalide.'),
  category: z.string().max(60).optional(),
  customsOffice: z.string().max(10).optional(),
  originCountry: z
    .string()
    .regex(/^[A-Z]{2}$/, 'Pays : code ISO 3166 à 2 lettres.')
    .optional(),
  /** Procedure-specific request fields (validated against the definition). */
  fields: z.record(z.string(), z.unknown()).default({}),
  goods: z.array(intakeGoodsLine).max(500).default([]),
});
export type IntakeSubmission = z.input<typeof intakeSubmission>;

export const intakeStatus = z.object({
  reference: z.string(),
  procedure: z.string(),
  state: codeLabel,
  submittedAt: z.string(),
  stateChangedAt: z.string(),
  decision: z.object({ number: z.string(), outcome: z.string(), decidedAt: z.string() }).nullable(),
  documents: z.array(
    z.object({ id: z.number().int(), kind: z.string(), name: z.string(), size: z.number().int() }),
  ),
});
export type IntakeStatus = z.infer<typeof intakeStatus>;

export const intakeHistory = z.object({
  reference: z.string(),
  events: z.array(
    z.object({
      at: z.string(),
      kind: z.string(),
      label: z.string(),
      fromState: z.string().nullable(),
      toState: z.string().nullable(),
    }),
  ),
});

/** Body of a webhook POST (header X-Portnet-Signature: sha256=<hex HMAC of `${timestamp}.${body}`>). */
export const stateChangeWebhook = z.object({
  id: z.string(),
  event: z.literal('dossier.state_changed'),
  reference: z.string(),
  procedure: z.string(),
  fromState: z.string().nullable(),
  toState: z.string(),
  at: z.string(),
  decisionNumber: z.string().nullable(),
});
export type StateChangeWebhook = z.infer<typeof stateChangeWebhook>;

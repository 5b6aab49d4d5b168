// Administration of the procedure catalogue (versioned definitions) and of reference data
// (countries, units, reasons). Messages are French: the server's validation is the reference.
import { z } from 'zod';
import { DIRECTIONS, localized, procedureDefinition } from './catalogue.ts';

const text = (max: number) =>
  z
    .string('Texte attendu.')
    .trim()
    .min(1, 'Ce champ est obligatoire.')
    .max(max, `${max} caractères au plus.`);

/** A label in the three languages, each required (French is the reference). */
export const localizedInput = z.object({ fr: text(200), ar: text(200), en: text(200) });

export const SLA_UNITS = ['working_days', 'working_hours'] as const;
export const MEDIA_TYPES = ['application/pdf', 'image/png', 'image/jpeg'] as const;

export const procedureVersionSource = z.enum(['code', 'admin']);

/** GET /api/admin/procedures — one row per procedure (current version). */
export const adminProcedureSummary = z.object({
  code: z.string(),
  name: localized,
  direction: z.enum(DIRECTIONS),
  ownerOrgCode: z.string(),
  ownerOrgName: z.string(),
  /** The owning organisation's name in the three languages. */
  ownerOrgNames: localized,
  version: z.number().int(),
  source: procedureVersionSource,
  updatedAt: z.string(),
  sla: z.object({
    amount: z.number().int(),
    unit: z.enum(SLA_UNITS),
    nearBreachHours: z.number().int().nullable().optional(),
  }),
  /** The reader may edit this procedure (platform administrator, or its organisation's). */
  canEdit: z.boolean(),
});
export type AdminProcedureSummary = z.infer<typeof adminProcedureSummary>;

export const procedureVersionInfo = z.object({
  version: z.number().int(),
  current: z.boolean(),
  source: procedureVersionSource,
  at: z.string(),
  author: z.string().nullable(),
  note: z.string().nullable(),
});
export type ProcedureVersionInfo = z.infer<typeof procedureVersionInfo>;

export const reasonItem = z.object({ code: z.string(), label: localized, active: z.boolean() });

/** GET /api/admin/procedures/:code[?version=] — a whole definition (current or an older version). */
export const adminProcedureDetail = z.object({
  summary: adminProcedureSummary,
  version: z.number().int(),
  definition: procedureDefinition,
  /** Parts changed by administrators relative to the code definition. */
  edited: z.array(z.enum(['name', 'categories', 'sla', 'documents', 'reasons'])),
  versions: z.array(procedureVersionInfo),
  /** Every coded reason of the kinds a procedure may restrict (reference data edited under
   * Référentiels); `definition.reasons` says which of them this procedure offers. */
  reasons: z.object({
    rejet: z.array(reasonItem),
    opinion: z.array(reasonItem),
  }),
});
export type AdminProcedureDetail = z.infer<typeof adminProcedureDetail>;

export const documentInput = z.object({
  kind: z
    .string('Texte attendu.')
    .trim()
    .regex(
      /^[a-z][a-z_]{1,39}$/,
      'Code de pièce : lettres minuscules et « _ » (2 à 40), ex. : facture_proforma.',
    ),
  label: localizedInput,
  required: z.boolean(),
  mediaTypes: z.array(z.enum(MEDIA_TYPES)).min(1, 'Au moins un format de fichier.'),
});

/** PUT /api/admin/procedures/:code — creates a new version from the editable parts. */
export const procedureEditBody = z.object({
  /** The version the administrator edited (optimistic concurrency: a stale one gets 409). */
  version: z.number().int().positive(),
  name: localizedInput,
  categories: z.array(z.object({ code: z.string(), label: localizedInput })),
  sla: z.object({
    amount: z
      .number('Nombre attendu.')
      .int('Nombre entier attendu.')
      .min(1, 'Au moins 1.')
      .max(365, '365 au plus.'),
    unit: z.enum(SLA_UNITS, 'Unité inconnue.'),
    /** « Délai bientôt dépassé » this many hours before the deadline (empty: the default). */
    nearBreachHours: z
      .number('Nombre attendu.')
      .int('Nombre entier attendu.')
      .min(1, 'Au moins 1.')
      .max(720, '720 au plus.')
      .nullable()
      .optional(),
  }),
  documents: z.array(documentInput).max(30, '30 pièces au plus.'),
  /** Reasons offered per kind: null (or absent) = every active reason of that kind; a list
   * restricts. Left out entirely, the current version's choice is kept. */
  reasons: z
    .object({
      rejet: z.array(z.string().max(40)).max(100).nullable().optional(),
      avis: z.array(z.string().max(40)).max(100).nullable().optional(),
    })
    .optional(),
  note: z.string().trim().max(500, '500 caractères au plus.').optional(),
});
export type ProcedureEditBody = z.infer<typeof procedureEditBody>;

// ---- reference data: countries, units, reasons ----

export const REFERENCE_TABLES = ['countries', 'units', 'reasons'] as const;
export type ReferenceTable = (typeof REFERENCE_TABLES)[number];
export const REASON_KINDS_ADMIN = ['rejet', 'avis', 'annulation', 'complement'] as const;

export const referenceItem = z.object({
  code: z.string(),
  /** reasons only: rejet, avis, annulation, complement. */
  kind: z.string().nullable(),
  labelFr: z.string(),
  labelAr: z.string(),
  labelEn: z.string(),
  /** Rows are never deleted (dossiers and decisions refer to them): they are deactivated. */
  active: z.boolean(),
});
export type ReferenceItem = z.infer<typeof referenceItem>;

const labels = { labelFr: text(200), labelAr: text(200), labelEn: text(200) };

/** Code format per table (the messages name the expected form). */
export const REFERENCE_CODE = {
  countries: z
    .string('Texte attendu.')
    .trim()
    .regex(/^[A-Z]{2}$/, 'Code ISO 3166 à 2 lettres majuscules (ex. : MA).'),
  units: z
    .string('Texte attendu.')
    .trim()
    .regex(
      /^[A-Za-z][A-Za-z0-9]{0,11}$/,
      'Code de 1 à 12 lettres ou chiffres, commençant par une lettre (ex. : kg).',
    ),
  reasons: z
    .string('Texte attendu.')
    .trim()
    .regex(/^[A-Z]{2,6}-[A-Z0-9]{2,20}$/, 'Code en majuscules : préfixe, tiret, suffixe (ex. : REJ-DOC).'),
} as const;

export const referenceCreateBody = z.object({
  code: z.string('Texte attendu.').trim().min(1, 'Ce champ est obligatoire.').max(30),
  kind: z.enum(REASON_KINDS_ADMIN, 'Type de motif inconnu.').optional(),
  ...labels,
});
export type ReferenceCreateBody = z.infer<typeof referenceCreateBody>;

export const referenceUpdateBody = z.object({ ...labels, active: z.boolean() });
export type ReferenceUpdateBody = z.infer<typeof referenceUpdateBody>;

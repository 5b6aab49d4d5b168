// The procedure catalogue: procedures are data (DESIGN.md §4 rule 7). A definition drives the menu,
// the list page (columns, filters), the dossier page (fields), the intake API's validation and the
// state machine. Server definitions live in apps/server/src/modules/catalogue/definitions/.
import { z } from 'zod';
import { ROLES } from './roles.ts';

export const localized = z.object({ fr: z.string().min(1), ar: z.string().min(1), en: z.string().min(1) });
export type Localized = z.infer<typeof localized>;
export type Lang = keyof Localized;

/** A label in the reader's language; French (the reference) when the language is unknown or empty. */
export const label = (l: Localized, lang: string): string => l[lang as Lang] || l.fr;

export const DIRECTIONS = ['import', 'export'] as const;
export type Direction = (typeof DIRECTIONS)[number];

/** Every dossier state any procedure may use; a procedure lists the ones it uses. */
export const DOSSIER_STATES = [
  'soumise',
  'en_instruction',
  'complement_demande',
  'attente_avis',
  'acceptee',
  'rejetee',
  'annulee',
  'transmise_douane',
  'imputee',
] as const;
export type DossierState = (typeof DOSSIER_STATES)[number];

/** States in which the SLA clock runs or is paused (not final). */
export const OPEN_STATES: readonly DossierState[] = [
  'soumise',
  'en_instruction',
  'complement_demande',
  'attente_avis',
];

/** The guide's wording for each state (fallback; the web translates by code). */
export const STATE_LABELS_FR: Record<DossierState, string> = {
  soumise: 'Soumise',
  en_instruction: "En cours d'instruction",
  complement_demande: 'Complément demandé',
  attente_avis: "En attente d'avis",
  acceptee: 'Acceptée',
  rejetee: 'Rejetée',
  annulee: 'Annulée',
  transmise_douane: 'Transmise à la douane',
  imputee: 'Imputée',
};

/** Opinion vocabularies: consulted bodies answer favorable/défavorable/réservé, inspection
 * bodies conforme/non conforme/conforme avec réserve. */
export const OPINION_VOCABULARIES = {
  avis: ['favorable', 'defavorable', 'reserve'],
  conformite: ['conforme', 'non_conforme', 'conforme_reserve'],
} as const;
export type OpinionVocabulary = keyof typeof OPINION_VOCABULARIES;
export const OPINION_LABELS_FR: Record<string, string> = {
  favorable: 'Favorable',
  defavorable: 'Défavorable',
  reserve: 'Réservé',
  conforme: 'Conforme',
  non_conforme: 'Non conforme',
  conforme_reserve: 'Conforme avec réserve',
  en_attente: 'En attente',
  partage: 'Partagé',
};

export const FIELD_TYPES = [
  'text',
  'textarea',
  'number',
  'integer',
  'date',
  'select',
  'country',
  'customs_office',
  'hs_code',
  'unit',
  'currency',
  'boolean',
] as const;
export type FieldType = (typeof FIELD_TYPES)[number];

export const fieldDefinition = z.object({
  key: z.string().regex(/^[a-z][a-zA-Z0-9]*$/),
  type: z.enum(FIELD_TYPES),
  label: localized,
  required: z.boolean().default(false),
  /** select: allowed values with their labels. */
  options: z.array(z.object({ value: z.string(), label: localized })).optional(),
  min: z.number().optional(),
  max: z.number().optional(),
  maxLength: z.number().int().optional(),
  pattern: z.string().optional(),
  /** shown only when another field has one of these values (e.g. accord only for ALE). */
  when: z.object({ field: z.string(), in: z.array(z.string()) }).optional(),
  help: localized.optional(),
});
export type FieldDefinition = z.infer<typeof fieldDefinition>;

/** List columns: the identifiers the list endpoint accepts as `sort` and returns in `columns`. */
export const LIST_COLUMNS = [
  'reference',
  'category',
  'importer',
  'submittedAt',
  'opinion',
  'customsOffice',
  'goods',
  'hsCode',
  'decisionNumber',
  'state',
] as const;
export type ListColumn = (typeof LIST_COLUMNS)[number];

/** List filters the list endpoint understands; a procedure offers a subset. */
export const LIST_FILTERS = [
  'reference',
  'category',
  'state',
  'submittedFrom',
  'submittedTo',
  'importer',
  'customsOffice',
  'hsCode',
  'goods',
] as const;
export type ListFilter = (typeof LIST_FILTERS)[number];

export const columnDefinition = z.object({ key: z.enum(LIST_COLUMNS), label: localized });
export const filterDefinition = z.object({ key: z.enum(LIST_FILTERS), label: localized });

export const transitionDefinition = z.object({
  /** Use-case name (issue 5 implements them): instruct, requestComplement, complete, requestOpinions,
   * accept, reject, cancel, sendToCustoms, impute. */
  action: z.string(),
  from: z.array(z.enum(DOSSIER_STATES)),
  to: z.enum(DOSSIER_STATES),
  roles: z.array(z.enum(ROLES)),
  /** who acts: the owning organisation's agents, the operator (API), customs (ADII) or the system. */
  actor: z.enum(['owner', 'operator', 'customs', 'system']).default('owner'),
  label: localized,
});
export type TransitionDefinition = z.infer<typeof transitionDefinition>;

export const documentRequirement = z.object({
  kind: z.string().regex(/^[a-z_]+$/),
  label: localized,
  required: z.boolean(),
  /** allowed media types (checked by magic bytes on upload). */
  mediaTypes: z.array(z.enum(['application/pdf', 'image/png', 'image/jpeg'])),
});
export type DocumentRequirement = z.infer<typeof documentRequirement>;

export const procedureDefinition = z.object({
  code: z.string().regex(/^[A-Z]{2,6}$/),
  slug: z.string().regex(/^[a-z0-9-]+$/),
  name: localized,
  /** Short label used for « N° DFD »-style filter names. */
  shortName: z.string(),
  direction: z.enum(DIRECTIONS),
  ownerOrg: z.string(),
  opinionOrgs: z.array(z.string()),
  opinionVocabulary: z.enum(['avis', 'conformite']),
  /** Roles of the owning organisation that see the procedure in the menu. */
  roles: z.array(z.enum(ROLES)),
  categories: z.array(z.object({ code: z.string(), label: localized })),
  requestFields: z.array(fieldDefinition),
  goodsLineFields: z.array(fieldDefinition),
  goodsLines: z.object({ min: z.number().int().min(0), max: z.number().int().max(500) }),
  listColumns: z.array(columnDefinition),
  filters: z.array(filterDefinition),
  workflow: z.object({
    initial: z.enum(DOSSIER_STATES),
    states: z.array(z.enum(DOSSIER_STATES)),
    transitions: z.array(transitionDefinition),
  }),
  sla: z.object({
    amount: z.number().int().positive(),
    unit: z.enum(['working_days', 'working_hours']),
    /** « Délai bientôt dépassé » is notified this many hours before the deadline (default 24). */
    nearBreachHours: z.number().int().positive().max(720).optional(),
  }),
  /** e.g. `DFD-{YYYY}-{NNNNNN}`: year of submission and a gapless per-procedure-per-year number. */
  referenceFormat: z.string(),
  decisionNumberFormat: z.string(),
  documents: z.array(documentRequirement),
  /** The coded reasons (table `reason`) this procedure's processing offers and accepts, per kind:
   * `rejet` for a rejection proposal, `avis` for an opinion. A kind left out offers every active
   * reason of that kind (the default, and what the code definitions say); a list restricts to
   * those codes (an administrator's edit, versioned like the other editable parts). */
  reasons: z
    .object({ rejet: z.array(z.string()).optional(), avis: z.array(z.string()).optional() })
    .optional(),
});
export type ProcedureDefinition = z.infer<typeof procedureDefinition>;
/** Kinds of reasons a procedure may restrict. */
export const PROCEDURE_REASON_KINDS = ['rejet', 'avis'] as const;
export type ProcedureReasonKind = (typeof PROCEDURE_REASON_KINDS)[number];
export type ProcedureDefinitionInput = z.input<typeof procedureDefinition>;

/** GET /api/catalogue/procedures/:code — the definition plus what the web needs to label it. */
export const procedureResponse = z.object({
  version: z.number().int(),
  ownerOrgName: z.string(),
  definition: procedureDefinition,
});
export type ProcedureResponse = z.infer<typeof procedureResponse>;

/** GET /api/navigation */
export const navigationResponse = z.object({
  procedures: z.array(
    z.object({ code: z.string(), slug: z.string(), direction: z.enum(DIRECTIONS), name: z.string() }),
  ),
});
export type NavigationResponse = z.infer<typeof navigationResponse>;

/** Reference-data lookups: GET /api/reference/customs-offices | countries | units, /api/reference/hs?q= */
export const customsOfficeItem = z.object({ code: z.string(), name: z.string(), city: z.string() });
export const countryItem = z.object({ code: z.string(), name: z.string() });
export const unitItem = z.object({ code: z.string(), label: z.string() });
export const hsItem = z.object({
  code: z.string(),
  /** French (the reference). */
  label: z.string(),
  level: z.number().int(),
  /** The label in three languages; '' where the nomenclature has no translation (French shown). */
  labels: z.object({ fr: z.string(), ar: z.string(), en: z.string() }),
});
export const referenceListResponse = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item) });
export type CustomsOfficeItem = z.infer<typeof customsOfficeItem>;
export type CountryItem = z.infer<typeof countryItem>;
export type UnitItem = z.infer<typeof unitItem>;
export type HsItem = z.infer<typeof hsItem>;
export const hsSearchQuery = z.object({
  q: z.string().trim().min(2, 'Saisissez au moins 2 caractères.').max(100),
  limit: z.coerce.number().int().min(1).max(50).default(20),
});

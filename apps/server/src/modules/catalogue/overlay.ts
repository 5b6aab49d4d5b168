// Administrators' edits to a procedure, kept as an overlay on the code definition.
//
// The rule (ADR-less, documented in ARCHITECTURE.md): the TypeScript definition is the base —
// structure (fields, columns, filters, workflow, numbering, roles, opinion bodies) only ever comes
// from code. An administrator may change the editable parts only: names, category labels, SLA,
// required documents and the coded reasons the procedure offers. The overlay records just the parts that differ from the base at the time of
// the edit, so a later code change to a part nobody edited still reaches production, and a part an
// administrator edited keeps the administrator's value across restarts and code changes.
import {
  type DocumentRequirement,
  type Localized,
  PROCEDURE_REASON_KINDS,
  type ProcedureDefinition,
  type ProcedureReasonKind,
} from '@portail/contracts';

export interface ProcedureOverlay {
  name?: Localized;
  /** Category code → label (codes are structure; only labels are editable). */
  categories?: Record<string, Localized>;
  sla?: Sla;
  /** When present, the whole list of required documents (added, removed, renamed). */
  documents?: DocumentRequirement[];
  /** Per kind, the reason codes offered (a kind left out: every active reason, as the base). */
  reasons?: Reasons;
}

type Reasons = Partial<Record<ProcedureReasonKind, string[]>>;
/** Per kind: null = every active reason of the kind; a list = only those codes. */
export type ReasonChoice = Record<ProcedureReasonKind, string[] | null>;

/** What the editor shows and sends. */
export interface EditableParts {
  name: Localized;
  categories: { code: string; label: Localized }[];
  sla: Sla;
  documents: DocumentRequirement[];
  reasons: ReasonChoice;
}

type Sla = ProcedureDefinition['sla'];

/** Canonical reasons: sorted, without duplicates; null (every reason) when no kind restricts. */
const reasons = (r: Partial<Record<ProcedureReasonKind, string[] | null>> | undefined): Reasons | null => {
  const out: Reasons = {};
  for (const k of PROCEDURE_REASON_KINDS) {
    const codes = r?.[k];
    if (codes) out[k] = [...new Set(codes)].sort();
  }
  return Object.keys(out).length > 0 ? out : null;
};
export const reasonChoice = (def: ProcedureDefinition): ReasonChoice => ({
  rejet: def.reasons?.rejet ?? null,
  avis: def.reasons?.avis ?? null,
});

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);
/** Canonical SLA (fixed key order; the near-breach threshold only when set). */
const sla = (s: Sla): Sla => {
  const near = (s as { nearBreachHours?: number | null }).nearBreachHours;
  return { amount: s.amount, unit: s.unit, ...(near ? { nearBreachHours: near } : {}) } as Sla;
};
const loc = (l: Localized): Localized => ({ fr: l.fr, ar: l.ar, en: l.en });
const doc = (d: DocumentRequirement): DocumentRequirement => ({
  kind: d.kind,
  label: loc(d.label),
  required: d.required,
  mediaTypes: [...d.mediaTypes],
});

export function editableParts(def: ProcedureDefinition): EditableParts {
  return {
    name: loc(def.name),
    categories: def.categories.map((c) => ({ code: c.code, label: loc(c.label) })),
    sla: sla(def.sla),
    documents: def.documents.map(doc),
    reasons: reasonChoice(def),
  };
}

const withReasons = (r: Reasons | undefined) => {
  const canonical = reasons(r);
  return canonical ? { reasons: canonical } : {};
};

/** The base with the overlay's parts applied. Category labels for codes the base no longer has
 * are ignored (the code removed the category). */
export function applyOverlay(
  base: ProcedureDefinition,
  overlay: ProcedureOverlay | null,
): ProcedureDefinition {
  if (!overlay) return base;
  const { reasons: baseReasons, ...rest } = base;
  return {
    ...rest,
    name: overlay.name ? loc(overlay.name) : base.name,
    categories: base.categories.map((c) => {
      const label = overlay.categories?.[c.code];
      return label ? { ...c, label: loc(label) } : c;
    }),
    sla: overlay.sla ? sla(overlay.sla) : base.sla,
    documents: overlay.documents ? overlay.documents.map(doc) : base.documents,
    ...withReasons(overlay.reasons ?? baseReasons),
  };
}

/** The overlay that turns `base` into `edited`: only the parts that differ; null when none does. */
export function overlayFrom(base: ProcedureDefinition, edited: EditableParts): ProcedureOverlay | null {
  const o: ProcedureOverlay = {};
  if (!same(loc(base.name), loc(edited.name))) o.name = loc(edited.name);
  const categories: Record<string, Localized> = {};
  for (const c of base.categories) {
    const e = edited.categories.find((x) => x.code === c.code);
    if (e && !same(loc(c.label), loc(e.label))) categories[c.code] = loc(e.label);
  }
  if (Object.keys(categories).length > 0) o.categories = categories;
  if (!same(sla(base.sla), sla(edited.sla))) o.sla = sla(edited.sla);
  const documents = edited.documents.map(doc);
  if (!same(base.documents.map(doc), documents)) o.documents = documents;
  const edReasons = reasons(edited.reasons);
  // Stored whole: a present `reasons` replaces the base's choice for every kind, so {} means
  // « every active reason » even if a later code definition restricts.
  if (!same(reasons(base.reasons), edReasons)) o.reasons = edReasons ?? {};
  return Object.keys(o).length > 0 ? o : null;
}

// Use cases of the list and dossier pages: list (keyset), dossier detail, internal comments,
// column preferences, documents, export rows.

import { createHash } from 'node:crypto';
import {
  type DossierDetail,
  type DossierListParams,
  type DossierListResponse,
  EXACT_TOTAL_LIMIT,
  type ListColumn,
  type Localized,
  OPEN_STATES,
  OPINION_LABELS_FR,
  type ProcedureDefinition,
  type SessionUser,
  STATE_LABELS_FR,
} from '@portail/contracts';
import type { Db } from '../../db/client.ts';
import type { SqlFragment } from '../../db/sql.ts';
import { audit } from '../../platform/audit.ts';
import { MINUTE } from '../../platform/clock.ts';
import type { AppDeps } from '../../platform/deps.ts';
import { AppError } from '../../platform/errors.ts';
import { type ReadCache, readCacheFor } from '../../platform/read-cache.ts';
import { catalogueFor, definitionAt, type LoadedProcedure, procedureForUser } from '../catalogue/service.ts';
import { actionsFor, type DossierAccess, dossierAccess, listVisibility } from './policy.ts';
import * as repo from './repo.ts';

const stateLabel = (s: string) => ({
  code: s,
  label: STATE_LABELS_FR[s as keyof typeof STATE_LABELS_FR] ?? s,
});
/** A category in the three languages (of the definition version the dossier was submitted under). */
const categoryLabel = (def: ProcedureDefinition, c: string | null) => {
  if (c === null) return null;
  const labels = def.categories.find((x) => x.code === c)?.label;
  return labels ? { code: c, label: labels.fr, labels } : { code: c, label: c };
};

/** French label plus, when all three are known, the three languages (reference data columns). */
const named = (code: string, fr: string | null, ar?: string | null, en?: string | null) =>
  fr && ar && en ? { code, label: fr, labels: { fr, ar, en } } : { code, label: fr ?? code };

const YES_NO: Record<'yes' | 'no', Localized> = {
  yes: { fr: 'Oui', ar: 'نعم', en: 'Yes' },
  no: { fr: 'Non', ar: 'لا', en: 'No' },
};
const SIGNED_DECISION: Localized = { fr: 'Décision signée', ar: 'القرار الموقع', en: 'Signed decision' };
/** Documents a consulted organisation attaches to its opinion (processing: kind « avis »). */
const OPINION_DOCUMENT: Localized = {
  fr: "Document joint à l'avis",
  ar: 'وثيقة مرفقة بالرأي',
  en: 'Document attached to the opinion',
};

const referencePatterns = new WeakMap<ProcedureDefinition, RegExp>();

/** A complete reference for the procedure (e.g. DFD-2026-000123), for the exact-match filter. */
export function referencePattern(def: ProcedureDefinition): RegExp {
  let pattern = referencePatterns.get(def);
  if (!pattern) {
    pattern = buildReferencePattern(def);
    referencePatterns.set(def, pattern);
  }
  return pattern;
}

function buildReferencePattern(def: ProcedureDefinition): RegExp {
  const body = def.referenceFormat
    .replace(/[.*+?^$()|[\]\\]/g, '\\$&')
    .replace('{YYYY}', '\\d{4}')
    .replace(/\{(N+)\}/, (_m, n: string) => `\\d{${n.length}}`);
  return new RegExp(`^${body}$`);
}

// ---- cursor: base64url JSON [sort, dir, value, id, backward] ----

interface Cursor {
  value: string;
  id: number;
  backward: boolean;
}

export function encodeCursor(
  sort: ListColumn,
  dir: string,
  value: string,
  id: number,
  backward: boolean,
): string {
  return Buffer.from(JSON.stringify([sort, dir, value, id, backward ? 1 : 0])).toString('base64url');
}

export function decodeCursor(raw: string, sort: ListColumn, dir: string): Cursor {
  const invalid = new AppError('VALIDATION', 'Curseur de pagination invalide : relancez la recherche.', {
    fields: [{ path: 'cursor', message: 'Curseur de pagination invalide.' }],
  });
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8'));
  } catch {
    throw invalid;
  }
  if (
    !Array.isArray(parsed) ||
    parsed.length !== 5 ||
    parsed[0] !== sort ||
    parsed[1] !== dir ||
    typeof parsed[2] !== 'string' ||
    parsed[2].length > 400 ||
    !Number.isSafeInteger(parsed[3]) ||
    (parsed[4] !== 0 && parsed[4] !== 1)
  )
    throw invalid;
  if (sort === 'submittedAt' && Number.isNaN(Date.parse(parsed[2]))) throw invalid;
  return { value: parsed[2], id: parsed[3], backward: parsed[4] === 1 };
}

export type ListFilterParams = Omit<DossierListParams, 'sort' | 'dir' | 'pageSize' | 'cursor'>;

/** Resolves the procedure and the user's scope, validates filters against the definition. */
export async function listScope(deps: AppDeps, user: SessionUser, code: string, filters: ListFilterParams) {
  const { procedure } = await procedureForUser(deps, user, code);
  const visibility = listVisibility(user, procedure);
  if (!visibility) throw new AppError('NOT_FOUND', 'Procédure introuvable.');
  const def = procedure.definition;
  if (filters.category && !def.categories.some((c) => c.code === filters.category)) {
    throw new AppError('VALIDATION', 'Certaines valeurs saisies sont invalides.', {
      fields: [{ path: 'category', message: `Catégorie inconnue pour la procédure ${def.code}.` }],
    });
  }
  if (filters.state && !def.workflow.states.includes(filters.state)) {
    throw new AppError('VALIDATION', 'Certaines valeurs saisies sont invalides.', {
      fields: [{ path: 'state', message: `État inconnu pour la procédure ${def.code}.` }],
    });
  }
  if (filters.submittedFrom && filters.submittedTo && filters.submittedFrom > filters.submittedTo) {
    throw new AppError('VALIDATION', 'Certaines valeurs saisies sont invalides.', {
      fields: [{ path: 'submittedTo', message: 'La date de fin précède la date de début.' }],
    });
  }
  if (filters.processingDays && !repo.processingDaysBuckets(filters.processingDays)) {
    throw new AppError('VALIDATION', 'Certaines valeurs saisies sont invalides.', {
      fields: [
        {
          path: 'processingDays',
          message:
            'Délai de traitement : bornes en jours entiers de 0 à 30, puis 45, 60, 90 ou 180, la première inférieure à la seconde.',
        },
      ],
    });
  }
  const importerOperatorIds = repo.filtersByImporterName(filters)
    ? await cachedOperatorsNamedLike(deps, filters.importer)
    : undefined;
  const where = [
    repo.visibilityCondition(code, visibility),
    ...repo.filterConditions({ ...filters, importerOperatorIds }, referencePattern(def), deps.clock.now()),
  ];
  return { procedure, where };
}

const operatorMatches = new WeakMap<Db, ReadCache<number[] | null>>();
/** Beyond this many operators a name part is too common for an id list to help (nor to be kept). */
const MAX_CACHED_OPERATORS = 500;

/**
 * The operators a part of a name designates, from a per-process cache (ADR 0004): the trigram
 * search over the register costs more than the page it narrows on the embedded database (1–7 ms on
 * PGlite), and a user paging through a filtered list repeats it on every page. Undefined — the
 * search then stays inside the list's statements — without the cache (READ_CACHE_MS=0) or when
 * the part is common to more than MAX_CACHED_OPERATORS operators.
 */
async function cachedOperatorsNamedLike(deps: AppDeps, text: string): Promise<number[] | undefined> {
  if (deps.config.READ_CACHE_MS === 0) return undefined;
  const key = text.toLowerCase();
  const ids = await readCacheFor(operatorMatches, deps.db, deps.config.READ_CACHE_MS).through(
    key,
    async () => {
      const found = await repo.operatorsNamedLike(deps.db, key, MAX_CACHED_OPERATORS + 1);
      return found.length > MAX_CACHED_OPERATORS ? null : found;
    },
  );
  return ids ?? undefined;
}

export function presentListRow(def: ProcedureDefinition, r: repo.ListRow) {
  return {
    id: Number(r.id),
    reference: r.reference,
    category: categoryLabel(def, r.category),
    importer: { name: r.importer_name, ice: r.importer_ice },
    submittedAt: new Date(r.submitted_at).toISOString(),
    opinion: r.opinion_summary
      ? { code: r.opinion_summary, label: OPINION_LABELS_FR[r.opinion_summary] ?? r.opinion_summary }
      : null,
    customsOffice: r.customs_office_code
      ? { code: r.customs_office_code, label: r.customs_office_name ?? r.customs_office_code }
      : null,
    goods: r.goods_summary,
    hsCode: r.main_hs_code,
    decisionNumber: r.decision_number,
    state: stateLabel(r.state),
  };
}

const listTotals = new WeakMap<Db, ReadCache<{ n: number; columns: unknown } | undefined>>();

/**
 * The total and the user's columns, from a per-process cache (ADR 0004) while no write has been
 * made through this process and for at most READ_CACHE_MS: paging through a list, or opening it
 * again, then costs one statement instead of a count of up to 10,001 rows each time.
 */
function countAndPreferences(deps: AppDeps, where: SqlFragment[], userId: number, code: string) {
  const q = repo.countAndPreferencesQuery(where, userId, code);
  const { text, values } = q.toQuery();
  // Keyed by a hash of the statement and its values (with a list of operators they can be
  // kilobytes long): the 5,000 entries stay small.
  const key = createHash('sha256')
    .update(text)
    .update('\u0000')
    .update(JSON.stringify(values))
    .digest('base64');
  return readCacheFor(listTotals, deps.db, deps.config.READ_CACHE_MS, 5000).through(key, () =>
    deps.db.one<{ n: number; columns: unknown }>(q),
  );
}

export async function listDossiers(
  deps: AppDeps,
  user: SessionUser,
  code: string,
  params: DossierListParams,
): Promise<DossierListResponse> {
  const { sort, dir, pageSize, cursor: rawCursor, ...filters } = params;
  const { procedure, where } = await listScope(deps, user, code, filters);
  const cursor = rawCursor ? decodeCursor(rawCursor, sort, dir) : undefined;
  // The page and the count run side by side (two pool connections on a server).
  const [rows, meta] = await Promise.all([
    deps.db.query<repo.ListRow>(
      repo.listPageQuery({
        where,
        sort,
        dir,
        after: cursor,
        backward: cursor?.backward,
        limit: pageSize + 1,
        twoSteps: repo.filtersByImporterName(filters),
      }),
    ),
    countAndPreferences(deps, where, user.id, code),
  ]);
  const more = rows.length > pageSize;
  let page = rows.slice(0, pageSize);
  let nextCursor: string | null = null;
  let prevCursor: string | null = null;
  if (cursor?.backward) {
    page = page.reverse();
    if (page.length > 0) {
      nextCursor = encodeCursor(
        sort,
        dir,
        page[page.length - 1].sort_value,
        Number(page[page.length - 1].id),
        false,
      );
      if (more) prevCursor = encodeCursor(sort, dir, page[0].sort_value, Number(page[0].id), true);
    }
  } else if (page.length > 0) {
    if (more)
      nextCursor = encodeCursor(
        sort,
        dir,
        page[page.length - 1].sort_value,
        Number(page[page.length - 1].id),
        false,
      );
    if (cursor) prevCursor = encodeCursor(sort, dir, page[0].sort_value, Number(page[0].id), true);
  }
  const n = meta?.n ?? 0;
  const columns = Array.isArray(meta?.columns) ? (meta.columns as ListColumn[]) : null;
  const def = procedure.definition;
  return {
    items: page.map((r) => presentListRow(def, r)),
    total: n > EXACT_TOTAL_LIMIT ? { count: EXACT_TOTAL_LIMIT, exact: false } : { count: n, exact: true },
    nextCursor,
    prevCursor,
    pageSize,
    sort,
    dir,
    columns,
  };
}

export async function saveListColumns(deps: AppDeps, user: SessionUser, code: string, columns: ListColumn[]) {
  const { procedure } = await procedureForUser(deps, user, code);
  const allowed = new Set(procedure.definition.listColumns.map((c) => c.key));
  const unique = [...new Set(columns)];
  const unknown = unique.filter((c) => !allowed.has(c));
  if (unknown.length > 0) {
    throw new AppError('VALIDATION', 'Certaines valeurs saisies sont invalides.', {
      fields: [{ path: 'columns', message: `Colonnes inconnues : ${unknown.join(', ')}.` }],
    });
  }
  await repo.saveColumns(deps.db, user.id, code, unique);
  return { columns: unique };
}

/** Loads a dossier the user may see, or 404 — the same answer whether it exists or not (S32). */
export async function loadVisibleDossier(deps: AppDeps, user: SessionUser, id: number) {
  const row = await repo.dossierById(deps.db, id, user.organisation.id);
  const cat = await catalogueFor(deps);
  const procedure = row ? cat.byCode.get(row.procedure_code) : undefined;
  const access = row && procedure ? dossierAccess(user, procedure, row) : null;
  if (!row || !procedure || !access) throw new AppError('NOT_FOUND', 'Dossier introuvable.');
  return { row, procedure, access };
}

function slaOf(row: repo.DossierRow, now: Date): DossierDetail['sla'] {
  if (!row.sla_due_at || !(OPEN_STATES as readonly string[]).includes(row.state)) return null;
  const due = new Date(row.sla_due_at);
  const paused = row.sla_paused_at !== null;
  const reference = paused ? new Date(row.sla_paused_at!) : now;
  const remainingMinutes = Math.floor((due.getTime() - reference.getTime()) / MINUTE);
  return { dueAt: due.toISOString(), remainingMinutes, overdue: remainingMinutes < 0, paused };
}

/** The display value of a request field: French, plus the three languages when it is coded. */
function displayValue(
  def: ProcedureDefinition,
  key: string,
  value: unknown,
  countryNames: Map<string, Localized>,
): { value: string; values?: Localized } {
  const field = def.requestFields.find((f) => f.key === key);
  if (value === null || value === undefined) return { value: '' };
  let values: Localized | undefined;
  if (field?.type === 'select') values = field.options?.find((o) => o.value === value)?.label;
  else if (field?.type === 'country') values = countryNames.get(String(value));
  else if (field?.type === 'boolean') values = value ? YES_NO.yes : YES_NO.no;
  return values ? { value: values.fr, values } : { value: String(value) };
}

const HISTORY_LABELS: Record<string, string> = {
  submitted: 'Demande soumise',
  state_changed: "Changement d'état",
  assigned: 'Dossier affecté',
  opinion_requested: 'Avis demandé',
  opinion_given: 'Avis rendu',
  decided: 'Décision prise',
  document_added: 'Document ajouté',
  comment_added: 'Commentaire interne ajouté',
  complement_requested: 'Complément demandé',
  complement_answered: 'Complément reçu',
  decision_proposed: 'Décision proposée',
  customs_sent: 'Transmise à la douane',
  customs_imputed: 'Imputée par la douane',
  cancelled: 'Demande annulée',
};

export const historyLabel = (e: Pick<repo.EventRow, 'kind' | 'to_state'>): string =>
  e.kind === 'state_changed' && e.to_state
    ? `État : ${STATE_LABELS_FR[e.to_state as keyof typeof STATE_LABELS_FR] ?? e.to_state}`
    : (HISTORY_LABELS[e.kind] ?? e.kind);

export async function getDossier(deps: AppDeps, user: SessionUser, id: number): Promise<DossierDetail> {
  const { row, procedure, access } = await loadVisibleDossier(deps, user, id);
  const def = await definitionAt(deps, row.procedure_code, row.procedure_version);
  const dossierId = Number(row.id);
  // Bounded: 1 statement above + this one (+1 when an older definition version is first read).
  // The actions the reader may take now (processing's provider) are read at the same time.
  const [{ goods, documents: docs, opinions, decision, events: history, comments }, actions] =
    await Promise.all([
      repo.dossierParts(deps.db, dossierId, {
        opinionsOfOrg: access.opinions === 'all' ? null : user.organisation.id,
        publicEventsOnly: access.relation !== 'owner',
        withComments: access.comments,
      }),
      actionsFor({ user, procedure, dossier: row, access, db: deps.db }),
    ]);
  const countryNames = new Map<string, Localized>(Object.entries(row.data_countries ?? {}));
  const docKind = (kind: string) => {
    const labels =
      def.documents.find((d) => d.kind === kind)?.label ??
      (kind === 'decision' ? SIGNED_DECISION : kind === 'avis' ? OPINION_DOCUMENT : null);
    return labels ? { code: kind, label: labels.fr, labels } : { code: kind, label: kind };
  };
  const base = `/api/dossiers/${dossierId}/documents`;
  const presentDocument = (d: repo.DossierParts['documents'][number]) => ({
    id: Number(d.id),
    kind: docKind(d.kind),
    name: d.original_name,
    mediaType: d.media_type,
    size: d.size_bytes,
    uploadedAt: new Date(d.uploaded_at).toISOString(),
    downloadUrl: `${base}/${d.id}`,
    previewUrl: ['application/pdf', 'image/png', 'image/jpeg'].includes(d.media_type)
      ? `${base}/${d.id}?inline=1`
      : null,
  });
  const docById = new Map(docs.map((d) => [Number(d.id), d]));
  const iso = (d: string | null) => (d ? new Date(d).toISOString() : null);
  return {
    id: dossierId,
    reference: row.reference,
    version: row.version,
    procedure: {
      code: def.code,
      version: row.procedure_version,
      slug: def.slug,
      name: def.name.fr,
      names: def.name,
      direction: def.direction,
    },
    category: categoryLabel(def, row.category),
    state: stateLabel(row.state),
    submittedAt: new Date(row.submitted_at).toISOString(),
    stateChangedAt: new Date(row.state_changed_at).toISOString(),
    channel: row.channel,
    sla: slaOf(row, deps.clock.now()),
    operator: {
      raisonSociale: row.raison_sociale,
      ice: row.ice,
      rc: row.rc,
      address: row.address,
      city: row.city,
    },
    customsOffice: row.customs_office_code
      ? { code: row.customs_office_code, label: row.customs_office_name ?? row.customs_office_code }
      : null,
    originCountry: row.origin_country
      ? named(
          row.origin_country,
          row.origin_country_name,
          row.origin_country_name_ar,
          row.origin_country_name_en,
        )
      : null,
    fields: def.requestFields
      .filter((f) => row.data[f.key] !== undefined && row.data[f.key] !== null)
      .map((f) => ({
        key: f.key,
        label: f.label.fr,
        labels: f.label,
        ...displayValue(def, f.key, row.data[f.key], countryNames),
      })),
    goods: goods.map((g) => ({
      lineNo: g.line_no,
      hsCode: g.hs_code,
      hsLabel: g.hs_label,
      // '' where the nomenclature has no translation: the page shows the French label, marked so.
      ...(g.hs_label
        ? { hsLabels: { fr: g.hs_label, ar: g.hs_label_ar ?? '', en: g.hs_label_en ?? '' } }
        : {}),
      description: g.description,
      quantity: g.quantity,
      unit: named(g.unit_code, g.unit_label, g.unit_label_ar, g.unit_label_en),
      value: g.value_amount,
      currency: g.currency,
      originCountry: g.origin_country
        ? named(g.origin_country, g.origin_name, g.origin_name_ar, g.origin_name_en)
        : null,
    })),
    // An opinion's own documents are shown with the opinion (and only to whoever sees the opinion).
    documents: docs.filter((d) => d.kind !== 'avis').map(presentDocument),
    opinions: opinions.map((o) => ({
      organisation: named(o.org_code, o.org_name, o.org_name_ar, o.org_name_en),
      round: o.round,
      requestedAt: new Date(o.requested_at).toISOString(),
      dueAt: iso(o.due_at),
      opinion: o.opinion ? { code: o.opinion, label: OPINION_LABELS_FR[o.opinion] ?? o.opinion } : null,
      reasons: o.reasons,
      comment: o.comment,
      givenAt: iso(o.given_at),
      givenBy: o.given_by,
      documents: o.document_ids.flatMap((docId) => {
        const doc = docById.get(Number(docId));
        return doc ? [presentDocument(doc)] : [];
      }),
    })),
    decision: decision
      ? {
          number: decision.number,
          outcome: {
            code: decision.outcome,
            label: decision.outcome === 'acceptee' ? 'Acceptée' : 'Rejetée',
          },
          decidedAt: new Date(decision.decided_at).toISOString(),
          validFrom: decision.valid_from,
          validUntil: decision.valid_until,
          reasons: decision.reasons,
          motivation: decision.motivation,
        }
      : null,
    history: history.map((e) => ({
      id: Number(e.id),
      at: new Date(e.at).toISOString(),
      kind: e.kind,
      label: historyLabel(e),
      actor: e.actor_label,
      fromState: e.from_state ? stateLabel(e.from_state) : null,
      toState: e.to_state ? stateLabel(e.to_state) : null,
      details: e.details,
    })),
    comments:
      comments?.map((c) => ({
        id: Number(c.id),
        author: c.author,
        organisation: c.organisation,
        body: c.body,
        createdAt: new Date(c.created_at).toISOString(),
      })) ?? null,
    assignee: row.assignee_user_id
      ? { id: row.assignee_user_id, displayName: row.assignee_name ?? '' }
      : null,
    actions,
    canComment: access.canComment,
  };
}

export async function addComment(deps: AppDeps, user: SessionUser, id: number, body: string, ip: string) {
  const { row, access } = await loadVisibleDossier(deps, user, id);
  if (!access.canComment)
    throw new AppError('FORBIDDEN', "Vous n'avez pas les droits nécessaires pour cette action.");
  const now = deps.clock.now();
  const dossierId = Number(row.id);
  return deps.db.transaction(async (tx) => {
    const commentId = await repo.insertComment(tx, {
      dossierId,
      userId: user.id,
      orgId: user.organisation.id,
      body,
      at: now,
    });
    // Internal: the event is hidden from the operator and carries no text (the comment has it).
    await repo.insertEvent(tx, {
      dossierId,
      at: now,
      kind: 'comment_added',
      actorUserId: user.id,
      actorOrgId: user.organisation.id,
      actorLabel: user.displayName,
      public: false,
    });
    await audit(tx, now, {
      event: 'dossier.comment_added',
      actor: { userId: user.id, orgId: user.organisation.id, label: user.username, ip },
      objectType: 'dossier',
      objectId: dossierId,
      details: { commentId },
    });
    return { id: commentId };
  });
}

export async function documentForUser(
  deps: AppDeps,
  user: SessionUser,
  dossierId: number,
  documentId: number,
) {
  const { access } = await loadVisibleDossier(deps, user, dossierId);
  const doc = await repo.documentById(deps.db, dossierId, documentId);
  // A consulted organisation sees its own opinion's documents, not another organisation's (S32).
  const hidden =
    doc?.kind === 'avis' && access.opinions !== 'all' && doc.uploader_org_id !== user.organisation.id;
  if (!doc || hidden) throw new AppError('NOT_FOUND', 'Document introuvable.');
  return doc;
}

export type { DossierAccess, LoadedProcedure };

// Live answers about the user's own work. Every dossier read goes through the dossiers module's
// visibility rule (loadVisibleDossier, listVisibility + visibilityCondition), so TijarIA can never
// reveal more than the dossier list and page do — and an invisible dossier reads exactly like a
// non-existent one.
import { OPEN_STATES, type SessionUser } from '@portail/contracts';
import { type SqlFragment, sql } from '../../db/sql.ts';
import type { AppDeps } from '../../platform/deps.ts';
import { AppError } from '../../platform/errors.ts';
import { catalogueFor } from '../catalogue/service.ts';
import { listVisibility } from '../dossiers/policy.ts';
import { filterConditions, visibilityCondition } from '../dossiers/repo.ts';
import { loadVisibleDossier } from '../dossiers/service.ts';
import type { Period } from './intent.ts';

export interface VisibleDossier {
  id: number;
  reference: string;
  procedureCode: string;
  procedureName: { fr: string; ar: string; en: string };
  state: string;
  stateChangedAt: Date;
  slaDueAt: Date | null;
  slaPausedAt: Date | null;
  decisionNumber: string | null;
  decisionOutcome: string | null;
  decidedAt: Date | null;
}

/** The dossier with this reference if the user may see it; null otherwise (never « exists »). */
export async function visibleDossierByReference(
  deps: AppDeps,
  user: SessionUser,
  reference: string,
): Promise<VisibleDossier | null> {
  const found = await deps.db.one<{ id: number; decision_outcome: string | null; decided_at: Date | null }>(
    sql`SELECT id, decision_outcome, decided_at FROM dossier WHERE reference = ${reference}`,
  );
  if (!found) return null;
  try {
    const { row, procedure } = await loadVisibleDossier(deps, user, Number(found.id));
    return {
      id: Number(row.id),
      reference: row.reference,
      procedureCode: row.procedure_code,
      procedureName: procedure.definition.name,
      state: row.state,
      stateChangedAt: new Date(row.state_changed_at),
      slaDueAt: row.sla_due_at ? new Date(row.sla_due_at) : null,
      slaPausedAt: row.sla_paused_at ? new Date(row.sla_paused_at) : null,
      decisionNumber: row.decision_number,
      decisionOutcome: found.decision_outcome,
      decidedAt: found.decided_at ? new Date(found.decided_at) : null,
    };
  } catch (e) {
    if (e instanceof AppError && e.code === 'NOT_FOUND') return null;
    throw e;
  }
}

/** The user's scope over every procedure, as the list pages compute it (null: sees nothing). */
async function visibleScope(
  deps: AppDeps,
  user: SessionUser,
  procedureCode: string | null,
): Promise<SqlFragment | null> {
  const cat = await catalogueFor(deps);
  const parts: SqlFragment[] = [];
  for (const p of cat.list) {
    if (procedureCode && p.code !== procedureCode) continue;
    const v = listVisibility(user, p);
    if (v) parts.push(sql`(${visibilityCondition(p.code, v)})`);
  }
  return parts.length ? sql`(${sql.join(parts, ' OR ')})` : null;
}

const ISO_DAY = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Africa/Casablanca',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});
const isoDay = (d: Date): string => ISO_DAY.format(d);

export interface OverdueSummary {
  total: number;
  assignedToMe: number;
  worst: { id: number; reference: string; slaDueAt: Date }[];
}

/** Open dossiers past their SLA due date (a paused clock is compared at the pause). */
export async function overdueDossiers(
  deps: AppDeps,
  user: SessionUser,
  procedureCode: string | null,
): Promise<OverdueSummary> {
  const scope = await visibleScope(deps, user, procedureCode);
  if (!scope) return { total: 0, assignedToMe: 0, worst: [] };
  const now = deps.clock.now();
  const overdue = sql`d.state = ANY(${[...OPEN_STATES]}::text[]) AND d.sla_due_at IS NOT NULL
                      AND d.sla_due_at < coalesce(d.sla_paused_at, ${now}::timestamptz)`;
  const rows = await deps.db.query<{
    id: number;
    reference: string;
    sla_due_at: Date;
    total: number;
    mine: number;
  }>(sql`
    SELECT d.id, d.reference, d.sla_due_at,
           count(*) OVER ()::int AS total,
           (count(*) FILTER (WHERE d.assignee_user_id = ${user.id}) OVER ())::int AS mine
      FROM dossier d
     WHERE ${scope} AND ${overdue}
     ORDER BY d.sla_due_at, d.id
     LIMIT 5`);
  return {
    total: rows[0]?.total ?? 0,
    assignedToMe: rows[0]?.mine ?? 0,
    worst: rows.map((r) => ({ id: Number(r.id), reference: r.reference, slaDueAt: new Date(r.sla_due_at) })),
  };
}

/** How many dossiers the user sees, optionally by state, procedure and submission period. */
export async function countDossiers(
  deps: AppDeps,
  user: SessionUser,
  filter: { procedureCode: string | null; state: string | null; period: Period | null },
): Promise<number> {
  const scope = await visibleScope(deps, user, filter.procedureCode);
  if (!scope) return 0;
  const conditions = [
    scope,
    ...filterConditions(
      {
        state: filter.state ?? undefined,
        submittedFrom: filter.period ? isoDay(filter.period.from) : undefined,
        submittedTo: filter.period ? isoDay(filter.period.to) : undefined,
      },
      /^$/,
    ),
  ];
  const row = await deps.db.one<{ n: number }>(
    sql`SELECT count(*)::int AS n FROM dossier d ${sql.where(conditions)}`,
  );
  return row?.n ?? 0;
}

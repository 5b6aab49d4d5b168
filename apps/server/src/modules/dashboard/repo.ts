// All SQL of the dashboard: reads over dashboard_rollup + dashboard_pending (migration 0401), the
// folding job and a full rebuild. Identifiers in sql.raw come from code, never from the request.
import type { Db } from '../../db/client.ts';
import { type SqlFragment, sql } from '../../db/sql.ts';
import { type Visibility, visibilityCondition } from '../dossiers/repo.ts';

const OPEN_STATES_SQL = "('soumise', 'en_instruction', 'complement_demande', 'attente_avis')";

/** Which rollup rows a user may read: per organisation, owner rows or opinion rows, for some procedures. */
export interface ScopeGroup {
  orgId: number;
  isOwner: boolean;
  procedures: string[];
}

/** A period as rollup buckets: whole months from 'm' rows, the ragged edges day by day. */
export interface BucketRanges {
  months: { from: string; to: string } | null;
  days: { from: string; to: string }[];
}

function scopeCondition(groups: ScopeGroup[]): SqlFragment {
  if (groups.length === 0) return sql`false`;
  return sql`(${sql.join(
    groups.map(
      (g) =>
        sql`(viewer_org_id = ${g.orgId} AND is_owner = ${g.isOwner} AND procedure_code = ANY(${g.procedures}::text[]))`,
    ),
    ' OR ',
  )})`;
}

function timeCondition(r: BucketRanges): SqlFragment {
  const parts: SqlFragment[] = [];
  if (r.months)
    parts.push(sql`(grain = 'm' AND bucket BETWEEN ${r.months.from}::date AND ${r.months.to}::date)`);
  for (const d of r.days) parts.push(sql`(grain = 'd' AND bucket BETWEEN ${d.from}::date AND ${d.to}::date)`);
  if (parts.length === 0) return sql`false`;
  return sql`(${sql.join(parts, ' OR ')})`;
}

export interface AggregateRow {
  kind: 's' | 'o' | 'c' | 'd' | 'a';
  procedure_code: string | null;
  key: string | null;
  month: string | null;
  n: number;
  n2: number;
  n3: number;
}

/**
 * Every aggregate of the page in ONE statement (one snapshot: the figures agree with each other):
 * by (procedure, state), by (procedure, month) for the trend and the SLA curve, by (procedure,
 * office), (procedure, chapter), (procedure, duration bucket) and per agent.
 *
 * The rollup is read as a UNION ALL of plain primary-key range scans, one per (organisation scope,
 * grain range): an OR of those conditions would let the planner fall back to a sequential scan.
 */
export function aggregates(
  db: Db,
  input: { scope: ScopeGroup[]; ranges: BucketRanges; office: string | null; agents: boolean },
): Promise<AggregateRow[]> {
  const office = input.office ?? '*';
  const kinds = input.agents ? ['s', 'c', 'd', 'a'] : ['s', 'c', 'd'];
  // The office chart reads the all-offices rows keyed by office; with an office filter, just that key.
  const officeKey = input.office ? sql`AND key = ${input.office}` : sql``;
  const ranges: { grain: 'm' | 'd'; from: string; to: string }[] = [
    ...(input.ranges.months ? [{ grain: 'm' as const, ...input.ranges.months }] : []),
    ...input.ranges.days.map((d) => ({ grain: 'd' as const, ...d })),
  ];
  const branches: SqlFragment[] = [];
  for (const g of input.scope) {
    for (const r of ranges) {
      const common = sql`viewer_org_id = ${g.orgId} AND is_owner = ${g.isOwner} AND grain = ${r.grain}
         AND procedure_code = ANY(${g.procedures}::text[]) AND bucket BETWEEN ${r.from}::date AND ${r.to}::date`;
      branches.push(sql`SELECT kind, procedure_code, key, bucket, n, n2, n3 FROM dashboard_rollup
         WHERE office = ${office} AND kind = ANY(${kinds}::bpchar[]) AND ${common}`);
      branches.push(sql`SELECT kind, procedure_code, key, bucket, n, n2, n3 FROM dashboard_rollup
         WHERE office = '*' AND kind = 'o' AND ${common} ${officeKey}`);
    }
  }
  if (branches.length === 0) return Promise.resolve([]);
  // Pending deltas (a few seconds' worth): one filtered pass over the small delta table.
  const where = sql`${scopeCondition(input.scope)} AND ${timeCondition(input.ranges)}`;
  branches.push(sql`SELECT kind, procedure_code, key, bucket, n, n2, n3 FROM dashboard_pending
     WHERE ${where} AND ((office = ${office} AND kind = ANY(${kinds}::text[])) OR (office = '*' AND kind = 'o' ${officeKey}))`);
  return db.query<AggregateRow>(sql`
    SELECT kind, procedure_code, key, month, sum(n)::int AS n, sum(n2)::int AS n2, sum(n3)::int AS n3
      FROM (
        SELECT kind, procedure_code, key, n, n2, n3,
               CASE WHEN kind = 's' THEN to_char(bucket, 'YYYY-MM') END AS month
          FROM (${sql.join(branches, ' UNION ALL ')}) src
      ) x
     GROUP BY GROUPING SETS ((kind, procedure_code, key), (kind, procedure_code, month))
    HAVING sum(n) <> 0 OR sum(n2) <> 0 OR sum(n3) <> 0`);
}

/**
 * Overdue now (open, deadline passed, clock running) depends on the clock, so it is counted live
 * over the small partial index dashboard_open_due, with the dossiers module's visibility rule.
 */
export function overdue(
  db: Db,
  input: {
    /** per procedure: the dossiers module's list scope, or 'all' (administrateur plateforme) */
    procedures: { code: string; visibility: Visibility | { kind: 'all'; orgIds: number[] } }[];
    from: string;
    to: string;
    office: string | null;
    now: Date;
  },
): Promise<{ procedure_code: string; n: number }[]> {
  if (input.procedures.length === 0) return Promise.resolve([]);
  const filters = [
    sql`d.state IN ${sql.raw(OPEN_STATES_SQL)}`,
    sql`d.sla_paused_at IS NULL`,
    sql`d.sla_due_at < ${input.now}`,
    sql`d.submitted_at >= (${input.from}::date::timestamp AT TIME ZONE 'Africa/Casablanca')`,
    sql`d.submitted_at < ((${input.to}::date + 1)::timestamp AT TIME ZONE 'Africa/Casablanca')`,
  ];
  if (input.office) filters.push(sql`d.customs_office_code = ${input.office}`);
  // One branch per procedure: an OR of visibility rules would turn the consulted organisations'
  // « id IN (their opinions) » into a hash of all their opinions instead of a few index probes.
  const branches = input.procedures.map((p) => {
    const scope =
      p.visibility.kind === 'all'
        ? sql`d.procedure_code = ${p.code} AND d.owner_org_id = ANY(${p.visibility.orgIds}::int[])`
        : visibilityCondition(p.code, p.visibility);
    return sql`SELECT ${p.code}::text AS procedure_code, count(*)::int AS n FROM dossier d
      ${sql.where([scope, ...filters])}`;
  });
  return db.query(sql`SELECT procedure_code, n FROM (${sql.join(branches, ' UNION ALL ')}) x WHERE n > 0`);
}

export const userNames = (db: Db, ids: number[], orgId: number) =>
  db.query<{ id: number; display_name: string }>(
    sql`SELECT id, display_name FROM app_user WHERE id = ANY(${ids}::int[]) AND organisation_id = ${orgId}`,
  );

export const customsOffices = (db: Db) =>
  db.query<{ code: string; name: string }>(sql`SELECT code, name FROM customs_office ORDER BY name`);

/** HS chapter labels in the reader's language, French where the translation is missing. */
export const chapterLabels = (db: Db, codes: string[], lang: 'fr' | 'ar' | 'en') =>
  db.query<{ code: string; label: string }>(
    sql`SELECT code, coalesce(CASE ${lang}::text WHEN 'ar' THEN label_ar WHEN 'en' THEN label_en END, label_fr) AS label
          FROM hs_code WHERE code = ANY(${codes}::text[])`,
  );

export const organisations = (db: Db) =>
  db.query<{ id: number; code: string; name_fr: string }>(
    sql`SELECT id, code, name_fr FROM organisation ORDER BY name_fr`,
  );

/**
 * A version of everything the aggregates read. Between two folds the delta set only grows (rows
 * are appended by triggers, removed only by a fold or a rebuild, which bump the generation), so
 * an unchanged (generation, number of deltas) means unchanged figures. Read BEFORE the data it
 * guards: a change in between only makes the cached copy look older than it is.
 */
export async function dataVersion(db: Db): Promise<string> {
  const v = await db.one<{ g: number; n: number }>(sql`
    SELECT generation AS g, (SELECT count(*)::int FROM dashboard_delta) AS n FROM dashboard_compaction`);
  return `${v?.g}:${v?.n}`;
}

// ---- folding job and rebuild ----

const FOLD_LOCK = 727_401;

/**
 * Folds pending deltas into the rollup (one transaction; readers see the figures unchanged since
 * they sum both). Returns how many deltas were folded; 0 when another instance holds the lock.
 */
export async function foldDeltas(db: Db, now: Date, batch = 200_000): Promise<number> {
  return db.transaction(async (tx) => {
    // One snapshot for the whole fold: the DELETE must remove exactly the deltas the INSERT summed,
    // not one committed in between by a writer that took its id earlier (READ COMMITTED would).
    await tx.query(sql`SET TRANSACTION ISOLATION LEVEL REPEATABLE READ`);
    const lock = await tx.one<{ ok: boolean }>(sql`SELECT pg_try_advisory_xact_lock(${FOLD_LOCK}) AS ok`);
    if (!lock?.ok) return 0;
    const top = await tx.one<{ max: number | null; n: number }>(sql`
      SELECT max(id)::bigint AS max, count(*)::int AS n
        FROM (SELECT id FROM dashboard_delta ORDER BY id LIMIT ${batch}) x`);
    if (!top?.max) return 0;
    await tx.query(sql`
      INSERT INTO dashboard_rollup AS r (viewer_org_id, is_owner, office, kind, grain, procedure_code, bucket, key, n, n2, n3)
      SELECT viewer_org_id, is_owner, office, kind, grain, procedure_code, bucket, key, sum(n), sum(n2), sum(n3)
        FROM dashboard_pending WHERE id <= ${top.max}
       GROUP BY viewer_org_id, is_owner, office, kind, grain, procedure_code, bucket, key
      ON CONFLICT (viewer_org_id, is_owner, office, kind, grain, procedure_code, bucket, key)
      DO UPDATE SET n = r.n + excluded.n, n2 = r.n2 + excluded.n2, n3 = r.n3 + excluded.n3`);
    await tx.query(sql`DELETE FROM dashboard_delta WHERE id <= ${top.max}`);
    await tx.query(sql`DELETE FROM dashboard_rollup WHERE n = 0 AND n2 = 0 AND n3 = 0`);
    await tx.query(
      sql`UPDATE dashboard_compaction SET generation = generation + 1, folded_at = ${now} WHERE singleton`,
    );
    return top.n;
  });
}

/**
 * Recomputes everything from the dossier tables (after a bulk load, or to repair). Runs in one
 * transaction holding the folding lock; dossier writes during it wait on the table lock.
 */
export async function rebuild(db: Db): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.query(sql`SELECT pg_advisory_xact_lock(${FOLD_LOCK})`);
    await tx.query(sql`LOCK TABLE dossier, dossier_opinion IN SHARE MODE`);
    await tx.query(sql`TRUNCATE dashboard_delta, dashboard_rollup, dashboard_viewer`);
    await tx.query(sql`
      INSERT INTO dashboard_viewer (dossier_id, org_id)
      SELECT DISTINCT dossier_id, organisation_id FROM dossier_opinion`);
    // Stage every dossier as a delta, then fold: one definition of the expansion (the view).
    await tx.query(sql`
      INSERT INTO dashboard_delta (viewer_org_id, is_owner, procedure_code, office, day, state, chapters, assignee, dur, sla, sign)
      SELECT v.org_id, v.is_owner, d.procedure_code, coalesce(d.customs_office_code, ''), dashboard_day(d.submitted_at),
             d.state, dashboard_chapters(d.hs_prefixes), coalesce(d.assignee_user_id, 0),
             dashboard_duration_bucket(d.submitted_at, d.decided_at),
             CASE WHEN d.decided_at IS NULL OR d.sla_due_at IS NULL THEN 0 WHEN d.decided_at <= d.sla_due_at THEN 1 ELSE -1 END,
             1
        FROM dossier d
       CROSS JOIN LATERAL (
         SELECT d.owner_org_id AS org_id, true AS is_owner
         UNION ALL
         SELECT dv.org_id, false FROM dashboard_viewer dv WHERE dv.dossier_id = d.id AND dv.org_id <> d.owner_org_id
       ) v`);
    await tx.query(sql`
      INSERT INTO dashboard_rollup (viewer_org_id, is_owner, office, kind, grain, procedure_code, bucket, key, n, n2, n3)
      SELECT viewer_org_id, is_owner, office, kind, grain, procedure_code, bucket, key, sum(n), sum(n2), sum(n3)
        FROM dashboard_pending
       GROUP BY viewer_org_id, is_owner, office, kind, grain, procedure_code, bucket, key
       -- stored in key order: a read's range then sits on a few adjacent pages
       ORDER BY viewer_org_id, is_owner, office, kind, grain, procedure_code, bucket, key`);
    await tx.query(sql`TRUNCATE dashboard_delta`);
    await tx.query(sql`UPDATE dashboard_compaction SET generation = generation + 1 WHERE singleton`);
    await tx.query(sql`ANALYZE dashboard_rollup`);
  });
}

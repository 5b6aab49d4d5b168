// The dashboard use case: resolve the period and the user's scope (the dossiers module's list
// visibility, per procedure), read the aggregates, and shape the figures.
import {
  type DashboardFigures,
  type DashboardParams,
  type DashboardPeriod,
  type DashboardResponse,
  type Direction,
  dashboardResponse,
  type SessionUser,
} from '@portail/contracts';
import type { Db } from '../../db/client.ts';
import { hasRole } from '../../platform/auth.ts';
import type { AppDeps } from '../../platform/deps.ts';
import { AppError } from '../../platform/errors.ts';
import { type ReadCache, readCacheFor } from '../../platform/read-cache.ts';
import { catalogueFor, type LoadedProcedure } from '../catalogue/service.ts';
import { listVisibility } from '../dossiers/policy.ts';
import type { Visibility } from '../dossiers/repo.ts';
import * as repo from './repo.ts';

// ---- period ----

const DAY_MS = 86_400_000;
const iso = (t: number) => new Date(t).toISOString().slice(0, 10);
const parse = (d: string) => Date.parse(`${d}T00:00:00Z`);
const monthStart = (d: string) => `${d.slice(0, 7)}-01`;
function addMonths(d: string, k: number): string {
  const [y, m] = d.split('-').map(Number);
  const t = new Date(Date.UTC(y, m - 1 + k, 1));
  return iso(t.getTime());
}
const monthEnd = (d: string) => iso(parse(addMonths(monthStart(d), 1)) - DAY_MS);

/** Today's date in Morocco. */
export function todayInMorocco(now: Date): string {
  return MOROCCO_DAY.format(now);
}
// Built once per process (constructing a formatter is the expensive part).
const MOROCCO_DAY = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Africa/Casablanca',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

export function resolvePeriod(
  period: DashboardPeriod,
  today: string,
  custom: { from?: string; to?: string },
): { from: string; to: string } {
  switch (period) {
    case '30j':
      return { from: iso(parse(today) - 29 * DAY_MS), to: today };
    case 'mois':
      return { from: monthStart(today), to: monthEnd(today) };
    case 'trimestre': {
      const m = Number(today.slice(5, 7));
      const qStart = `${today.slice(0, 4)}-${String(m - ((m - 1) % 3)).padStart(2, '0')}-01`;
      return { from: qStart, to: monthEnd(addMonths(qStart, 2)) };
    }
    case 'annee':
      return { from: `${today.slice(0, 4)}-01-01`, to: `${today.slice(0, 4)}-12-31` };
    case '12m':
      return { from: addMonths(monthStart(today), -11), to: monthEnd(today) };
    case 'personnalisee':
      return { from: custom.from!, to: custom.to! };
  }
}

/** Whole months of [from, to] as month buckets, the rest as day ranges. */
export function bucketRanges(from: string, to: string): repo.BucketRanges {
  const firstFull = from === monthStart(from) ? from : addMonths(monthStart(from), 1);
  const lastFull = to === monthEnd(to) ? monthStart(to) : addMonths(monthStart(to), -1);
  if (firstFull > lastFull) return { months: null, days: [{ from, to }] };
  const days: { from: string; to: string }[] = [];
  if (from < firstFull) days.push({ from, to: iso(parse(firstFull) - DAY_MS) });
  if (to > monthEnd(lastFull)) days.push({ from: addMonths(lastFull, 1), to });
  return { months: { from: firstFull, to: lastFull }, days };
}

// ---- processing-time buckets (mirror of dashboard_duration_bucket in migration 0401) ----

export function bucketLowHours(b: number): number {
  if (b < 24) return b;
  if (b < 42) return 24 + (b - 24) * 12;
  if (b < 62) return 240 + (b - 42) * 24;
  return [720, 1080, 1440, 2160, 4320, 8760][b - 62] ?? 8760;
}

/** Percentile by linear interpolation inside the histogram bucket that holds it. */
export function percentileHours(hist: Map<number, number>, p: number): number | null {
  const total = [...hist.values()].reduce((a, b) => a + b, 0);
  if (total === 0) return null;
  const target = p * total;
  let seen = 0;
  for (const b of [...hist.keys()].sort((x, y) => x - y)) {
    const n = hist.get(b)!;
    if (seen + n >= target) {
      const lo = bucketLowHours(b);
      const hi = bucketLowHours(b + 1);
      return lo + ((target - seen) / n) * (hi - lo);
    }
    seen += n;
  }
  return bucketLowHours(66);
}

/** Classes of the distribution chart, in days; their bounds are bucket bounds. */
const DURATION_CLASSES: [number, number | null][] = [
  [0, 1],
  [1, 2],
  [2, 3],
  [3, 5],
  [5, 10],
  [10, 20],
  [20, 30],
  [30, null],
];

// ---- exact cache of the aggregates ----

const CACHE_SIZE = 500;
const caches = new WeakMap<Db, Map<string, { version: string; rows: repo.AggregateRow[] }>>();

/**
 * The aggregates, from a per-process cache when the data version has not moved since they were
 * read (repo.dataVersion: one tiny query). Never stale: any dossier change appends a delta, which
 * changes the version.
 */
async function cachedAggregates(
  db: Db,
  version: string,
  input: Parameters<typeof repo.aggregates>[1],
): Promise<repo.AggregateRow[]> {
  let cache = caches.get(db);
  if (!cache) {
    cache = new Map();
    caches.set(db, cache);
  }
  const key = JSON.stringify(input);
  const hit = cache.get(key);
  if (hit && hit.version === version) {
    cache.delete(key);
    cache.set(key, hit); // most recently used last
    return hit.rows;
  }
  const rows = await repo.aggregates(db, input);
  cache.delete(key);
  cache.set(key, { version, rows });
  if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value as string);
  return rows;
}

const overdueCaches = new WeakMap<
  Db,
  Map<string, { version: string; rows: { procedure_code: string; n: number }[] }>
>();

/**
 * « En retard » moves with the clock as well as with the data: cached for the same data version
 * and the same minute, so it is exact to the minute (a deadline passed within the current minute
 * shows at the next one).
 */
async function cachedOverdue(db: Db, version: string, input: Parameters<typeof repo.overdue>[1]) {
  let cache = overdueCaches.get(db);
  if (!cache) {
    cache = new Map();
    overdueCaches.set(db, cache);
  }
  const minute = new Date(Math.floor(input.now.getTime() / 60_000) * 60_000);
  const key = JSON.stringify({ ...input, now: minute });
  const hit = cache.get(key);
  if (hit && hit.version === version) return hit.rows;
  const rows = await repo.overdue(db, { ...input, now: minute });
  cache.set(key, { version, rows });
  if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value as string);
  return rows;
}

// ---- scope ----

type ProcedureScope = {
  procedure: LoadedProcedure;
  visibility: Visibility | { kind: 'all'; orgIds: number[] };
};

const ACCEPTED = new Set(['acceptee', 'transmise_douane', 'imputee']);
const IN_PROGRESS = new Set(['soumise', 'en_instruction']);

function emptyFigures(): DashboardFigures {
  return {
    received: 0,
    inProgress: 0,
    awaitingOperator: 0,
    awaitingOpinions: 0,
    accepted: 0,
    rejected: 0,
    cancelled: 0,
    acceptanceRate: null,
    medianHours: null,
    p90Hours: null,
    withinSlaRate: null,
    overdue: 0,
  };
}

interface Memo {
  answer: DashboardResponse;
  /** The answer as JSON without generatedAt and its opening brace, serialised on first send. */
  bodyTail?: string;
}
const answers = new WeakMap<object, Map<string, Memo>>();
// The data version itself is read at most once per READ_CACHE_MS while this process writes
// nothing (ADR 0004): a repeated dashboard then costs no statement beyond the session's.
const dataVersions = new WeakMap<Db, ReadCache<string>>();

/**
 * The dashboard of a user for a filter set. Whole answers are kept per process for the same
 * user, filters, data version (repo.dataVersion: one tiny query, moves with every dossier
 * change), catalogue and minute: the figures are never stale, and names of offices, chapters
 * and agents at most a minute old. A repeated request then costs two statements (session and
 * data version, each of them cached too — ADR 0004) instead of six or seven and no
 * recomputation.
 */
async function memoFor(
  deps: AppDeps,
  user: SessionUser,
  q: DashboardParams,
): Promise<{ memo: Memo; now: Date }> {
  const cat = await catalogueFor(deps);
  const now = deps.clock.now();
  const version = await readCacheFor(dataVersions, deps.db, deps.config.READ_CACHE_MS).through('v', () =>
    repo.dataVersion(deps.db),
  );
  let memos = answers.get(cat);
  if (!memos) {
    memos = new Map();
    answers.set(cat, memos);
  }
  const key = JSON.stringify([
    user.id,
    user.locale,
    user.roles,
    user.organisation.id,
    q,
    version,
    Math.floor(now.getTime() / 60_000),
  ]);
  let memo = memos.get(key);
  if (!memo) {
    memo = { answer: await computeDashboard(deps, cat, user, q, now, version) };
    memos.set(key, memo);
    if (memos.size > CACHE_SIZE) memos.delete(memos.keys().next().value as string);
  }
  return { memo, now };
}

export async function dashboard(
  deps: AppDeps,
  user: SessionUser,
  q: DashboardParams,
): Promise<DashboardResponse> {
  const { memo, now } = await memoFor(deps, user, q);
  return { ...memo.answer, generatedAt: now.toISOString() };
}

/**
 * The same answer as the JSON body the route sends. It goes through the response schema (which
 * drops any key the contract does not name, as the route's serialiser would) once per memo entry;
 * a repeated request then only prefixes its generatedAt to the stored text, instead of validating
 * and serialising 10–30 KiB again.
 */
export async function dashboardBody(deps: AppDeps, user: SessionUser, q: DashboardParams): Promise<string> {
  const { memo, now } = await memoFor(deps, user, q);
  if (memo.bodyTail === undefined) {
    const { generatedAt: _, ...rest } = dashboardResponse.parse(memo.answer);
    memo.bodyTail = JSON.stringify(rest).slice(1);
  }
  return `{"generatedAt":${JSON.stringify(now.toISOString())},${memo.bodyTail}`;
}

async function computeDashboard(
  deps: AppDeps,
  cat: Awaited<ReturnType<typeof catalogueFor>>,
  user: SessionUser,
  q: DashboardParams,
  now: Date,
  version: string,
): Promise<DashboardResponse> {
  const admin = hasRole(user, 'admin_plateforme');
  const lang = user.locale;

  // Every procedure the user sees in its lists, with the dossiers module's rule; the platform
  // administrator sees every organisation's dossiers (owner rows), optionally one organisation.
  let scoped: ProcedureScope[] = [];
  let organisations: DashboardResponse['scope']['organisations'] = null;
  if (admin) {
    const orgs = await repo.organisations(deps.db);
    const owners = new Set(cat.list.map((p) => p.ownerOrgId));
    organisations = orgs.filter((o) => owners.has(o.id)).map((o) => ({ code: o.code, name: o.name_fr }));
    let list = cat.list;
    if (q.organisation) {
      const org = orgs.find((o) => o.code === q.organisation);
      if (!org || !owners.has(org.id)) throw new AppError('VALIDATION', 'Organisme inconnu.');
      list = list.filter((p) => p.ownerOrgId === org.id);
    }
    scoped = list.map((p) => ({ procedure: p, visibility: { kind: 'all', orgIds: [p.ownerOrgId] } }));
  } else {
    if (q.organisation)
      throw new AppError('FORBIDDEN', "Le filtre par organisme est réservé à l'administrateur plateforme.");
    for (const p of cat.list) {
      const v = listVisibility(user, p);
      if (v) scoped.push({ procedure: p, visibility: v });
    }
  }
  const allScoped = scoped;
  if (q.procedure) {
    scoped = scoped.filter((s) => s.procedure.code === q.procedure);
    if (scoped.length === 0) throw new AppError('NOT_FOUND', 'Procédure introuvable.');
  }

  const offices = await repo.customsOffices(deps.db);
  if (q.customsOffice && !offices.some((o) => o.code === q.customsOffice)) {
    throw new AppError('VALIDATION', 'Bureau douanier inconnu.');
  }

  const { from, to } = resolvePeriod(q.period, todayInMorocco(now), {
    from: q.submittedFrom,
    to: q.submittedTo,
  });

  const groups = new Map<string, repo.ScopeGroup>();
  for (const s of scoped) {
    const v = s.visibility;
    const orgId = v.kind === 'all' ? v.orgIds[0] : v.orgId;
    const isOwner = v.kind !== 'opinion';
    const k = `${orgId}:${isOwner}`;
    const g = groups.get(k) ?? { orgId, isOwner, procedures: [] };
    g.procedures.push(s.procedure.code);
    groups.set(k, g);
  }
  // Per-agent workload: a chef de service, over the procedures their organisation runs.
  const chef = hasRole(user, 'chef_service') && !admin;
  const [rows, overdueRows] = await Promise.all([
    cachedAggregates(deps.db, version, {
      scope: [...groups.values()],
      ranges: bucketRanges(from, to),
      office: q.customsOffice ?? null,
      agents: chef,
    }),
    cachedOverdue(deps.db, version, {
      procedures: scoped.map((s) => ({ code: s.procedure.code, visibility: s.visibility })),
      from,
      to,
      office: q.customsOffice ?? null,
      now,
    }),
  ]);

  const direction = new Map<string, Direction>(
    scoped.map((s) => [s.procedure.code, s.procedure.definition.direction]),
  );
  const figures = { import: emptyFigures(), export: emptyFigures() };
  const hist = { import: new Map<number, number>(), export: new Map<number, number>() };
  const histByProcedure = new Map<string, Map<number, number>>();
  const sla = { import: { ok: 0, late: 0 }, export: { ok: 0, late: 0 } };
  const byState: DashboardResponse['byState'] = [];
  const byMonth: DashboardResponse['byMonth'] = [];
  const byOffice: DashboardResponse['byOffice'] = [];
  const chapters: { procedure: string; chapter: string; count: number }[] = [];
  type AgentCounts = {
    open: number;
    decided: number;
    byProcedure: Map<string, { open: number; decided: number }>;
  };
  const agentCounts = new Map<number, AgentCounts>();
  const officeName = new Map(offices.map((o) => [o.code, o.name]));

  for (const r of rows) {
    const proc = r.procedure_code;
    if (!proc) continue;
    const dir = direction.get(proc);
    if (!dir) continue;
    if (r.kind === 's' && r.key !== null) {
      const f = figures[dir];
      byState.push({ procedure: proc, state: r.key, count: r.n });
      f.received += r.n;
      if (IN_PROGRESS.has(r.key)) f.inProgress += r.n;
      else if (r.key === 'complement_demande') f.awaitingOperator += r.n;
      else if (r.key === 'attente_avis') f.awaitingOpinions += r.n;
      else if (ACCEPTED.has(r.key)) f.accepted += r.n;
      else if (r.key === 'rejetee') f.rejected += r.n;
      else if (r.key === 'annulee') f.cancelled += r.n;
      sla[dir].ok += r.n2;
      sla[dir].late += r.n3;
    } else if (r.kind === 's' && r.month !== null) {
      byMonth.push({ procedure: proc, month: r.month, count: r.n, withinSla: r.n2, late: r.n3 });
    } else if (r.kind === 'o' && r.key !== null && r.key !== '') {
      byOffice.push({ procedure: proc, office: r.key, name: officeName.get(r.key) ?? r.key, count: r.n });
    } else if (r.kind === 'c' && r.key !== null) {
      chapters.push({ procedure: proc, chapter: r.key, count: r.n });
    } else if (r.kind === 'd' && r.key !== null) {
      const b = Number(r.key);
      hist[dir].set(b, (hist[dir].get(b) ?? 0) + r.n);
      const ph = histByProcedure.get(proc) ?? new Map<number, number>();
      ph.set(b, (ph.get(b) ?? 0) + r.n);
      histByProcedure.set(proc, ph);
    } else if (r.kind === 'a' && r.key !== null) {
      const [id, stage] = r.key.split(':');
      const a = agentCounts.get(Number(id)) ?? { open: 0, decided: 0, byProcedure: new Map() };
      const p = a.byProcedure.get(proc) ?? { open: 0, decided: 0 };
      if (stage === 'open') {
        a.open += r.n;
        p.open += r.n;
      } else {
        a.decided += r.n;
        p.decided += r.n;
      }
      a.byProcedure.set(proc, p);
      agentCounts.set(Number(id), a);
    }
  }
  for (const o of overdueRows) {
    const dir = direction.get(o.procedure_code);
    if (dir) figures[dir].overdue += o.n;
  }
  for (const dir of ['import', 'export'] as const) {
    const f = figures[dir];
    f.acceptanceRate = f.accepted + f.rejected > 0 ? f.accepted / (f.accepted + f.rejected) : null;
    f.medianHours = percentileHours(hist[dir], 0.5);
    f.p90Hours = percentileHours(hist[dir], 0.9);
    const s = sla[dir];
    f.withinSlaRate = s.ok + s.late > 0 ? s.ok / (s.ok + s.late) : null;
  }

  // Top 10 offices and chapters over the scope (with each procedure's share, for the links).
  const top = <T extends { count: number }>(items: T[], keyOf: (t: T) => string): Set<string> => {
    const totals = new Map<string, number>();
    for (const i of items) totals.set(keyOf(i), (totals.get(keyOf(i)) ?? 0) + i.count);
    return new Set(
      [...totals]
        .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
        .slice(0, 10)
        .map(([k]) => k),
    );
  };
  const topOffices = top(byOffice, (o) => o.office);
  const topChapters = top(chapters, (c) => c.chapter);
  const labels = new Map(
    (await repo.chapterLabels(deps.db, [...topChapters], lang)).map((l) => [l.code, l.label]),
  );

  const classCount = (h: Map<number, number>, lo: number, hi: number | null) => {
    let count = 0;
    for (const [b, n] of h) {
      const low = bucketLowHours(b);
      if (low >= lo * 24 && (hi === null || low < hi * 24)) count += n;
    }
    return count;
  };
  const durations: DashboardResponse['durations'] = [];
  for (const dir of ['import', 'export'] as const) {
    for (const [lo, hi] of DURATION_CLASSES) {
      durations.push({ direction: dir, fromDays: lo, toDays: hi, count: classCount(hist[dir], lo, hi) });
    }
  }
  const durationsByProcedure: DashboardResponse['durationsByProcedure'] = [];
  for (const [procedure, h] of histByProcedure) {
    for (const [lo, hi] of DURATION_CLASSES) {
      const count = classCount(h, lo, hi);
      if (count !== 0) durationsByProcedure.push({ procedure, fromDays: lo, toDays: hi, count });
    }
  }

  let agents: DashboardResponse['agents'] = null;
  if (chef) {
    const names = new Map(
      (await repo.userNames(deps.db, [...agentCounts.keys()], user.organisation.id)).map((u) => [
        u.id,
        u.display_name,
      ]),
    );
    agents = [...agentCounts]
      .filter(([id]) => names.has(id))
      .map(([id, c]) => ({
        userId: id,
        name: names.get(id)!,
        open: c.open,
        decided: c.decided,
        byProcedure: [...c.byProcedure]
          .filter(([, x]) => x.open !== 0 || x.decided !== 0)
          .map(([procedure, x]) => ({ procedure, ...x })),
      }))
      .sort((a, b) => b.open - a.open || a.name.localeCompare(b.name));
  }

  return {
    period: { period: q.period, from, to },
    generatedAt: now.toISOString(),
    scope: {
      procedures: allScoped.map((s) => ({
        code: s.procedure.code,
        name: s.procedure.definition.name[lang] ?? s.procedure.definition.name.fr,
        slug: s.procedure.definition.slug,
        direction: s.procedure.definition.direction,
        linkable: s.visibility.kind !== 'all',
      })),
      customsOffices: offices,
      organisations,
    },
    figures,
    byState,
    byMonth: byMonth.sort((a, b) => a.month.localeCompare(b.month) || a.procedure.localeCompare(b.procedure)),
    byOffice: byOffice.filter((o) => topOffices.has(o.office)),
    byChapter: chapters
      .filter((c) => topChapters.has(c.chapter))
      .map((c) => ({ ...c, label: labels.get(c.chapter) ?? `Chapitre ${c.chapter}` })),
    durations,
    durationsByProcedure,
    overdueByProcedure: overdueRows.map((o) => ({ procedure: o.procedure_code, count: o.n })),
    agents,
  };
}

// The dashboard against the real lists: rollups maintained by triggers stay exact whatever SQL
// changes a dossier (inserts, updates of every dimension, deletes, opinions asked and withdrawn),
// before and after folding; every figure equals the total of the list it links to, for random
// filters; the scope is the dossiers module's visibility (S32); bad filters are refused (S33).
import type { DashboardResponse, SessionUser } from '@portail/contracts';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from '../../db/sql.ts';
import { createTestApp, createUser, type SignedIn, signInAs, type TestContext } from '../../test/harness.ts';
import { catalogueFor } from '../catalogue/service.ts';
import * as repo from './repo.ts';
import { bucketRanges, dashboard, resolvePeriod } from './service.ts';

type Ctx = TestContext & { app: Awaited<ReturnType<typeof createTestApp>>['app'] };
let ctx: Ctx;
let chef: SignedIn;
let onssa: SignedIn;
let admin: SignedIn;
let chefUser: SessionUser;
const MIC_PROCS = ['DFD', 'LI', 'LE', 'COC'];
const OFFICES = ['301', '302', '310', '311'];
const CHAPTERS = ['84', '85', '39', '10'];
let orgs: Map<string, number>;
let agentIds: number[];
let seq = 0;
const rng = fc.sample(fc.integer({ min: 0, max: 2 ** 30 }), { numRuns: 4000, seed: 42 });
let r = 0;
const rand = (n: number) => rng[r++ % rng.length] % n;
const pick = <T>(a: readonly T[]): T => a[rand(a.length)];

let statesOf: Map<string, string[]>;

async function insertDossiers(n: number, procs = MIC_PROCS): Promise<void> {
  // One multi-row INSERT, as a bulk load would do: the statement-level trigger sees all rows.
  const rows = [];
  for (let i = 0; i < n; i++) {
    const proc = pick(procs);
    const state = pick(statesOf.get(proc)!);
    const submitted = new Date(Date.UTC(2025, rand(14), 1 + rand(28), rand(24), rand(60)));
    const decided = ['acceptee', 'rejetee', 'transmise_douane', 'imputee'].includes(state)
      ? new Date(submitted.getTime() + rand(40 * 24) * 3_600_000)
      : null;
    const ch = pick(CHAPTERS);
    const hs = `${ch}${String(rand(100)).padStart(2, '0')}`;
    seq += 1;
    rows.push(sql`(${`T-${seq}`}, ${proc}, 1, ${orgs.get('MIC')}, 1, 'Importateur', '001234567000089',
      ${rand(5) === 0 ? null : pick(OFFICES)}, ${rand(3) === 0 ? [ch, hs, '27', '2710'] : [ch, hs]}::text[],
      ${state}, ${submitted}, ${submitted}, ${rand(3) === 0 ? null : pick(agentIds)},
      ${rand(4) === 0 ? null : new Date(submitted.getTime() + 10 * 86_400_000)}, ${decided},
      ${decided ? (state === 'rejetee' ? 'rejetee' : 'acceptee') : null}, ${submitted}, ${submitted})`);
  }
  await ctx.db.query(sql`
    INSERT INTO dossier (reference, procedure_code, procedure_version, owner_org_id, operator_id, importer_name, importer_ice,
                         customs_office_code, hs_prefixes, state, state_changed_at, submitted_at, assignee_user_id,
                         sla_due_at, decided_at, decision_outcome, created_at, updated_at)
    VALUES ${sql.join(rows, ', ')}`);
}

async function askOnssa(n: number): Promise<void> {
  await ctx.db.query(sql`
    INSERT INTO dossier_opinion (dossier_id, organisation_id, round, requested_at)
    SELECT id, ${orgs.get('ONSSA')}, 1, submitted_at FROM dossier
     WHERE procedure_code IN ('LI', 'LE') AND id % 3 = 0 ORDER BY id LIMIT ${n}
    ON CONFLICT DO NOTHING`);
}

async function randomChanges(): Promise<void> {
  const ids = (await ctx.db.query<{ id: number }>(sql`SELECT id FROM dossier ORDER BY id`)).map((x) =>
    Number(x.id),
  );
  for (let i = 0; i < 25; i++) {
    const id = pick(ids);
    const proc = (
      await ctx.db.one<{ p: string }>(sql`SELECT procedure_code AS p FROM dossier WHERE id = ${id}`)
    )?.p;
    if (!proc) continue;
    switch (rand(7)) {
      case 0:
        await ctx.db.query(sql`UPDATE dossier SET state = ${pick(statesOf.get(proc)!)} WHERE id = ${id}`);
        break;
      case 1:
        await ctx.db.query(
          sql`UPDATE dossier SET customs_office_code = ${pick([...OFFICES, null])} WHERE id = ${id}`,
        );
        break;
      case 2:
        await ctx.db.query(
          sql`UPDATE dossier SET assignee_user_id = ${pick([...agentIds, null])} WHERE id = ${id}`,
        );
        break;
      case 3:
        await ctx.db.query(
          sql`UPDATE dossier SET state = 'acceptee', decided_at = submitted_at + interval '30 hours' WHERE id = ${id}`,
        );
        break;
      case 4:
        await ctx.db.query(
          sql`UPDATE dossier SET submitted_at = submitted_at - interval '20 days', hs_prefixes = ARRAY['39', '3901'] WHERE id = ${id}`,
        );
        break;
      case 5:
        await ctx.db.query(sql`DELETE FROM dossier WHERE id = ${id}`);
        break;
      case 6:
        // Bulk statement touching many rows, and a no-op column change the triggers must ignore.
        await ctx.db.query(
          sql`UPDATE dossier SET updated_at = updated_at + interval '1 second' WHERE id % 5 = ${rand(5)}`,
        );
        await ctx.db.query(sql`DELETE FROM dossier_opinion WHERE dossier_id = ${id}`);
        break;
    }
  }
}

async function signIn(org: string, roles: SessionUser['roles']): Promise<{ s: SignedIn; id: number }> {
  const u = await createUser(ctx.db, { org, roles });
  return { s: await signInAs(ctx, u.id), id: u.id };
}

const get = async <T>(who: SignedIn, url: string): Promise<{ status: number; body: T }> => {
  const res = await ctx.app.inject({ method: 'GET', url, headers: { cookie: who.cookie } });
  return { status: res.statusCode, body: res.json() as T };
};

beforeAll(async () => {
  ctx = await createTestApp();
  const cat = await catalogueFor(ctx.deps);
  statesOf = new Map(cat.list.map((p) => [p.code, p.definition.workflow.states]));
  orgs = cat.orgIdByCode;
  await ctx.db.query(
    sql`INSERT INTO operator (ice, raison_sociale, created_at) VALUES ('001234567000089', 'Importateur', now())`,
  );
  const c = await signIn('MIC', ['chef_service']);
  chef = c.s;
  agentIds = [c.id];
  for (let i = 0; i < 3; i++)
    agentIds.push((await createUser(ctx.db, { org: 'MIC', roles: ['agent_instructeur'] })).id);
  onssa = (await signIn('ONSSA', ['agent_instructeur'])).s;
  admin = (await signIn('PORTNET', ['admin_plateforme'])).s;
  const me = await get<{ user: SessionUser }>(chef, '/api/session');
  chefUser = me.body.user;
  await insertDossiers(150);
  await askOnssa(30);
}, 60_000);
afterAll(async () => ctx?.close());

/** Everything the rollups answer, for comparison across maintenance paths. */
async function snapshot(): Promise<unknown[]> {
  const out: unknown[] = [];
  for (const period of [
    { from: '2025-01-01', to: '2026-02-28' },
    { from: '2025-03-17', to: '2025-09-04' },
    { from: '2025-06-05', to: '2025-06-05' },
  ]) {
    for (const office of [null, '301', '310']) {
      for (const scope of [
        [{ orgId: orgs.get('MIC')!, isOwner: true, procedures: MIC_PROCS }],
        [{ orgId: orgs.get('ONSSA')!, isOwner: false, procedures: ['LI', 'LE'] }],
      ]) {
        const rows = await repo.aggregates(ctx.db, {
          scope,
          ranges: bucketRanges(period.from, period.to),
          office,
          agents: true,
        });
        out.push(rows.map((x) => JSON.stringify(x)).sort());
      }
    }
  }
  return out;
}

describe('dashboard rollups', () => {
  it('stay exact after inserts, updates and deletes: live (pending deltas), folded and rebuilt agree', async () => {
    await randomChanges();
    await askOnssa(40);
    await insertDossiers(40);
    await randomChanges();
    const live = await snapshot();
    const pending = await ctx.db.one<{ n: number }>(sql`SELECT count(*)::int AS n FROM dashboard_delta`);
    expect(pending?.n).toBeGreaterThan(0);
    expect(await repo.foldDeltas(ctx.db, ctx.clock.now())).toBeGreaterThan(0);
    const folded = await snapshot();
    expect(folded).toEqual(live);
    await randomChanges();
    const live2 = await snapshot();
    await repo.rebuild(ctx.db);
    expect(await snapshot()).toEqual(live2);
  }, 60_000);

  it('splits a period into whole months and ragged days', () => {
    expect(bucketRanges('2025-01-01', '2025-12-31')).toEqual({
      months: { from: '2025-01-01', to: '2025-12-01' },
      days: [],
    });
    expect(bucketRanges('2025-01-15', '2025-03-10')).toEqual({
      months: { from: '2025-02-01', to: '2025-02-01' },
      days: [
        { from: '2025-01-15', to: '2025-01-31' },
        { from: '2025-03-01', to: '2025-03-10' },
      ],
    });
    expect(bucketRanges('2025-01-15', '2025-01-20')).toEqual({
      months: null,
      days: [{ from: '2025-01-15', to: '2025-01-20' }],
    });
    expect(resolvePeriod('12m', '2026-11-28', {})).toEqual({ from: '2025-12-01', to: '2026-11-30' });
    expect(resolvePeriod('trimestre', '2026-11-28', {})).toEqual({ from: '2026-10-01', to: '2026-12-31' });
    expect(resolvePeriod('30j', '2026-03-01', {})).toEqual({ from: '2026-01-31', to: '2026-03-01' });
  });
});

/** The list URL of a cell, as the web builds it, and its total. */
async function listTotal(
  who: SignedIn,
  proc: string,
  q: Record<string, string | undefined>,
): Promise<number> {
  const qs = new URLSearchParams(Object.entries(q).filter((e): e is [string, string] => !!e[1]));
  const res = await get<{ total: { count: number; exact: boolean } }>(
    who,
    `/api/procedures/${proc}/dossiers?${qs}`,
  );
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  expect(res.body.total.exact).toBe(true);
  return res.body.total.count;
}

describe('every figure equals the total of its list', () => {
  it('for random periods, procedures and offices (chef MIC and consulted ONSSA agent)', async () => {
    // Unfolded deltas in play: the read must add them.
    await randomChanges();
    await insertDossiers(20);
    expect(
      (await ctx.db.one<{ n: number }>(sql`SELECT count(*)::int AS n FROM dashboard_delta`))?.n,
    ).toBeGreaterThan(0);
    const day = fc
      .integer({ min: 0, max: 420 })
      .map((d) => new Date(Date.UTC(2025, 0, 1) + d * 86_400_000).toISOString().slice(0, 10));
    await fc.assert(
      fc.asyncProperty(
        fc.tuple(day, day),
        fc.option(fc.constantFrom(...MIC_PROCS), { nil: undefined }),
        fc.option(fc.constantFrom(...OFFICES), { nil: undefined }),
        fc.boolean(),
        async ([a, b], procedure, office, asOnssa) => {
          const who = asOnssa ? onssa : chef;
          const [from, to] = a <= b ? [a, b] : [b, a];
          const proc = asOnssa && procedure && !['LI', 'LE'].includes(procedure) ? undefined : procedure;
          const qs = new URLSearchParams({ period: 'personnalisee', submittedFrom: from, submittedTo: to });
          if (proc) qs.set('procedure', proc);
          if (office) qs.set('customsOffice', office);
          const res = await get<DashboardResponse>(who, `/api/dashboard?${qs}`);
          expect(res.status, JSON.stringify(res.body)).toBe(200);
          const d = res.body;
          const base = { submittedFrom: from, submittedTo: to, customsOffice: office };
          for (const cell of d.byState) {
            expect(await listTotal(who, cell.procedure, { ...base, state: cell.state })).toBe(cell.count);
          }
          // Received per procedure = the list without a state filter (also catches a missing cell).
          for (const p of d.scope.procedures.filter((x) => !proc || x.code === proc)) {
            const received = d.byState.filter((c) => c.procedure === p.code).reduce((s, c) => s + c.count, 0);
            expect(await listTotal(who, p.code, base)).toBe(received);
          }
          for (const cell of d.byOffice.slice(0, 3)) {
            expect(await listTotal(who, cell.procedure, { ...base, customsOffice: cell.office })).toBe(
              cell.count,
            );
          }
          for (const cell of d.byChapter.slice(0, 3)) {
            expect(await listTotal(who, cell.procedure, { ...base, hsCode: cell.chapter })).toBe(cell.count);
          }
          for (const cell of d.byMonth.slice(0, 2)) {
            const mFrom = [`${cell.month}-01`, from].sort()[1];
            const end = new Date(Date.UTC(Number(cell.month.slice(0, 4)), Number(cell.month.slice(5, 7)), 0))
              .toISOString()
              .slice(0, 10);
            const mTo = [end, to].sort()[0];
            expect(
              await listTotal(who, cell.procedure, { ...base, submittedFrom: mFrom, submittedTo: mTo }),
            ).toBe(cell.count);
          }
          // Processing time, SLA, per-agent and overdue figures (their own list filters, migration 0402).
          const procs = d.scope.procedures.filter((x) => !proc || x.code === proc).map((x) => x.code);
          for (const p of procs) {
            const months = d.byMonth.filter((m) => m.procedure === p);
            const within = months.reduce((s, m) => s + m.withinSla, 0);
            const late = months.reduce((s, m) => s + m.late, 0);
            expect(await listTotal(who, p, { ...base, decidedWithinSla: 'true' })).toBe(within);
            expect(await listTotal(who, p, { ...base, decidedWithinSla: 'false' })).toBe(late);
            const classes = d.durationsByProcedure.filter((c) => c.procedure === p);
            // Medians and p90 open the decided dossiers they are computed over: every class.
            expect(await listTotal(who, p, { ...base, processingDays: '0-' })).toBe(
              classes.reduce((s, c) => s + c.count, 0),
            );
            for (const c of classes.slice(0, 3)) {
              expect(
                await listTotal(who, p, { ...base, processingDays: `${c.fromDays}-${c.toDays ?? ''}` }),
              ).toBe(c.count);
            }
            const overdue = d.overdueByProcedure.find((o) => o.procedure === p)?.count ?? 0;
            expect(await listTotal(who, p, { ...base, overdue: 'true' })).toBe(overdue);
          }
          for (const m of d.byMonth.slice(0, 2)) {
            const mFrom = [`${m.month}-01`, from].sort()[1];
            const end = new Date(Date.UTC(Number(m.month.slice(0, 4)), Number(m.month.slice(5, 7)), 0))
              .toISOString()
              .slice(0, 10);
            const mTo = [end, to].sort()[0];
            const month = { ...base, submittedFrom: mFrom, submittedTo: mTo };
            expect(await listTotal(who, m.procedure, { ...month, decidedWithinSla: 'true' })).toBe(
              m.withinSla,
            );
            expect(await listTotal(who, m.procedure, { ...month, decidedWithinSla: 'false' })).toBe(m.late);
          }
          expect(d.agents === null).toBe(asOnssa);
          for (const a of (d.agents ?? []).slice(0, 3)) {
            expect(a.byProcedure.reduce((s, x) => s + x.open, 0)).toBe(a.open);
            expect(a.byProcedure.reduce((s, x) => s + x.decided, 0)).toBe(a.decided);
            for (const x of a.byProcedure) {
              const q = { ...base, agent: String(a.userId) };
              expect(await listTotal(who, x.procedure, { ...q, stage: 'open' })).toBe(x.open);
              expect(await listTotal(who, x.procedure, { ...q, stage: 'decided' })).toBe(x.decided);
            }
          }
          const sumImport = d.byState
            .filter((c) => d.scope.procedures.find((p) => p.code === c.procedure)?.direction === 'import')
            .reduce((s, c) => s + c.count, 0);
          expect(d.figures.import.received).toBe(sumImport);
        },
      ),
      { numRuns: 25, seed: 7 },
    );
  }, 120_000);
});

describe('scope and parameters', () => {
  it('S32: a consulted organisation counts only the dossiers it was asked about; others are not in its scope', async () => {
    const res = await get<DashboardResponse>(
      onssa,
      '/api/dashboard?period=personnalisee&submittedFrom=2024-01-01&submittedTo=2026-12-31',
    );
    expect(res.status).toBe(200);
    const truth = await ctx.db.one<{ n: number }>(sql`
      SELECT count(*)::int AS n FROM dossier d WHERE procedure_code IN ('LI', 'LE')
         AND EXISTS (SELECT 1 FROM dossier_opinion o WHERE o.dossier_id = d.id AND o.organisation_id = ${orgs.get('ONSSA')})`);
    const total = res.body.figures.import.received + res.body.figures.export.received;
    expect(total).toBe(truth?.n);
    // ANRT's equipment approvals consult nobody: not in ONSSA's scope.
    expect(res.body.scope.procedures.map((p) => p.code)).not.toContain('AET');
    expect(res.body.agents).toBeNull();
    // Someone else's procedure, or the organisation filter, cannot widen the scope.
    expect((await get(onssa, '/api/dashboard?procedure=AET')).status).toBe(404);
    expect((await get(onssa, '/api/dashboard?organisation=MIC')).status).toBe(403);
  });

  it('S32: the platform administrator sees every organisation and may narrow to one; figures are not links', async () => {
    const all = await get<DashboardResponse>(
      admin,
      '/api/dashboard?period=personnalisee&submittedFrom=2024-01-01&submittedTo=2026-12-31',
    );
    expect(all.status).toBe(200);
    const truth = await ctx.db.one<{ n: number }>(sql`SELECT count(*)::int AS n FROM dossier`);
    expect(all.body.figures.import.received + all.body.figures.export.received).toBe(truth?.n);
    expect(all.body.scope.organisations?.some((o) => o.code === 'MIC')).toBe(true);
    const overdue = await ctx.db.one<{ n: number }>(sql`
      SELECT count(*)::int AS n FROM dossier
       WHERE state IN ('soumise', 'en_instruction', 'complement_demande', 'attente_avis')
         AND sla_paused_at IS NULL AND sla_due_at < ${ctx.clock.now()}`);
    expect(overdue?.n).toBeGreaterThan(0);
    expect(all.body.figures.import.overdue + all.body.figures.export.overdue).toBe(overdue?.n);
    expect(all.body.scope.procedures.every((p) => !p.linkable)).toBe(true);
    const onlyOnssa = await get<DashboardResponse>(admin, '/api/dashboard?organisation=ONSSA');
    expect(onlyOnssa.body.scope.procedures.length).toBeGreaterThan(0);
    expect(onlyOnssa.body.figures.import.received + onlyOnssa.body.figures.export.received).toBe(0);
  });

  it('a chef de service sees the workload and throughput of the agents of their organisation', async () => {
    const d = await dashboard(ctx.deps, chefUser, {
      period: 'personnalisee',
      submittedFrom: '2024-01-01',
      submittedTo: '2026-12-31',
    });
    const truth = await ctx.db.query<{ a: number; open: number; decided: number }>(sql`
      SELECT assignee_user_id AS a,
             count(*) FILTER (WHERE state IN ('soumise', 'en_instruction', 'complement_demande', 'attente_avis'))::int AS open,
             count(*) FILTER (WHERE decided_at IS NOT NULL
                               AND state NOT IN ('soumise', 'en_instruction', 'complement_demande', 'attente_avis'))::int AS decided
        FROM dossier WHERE assignee_user_id IS NOT NULL GROUP BY 1`);
    for (const t of truth) {
      const a = d.agents?.find((x) => x.userId === t.a);
      expect({ open: a?.open ?? 0, decided: a?.decided ?? 0 }).toEqual({ open: t.open, decided: t.decided });
    }
  });

  it('the per-process cache never serves a stale figure: a change between two identical requests shows', async () => {
    const url =
      '/api/dashboard?period=personnalisee&submittedFrom=2024-01-01&submittedTo=2026-12-31&procedure=DFD';
    const before = (await get<DashboardResponse>(chef, url)).body;
    const again = (await get<DashboardResponse>(chef, url)).body;
    expect(again.figures).toEqual(before.figures);
    const target = await ctx.db.one<{ id: number }>(
      sql`SELECT id FROM dossier WHERE procedure_code = 'DFD' AND state <> 'rejetee' ORDER BY id LIMIT 1`,
    );
    await ctx.db.query(sql`UPDATE dossier SET state = 'rejetee' WHERE id = ${target!.id}`);
    const after = (await get<DashboardResponse>(chef, url)).body;
    expect(after.figures.import.rejected).toBe(before.figures.import.rejected + 1);
    expect(after.figures.import.received).toBe(before.figures.import.received);
    await repo.foldDeltas(ctx.db, ctx.clock.now());
    expect((await get<DashboardResponse>(chef, url)).body.figures).toEqual(after.figures);
    await ctx.db.query(sql`DELETE FROM dossier WHERE id = ${target!.id}`);
    const deleted = (await get<DashboardResponse>(chef, url)).body;
    expect(deleted.figures.import.received).toBe(before.figures.import.received - 1);
  });

  it('S33: invalid filters get a clear French error', async () => {
    const cases: [string, RegExp][] = [
      ['period=personnalisee', /date de début et la date de fin/],
      ['period=personnalisee&submittedFrom=2025-05-01&submittedTo=2025-04-01', /postérieure/],
      ['period=hier', /Période inconnue/],
      ["customsOffice=301'%20OR%201=1--", /bureau douanier invalide/],
      ['submittedFrom=2025-02-30&period=personnalisee&submittedTo=2025-03-01', /Date invalide/],
    ];
    for (const [qs, message] of cases) {
      const res = await get<{ error: { code: string; details?: { fields?: { message: string }[] } } }>(
        chef,
        `/api/dashboard?${qs}`,
      );
      expect(res.status, qs).toBe(400);
      expect(JSON.stringify(res.body.error)).toMatch(message);
    }
    expect((await get(chef, '/api/dashboard?customsOffice=999')).status).toBe(400);
  });

  it('S33: the list filters behind the links are validated with a clear French message', async () => {
    const cases: [string, RegExp][] = [
      ['processingDays=3-2', /bornes en jours entiers/],
      ['processingDays=31-', /bornes en jours entiers/],
      ["processingDays=1'%20OR%201=1--", /Délai de traitement/],
      ['decidedWithinSla=oui', /true ou false/],
      ['stage=closed', /open ou decided/],
      ['agent=abc', /identifiant numérique/],
      ['overdue=false', /En retard/],
    ];
    for (const [qs, message] of cases) {
      const res = await get<{ error: unknown }>(chef, `/api/procedures/DFD/dossiers?${qs}`);
      expect(res.status, qs).toBe(400);
      expect(JSON.stringify(res.body.error), qs).toMatch(message);
    }
    // An agent id narrows, never widens: a consulted organisation still sees only what it was asked about.
    const asked = await listTotal(onssa, 'LI', {});
    expect(await listTotal(onssa, 'LI', { agent: String(agentIds[1]) })).toBeLessThanOrEqual(asked);
  });

  it('needs a session', async () => {
    const res = await ctx.app.inject({ method: 'GET', url: '/api/dashboard' });
    expect(res.statusCode).toBe(401);
  });
});

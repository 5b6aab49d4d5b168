// The « Gestion des demandes » list: filters, sorting, keyset paging, totals, column choice,
// validation (S33) and access across organisations (S32), statement counts.
import { type DossierListItem, LIST_COLUMNS } from '@portail/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDossiers } from '../../db/seed/dossiers/generate.ts';
import { sql } from '../../db/sql.ts';
import { createTestApp, createUser, type SignedIn, signInAs } from '../../test/harness.ts';
import { catalogueFor } from '../catalogue/service.ts';
import { submitDossier } from './intake.ts';
import { filterConditions, type ListFilters, operatorsNamedLike } from './repo.ts';
import { createCaller, dfdBody } from './test-support.ts';

let ctx: Awaited<ReturnType<typeof createTestApp>>;
let mic: SignedIn;
let onssa: SignedIn;
let anrt: SignedIn;
let bv: SignedIn;
let dfdTotal: number;

const list = async (who: SignedIn, qs: string, code = 'DFD') =>
  ctx.app.inject({ url: `/api/procedures/${code}/dossiers?${qs}`, headers: who.headers });

beforeAll(async () => {
  ctx = await createTestApp();
  await generateDossiers(ctx.db, await catalogueFor(ctx.deps), { count: 500, now: ctx.clock.now() });
  mic = await signInAs(ctx, (await createUser(ctx.db, { org: 'MIC', roles: ['agent_instructeur'] })).id);
  onssa = await signInAs(ctx, (await createUser(ctx.db, { org: 'ONSSA', roles: ['agent_instructeur'] })).id);
  anrt = await signInAs(ctx, (await createUser(ctx.db, { org: 'ANRT', roles: ['agent_instructeur'] })).id);
  bv = await signInAs(ctx, (await createUser(ctx.db, { org: 'BV', roles: ['agent_instructeur'] })).id);
  dfdTotal = (await ctx.db.one<{ n: number }>(
    sql`SELECT count(*)::int AS n FROM dossier WHERE procedure_code = 'DFD'`,
  ))!.n;
}, 300_000);
afterAll(async () => ctx.close());

describe('list', () => {
  it('returns the guide columns, most recent first, with an exact total', async () => {
    const res = await list(mic, 'pageSize=10');
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.items).toHaveLength(10);
    expect(body.total).toEqual({ count: dfdTotal, exact: true });
    expect(Object.keys(body.items[0]).sort()).toEqual(
      [
        'id',
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
      ].sort(),
    );
    const dates = body.items.map((i: { submittedAt: string }) => i.submittedAt);
    expect([...dates].sort().reverse()).toEqual(dates);
    expect(body.items[0].reference).toMatch(/^DFD-\d{4}-\d{6}$/);
  });

  it('keyset paging visits every dossier once, in order, for every sortable column and both directions', async () => {
    for (const sort of LIST_COLUMNS) {
      for (const dir of ['asc', 'desc'] as const) {
        const seen: number[] = [];
        const pages: number[][] = [];
        let cursor: string | null = null;
        do {
          const res = await list(
            mic,
            `pageSize=50&sort=${sort}&dir=${dir}${cursor ? `&cursor=${cursor}` : ''}`,
          );
          expect(res.statusCode, `${sort} ${dir}`).toBe(200);
          const ids = res.json().items.map((i: { id: number }) => i.id);
          pages.push(ids);
          seen.push(...ids);
          cursor = res.json().nextCursor;
        } while (cursor);
        expect(new Set(seen).size, `${sort} ${dir} duplicates`).toBe(seen.length);
        expect(seen.length, `${sort} ${dir} gaps`).toBe(dfdTotal);
        // Backwards from the last page gives the same pages.
        const last = await list(mic, `pageSize=50&sort=${sort}&dir=${dir}`);
        let prev: string | null = null;
        let forward: string | null = last.json().nextCursor;
        let lastPage = last.json();
        while (forward) {
          lastPage = (await list(mic, `pageSize=50&sort=${sort}&dir=${dir}&cursor=${forward}`)).json();
          forward = lastPage.nextCursor;
        }
        prev = lastPage.prevCursor;
        let index = pages.length - 2;
        while (prev) {
          const page = (await list(mic, `pageSize=50&sort=${sort}&dir=${dir}&cursor=${prev}`)).json();
          expect(
            page.items.map((i: { id: number }) => i.id),
            `${sort} ${dir} back`,
          ).toEqual(pages[index]);
          index -= 1;
          prev = page.prevCursor;
        }
        expect(index).toBe(-1);
      }
    }
  }, 300_000);

  it('keyset paging with an importer-name filter (page read in two steps) is the same list, both ways', async () => {
    for (const [sort, dir] of [
      ['submittedAt', 'desc'],
      ['importer', 'asc'],
    ] as const) {
      const qs = `importer=a&sort=${sort}&dir=${dir}`;
      const whole = (await list(mic, `${qs}&pageSize=100`)).json();
      const expected = whole.items.map((i: { id: number }) => i.id);
      expect(expected.length, 'the filter matches more than one page').toBeGreaterThan(20);
      const pages: number[][] = [];
      let cursor: string | null = null;
      let last: { prevCursor: string | null } | null = null;
      do {
        const page: { items: { id: number }[]; nextCursor: string | null; prevCursor: string | null } = (
          await list(mic, `${qs}&pageSize=10${cursor ? `&cursor=${cursor}` : ''}`)
        ).json();
        pages.push(page.items.map((i: { id: number }) => i.id));
        last = page;
        cursor = pages.flat().length < expected.length ? page.nextCursor : null;
      } while (cursor);
      expect(pages.flat(), `${sort} ${dir}`).toEqual(expected.slice(0, pages.flat().length));
      let prev = last?.prevCursor ?? null;
      for (let index = pages.length - 2; index >= 0; index -= 1) {
        const page = (await list(mic, `${qs}&pageSize=10&cursor=${prev}`)).json();
        expect(
          page.items.map((i: { id: number }) => i.id),
          `${sort} ${dir} back`,
        ).toEqual(pages[index]);
        prev = page.prevCursor;
      }
      expect(prev).toBeNull();
    }
  });

  it('the importer-name filter selects the same dossiers with the operators looked up first (cache) or inside the statement', async () => {
    for (const text of ['a', 'SOCIÉTÉ', 'zzz-none']) {
      const ids = await operatorsNamedLike(ctx.db, text, 100_000);
      const count = async (f: ListFilters) =>
        (await ctx.db.one<{ n: number }>(
          sql`SELECT count(*)::int AS n FROM dossier d ${sql.where(filterConditions(f, /^$/))}`,
        ))!.n;
      const inside = await count({ importer: text });
      expect(await count({ importer: text, importerOperatorIds: ids }), text).toBe(inside);
      if (text === 'a') expect(inside).toBeGreaterThan(0);
      if (text === 'zzz-none') expect(ids).toEqual([]);
    }
  });

  it('orders by the column as PostgreSQL does', async () => {
    const res = (await list(mic, 'pageSize=100&sort=importer&dir=asc')).json();
    const expected = await ctx.db.query<{ id: number }>(
      sql`SELECT id FROM dossier WHERE procedure_code = 'DFD' ORDER BY importer_name, id LIMIT 100`,
    );
    expect(res.items.map((i: { id: number }) => i.id)).toEqual(expected.map((e) => Number(e.id)));
  });

  it('filters by N° DFD (complete or partial), catégorie, état, period, importer, bureau, nomenclature', async () => {
    const sample = (await list(mic, 'pageSize=100')).json().items;
    const one = sample[3];
    const exact = (await list(mic, `reference=${one.reference}`)).json();
    expect(exact.items.map((i: { id: number }) => i.id)).toEqual([one.id]);
    const partial = (await list(mic, `reference=${one.reference.slice(-6).toLowerCase()}`)).json();
    expect(partial.items.map((i: { id: number }) => i.id)).toContain(one.id);

    const checks: [string, (i: DossierListItem) => boolean][] = [
      ['category=ale', (i: DossierListItem) => i.category?.code === 'ale'],
      ['state=rejetee', (i: DossierListItem) => i.state.code === 'rejetee'],
      [`importer=${one.importer.ice}`, (i: DossierListItem) => i.importer.ice === one.importer.ice],
      [
        `customsOffice=${one.customsOffice.code}`,
        (i: DossierListItem) => i.customsOffice?.code === one.customsOffice.code,
      ],
      [`hsCode=${one.hsCode.slice(0, 4)}`, () => true],
      [
        'submittedFrom=2025-01-01&submittedTo=2025-06-30',
        (i: DossierListItem) => i.submittedAt >= '2024-12-31T23' && i.submittedAt < '2025-07-01',
      ],
    ];
    for (const [qs, ok] of checks) {
      const res = await list(mic, `pageSize=100&${qs}`);
      expect(res.statusCode, qs).toBe(200);
      const items = res.json().items;
      expect(items.length, qs).toBeGreaterThan(0);
      expect(items.every(ok), qs).toBe(true);
    }
    // Importer name without accents or case; nomenclature prefix on any goods line.
    const name = one.importer.name as string;
    const byName = (
      await list(mic, `pageSize=100&importer=${encodeURIComponent(name.toUpperCase())}`)
    ).json();
    expect(byName.items.some((i: { id: number }) => i.id === one.id)).toBe(true);
    // A part of the name, typed without its accents: every row shown is an importer whose name holds it.
    const plain = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
    const part = plain(name).slice(2, 9);
    const byPart = (await list(mic, `pageSize=100&importer=${encodeURIComponent(part)}`)).json();
    expect(byPart.items.some((i: { id: number }) => i.id === one.id)).toBe(true);
    expect(
      byPart.items.every((i: DossierListItem) => plain(i.importer.name).includes(part)),
      part,
    ).toBe(true);
    const hs = (await list(mic, `pageSize=100&hsCode=${one.hsCode.slice(0, 4)}`)).json();
    expect(hs.items.some((i: { id: number }) => i.id === one.id)).toBe(true);
  });

  it('says « plus de » past the exact-count threshold (count capped)', async () => {
    const body = (await list(mic, 'pageSize=10')).json();
    expect(body.total.exact).toBe(true); // 500 rows here; the threshold (10,000) is covered by the bench data
  });

  it('S33: refuses invalid parameters with French messages and field paths', async () => {
    const cases = [
      ['pageSize=7', 'pageSize'],
      ['sort=password', 'sort'],
      ['dir=sideways', 'dir'],
      ['state=inconnu', 'state'],
      ['submittedFrom=01/02/2026', 'submittedFrom'],
      ['hsCode=84a1', 'hsCode'],
      ['customsOffice=%27%3B--', 'customsOffice'],
      ['category=pirate', 'category'],
      ['cursor=abc', 'cursor'],
      ['submittedFrom=2026-02-01&submittedTo=2026-01-01', 'submittedTo'],
      [`reference=${'x'.repeat(41)}`, 'reference'],
    ];
    for (const [qs, path] of cases) {
      const res = await list(mic, qs);
      expect(res.statusCode, qs).toBe(400);
      const err = res.json().error;
      expect(err.code).toBe('VALIDATION');
      expect(
        err.details.fields.map((f: { path: string }) => f.path),
        qs,
      ).toContain(path);
      expect(JSON.stringify(err)).not.toMatch(/ZodError|invalid_type|Expected/);
    }
  });

  it('S33: SQL-injection and XSS payloads in every text filter are inert', async () => {
    const payloads = [
      "' OR '1'='1",
      "'; DROP TABLE dossier; --",
      '<script>alert(1)</script>',
      '%',
      '_',
      '\\',
      '%_%',
    ];
    for (const p of payloads) {
      for (const key of ['reference', 'importer', 'goods']) {
        const res = await list(mic, `${key}=${encodeURIComponent(p)}`);
        expect(res.statusCode, `${key}=${p}`).toBe(200);
        // Wildcards match literally: only rows whose text contains the payload itself come back.
        const field = (i: DossierListItem) =>
          key === 'reference' ? i.reference : key === 'importer' ? i.importer.name : i.goods;
        for (const item of res.json().items)
          expect(field(item).toLowerCase(), `${key}=${p}`).toContain(p.toLowerCase());
        if (p !== '%') expect(res.json().items, `${key}=${p}`).toEqual([]);
      }
    }
    expect((await ctx.db.one<{ n: number }>(sql`SELECT count(*)::int AS n FROM dossier`))!.n).toBeGreaterThan(
      0,
    );
  });

  it('S32: an agent of another organisation cannot list the procedure, even by its code', async () => {
    // ANRT runs its own procedure and is consulted on licences, never on the DFD.
    const res = await list(anrt, 'pageSize=10', 'DFD');
    expect(res.statusCode).toBe(404);
    const exp = await ctx.app.inject({
      url: '/api/procedures/DFD/dossiers/export.csv',
      headers: anrt.headers,
    });
    expect(exp.statusCode).toBe(404);
  });

  it('S32: a consulted body lists only the dossiers it was asked about', async () => {
    const res = await list(bv, 'pageSize=100', 'COC');
    expect(res.statusCode).toBe(200);
    const ids = res.json().items.map((i: { id: number }) => i.id);
    const asked = await ctx.db.query<{ id: number }>(sql`
      SELECT d.id FROM dossier d JOIN dossier_opinion o ON o.dossier_id = d.id JOIN organisation org ON org.id = o.organisation_id
       WHERE d.procedure_code = 'COC' AND org.code = 'BV' ORDER BY d.submitted_at DESC, d.id DESC LIMIT 100`);
    expect(ids).toEqual(asked.map((a) => Number(a.id)));
    expect(ids.length).toBeGreaterThan(0);
  });

  it('without a session: 401', async () => {
    const res = await ctx.app.inject({ url: '/api/procedures/DFD/dossiers' });
    expect(res.statusCode).toBe(401);
  });

  it('costs a bounded number of statements whatever the page size (no N+1)', async () => {
    const count = async (qs: string) => {
      let n = 0;
      const off = ctx.db.onQuery(() => {
        n += 1;
      });
      const res = await list(mic, qs);
      off();
      expect(res.statusCode).toBe(200);
      return n;
    };
    // Any write drops the per-process read caches (ADR 0004): start from cold ones.
    await ctx.db.query(sql`UPDATE app_user SET updated_at = updated_at WHERE false`);
    expect(await count('pageSize=10')).toBeLessThanOrEqual(3); // session + page + count/preferences
    // The session is now cached; a page ten times larger costs no more statements.
    expect(await count('pageSize=100&category=ale&state=acceptee')).toBeLessThanOrEqual(2);
    // The same filters again (paging, reopening the list): the total is not recounted.
    expect(await count('pageSize=100&category=ale&state=acceptee')).toBe(1);
  });

  it('remembers the column choice per user and procedure', async () => {
    const put = await ctx.app.inject({
      method: 'PUT',
      url: '/api/procedures/DFD/list-preferences',
      headers: mic.headers,
      payload: { columns: ['reference', 'state', 'importer'] },
    });
    expect(put.statusCode).toBe(200);
    expect((await list(mic, 'pageSize=10')).json().columns).toEqual(['reference', 'state', 'importer']);
    const bad = await ctx.app.inject({
      method: 'PUT',
      url: '/api/procedures/DFD/list-preferences',
      headers: mic.headers,
      payload: { columns: ['password'] },
    });
    expect(bad.statusCode).toBe(400);
    const csrf = await ctx.app.inject({
      method: 'PUT',
      url: '/api/procedures/DFD/list-preferences',
      headers: { cookie: mic.cookie },
      payload: { columns: ['reference'] },
    });
    expect(csrf.statusCode).toBe(403);
  });

  it('a dossier submitted through the API appears first in the list', async () => {
    const caller = await createCaller(ctx, 'Importateur Démo SARL');
    ctx.clock.advance(60_000);
    const r = await submitDossier(ctx.deps, caller, 'list-1', dfdBody(), '127.0.0.1');
    const first = (await list(mic, 'pageSize=10')).json().items[0];
    expect(first.reference).toBe(r.body.reference);
    expect(first.importer.name).toBe('Importateur Démo SARL');
    expect(first.state).toEqual({ code: 'soumise', label: 'Soumise' });
  });
});

describe('navigation and catalogue', () => {
  it('lists the procedures the user may see, by direction', async () => {
    const nav = (await ctx.app.inject({ url: '/api/navigation', headers: mic.headers })).json();
    expect(nav.procedures.map((p: { code: string }) => p.code)).toEqual(['DFD', 'LI', 'COC', 'LE']);
    expect(nav.procedures.find((p: { code: string }) => p.code === 'LE').direction).toBe('export');
    const onssaNav = (await ctx.app.inject({ url: '/api/navigation', headers: onssa.headers })).json();
    // ONSSA runs the SPS certificate and gives opinions on the DFD, LI, LE and cereals.
    expect(onssaNav.procedures.map((p: { code: string }) => p.code).sort()).toEqual([
      'DFD',
      'DIC',
      'LE',
      'LI',
      'SPS',
    ]);
  });

  it('serves a definition only to those who see the procedure', async () => {
    const res = await ctx.app.inject({ url: '/api/catalogue/procedures/DFD', headers: mic.headers });
    expect(res.statusCode).toBe(200);
    const def = res.json().definition;
    expect(def.listColumns.map((c: { label: { fr: string } }) => c.label.fr)).toEqual([
      "N° d'enregistrement",
      'Catégorie',
      'Importateur',
      'Date de soumission',
      'Avis',
      'Bureau douanier',
      'Marchandise',
      'Nomenclature',
      'Numéro de décision',
      'État',
    ]);
    expect(def.filters.slice(0, 3).map((c: { label: { fr: string } }) => c.label.fr)).toEqual([
      'N° DFD',
      'Catégorie',
      'État',
    ]);
    expect(
      (await ctx.app.inject({ url: '/api/catalogue/procedures/DFD', headers: anrt.headers })).statusCode,
    ).toBe(404);
  });

  it('searches the nomenclature by code or label (accents ignored)', async () => {
    const byCode = (await ctx.app.inject({ url: '/api/reference/hs?q=8418', headers: mic.headers })).json();
    expect(byCode.items[0].code.startsWith('8418')).toBe(true);
    const byLabel = (
      await ctx.app.inject({ url: '/api/reference/hs?q=refrigerateurs', headers: mic.headers })
    ).json();
    expect(byLabel.items.some((i: { label: string }) => i.label.includes('Réfrigérateurs'))).toBe(true);
    const offices = (
      await ctx.app.inject({ url: '/api/reference/customs-offices', headers: mic.headers })
    ).json();
    expect(offices.items.some((o: { code: string }) => o.code === '310')).toBe(true);
  });
});

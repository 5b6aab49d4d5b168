import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from '../../db/sql.ts';
import { audit } from '../../platform/audit.ts';
import { createTestApp, createUser, dbKind, type SignedIn, signInAs } from '../../test/harness.ts';

let t: Awaited<ReturnType<typeof createTestApp>>;
let platform: SignedIn;
let micAdmin: SignedIn;
let agent: SignedIn;
let onssaOrgId: number;

beforeAll(async () => {
  t = await createTestApp();
  platform = await signInAs(t, (await createUser(t.db, { org: 'PORTNET', roles: ['admin_plateforme'] })).id);
  micAdmin = await signInAs(t, (await createUser(t.db, { org: 'MIC', roles: ['admin_organisation'] })).id);
  agent = await signInAs(t, (await createUser(t.db, { org: 'MIC', roles: ['agent_instructeur'] })).id);
  const orgs = await t.db.query<{ id: number; code: string }>(sql`SELECT id, code FROM organisation`);
  const id = (code: string) => orgs.find((o) => o.code === code)!.id;
  onssaOrgId = id('ONSSA');
  await audit(t.db, t.clock.now(), {
    event: 'auth.login',
    actor: { orgId: id('MIC'), label: 'mic.someone', ip: '10.1.1.1' },
  });
  await audit(t.db, t.clock.now(), {
    event: 'auth.login',
    outcome: 'failure',
    actor: { orgId: onssaOrgId, label: 'onssa.x' },
  });
});
afterAll(async () => t.close());

const csv = (body: string, who: SignedIn) =>
  t.app.inject({
    method: 'POST',
    url: '/api/admin/reference/hs/import',
    headers: { ...who.headers, 'content-type': 'text/csv' },
    payload: body,
  });

describe(`administration on ${dbKind}`, () => {
  it('refuses the console to agents', async () => {
    const res = await t.app.inject({ url: '/api/admin/audit', headers: agent.headers });
    expect(res.statusCode).toBe(403);
  });

  it('S32: an organisation administrator sees only their organisation in the audit trail', async () => {
    const all = await t.app.inject({ url: '/api/admin/audit', headers: platform.headers });
    expect(all.json().entries.map((e: { actorLabel: string }) => e.actorLabel)).toEqual(
      expect.arrayContaining(['mic.someone', 'onssa.x']),
    );
    const mine = await t.app.inject({ url: '/api/admin/audit', headers: micAdmin.headers });
    const labels = mine.json().entries.map((e: { actorLabel: string }) => e.actorLabel);
    expect(labels).toContain('mic.someone');
    expect(labels).not.toContain('onssa.x');
    const orgs = await t.app.inject({ url: '/api/admin/organisations', headers: micAdmin.headers });
    expect(orgs.json().organisations.map((o: { code: string }) => o.code)).toEqual(['MIC']);
  });

  it('filters the audit trail and pages it by keyset', async () => {
    for (let i = 0; i < 25; i++)
      await audit(t.db, t.clock.now(), { event: 'dossier.viewed', objectType: 'dossier', objectId: i });
    const first = await t.app.inject({
      url: '/api/admin/audit?event=dossier.&limit=10',
      headers: platform.headers,
    });
    const p1 = first.json();
    expect(p1.entries).toHaveLength(10);
    const second = await t.app.inject({
      url: `/api/admin/audit?event=dossier.&limit=10&cursor=${p1.nextCursor}`,
      headers: platform.headers,
    });
    const ids = [...p1.entries, ...second.json().entries].map((e: { id: number }) => e.id);
    expect(new Set(ids).size).toBe(20);
    expect(ids).toEqual([...ids].sort((a, b) => b - a));
    const failures = await t.app.inject({
      url: '/api/admin/audit?outcome=failure',
      headers: platform.headers,
    });
    expect(failures.json().entries.every((e: { outcome: string }) => e.outcome === 'failure')).toBe(true);
  });

  it('exports the filtered audit trail as CSV for a French Excel, formula-safe, and audits the export', async () => {
    await audit(t.db, t.clock.now(), {
      event: 'auth.login',
      outcome: 'failure',
      actor: { label: '=HYPERLINK("x")' },
    });
    const res = await t.app.inject({
      url: '/api/admin/audit/export.csv?outcome=failure',
      headers: platform.headers,
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/text\/csv/);
    expect(res.body.startsWith('\uFEFFN°;Date (UTC);Événement')).toBe(true);
    const lines = res.body.trim().split('\r\n');
    expect(lines.slice(1).every((l) => l.includes(';failure;'))).toBe(true);
    expect(res.body).toContain(`'=HYPERLINK`);
    const mine = await t.app.inject({ url: '/api/admin/audit/export.csv', headers: micAdmin.headers });
    expect(mine.body).not.toContain('onssa.x');
    const logged = await t.db.one<{ n: number }>(
      sql`SELECT count(*)::int AS n FROM audit_log WHERE event = 'admin.audit.exported'`,
    );
    expect(logged!.n).toBe(2);
  });

  it('S33: rejects invalid audit filters and treats injection text as data', async () => {
    expect(
      (await t.app.inject({ url: '/api/admin/audit?outcome=maybe', headers: platform.headers })).statusCode,
    ).toBe(400);
    expect(
      (await t.app.inject({ url: "/api/admin/audit?event=x'%20OR%201=1", headers: platform.headers }))
        .statusCode,
    ).toBe(400);
    const res = await t.app.inject({
      url: '/api/admin/audit?q=%27%3B%20DROP%20TABLE%20audit_log%3B--',
      headers: platform.headers,
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().entries).toEqual([]);
  });

  it('imports an HS nomenclature CSV, all or nothing, with per-line errors', async () => {
    const bad = await csv(
      'code;libellé\n8471;Machines automatiques de traitement de l’information\n84AB;Oups\n9999999999;Sans parent\n',
      platform,
    );
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.message).toMatch(/Aucune modification/);
    expect(bad.json().error.details.lines).toEqual([
      { line: 3, message: 'code « 84AB » invalide : 2, 4, 6 ou 10 chiffres attendus' },
      { line: 4, message: 'code 9999999999 : position parente 999999 ou 9999 inconnue' },
    ]);
    const before = await t.db.one<{ label_fr: string }>(
      sql`SELECT label_fr FROM hs_code WHERE code = '8471'`,
    );

    const good = await csv(
      '\uFEFFcode;libellé\n8471;"Machines automatiques de traitement de l\'information; unités"\n847130;Machines portables\n8471300010;Ordinateurs portables d\'un poids ≤ 10 kg\n',
      platform,
    );
    expect(good.statusCode).toBe(200);
    expect(good.json()).toMatchObject({ imported: 3 });
    const after = await t.db.one<{ label_fr: string }>(sql`SELECT label_fr FROM hs_code WHERE code = '8471'`);
    expect(after!.label_fr).toBe("Machines automatiques de traitement de l'information; unités");
    expect(after!.label_fr).not.toBe(before?.label_fr);
    const line = await t.db.one<{ level: number }>(sql`SELECT level FROM hs_code WHERE code = '8471300010'`);
    expect(line!.level).toBe(10);
    const logged = await t.db.one<{ n: number }>(
      sql`SELECT count(*)::int AS n FROM audit_log WHERE event = 'admin.reference.hs_imported'`,
    );
    expect(logged!.n).toBe(1);
  });

  it('imports Arabic and English labels from named columns, with per-line errors', async () => {
    const labels = (code: string) =>
      t.db.one<{ label_fr: string; label_ar: string | null; label_en: string | null }>(
        sql`SELECT label_fr, label_ar, label_en FROM hs_code WHERE code = ${code}`,
      );
    const bad = await csv(
      'code;label_fr;label_ar;label_en\n' +
        '0902;Thé;شاي;Tea\n' +
        '0904;Poivre;Pepper;بهار\n' +
        `0910;Épices;${'ت'.repeat(501)};Spices\n` +
        '0901;Café;بن;Coffee;en trop\n',
      platform,
    );
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details.lines).toEqual([
      { line: 3, message: 'libellé arabe du code 0904 sans lettre arabe (colonnes inversées ?)' },
      { line: 4, message: 'libellé arabe trop long pour le code 0910 (500 caractères au plus)' },
      { line: 5, message: 'colonnes en trop : 4 colonnes attendues' },
    ]);
    expect(await labels('0902')).toMatchObject({ label_ar: 'شاي، وإن كان منكهًا' }); // nothing written

    const unknown = await csv('code;label_fr;arabic\n0902;Thé;شاي\n', platform);
    expect(unknown.json().error.details.lines).toEqual([
      {
        line: 1,
        message:
          'colonne « arabic » inconnue : colonnes attendues code, label_fr (ou libellé), label_ar, label_en',
      },
    ]);

    // Any order, accents and case ignored in the header; an empty cell removes that translation.
    const good = await csv(
      'Label_EN,Code,Libellé,label_ar\n"Tea, whether or not flavoured",0902,Thé,شاي\n,0406,Fromages et caillebotte,أجبان\n',
      platform,
    );
    expect(good.statusCode).toBe(200);
    expect(good.json()).toMatchObject({ imported: 2, updated: 2 });
    expect(await labels('0902')).toEqual({
      label_fr: 'Thé',
      label_ar: 'شاي',
      label_en: 'Tea, whether or not flavoured',
    });
    expect(await labels('0406')).toEqual({
      label_fr: 'Fromages et caillebotte',
      label_ar: 'أجبان',
      label_en: null,
    });

    // Without the columns (the French-only format), translations are left as they were.
    expect((await csv('code;libellé\n0902;Thé, même aromatisé\n', platform)).statusCode).toBe(200);
    expect(await labels('0902')).toEqual({
      label_fr: 'Thé, même aromatisé',
      label_ar: 'شاي',
      label_en: 'Tea, whether or not flavoured',
    });
    // Only English: Arabic untouched.
    expect((await csv('code;label_fr;label_en\n0902;Thé;Tea\n', platform)).statusCode).toBe(200);
    expect(await labels('0902')).toMatchObject({ label_ar: 'شاي', label_en: 'Tea' });

    const audit = await t.db.one<{ details: { labelsAr: number; labelsEn: number } }>(
      sql`SELECT details FROM audit_log WHERE event = 'admin.reference.hs_imported' ORDER BY id DESC LIMIT 1`,
    );
    expect(audit!.details).toMatchObject({ labelsAr: 0, labelsEn: 1 });
  });

  it('only platform administrators change reference data', async () => {
    expect((await csv('01;Animaux vivants\n', micAdmin)).statusCode).toBe(403);
    const res = await t.app.inject({
      method: 'PUT',
      url: '/api/admin/reference/customs-offices/399',
      headers: platform.headers,
      payload: { name: 'Bureau de test', city: 'Rabat', kind: 'intérieur', active: true },
    });
    expect(res.statusCode).toBe(200);
    const bad = await t.app.inject({
      method: 'PUT',
      url: '/api/admin/reference/customs-offices/399',
      headers: platform.headers,
      payload: { name: 'X', city: 'Rabat', kind: 'lunaire', active: true },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details.fields.map((f: { path: string }) => f.path)).toEqual(
      expect.arrayContaining(['name', 'kind']),
    );
  });
});

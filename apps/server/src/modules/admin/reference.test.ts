// Reference-data administration: countries, units and reasons created, relabelled in three
// languages and deactivated (never deleted), per-field French errors, audited, platform only.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, createUser, dbKind, type SignedIn, signInAs } from '../../test/harness.ts';
import { submitDossier } from '../dossiers/intake.ts';
import { createCaller, dfdBody } from '../dossiers/test-support.ts';

let t: Awaited<ReturnType<typeof createTestApp>>;
let platform: SignedIn;
let micAdmin: SignedIn;
let agent: SignedIn;

beforeAll(async () => {
  t = await createTestApp();
  platform = await signInAs(t, (await createUser(t.db, { org: 'PORTNET', roles: ['admin_plateforme'] })).id);
  micAdmin = await signInAs(t, (await createUser(t.db, { org: 'MIC', roles: ['admin_organisation'] })).id);
  agent = await signInAs(t, (await createUser(t.db, { org: 'MIC', roles: ['agent_instructeur'] })).id);
}, 300_000);
afterAll(async () => t.close());

const req = (who: SignedIn, method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) =>
  t.app.inject({ method, url, headers: who.headers, payload });

describe(`reference data administration on ${dbKind}`, () => {
  it('lists countries, units and reasons with their three labels', async () => {
    for (const table of ['countries', 'units', 'reasons']) {
      const res = await req(platform, 'GET', `/api/admin/reference/${table}`);
      expect(res.statusCode).toBe(200);
      expect(res.json().items.length).toBeGreaterThan(5);
    }
    const ma = (await req(platform, 'GET', '/api/admin/reference/countries'))
      .json()
      .items.find((c: { code: string }) => c.code === 'MA');
    expect(ma).toMatchObject({ labelFr: 'Maroc', active: true, kind: null });
    expect(ma.labelAr).toBeTruthy();
    const reason = (await req(platform, 'GET', '/api/admin/reference/reasons')).json().items[0];
    expect(reason.kind).toBeTruthy();
  });

  it('is for platform administrators only (S32)', async () => {
    expect((await req(micAdmin, 'GET', '/api/admin/reference/units')).statusCode).toBe(403);
    const res = await req(micAdmin, 'POST', '/api/admin/reference/units', {
      code: 'bidon',
      labelFr: 'Bidon',
      labelAr: 'صفيحة',
      labelEn: 'Can',
    });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.message).toMatch(/administrateurs de la plateforme/);
    const relabel = { labelFr: 'Kilo', labelAr: 'كيلو', labelEn: 'Kilo', active: true };
    expect((await req(agent, 'PUT', '/api/admin/reference/units/kg', relabel)).statusCode).toBe(403);
    const units = (await req(platform, 'GET', '/api/admin/reference/units')).json().items;
    expect(units.map((u: { code: string }) => u.code)).not.toContain('bidon');
  });

  it('creates a unit and a reason, audited', async () => {
    const unit = await req(platform, 'POST', '/api/admin/reference/units', {
      code: 'bidon',
      labelFr: 'Bidon',
      labelAr: 'صفيحة',
      labelEn: 'Can',
    });
    expect(unit.statusCode, unit.body).toBe(201);
    const reason = await req(platform, 'POST', '/api/admin/reference/reasons', {
      code: 'REJ-TEST',
      kind: 'rejet',
      labelFr: 'Motif de test',
      labelAr: 'سبب تجريبي',
      labelEn: 'Test reason',
    });
    expect(reason.statusCode, reason.body).toBe(201);
    const processing = await req(agent, 'GET', '/api/processing/reasons?kind=rejet');
    expect(processing.json().items.map((r: { code: string }) => r.code)).toContain('REJ-TEST');
    const trail = (await req(platform, 'GET', '/api/admin/audit?event=admin.reference.')).json().entries;
    expect(trail.map((e: { event: string; objectId: string }) => `${e.event} ${e.objectId}`)).toEqual(
      expect.arrayContaining([
        'admin.reference.units.created bidon',
        'admin.reference.reasons.created REJ-TEST',
      ]),
    );
  });

  it('reports each invalid field in French, and a duplicate code', async () => {
    const res = await req(platform, 'POST', '/api/admin/reference/countries', {
      code: 'mar',
      labelFr: '',
      labelAr: 'بلد',
      labelEn: 'Country',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details.fields).toEqual(
      expect.arrayContaining([{ path: 'labelFr', message: 'Ce champ est obligatoire.' }]),
    );
    const code = await req(platform, 'POST', '/api/admin/reference/countries', {
      code: 'mar',
      labelFr: 'Pays',
      labelAr: 'بلد',
      labelEn: 'Country',
    });
    expect(code.json().error.details.fields).toEqual([
      { path: 'code', message: 'Code ISO 3166 à 2 lettres majuscules (ex. : MA).' },
    ]);
    const dup = await req(platform, 'POST', '/api/admin/reference/countries', {
      code: 'MA',
      labelFr: 'Maroc',
      labelAr: 'المغرب',
      labelEn: 'Morocco',
    });
    expect(dup.statusCode).toBe(409);
    expect(dup.json().error.details.fields).toEqual([{ path: 'code', message: 'Ce code existe déjà.' }]);
    const kind = await req(platform, 'POST', '/api/admin/reference/reasons', {
      code: 'REJ-SANS',
      labelFr: 'Sans type',
      labelAr: 'بدون نوع',
      labelEn: 'No kind',
    });
    expect(kind.json().error.details.fields).toEqual([
      { path: 'kind', message: 'Choisissez le type de motif.' },
    ]);
  });

  it('relabels and deactivates (not deletes) a country used by dossiers; new dossiers refuse it', async () => {
    const caller = await createCaller(t);
    await submitDossier(t.deps, caller, 'ref-1', dfdBody(), '127.0.0.1');
    const res = await req(platform, 'PUT', '/api/admin/reference/countries/ES', {
      labelFr: 'Espagne (Royaume d’)',
      labelAr: 'إسبانيا',
      labelEn: 'Spain',
      active: false,
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ code: 'ES', active: false, labelFr: 'Espagne (Royaume d’)' });
    // still listed for administrators, no longer offered to agents
    const admin = (await req(platform, 'GET', '/api/admin/reference/countries')).json().items;
    expect(admin.find((c: { code: string }) => c.code === 'ES')).toMatchObject({ active: false });
    const offered = (await req(agent, 'GET', '/api/reference/countries')).json().items;
    expect(offered.map((c: { code: string }) => c.code)).not.toContain('ES');
    await expect(submitDossier(t.deps, caller, 'ref-2', dfdBody(), '127.0.0.1')).rejects.toMatchObject({
      code: 'VALIDATION',
    });
    const trail = (await req(platform, 'GET', '/api/admin/audit?event=admin.reference.countries')).json();
    expect(trail.entries[0]).toMatchObject({
      event: 'admin.reference.countries.deactivated',
      objectId: 'ES',
      details: { before: { labelFr: 'Espagne', active: true }, after: { active: false } },
    });
    // reactivated
    const back = await req(platform, 'PUT', '/api/admin/reference/countries/ES', {
      labelFr: 'Espagne',
      labelAr: 'إسبانيا',
      labelEn: 'Spain',
      active: true,
    });
    expect(back.statusCode).toBe(200);
    await submitDossier(t.deps, caller, 'ref-3', dfdBody(), '127.0.0.1');
  });

  it('answers 404 for an unknown code and 400 for an unknown table', async () => {
    const res = await req(platform, 'PUT', '/api/admin/reference/units/zz', {
      labelFr: 'x',
      labelAr: 'x',
      labelEn: 'x',
      active: true,
    });
    expect(res.statusCode).toBe(404);
    expect((await req(platform, 'GET', '/api/admin/reference/planets')).statusCode).toBe(400);
  });
});

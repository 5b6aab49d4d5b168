// Procedure catalogue administration: every definition readable, the editable parts saved as a
// NEW version (audited, optimistic concurrency), dossiers keeping the version they were submitted
// under, the start-up loader never reverting an edit, and who may edit what (S32).
import type { ProcedureEditBody } from '@portail/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from '../../db/sql.ts';
import { HOUR } from '../../platform/clock.ts';
import { createTestApp, createUser, dbKind, type SignedIn, signInAs } from '../../test/harness.ts';
import { DEFINITIONS } from '../catalogue/definitions/index.ts';
import { catalogueFor, refreshCatalogue, syncCatalogue } from '../catalogue/service.ts';
import { submitDossier } from '../dossiers/intake.ts';
import { addWorkingTime } from '../dossiers/sla.ts';
import { createCaller, dfdBody } from '../dossiers/test-support.ts';

let t: Awaited<ReturnType<typeof createTestApp>>;
let platform: SignedIn;
let micAdmin: SignedIn;
let onssaAdmin: SignedIn;
let micAgent: SignedIn;
let caller: Awaited<ReturnType<typeof createCaller>>;

beforeAll(async () => {
  t = await createTestApp();
  platform = await signInAs(t, (await createUser(t.db, { org: 'PORTNET', roles: ['admin_plateforme'] })).id);
  micAdmin = await signInAs(t, (await createUser(t.db, { org: 'MIC', roles: ['admin_organisation'] })).id);
  onssaAdmin = await signInAs(
    t,
    (await createUser(t.db, { org: 'ONSSA', roles: ['admin_organisation'] })).id,
  );
  micAgent = await signInAs(t, (await createUser(t.db, { org: 'MIC', roles: ['agent_instructeur'] })).id);
  caller = await createCaller(t);
}, 300_000);
afterAll(async () => t.close());

const get = (who: SignedIn, url: string) => t.app.inject({ url, headers: who.headers });
const put = (who: SignedIn, url: string, payload: unknown) =>
  t.app.inject({ method: 'PUT', url, headers: who.headers, payload: payload as object });

/** The editable parts of the current version, as the editor sends them back. */
async function editable(code: string, who = platform): Promise<ProcedureEditBody> {
  const d = (await get(who, `/api/admin/procedures/${code}`)).json();
  return {
    version: d.version,
    name: d.definition.name,
    categories: d.definition.categories,
    sla: d.definition.sla,
    documents: d.definition.documents,
  };
}

const versionRows = (code: string) =>
  t.db.query<{ version: number; source: string; definition_hash: string; is_current: boolean }>(
    sql`SELECT version, source, definition_hash, is_current FROM procedure WHERE code = ${code} ORDER BY version`,
  );

let submitSeq = 0;
async function submitDfd(): Promise<number> {
  submitSeq += 1;
  const r = await submitDossier(t.deps, caller, `catalogue-${submitSeq}`, dfdBody(), '127.0.0.1');
  const row = await t.db.one<{ id: number }>(
    sql`SELECT id FROM dossier WHERE reference = ${r.body.reference}`,
  );
  return Number(row!.id);
}

describe(`procedure catalogue administration on ${dbKind}`, () => {
  it('lists every procedure with its version and SLA, and who may edit it', async () => {
    const all = (await get(platform, '/api/admin/procedures')).json().procedures;
    expect(all.map((p: { code: string }) => p.code)).toEqual(DEFINITIONS.map((d) => d.code));
    const dfd = all.find((p: { code: string }) => p.code === 'DFD');
    expect(dfd).toMatchObject({
      version: 1,
      source: 'code',
      ownerOrgCode: 'MIC',
      ownerOrgNames: { fr: "Ministère de l'Industrie et du Commerce" },
      direction: 'import',
      sla: { amount: 3, unit: 'working_days' },
      canEdit: true,
    });
    const mine = (await get(micAdmin, '/api/admin/procedures')).json().procedures;
    const canEdit = Object.fromEntries(
      mine.map((p: { code: string; canEdit: boolean }) => [p.code, p.canEdit]),
    );
    expect(canEdit).toMatchObject({ DFD: true, LI: true, SPS: false, CITES: false });
    expect((await get(micAgent, '/api/admin/procedures')).statusCode).toBe(403);
  });

  it('documents its routes in the OpenAPI document', async () => {
    const paths = Object.keys((await t.app.inject('/api/docs/json')).json().paths);
    expect(paths).toEqual(
      expect.arrayContaining([
        '/api/admin/procedures',
        '/api/admin/procedures/{code}',
        '/api/admin/reference/{table}',
        '/api/admin/reference/{table}/{code}',
      ]),
    );
  });

  it('shows a whole definition: fields, goods-line fields, columns, filters, workflow, formats', async () => {
    const res = await get(micAdmin, '/api/admin/procedures/SPS');
    expect(res.statusCode).toBe(200);
    const d = res.json();
    expect(d.definition.requestFields.length).toBeGreaterThan(0);
    expect(d.definition.workflow.transitions.length).toBeGreaterThan(0);
    expect(d.definition.listColumns.length).toBeGreaterThan(0);
    expect(d.definition.referenceFormat).toBeTruthy();
    expect(d.versions).toEqual([expect.objectContaining({ version: 1, current: true, source: 'code' })]);
    expect(d.reasons.rejet.length).toBeGreaterThan(0);
    expect(d.summary.canEdit).toBe(false);
  });

  it('saves an edit as a new version (old row untouched), audited; dossiers keep their version', async () => {
    const oldDossier = await submitDfd();
    const before = await versionRows('DFD');
    const body = await editable('DFD');
    body.sla = { amount: 5, unit: 'working_days' };
    body.categories = body.categories.map((c) =>
      c.code === 'ale'
        ? { ...c, label: { fr: 'Accord préférentiel', ar: 'اتفاق تفضيلي', en: 'Preferential agreement' } }
        : c,
    );
    body.documents = [
      ...body.documents.map((d) =>
        d.kind === 'facture_proforma' ? { ...d, label: { ...d.label, fr: 'Facture pro forma signée' } } : d,
      ),
      {
        kind: 'attestation_quota',
        label: { fr: 'Attestation de quota', ar: 'شهادة الحصة', en: 'Quota certificate' },
        required: true,
        mediaTypes: ['application/pdf'],
      },
    ];
    body.note = 'Délai porté à 5 jours';
    const res = await put(platform, '/api/admin/procedures/DFD', body);
    expect(res.statusCode, res.body).toBe(200);
    const d = res.json();
    expect(d.version).toBe(2);
    expect(d.summary).toMatchObject({ version: 2, source: 'admin', sla: { amount: 5 } });
    expect(d.edited).toEqual(['categories', 'sla', 'documents']);
    expect(d.versions.map((v: { version: number; current: boolean }) => [v.version, v.current])).toEqual([
      [2, true],
      [1, false],
    ]);

    // the old version row is not mutated
    const after = await versionRows('DFD');
    expect(after[0]).toEqual({ ...before[0], is_current: false });
    expect(after[1]).toMatchObject({ version: 2, source: 'admin', is_current: true });
    const v1 = (await get(platform, '/api/admin/procedures/DFD?version=1')).json();
    expect(v1.definition.sla.amount).toBe(3);
    expect(v1.summary.version).toBe(2);

    const trail = (await get(platform, '/api/admin/audit?event=admin.procedure.versioned')).json();
    expect(trail.entries[0]).toMatchObject({
      objectType: 'procedure',
      objectId: 'DFD',
      details: { fromVersion: 1, toVersion: 2, changed: ['categories', 'sla', 'documents'] },
    });

    // the dossier submitted before keeps version 1: its labels and its deadline
    const submittedAt = t.clock.now();
    const old = (await get(micAgent, `/api/dossiers/${oldDossier}`)).json();
    expect(old.procedure.version).toBe(1);
    expect(old.category.label).toBe('Accord de libre-échange');
    expect(new Date(old.sla.dueAt).getTime()).toBe(addWorkingTime(submittedAt, 3, 'working_days').getTime());

    // a new dossier gets version 2
    const newDossier = await submitDfd();
    const fresh = (await get(micAgent, `/api/dossiers/${newDossier}`)).json();
    expect(fresh.procedure.version).toBe(2);
    expect(fresh.category.label).toBe('Accord préférentiel');
    expect(new Date(fresh.sla.dueAt).getTime()).toBe(
      addWorkingTime(submittedAt, 5, 'working_days').getTime(),
    );
    // and the procedure page serves version 2
    const page = (await get(micAgent, '/api/catalogue/procedures/DFD')).json();
    expect(page.version).toBe(2);
    expect(page.definition.documents.map((x: { kind: string }) => x.kind)).toContain('attestation_quota');
  });

  it('refuses a stale version with 409 and a French message; nothing changes', async () => {
    const body = await editable('DFD');
    body.version = 1;
    body.sla = { amount: 9, unit: 'working_days' };
    const res = await put(platform, '/api/admin/procedures/DFD', body);
    expect(res.statusCode).toBe(409);
    expect(res.json().error.message).toMatch(/modifiée entre-temps.*version 1.*la 2/);
    expect((await versionRows('DFD')).length).toBe(2);
  });

  it('refuses a save that changes nothing, and reports invalid fields one by one', async () => {
    const same = await put(platform, '/api/admin/procedures/DFD', await editable('DFD'));
    expect(same.statusCode).toBe(400);
    expect(same.json().error.message).toMatch(/Aucune modification/);

    const bad = await editable('DFD');
    bad.name = { ...bad.name, ar: '  ' };
    bad.sla = { amount: 0, unit: 'working_days' };
    bad.documents = [...bad.documents, { ...bad.documents[0] }];
    const res = await put(platform, '/api/admin/procedures/DFD', bad);
    expect(res.statusCode).toBe(400);
    const paths = res.json().error.details.fields.map((f: { path: string }) => f.path);
    expect(paths).toEqual(expect.arrayContaining(['name.ar', 'sla.amount']));
    const dup = await editable('DFD');
    dup.documents = [...dup.documents, { ...dup.documents[0] }];
    const res2 = await put(platform, '/api/admin/procedures/DFD', dup);
    expect(res2.statusCode).toBe(400);
    expect(res2.json().error.details.fields[0]).toMatchObject({
      path: `documents.${dup.documents.length - 1}.kind`,
    });
    const renamedCategory = await editable('DFD');
    renamedCategory.categories[0] = { ...renamedCategory.categories[0], code: 'nouvelle' };
    expect((await put(platform, '/api/admin/procedures/DFD', renamedCategory)).statusCode).toBe(400);
    expect((await versionRows('DFD')).length).toBe(2);
  });

  it("S32: an organisation administrator edits their organisation's procedures only", async () => {
    const li = await editable('LI', micAdmin);
    li.name = { ...li.name, en: 'Import licence (MIC)' };
    const ok = await put(micAdmin, '/api/admin/procedures/LI', li);
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json().summary).toMatchObject({ version: 2, name: { en: 'Import licence (MIC)' } });

    const sps = await editable('SPS', micAdmin);
    const rows = await versionRows('SPS');
    sps.sla = { amount: 1, unit: 'working_days' };
    const refused = await put(micAdmin, '/api/admin/procedures/SPS', sps);
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error.message).toMatch(/que les procédures de votre organisation/);
    expect(await versionRows('SPS')).toEqual(rows);
    const denied = (await get(platform, '/api/admin/audit?event=admin.procedure.edit_refused')).json();
    expect(denied.entries[0]).toMatchObject({ outcome: 'denied', objectId: 'SPS' });
    // ONSSA's administrator may edit SPS; an agent may edit nothing
    const own = await put(onssaAdmin, '/api/admin/procedures/SPS', sps);
    expect(own.statusCode, own.body).toBe(200);
    expect((await put(micAgent, '/api/admin/procedures/LI', li)).statusCode).toBe(403);
  });

  it('a restart keeps the edit; a code change is merged under it as a new version', async () => {
    // restart: the loader runs again over the same code definitions
    t.clock.advance(HOUR);
    const restarted = await syncCatalogue(t.db, t.clock.now());
    expect(restarted.byCode.get('DFD')).toMatchObject({ version: 2, definition: { sla: { amount: 5 } } });
    expect((await versionRows('DFD')).length).toBe(2);

    // a release changes the code definition: a new version with the change AND the admin's edits
    const changed = DEFINITIONS.map((d) =>
      d.code === 'DFD'
        ? {
            ...d,
            requestFields: d.requestFields.map((f) =>
              f.key === 'invoiceNumber'
                ? { ...f, label: { ...f.label, fr: 'Numéro de facture pro forma' } }
                : f,
            ),
          }
        : d,
    );
    const released = await syncCatalogue(t.db, t.clock.now(), changed);
    const dfd = released.byCode.get('DFD')!;
    expect(dfd.version).toBe(3);
    expect(dfd.definition.sla.amount).toBe(5);
    expect(dfd.definition.categories.find((c) => c.code === 'ale')?.label.fr).toBe('Accord préférentiel');
    expect(dfd.definition.requestFields.find((f) => f.key === 'invoiceNumber')?.label.fr).toBe(
      'Numéro de facture pro forma',
    );
    expect((await versionRows('DFD')).at(-1)).toMatchObject({ version: 3, source: 'code', is_current: true });
    // and restarting on that release changes nothing more
    await syncCatalogue(t.db, t.clock.now(), changed);
    expect((await versionRows('DFD')).length).toBe(3);
    // the app of this file plays another instance: it adopts the version through its periodic refresh
    expect((await catalogueFor(t.deps)).byCode.get('DFD')?.version).toBe(2);
    await refreshCatalogue(t.deps);
    const adopted = (await catalogueFor(t.deps)).byCode.get('DFD')!;
    expect(adopted.version).toBe(3);
    expect(adopted.definition.sla.amount).toBe(5);
  });
});

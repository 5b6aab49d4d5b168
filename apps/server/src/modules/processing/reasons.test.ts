// The reasons a procedure offers (an administrator's edit, versioned): what the dialogs are
// offered and what the use cases accept, for dossiers of the current and of an older version.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from '../../db/sql.ts';
import { createTestApp, createUser, dbKind, type SignedIn, signInAs } from '../../test/harness.ts';
import { createDossier, loadCatalogue } from './test-fixtures.ts';

let ctx: Awaited<ReturnType<typeof createTestApp>>;
const s: Record<string, SignedIn> = {};
let agentId = 0;

beforeAll(async () => {
  ctx = await createTestApp();
  await loadCatalogue(ctx);
  const specs = {
    platform: { org: 'PORTNET', roles: ['admin_plateforme'] },
    agent: { org: 'MIC', roles: ['agent_instructeur'] },
    chef: { org: 'MIC', roles: ['chef_service'] },
    onssa: { org: 'ONSSA', roles: ['agent_instructeur'] },
    anef: { org: 'ANEF', roles: ['agent_instructeur'] },
  } as const;
  for (const [k, spec] of Object.entries(specs)) {
    const user = await createUser(ctx.db, { org: spec.org, roles: [...spec.roles] });
    if (k === 'agent') agentId = user.id;
    s[k] = await signInAs(ctx, user.id);
  }
}, 300_000);
afterAll(async () => ctx.close());

const post = (who: string, url: string, payload: unknown) =>
  ctx.app.inject({ method: 'POST', url, headers: s[who]!.headers, payload: payload as object });
const put = (who: string, url: string, payload: unknown) =>
  ctx.app.inject({ method: 'PUT', url, headers: s[who]!.headers, payload: payload as object });
const get = (who: string, url: string) => ctx.app.inject({ url, headers: { cookie: s[who]!.cookie } });
const version = async (id: number) =>
  (await ctx.db.one<{ version: number }>(sql`SELECT version FROM dossier WHERE id = ${id}`))!.version;
const offered = async (who: string, kind: string, dossier?: number) => {
  const res = await get(who, `/api/processing/reasons?kind=${kind}${dossier ? `&dossier=${dossier}` : ''}`);
  expect(res.statusCode).toBe(200);
  return res.json().items.map((r: { code: string }) => r.code) as string[];
};

/** The editable parts of LI's current version plus `reasons`, as the editor sends them. */
async function editLi(reasons: unknown) {
  const d = (await get('platform', '/api/admin/procedures/LI')).json();
  return put('platform', '/api/admin/procedures/LI', {
    version: d.version,
    name: d.definition.name,
    categories: d.definition.categories,
    sla: d.definition.sla,
    documents: d.definition.documents,
    reasons,
  });
}

async function instructed() {
  const d = await createDossier(ctx, { procedure: 'LI' });
  const res = await post('chef', `/api/dossiers/${d.id}/assign`, { version: 1, assigneeId: agentId });
  expect(res.statusCode).toBe(200);
  return d;
}

const reject = async (id: number, reasons: string[]) =>
  post('agent', `/api/dossiers/${id}/decision-proposal`, {
    version: await version(id),
    outcome: 'rejetee',
    reasons,
  });

describe(`reasons offered per procedure on ${dbKind}`, () => {
  let allRejet: string[] = [];
  let allAvis: string[] = [];
  let older: { id: number };

  it('by default a procedure offers every active reason of the kind, and accepts any of them', async () => {
    allRejet = await offered('agent', 'rejet');
    allAvis = await offered('agent', 'avis');
    expect(allRejet.length).toBeGreaterThan(5);
    expect(allAvis.length).toBeGreaterThan(3);
    older = await instructed();
    expect(await offered('agent', 'rejet', older.id)).toEqual(allRejet);
    const detail = (await get('platform', '/api/admin/procedures/LI')).json();
    expect(detail.definition.reasons).toBeUndefined();
    expect(detail.reasons.rejet.map((r: { code: string }) => r.code)).toEqual(allRejet);
  });

  it('refuses a restriction to unknown, other-kind or no reasons, field by field; nothing changes', async () => {
    const res = await editLi({ rejet: ['REJ-NOPE', 'AVIS-SANIT'], avis: [] });
    expect(res.statusCode).toBe(400);
    const fields = res.json().error.details.fields;
    expect(fields).toEqual([
      { path: 'reasons.rejet', message: expect.stringContaining('REJ-NOPE, AVIS-SANIT') },
      { path: 'reasons.avis', message: expect.stringMatching(/au moins un motif/) },
    ]);
    expect((await get('platform', '/api/admin/procedures/LI')).json().version).toBe(1);
  });

  it('restricting is a new version, audited; the dialogs are offered and the server accepts only those', async () => {
    const res = await editLi({ rejet: ['REJ-QUOTA', 'REJ-DOC'], avis: ['AVIS-SANIT'] });
    expect(res.statusCode).toBe(200);
    const detail = res.json();
    expect(detail.version).toBe(2);
    expect(detail.definition.reasons).toEqual({ rejet: ['REJ-DOC', 'REJ-QUOTA'], avis: ['AVIS-SANIT'] });
    expect(detail.edited).toContain('reasons');
    const auditRow = await ctx.db.one<{ details: { changed: string[]; reasons: unknown } }>(sql`
      SELECT details FROM audit_log WHERE event = 'admin.procedure.versioned' AND object_id = 'LI'
       ORDER BY id DESC LIMIT 1`);
    expect(auditRow!.details.changed).toEqual(['reasons']);
    expect(auditRow!.details.reasons).toEqual({ rejet: ['REJ-DOC', 'REJ-QUOTA'], avis: ['AVIS-SANIT'] });
    // The version row written before stays as it was.
    const v1 = await ctx.db.one<{ definition: { reasons?: unknown } }>(
      sql`SELECT definition FROM procedure WHERE code = 'LI' AND version = 1`,
    );
    expect(v1!.definition.reasons).toBeUndefined();

    const d = await instructed();
    expect(await offered('agent', 'rejet', d.id)).toEqual(['REJ-DOC', 'REJ-QUOTA']);
    expect(await offered('agent', 'avis', d.id)).toEqual(['AVIS-SANIT']);
    // Without a dossier (other uses) and for another procedure, nothing is restricted.
    expect(await offered('agent', 'rejet')).toEqual(allRejet);
    const dfd = await createDossier(ctx, { procedure: 'DFD' });
    expect(await offered('agent', 'rejet', dfd.id)).toEqual(allRejet);

    const refused = await reject(d.id, ['REJ-DOC', 'REJ-ORIG']);
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error).toMatchObject({
      code: 'VALIDATION',
      message: 'Motif non prévu pour la procédure LI : REJ-ORIG.',
      details: { reason: 'REASON_NOT_OFFERED', codes: ['REJ-ORIG'] },
    });
    expect((await reject(d.id, ['REJ-DOC'])).statusCode).toBe(200);
  });

  it('a consulted organisation is offered and may give only the procedure’s opinion reasons', async () => {
    const d = await instructed();
    const asked = await post('agent', `/api/dossiers/${d.id}/opinion-requests`, {
      version: await version(d.id),
      organisations: ['ONSSA'],
    });
    expect(asked.statusCode).toBe(200);
    expect(await offered('onssa', 'avis', d.id)).toEqual(['AVIS-SANIT']);
    // An organisation not consulted learns nothing about the dossier.
    expect((await get('anef', `/api/processing/reasons?kind=avis&dossier=${d.id}`)).statusCode).toBe(404);
    const refused = await post('onssa', `/api/dossiers/${d.id}/opinion`, {
      version: await version(d.id),
      opinion: 'reserve',
      reasons: ['AVIS-HOMOL'],
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.details).toMatchObject({
      reason: 'REASON_NOT_OFFERED',
      codes: ['AVIS-HOMOL'],
    });
    const given = await post('onssa', `/api/dossiers/${d.id}/opinion`, {
      version: await version(d.id),
      opinion: 'reserve',
      reasons: ['AVIS-SANIT'],
    });
    expect(given.statusCode).toBe(200);
  });

  it('a dossier submitted under the previous version follows the CURRENT version’s reasons', async () => {
    // `older` was submitted under LI v1, which offered every reason; v2 withdrew REJ-ORIG.
    const row = await ctx.db.one<{ procedure_version: number }>(
      sql`SELECT procedure_version FROM dossier WHERE id = ${older.id}`,
    );
    expect(row!.procedure_version).toBe(1);
    expect(await offered('agent', 'rejet', older.id)).toEqual(['REJ-DOC', 'REJ-QUOTA']);
    const refused = await reject(older.id, ['REJ-ORIG']);
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.details.reason).toBe('REASON_NOT_OFFERED');
    expect((await reject(older.id, ['REJ-QUOTA'])).statusCode).toBe(200);
  });

  it('choosing every reason again lifts the restriction (a new version); a deactivated reason is never offered', async () => {
    const res = await editLi({ rejet: null, avis: null });
    expect(res.statusCode).toBe(200);
    expect(res.json().version).toBe(3);
    expect(res.json().definition.reasons).toBeUndefined();
    const d = await instructed();
    expect(await offered('agent', 'rejet', d.id)).toEqual(allRejet);
    await ctx.db.query(sql`UPDATE reason SET active = false WHERE code = 'REJ-ORIG'`);
    try {
      expect(await offered('agent', 'rejet', d.id)).not.toContain('REJ-ORIG');
      expect((await reject(d.id, ['REJ-ORIG'])).json().error.details.reason).toBe('REASON_UNKNOWN');
    } finally {
      await ctx.db.query(sql`UPDATE reason SET active = true WHERE code = 'REJ-ORIG'`);
    }
    expect((await reject(d.id, ['REJ-ORIG'])).statusCode).toBe(200);
  });
});

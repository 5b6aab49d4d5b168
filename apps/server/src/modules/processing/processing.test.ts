// Dossier processing through real HTTP (app.inject) on a real database: actions by state and role,
// optimistic versioning, opinions across organisations (S32), signed decisions with gapless
// numbers and public verification, customs acknowledgements, notifications.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from '../../db/sql.ts';
import { HOUR } from '../../platform/clock.ts';
import { sha256Hex } from '../../platform/crypto.ts';
import { filesRoot } from '../../platform/storage.ts';
import {
  createTestApp,
  createUser,
  type SignedIn,
  signInAs,
  type TestContext,
  type TestUser,
} from '../../test/harness.ts';
import * as service from './service.ts';
import { createDossier, createOperator, loadCatalogue, sessionUserOf, snapshot } from './test-fixtures.ts';

const CUSTOMS_TOKEN = 'douane-inbound-token-0123456789abcdef';
let ctx: TestContext & { app: Awaited<ReturnType<typeof createTestApp>>['app'] };
const u: Record<string, TestUser> = {};
const s: Record<string, SignedIn> = {};

beforeAll(async () => {
  ctx = await createTestApp({ config: { CUSTOMS_INBOUND_TOKEN: CUSTOMS_TOKEN } });
  await loadCatalogue(ctx);
  const specs = {
    agent: { org: 'MIC', roles: ['agent_instructeur'] },
    agent2: { org: 'MIC', roles: ['agent_instructeur'] },
    chef: { org: 'MIC', roles: ['chef_service'] },
    consult: { org: 'MIC', roles: ['consultation'] },
    onssa: { org: 'ONSSA', roles: ['agent_instructeur'] },
    anrt: { org: 'ANRT', roles: ['agent_instructeur'] },
    anef: { org: 'ANEF', roles: ['agent_instructeur'] },
  } as const;
  for (const [k, spec] of Object.entries(specs)) {
    u[k] = await createUser(ctx.db, { org: spec.org, roles: [...spec.roles] });
    s[k] = await signInAs(ctx, u[k]!.id);
  }
});
afterAll(async () => ctx.close());

const post = (who: string, url: string, payload: unknown) =>
  ctx.app.inject({ method: 'POST', url, headers: s[who]!.headers, payload: payload as object });
const get = (who: string, url: string) =>
  ctx.app.inject({ method: 'GET', url, headers: { cookie: s[who]!.cookie } });
const version = async (id: number) =>
  (await ctx.db.one<{ version: number }>(sql`SELECT version FROM dossier WHERE id = ${id}`))!.version;
const state = async (id: number) =>
  (await ctx.db.one<{ state: string }>(sql`SELECT state FROM dossier WHERE id = ${id}`))!.state;

const sessionUser = (key: string) => sessionUserOf(ctx.db, u[key]!.id);
const actions = async (key: string, id: number) =>
  (await service.dossierActions(ctx.db, await sessionUser(key), id)).map((a) => a.action);

/** Moves a fresh LI dossier to En cours d'instruction, assigned to the agent. */
async function instructed(procedure = 'LI') {
  const d = await createDossier(ctx, { procedure });
  const res = await post('chef', `/api/dossiers/${d.id}/assign`, { version: 1, assigneeId: u.agent!.id });
  expect(res.statusCode).toBe(200);
  return d;
}

describe('prise en charge et assignation', () => {
  it('an agent takes an unassigned dossier: En cours d’instruction, assigned, history and audit rows', async () => {
    const d = await createDossier(ctx);
    expect(await actions('agent', d.id)).toEqual(['take']);
    expect(await actions('chef', d.id)).toEqual(expect.arrayContaining(['assign', 'cancel']));
    const res = await post('agent', `/api/dossiers/${d.id}/take`, { version: 1 });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      version: 2,
      state: { code: 'en_instruction', label: "En cours d'instruction" },
    });
    const row = await ctx.db.one<{ assignee_user_id: number }>(
      sql`SELECT assignee_user_id FROM dossier WHERE id = ${d.id}`,
    );
    expect(row?.assignee_user_id).toBe(u.agent!.id);
    const ev = await ctx.db.one<{ kind: string; to_state: string }>(
      sql`SELECT kind, to_state FROM dossier_event WHERE dossier_id = ${d.id} ORDER BY id DESC LIMIT 1`,
    );
    expect(ev).toEqual({ kind: 'assigned', to_state: 'en_instruction' });
    const a = await ctx.db.one(
      sql`SELECT 1 AS x FROM audit_log WHERE event = 'dossier.take' AND object_id = ${d.reference}`,
    );
    expect(a).toBeDefined();
    expect(await actions('agent', d.id)).toEqual(
      expect.arrayContaining(['requestComplement', 'requestOpinions', 'proposeAcceptance']),
    );
    expect(await actions('agent2', d.id)).toEqual([]);
  });

  it('the chef assigns: the agent is notified in the app and by mail', async () => {
    const d = await createDossier(ctx);
    const res = await post('chef', `/api/dossiers/${d.id}/assign`, { version: 1, assigneeId: u.agent2!.id });
    expect(res.statusCode).toBe(200);
    const list = await get('agent2', '/api/notifications');
    expect(list.json().unread).toBeGreaterThan(0);
    expect(list.json().items[0]).toMatchObject({
      kind: 'assigned',
      link: `/portail/dossiers/${d.id}`,
      read: false,
    });
    const mail = await ctx.db.one<{ payload: { to: string; subject: string } }>(
      sql`SELECT payload FROM outbox WHERE topic = 'mail.send' ORDER BY id DESC LIMIT 1`,
    );
    expect(mail?.payload.to).toBe(u.agent2!.email);
    expect(mail?.payload.subject).toContain(d.reference);
    // mark read
    const id = list.json().items[0].id;
    expect((await post('agent2', '/api/notifications/read', { ids: [id] })).statusCode).toBe(204);
    expect((await get('agent2', '/api/notifications')).json().items[0].read).toBe(true);
  });

  it('an agent cannot assign (403) and an assignee from another organisation is refused (400); nothing changes', async () => {
    const d = await createDossier(ctx);
    const before = await snapshot(ctx.db, d.id);
    const r1 = await post('agent', `/api/dossiers/${d.id}/assign`, { version: 1, assigneeId: u.agent2!.id });
    expect(r1.statusCode).toBe(403);
    const r2 = await post('chef', `/api/dossiers/${d.id}/assign`, { version: 1, assigneeId: u.onssa!.id });
    expect(r2.statusCode).toBe(400);
    expect(r2.json().error.message).toMatch(/agent instructeur actif de votre organisation/);
    expect(await snapshot(ctx.db, d.id)).toEqual(before);
  });

  it('bulk reassignment is all or nothing; workload counts open dossiers per agent', async () => {
    const a = await createDossier(ctx);
    const b = await createDossier(ctx);
    const closed = await createDossier(ctx, { state: 'rejetee' });
    const refused = await post('chef', '/api/processing/assignments', {
      dossierIds: [a.id, b.id, closed.id],
      assigneeId: u.agent2!.id,
    });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.message).toContain(closed.reference);
    expect(await state(a.id)).toBe('soumise');
    const ok = await post('chef', '/api/processing/assignments', {
      dossierIds: [a.id, b.id],
      assigneeId: u.agent2!.id,
    });
    expect(ok.json()).toEqual({ assigned: 2 });
    const w = await get('chef', '/api/processing/workload');
    const agent2 = w.json().agents.find((x: { id: number }) => x.id === u.agent2!.id);
    expect(agent2.open).toBeGreaterThanOrEqual(3);
    expect((await get('agent', '/api/processing/workload')).statusCode).toBe(403);
  });

  it('S32: bulk assignment with another organisation’s dossier id assigns nothing (404)', async () => {
    const mine = await createDossier(ctx);
    const theirs = await createDossier(ctx, { procedure: 'SPS' });
    const res = await post('chef', '/api/processing/assignments', {
      dossierIds: [mine.id, theirs.id],
      assigneeId: u.agent!.id,
    });
    expect(res.statusCode).toBe(404);
    expect(await version(mine.id)).toBe(1);
  });
});

describe('actions on the dossier page', () => {
  it('GET /api/dossiers/:id lists exactly what this user may do now, for owner and consulted organisation', async () => {
    const d = await createDossier(ctx, { procedure: 'DFD' });
    const acts = async (who: string) =>
      (await get(who, `/api/dossiers/${d.id}`)).json().actions.map((a: { action: string }) => a.action);
    expect(await acts('agent')).toEqual(['take']);
    expect(await acts('consult')).toEqual([]);
    expect(await acts('chef')).toEqual(['assign', 'cancel']);
    await post('agent', `/api/dossiers/${d.id}/take`, { version: 1 });
    expect(await acts('agent')).toEqual([
      'requestComplement',
      'requestOpinions',
      'proposeAcceptance',
      'proposeRejection',
    ]);
    await post('agent', `/api/dossiers/${d.id}/opinion-requests`, { version: 2, organisations: ['ONSSA'] });
    expect(await acts('onssa')).toEqual(['giveOpinion']);
    expect((await get('anrt', `/api/dossiers/${d.id}`)).statusCode).toBe(404);
  });
});

describe('versions et transitions', () => {
  it('two agents acting at once: the second gets 409 CONFLICT with a clear French message, nothing overwritten', async () => {
    const d = await instructed();
    const v = await version(d.id);
    const [r1, r2] = await Promise.all([
      post('agent', `/api/dossiers/${d.id}/complement-requests`, {
        version: v,
        message: 'Facture manquante',
        items: ['COMP-PROFORMA'],
      }),
      post('chef', `/api/dossiers/${d.id}/cancel`, { version: v, reason: 'ANN-DEMANDE' }),
    ]);
    const codes = [r1.statusCode, r2.statusCode].sort();
    expect(codes).toEqual([200, 409]);
    const loser = r1.statusCode === 409 ? r1 : r2;
    expect(loser.json().error.code).toBe('CONFLICT');
    expect(loser.json().error.message).toMatch(/modifié par un autre utilisateur.*Rien n'a été enregistré/);
    expect(await version(d.id)).toBe(v + 1);
    expect(['complement_demande', 'annulee']).toContain(await state(d.id));
  });

  it('a stale version is refused even without a race', async () => {
    const d = await instructed();
    const res = await post('agent', `/api/dossiers/${d.id}/complement-requests`, {
      version: 1,
      message: 'x',
      items: ['COMP-RC'],
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('CONFLICT');
  });

  it('a transition not allowed in the current state is refused (409 INVALID_TRANSITION) and changes nothing', async () => {
    const d = await createDossier(ctx, { state: 'rejetee' });
    const before = await snapshot(ctx.db, d.id);
    const res = await post('chef', `/api/dossiers/${d.id}/complement-requests`, {
      version: 1,
      message: 'x',
      items: ['COMP-RC'],
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().error).toMatchObject({ code: 'INVALID_TRANSITION' });
    expect(res.json().error.message).toContain('« Rejetée »');
    expect(await snapshot(ctx.db, d.id)).toEqual(before);
  });

  it('a transition this role may not take is refused (403) and changes nothing', async () => {
    const d = await instructed();
    await post('agent', `/api/dossiers/${d.id}/decision-proposal`, {
      version: await version(d.id),
      outcome: 'rejetee',
      reasons: ['REJ-DOC'],
    });
    const before = await snapshot(ctx.db, d.id);
    const v = await version(d.id);
    expect((await post('agent', `/api/dossiers/${d.id}/sign`, { version: v })).statusCode).toBe(403);
    expect(
      (await post('agent', `/api/dossiers/${d.id}/cancel`, { version: v, reason: 'ANN-DEMANDE' })).statusCode,
    ).toBe(403);
    expect(
      (
        await post('consult', `/api/dossiers/${d.id}/complement-requests`, {
          version: v,
          message: 'x',
          items: ['COMP-RC'],
        })
      ).statusCode,
    ).toBe(403);
    // another agent of the same organisation who is not the assignee
    expect(
      (
        await post('agent2', `/api/dossiers/${d.id}/complement-requests`, {
          version: v,
          message: 'x',
          items: ['COMP-RC'],
        })
      ).statusCode,
    ).toBe(403);
    expect(await snapshot(ctx.db, d.id)).toEqual(before);
  });

  it('S32: an agent of another organisation can neither read nor act on the dossier (404)', async () => {
    const d = await instructed();
    expect((await get('anrt', `/api/dossiers/${d.id}/processing`)).statusCode).toBe(404);
    expect(
      (await post('anrt', `/api/dossiers/${d.id}/take`, { version: await version(d.id) })).statusCode,
    ).toBe(404);
    expect((await get('anrt', `/api/dossiers/${d.id}/decision.pdf`)).statusCode).toBe(404);
  });

  it('S27: an action without the CSRF token is refused', async () => {
    const d = await createDossier(ctx);
    const res = await ctx.app.inject({
      method: 'POST',
      url: `/api/dossiers/${d.id}/take`,
      headers: { cookie: s.agent!.cookie },
      payload: { version: 1 },
    });
    expect(res.statusCode).toBe(403);
    expect(await version(d.id)).toBe(1);
  });
});

describe('demande de complément', () => {
  it('pauses the SLA clock; the operator’s answer through the API resumes it and notifies the agent', async () => {
    const operatorId = await createOperator(ctx.db, 'Sahara Trading');
    const d = await createDossier(ctx, { operatorId });
    await post('chef', `/api/dossiers/${d.id}/assign`, { version: 1, assigneeId: u.agent!.id });
    const due0 = (await ctx.db.one<{ sla_due_at: Date }>(
      sql`SELECT sla_due_at FROM dossier WHERE id = ${d.id}`,
    ))!.sla_due_at;
    const bad = await post('agent', `/api/dossiers/${d.id}/complement-requests`, {
      version: 2,
      message: 'x',
      items: ['REJ-DOC'],
    });
    expect(bad.statusCode).toBe(400);
    const res = await post('agent', `/api/dossiers/${d.id}/complement-requests`, {
      version: 2,
      message: 'Merci de joindre la facture pro forma signée.',
      items: ['COMP-PROFORMA'],
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().state.code).toBe('complement_demande');
    const info = await get('agent', `/api/dossiers/${d.id}/processing`);
    expect(info.json().openComplement.items[0].code).toBe('COMP-PROFORMA');

    ctx.clock.advance(48 * HOUR);
    // sessions idle out over two days: sign everyone in again
    for (const k of Object.keys(u)) s[k] = await signInAs(ctx, u[k]!.id);
    // The operator's API client, with a client-credentials token as Portnet ID issues them.
    await ctx.db.query(sql`INSERT INTO machine_client (client_id, name, secret_sealed, scopes, created_at)
      VALUES ('sahara-erp', 'ERP Sahara', 'x', ARRAY['dossiers:read','dossiers:write'], now()),
             ('other-erp', 'ERP autre', 'x', ARRAY['dossiers:read','dossiers:write'], now())`);
    const other = await createOperator(ctx.db, 'Autre SARL');
    await ctx.db.query(sql`INSERT INTO operator_api_client (client_id, operator_id, created_at)
      VALUES ('sahara-erp', ${operatorId}, now()), ('other-erp', ${other}, now())`);
    const expires = new Date(ctx.clock.now().getTime() + HOUR);
    await ctx.db.query(sql`INSERT INTO oidc_payload (kind, id, payload, expires_at) VALUES
      ('ClientCredentials', 'tok-sahara', ${sql.json({ clientId: 'sahara-erp', scope: 'dossiers:read dossiers:write' })}, ${expires}),
      ('ClientCredentials', 'tok-other', ${sql.json({ clientId: 'other-erp', scope: 'dossiers:read dossiers:write' })}, ${expires})`);
    const answer = (token: string) =>
      ctx.app.inject({
        method: 'POST',
        url: `/api/v1/dossiers/${d.reference}/complement`,
        headers: { authorization: `Bearer ${token}` },
        payload: { message: 'Facture jointe au dossier.' },
      });
    expect((await answer('nope')).statusCode).toBe(401);
    // S32: another operator's client gets « introuvable », and nothing changes.
    expect((await answer('tok-other')).statusCode).toBe(404);
    expect(await state(d.id)).toBe('complement_demande');
    const ok = await answer('tok-sahara');
    expect(ok.statusCode).toBe(200);
    expect(ok.json().state.code).toBe('en_instruction');
    const row = await ctx.db.one<{
      sla_due_at: Date;
      sla_paused_at: Date | null;
      sla_paused_seconds: number;
    }>(sql`SELECT sla_due_at, sla_paused_at, sla_paused_seconds FROM dossier WHERE id = ${d.id}`);
    expect(row?.sla_paused_at).toBeNull();
    expect(new Date(row!.sla_due_at).getTime() - new Date(due0).getTime()).toBe(48 * HOUR);
    expect(Number(row?.sla_paused_seconds)).toBe(48 * 3600);
    const n = (await get('agent', '/api/notifications')).json().items;
    expect(n[0]).toMatchObject({ kind: 'complement_answered' });
    // answering twice is not a transition from En cours d'instruction
    expect((await answer('tok-sahara')).statusCode).toBe(409);
  });
});

describe('avis multi-organismes', () => {
  it('S32: the consulted organisation sees and answers; others do not; the « Avis » summary follows', async () => {
    const d = await instructed('LI');
    const v = await version(d.id);
    expect((await get('onssa', `/api/dossiers/${d.id}/processing`)).statusCode).toBe(404);
    const notAllowed = await post('agent', `/api/dossiers/${d.id}/opinion-requests`, {
      version: v,
      organisations: ['ANEF'],
    });
    expect(notAllowed.statusCode).toBe(400);
    const res = await post('agent', `/api/dossiers/${d.id}/opinion-requests`, {
      version: v,
      organisations: ['ONSSA', 'ANRT'],
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().state.code).toBe('attente_avis');
    expect(
      (await ctx.db.one<{ s: string }>(sql`SELECT opinion_summary AS s FROM dossier WHERE id = ${d.id}`))?.s,
    ).toBe('en_attente');
    // ONSSA now sees it and may answer; its agents were told through the bell.
    expect((await get('onssa', '/api/notifications')).json().items[0]).toMatchObject({
      kind: 'opinion_requested',
    });
    const info = (await get('onssa', `/api/dossiers/${d.id}/processing`)).json();
    expect(info.opinionVocabulary.map((o: { code: string }) => o.code)).toEqual([
      'favorable',
      'defavorable',
      'reserve',
    ]);
    expect(info.proposal).toBeNull();
    expect(await actions('onssa', d.id)).toEqual(['giveOpinion']);
    // ONSSA cannot act as the owner
    const v2 = await version(d.id);
    expect(
      (await post('onssa', `/api/dossiers/${d.id}/cancel`, { version: v2, reason: 'ANN-DEMANDE' }))
        .statusCode,
    ).toBe(403);
    // a reserved opinion must be motivated; a vocabulary word of the other list is refused
    expect(
      (await post('onssa', `/api/dossiers/${d.id}/opinion`, { version: v2, opinion: 'reserve' })).statusCode,
    ).toBe(400);
    expect(
      (await post('onssa', `/api/dossiers/${d.id}/opinion`, { version: v2, opinion: 'conforme' })).statusCode,
    ).toBe(400);
    const given = await post('onssa', `/api/dossiers/${d.id}/opinion`, {
      version: v2,
      opinion: 'favorable',
      comment: 'Produits conformes aux exigences sanitaires.',
    });
    expect(given.statusCode).toBe(200);
    expect(given.json().state.code).toBe('attente_avis'); // ANRT still pending
    expect(
      (await post('onssa', `/api/dossiers/${d.id}/opinion`, { version: v2 + 1, opinion: 'favorable' }))
        .statusCode,
    ).toBe(403);
    const last = await post('anrt', `/api/dossiers/${d.id}/opinion`, {
      version: await version(d.id),
      opinion: 'reserve',
      reasons: ['AVIS-HOMOL'],
    });
    expect(last.json().state.code).toBe('en_instruction');
    expect(
      (await ctx.db.one<{ s: string }>(sql`SELECT opinion_summary AS s FROM dossier WHERE id = ${d.id}`))?.s,
    ).toBe('partage');
    expect((await get('agent', '/api/notifications')).json().items[0]).toMatchObject({
      kind: 'opinion_received',
    });
  });

  it('S32: an agent of a consulted organisation cannot reach a dossier it was not asked about', async () => {
    const asked = await instructed('LI');
    await post('agent', `/api/dossiers/${asked.id}/opinion-requests`, {
      version: await version(asked.id),
      organisations: ['ONSSA'],
    });
    const other = await instructed('LI');
    expect((await get('onssa', `/api/dossiers/${other.id}/processing`)).statusCode).toBe(404);
    expect(
      (
        await post('onssa', `/api/dossiers/${other.id}/opinion`, {
          version: await version(other.id),
          opinion: 'favorable',
        })
      ).statusCode,
    ).toBe(404);
  });

  it('the consulted organisation attaches documents to its opinion; the owner sees and downloads them with the opinion (S29, S32)', async () => {
    const d = await instructed('LI');
    await post('agent', `/api/dossiers/${d.id}/opinion-requests`, {
      version: await version(d.id),
      organisations: ['ONSSA', 'ANRT'],
    });
    const info = (await get('onssa', `/api/dossiers/${d.id}/processing`)).json();
    expect(info.opinionUpload).toMatchObject({ types: ['PDF', 'PNG', 'JPEG'], maxFiles: 10 });
    expect(info.opinionUpload.maxBytes).toBeGreaterThan(0);
    expect((await get('agent', `/api/dossiers/${d.id}/processing`)).json().opinionUpload).toBeNull();
    const pdf = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
    const upload = (who: string, name: string, content: Buffer) => {
      const boundary = '----opinion-boundary-7';
      return ctx.app.inject({
        method: 'POST',
        url: `/api/dossiers/${d.id}/opinion-documents`,
        headers: { ...s[who]!.headers, 'content-type': `multipart/form-data; boundary=${boundary}` },
        payload: Buffer.concat([
          Buffer.from(
            `--${boundary}\r\nContent-Disposition: form-data; name="fichier"; filename="${name}"\r\nContent-Type: application/pdf\r\n\r\n`,
          ),
          content,
          Buffer.from(`\r\n--${boundary}--\r\n`),
        ]),
      });
    };
    // Only an organisation whose opinion is pending may attach; the type is checked by content.
    expect((await upload('agent', 'note.pdf', pdf)).statusCode).toBe(403);
    expect((await upload('anef', 'note.pdf', pdf)).statusCode).toBe(404);
    const fake = await upload('onssa', 'rapport.pdf', Buffer.from('MZ\x90\x00 not a pdf at all'));
    expect(fake.statusCode).toBe(415);
    expect(fake.json().error.details.allowed).toEqual(['PDF', 'PNG', 'JPEG']);
    const up = await upload('onssa', 'Rapport inspection ONSSA.pdf', pdf);
    expect(up.statusCode).toBe(201);
    const doc = up.json();
    expect(doc).toMatchObject({
      kind: { code: 'avis' },
      name: 'Rapport inspection ONSSA.pdf',
      size: pdf.length,
    });
    const audit = await ctx.db.one(
      sql`SELECT 1 AS x FROM audit_log WHERE event = 'dossier.opinion_document_added' AND object_id = ${d.reference}`,
    );
    expect(audit).toBeDefined();
    // Another organisation's opinion document cannot be attached nor read by ANRT.
    expect((await get('anrt', doc.downloadUrl)).statusCode).toBe(404);
    const anrtTry = await post('anrt', `/api/dossiers/${d.id}/opinion`, {
      version: await version(d.id),
      opinion: 'favorable',
      documentIds: [doc.id],
    });
    expect(anrtTry.statusCode).toBe(400);
    const given = await post('onssa', `/api/dossiers/${d.id}/opinion`, {
      version: await version(d.id),
      opinion: 'reserve',
      comment: 'Conforme sous réserve du rapport joint.',
      documentIds: [doc.id],
    });
    expect(given.statusCode).toBe(200);
    // The MIC agent sees it with ONSSA's opinion (not among the request's documents) and downloads it.
    const page = (await get('agent', `/api/dossiers/${d.id}`)).json();
    const onssaOpinion = page.opinions.find(
      (o: { organisation: { code: string } }) => o.organisation.code === 'ONSSA',
    );
    expect(onssaOpinion.documents).toEqual([expect.objectContaining({ id: doc.id, name: doc.name })]);
    expect(onssaOpinion.documents[0].previewUrl).toBe(`${doc.downloadUrl}?inline=1`);
    expect(page.documents.some((x: { id: number }) => x.id === doc.id)).toBe(false);
    const file = await get('agent', doc.downloadUrl);
    expect(file.statusCode).toBe(200);
    expect(file.rawPayload.equals(pdf)).toBe(true);
    expect((await get('onssa', doc.downloadUrl)).statusCode).toBe(200);
    // Once the opinion is given, nothing more can be attached to it (ANRT's is still pending).
    expect((await upload('onssa', 'encore.pdf', pdf)).statusCode).toBe(403);
  });
});

describe('décision signée, vérification publique, douane', () => {
  async function proposedAcceptance() {
    const d = await instructed('LI');
    const res = await post('agent', `/api/dossiers/${d.id}/decision-proposal`, {
      version: await version(d.id),
      outcome: 'acceptee',
      validFrom: '2026-03-02',
      validUntil: '2026-09-01',
      grants: [
        { lineNo: 1, quantity: 100 },
        { lineNo: 2, quantity: 40 },
      ],
    });
    expect(res.statusCode).toBe(200);
    return d;
  }

  it('rejection must be motivated with coded reasons; quantities cannot exceed the request', async () => {
    const d = await instructed('LI');
    const v = await version(d.id);
    const r1 = await post('agent', `/api/dossiers/${d.id}/decision-proposal`, {
      version: v,
      outcome: 'rejetee',
      reasons: [],
    });
    expect(r1.statusCode).toBe(400);
    const r2 = await post('agent', `/api/dossiers/${d.id}/decision-proposal`, {
      version: v,
      outcome: 'rejetee',
      reasons: ['COMP-RC'],
    });
    expect(r2.statusCode).toBe(400);
    const r3 = await post('agent', `/api/dossiers/${d.id}/decision-proposal`, {
      version: v,
      outcome: 'acceptee',
      validFrom: '2026-03-02',
      validUntil: '2026-09-01',
      grants: [
        { lineNo: 1, quantity: 121 },
        { lineNo: 2, quantity: 1 },
      ],
    });
    expect(r3.statusCode).toBe(400);
    expect(r3.json().error.message).toMatch(/dépasse la quantité demandée/);
    expect(await version(d.id)).toBe(v);
  });

  it('the chef signs: number, PDF with its SHA-256, verification page data, customs message', async () => {
    const d = await proposedAcceptance();
    expect(await actions('chef', d.id)).toContain('sign');
    const res = await post('chef', `/api/dossiers/${d.id}/sign`, { version: await version(d.id) });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.state.code).toBe('acceptee');
    expect(body.decisionNumber).toMatch(/^LI\/2026\/\d{6}$/);
    expect(body.verificationUrl).toMatch(/^http:\/\/localhost:3000\/verification\/[A-Z2-9]{24}$/);
    const pdf = await get('chef', `/api/dossiers/${d.id}/decision.pdf`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    const code = body.verificationUrl.split('/').pop();
    const v = await ctx.app.inject({ method: 'GET', url: `/api/verification/${code}` });
    expect(v.statusCode).toBe(200);
    expect(v.json()).toMatchObject({
      status: 'authentique',
      decision: { number: body.decisionNumber, outcome: { code: 'acceptee' }, state: { code: 'acceptee' } },
    });
    expect(v.json().decision.pdfSha256).toBe(sha256Hex(pdf.rawPayload));
    // the stored bytes are the ones hashed
    const f = await ctx.db.one<{ storage_key: string }>(sql`
      SELECT f.storage_key FROM dossier_decision dd JOIN dossier_document doc ON doc.id = dd.document_id
        JOIN stored_file f ON f.id = doc.stored_file_id WHERE dd.dossier_id = ${d.id}`);
    expect(sha256Hex(await readFile(join(filesRoot(ctx.deps), f!.storage_key)))).toBe(
      v.json().decision.pdfSha256,
    );
    // tampered and unknown codes say so
    const tampered = code.slice(0, 5) + (code[5] === 'A' ? 'B' : 'A') + code.slice(6);
    expect((await ctx.app.inject({ method: 'GET', url: `/api/verification/${tampered}` })).json()).toEqual({
      status: 'altere',
      decision: null,
    });
    expect((await ctx.app.inject({ method: 'GET', url: '/api/verification/hello' })).json()).toEqual({
      status: 'inconnu',
      decision: null,
    });
    const msg = await ctx.db.one<{ payload: { message: { decisionNumber: string; lines: unknown[] } } }>(
      sql`SELECT payload FROM outbox WHERE topic = 'processing.customs' AND idempotency_key = ${`customs:decision:${body.decisionNumber}`}`,
    );
    expect(msg?.payload.message.lines).toHaveLength(2);
    expect((await get('agent', '/api/notifications')).json().items[0]).toMatchObject({
      kind: 'decision_signed',
    });
  });

  it('decision numbers are gapless under concurrent signatures, and an interrupted signature writes nothing', async () => {
    const ds = [await proposedAcceptance(), await proposedAcceptance(), await proposedAcceptance()];
    const chef = { user: await sessionUser('chef') };
    // A signature that fails after its first write (the number taken) leaves no trace at all.
    const victim = ds[0]!;
    const before = await snapshot(ctx.db, victim.id);
    const counter = async () =>
      (
        await ctx.db.one<{ v: number }>(
          sql`SELECT last_value AS v FROM numbering_counter WHERE scope = 'decision:LI'`,
        )
      )?.v ?? 0;
    const c0 = await counter();
    await expect(
      service.sign(ctx.deps, chef, victim.id, await version(victim.id), {
        afterFirstWrite: () => {
          throw new Error('panne simulée');
        },
      }),
    ).rejects.toThrow('panne simulée');
    expect(await snapshot(ctx.db, victim.id)).toEqual(before);
    expect(await counter()).toBe(c0);
    const results = await Promise.all(
      ds.map(async (d) => service.sign(ctx.deps, chef, d.id, await version(d.id))),
    );
    const nums = results.map((r) => Number(r.decisionNumber.split('/')[2])).sort((a, b) => a - b);
    expect(nums).toEqual([c0 + 1, c0 + 2, c0 + 3]);
  });

  it('customs acknowledgement: bearer token checked, dossier « Imputée », then no cancellation; idempotent', async () => {
    const d = await proposedAcceptance();
    const signed = (
      await post('chef', `/api/dossiers/${d.id}/sign`, { version: await version(d.id) })
    ).json();
    const ack = (
      token: string | null,
      payload: object = { decisionNumber: signed.decisionNumber, status: 'imputee' },
    ) =>
      ctx.app.inject({
        method: 'POST',
        url: '/api/v1/douane/accuses',
        headers: token ? { authorization: `Bearer ${token}` } : {},
        payload,
      });
    expect((await ack(null)).statusCode).toBe(401);
    expect((await ack(`${CUSTOMS_TOKEN}x`)).statusCode).toBe(401);
    expect(
      (await ack(CUSTOMS_TOKEN, { decisionNumber: 'LI/2026/999999', status: 'imputee' })).statusCode,
    ).toBe(404);
    const ok = await ack(CUSTOMS_TOKEN);
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toEqual({ decisionNumber: signed.decisionNumber, state: 'imputee' });
    expect((await ack(CUSTOMS_TOKEN)).json().state).toBe('imputee');
    expect(await actions('chef', d.id)).not.toContain('cancel');
    const before = await snapshot(ctx.db, d.id);
    const c = await post('chef', `/api/dossiers/${d.id}/cancel`, {
      version: await version(d.id),
      reason: 'ANN-DEMANDE',
    });
    expect(c.statusCode).toBe(409);
    expect(c.json().error.message).toMatch(/déjà imputé/);
    expect(await snapshot(ctx.db, d.id)).toEqual(before);
    const v = await ctx.app.inject({
      method: 'GET',
      url: signed.verificationUrl.replace('http://localhost:3000/verification/', '/api/verification/'),
    });
    expect(v.json().decision.state).toEqual({ code: 'imputee', label: 'Imputée' });
  });

  it('cancellation with a coded reason is allowed until imputation and sends an annulation', async () => {
    const d = await proposedAcceptance();
    const signed = (
      await post('chef', `/api/dossiers/${d.id}/sign`, { version: await version(d.id) })
    ).json();
    const noReason = await post('chef', `/api/dossiers/${d.id}/cancel`, {
      version: await version(d.id),
      reason: 'REJ-DOC',
    });
    expect(noReason.statusCode).toBe(400);
    const res = await post('chef', `/api/dossiers/${d.id}/cancel`, {
      version: await version(d.id),
      reason: 'ANN-ERREUR',
      comment: 'Erreur de saisie',
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().state.code).toBe('annulee');
    const m = await ctx.db.one(
      sql`SELECT 1 AS x FROM outbox WHERE idempotency_key = ${`customs:annulation:${signed.decisionNumber}`}`,
    );
    expect(m).toBeDefined();
  });
});

describe('délai (SLA) et notifications', () => {
  it('the periodic job notifies once when a deadline is within 24 hours', async () => {
    const d = await createDossier(ctx, { assigneeId: null });
    await post('agent', `/api/dossiers/${d.id}/take`, { version: 1 });
    await ctx.db.query(
      sql`UPDATE dossier SET sla_due_at = ${new Date(ctx.clock.now().getTime() + 5 * HOUR)} WHERE id = ${d.id}`,
    );
    await service.notifySlaNearBreach(ctx.deps);
    await service.notifySlaNearBreach(ctx.deps);
    const rows = await ctx.db.query(
      sql`SELECT 1 FROM notification WHERE dossier_id = ${d.id} AND kind = 'sla_near_breach'`,
    );
    expect(rows).toHaveLength(1);
  });

  it('the near-breach window comes from the procedure definition (DFD: 12 h; LI: the default 24 h)', async () => {
    const dfd = await createDossier(ctx, {
      procedure: 'DFD',
      assigneeId: u.agent!.id,
      state: 'en_instruction',
    });
    const li = await createDossier(ctx, {
      procedure: 'LI',
      assigneeId: u.agent!.id,
      state: 'en_instruction',
    });
    const due = new Date(ctx.clock.now().getTime() + 18 * HOUR);
    await ctx.db.query(sql`UPDATE dossier SET sla_due_at = ${due} WHERE id IN (${dfd.id}, ${li.id})`);
    const notified = async (id: number) =>
      (
        await ctx.db.query(
          sql`SELECT 1 FROM notification WHERE dossier_id = ${id} AND kind = 'sla_near_breach'`,
        )
      ).length;
    const start = ctx.clock.now();
    await service.notifySlaNearBreach(ctx.deps);
    // 18 h left: inside LI's 24 h window, outside DFD's 12 h one.
    expect([await notified(dfd.id), await notified(li.id)]).toEqual([0, 1]);
    ctx.clock.advance(5 * HOUR + 59 * 60_000); // 12 h 01 min left
    await service.notifySlaNearBreach(ctx.deps);
    expect(await notified(dfd.id)).toBe(0);
    ctx.clock.advance(2 * 60_000); // 11 h 59 min left
    await service.notifySlaNearBreach(ctx.deps);
    expect([await notified(dfd.id), await notified(li.id)]).toEqual([1, 1]);
    ctx.clock.set(start); // the sessions of the next tests stay fresh
  });

  it('mark all as read', async () => {
    expect((await post('agent', '/api/notifications/read', { all: true })).statusCode).toBe(204);
    expect((await get('agent', '/api/notifications')).json().unread).toBe(0);
  });

  it('S33: reasons list validates its parameter', async () => {
    expect(
      (await get('agent', '/api/processing/reasons?kind=complement')).json().items.length,
    ).toBeGreaterThan(3);
    expect((await get('agent', "/api/processing/reasons?kind=x'%20OR%201=1")).statusCode).toBe(400);
  });
});

// The dossier page: header, operator, goods, documents, opinions, decision, history, comments —
// each shown only to those allowed (S32), payloads returned inert (S33), bounded statements.
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from '../../db/sql.ts';
import { DAY } from '../../platform/clock.ts';
import { createTestApp, createUser, type SignedIn, signInAs } from '../../test/harness.ts';
import { samplePdf } from './demo.ts';
import { type ApiCaller, addDocument, submitDossier } from './intake.ts';
import { createCaller, dfdBody } from './test-support.ts';

let ctx: Awaited<ReturnType<typeof createTestApp>>;
let mic: SignedIn;
let micConsult: SignedIn;
let onssa: SignedIn;
let caller: ApiCaller;
let dossierId: number;
let reference: string;
const XSS = '<img src=x onerror=alert(1)>';
const SQLI = "'; DROP TABLE dossier; --";

beforeAll(async () => {
  ctx = await createTestApp();
  mic = await signInAs(ctx, (await createUser(ctx.db, { org: 'MIC', roles: ['agent_instructeur'] })).id);
  micConsult = await signInAs(ctx, (await createUser(ctx.db, { org: 'MIC', roles: ['consultation'] })).id);
  onssa = await signInAs(ctx, (await createUser(ctx.db, { org: 'ONSSA', roles: ['chef_service'] })).id);
  caller = await createCaller(ctx, `Opérateur ${XSS}`);
  const r = await submitDossier(
    ctx.deps,
    caller,
    'detail-1',
    dfdBody({
      fields: {
        accord: 'maroc-ue',
        provenanceCountry: 'ES',
        invoiceNumber: XSS.slice(0, 40),
        invoiceDate: '2026-02-20',
      },
      goods: [
        {
          hsCode: '8418210000',
          description: SQLI,
          quantity: 10,
          unit: 'u',
          value: 50000,
          currency: 'MAD',
          originCountry: 'ES',
        },
        {
          hsCode: '8450110000',
          description: 'Lave-linge',
          quantity: 5.5,
          unit: 'u',
          value: 1234.56,
          currency: 'EUR',
        },
      ],
    }),
    '127.0.0.1',
  );
  reference = r.body.reference;
  dossierId = Number(
    (await ctx.db.one<{ id: number }>(sql`SELECT id FROM dossier WHERE reference = ${reference}`))!.id,
  );
  await addDocument(
    ctx.deps,
    caller,
    reference,
    'facture_proforma',
    { filename: 'facture.pdf', mimetype: 'application/pdf', stream: Readable.from([samplePdf('Facture')]) },
    '127.0.0.1',
  );
}, 300_000);
afterAll(async () => ctx.close());

const get = (who: SignedIn, url: string) => ctx.app.inject({ url, headers: who.headers });

describe('dossier page', () => {
  it('shows header, SLA, operator, goods with HS labels, documents and history', async () => {
    const res = await get(mic, `/api/dossiers/${dossierId}`);
    expect(res.statusCode).toBe(200);
    const d = res.json();
    expect(d.reference).toBe(reference);
    expect(d.procedure).toMatchObject({
      code: 'DFD',
      name: 'Demande de franchise douanière',
      direction: 'import',
    });
    expect(d.state).toEqual({ code: 'soumise', label: 'Soumise' });
    expect(d.sla).toMatchObject({ overdue: false, paused: false });
    expect(d.sla.remainingMinutes).toBeGreaterThan(0);
    expect(d.operator).toMatchObject({ ice: caller.ice, rc: 'RC Casablanca 1234', city: 'Casablanca' });
    expect(d.goods).toHaveLength(2);
    expect(d.goods[0]).toMatchObject({
      hsCode: '8418210000',
      hsLabel: 'Réfrigérateurs ménagers, à compression',
      quantity: '10.000',
    });
    expect(d.goods[1]).toMatchObject({ value: '1234.56', currency: 'EUR', quantity: '5.500' });
    expect(d.fields.find((f: { key: string }) => f.key === 'accord').value).toBe('Maroc–Union européenne');
    expect(d.documents).toHaveLength(1);
    expect(d.documents[0]).toMatchObject({
      mediaType: 'application/pdf',
      kind: { code: 'facture_proforma', label: 'Facture pro forma' },
    });
    expect(d.history.map((h: { kind: string }) => h.kind)).toEqual(['submitted', 'document_added']);
    expect(Array.isArray(d.actions)).toBe(true); // filled by the processing policy
    expect(d.canComment).toBe(true);
  });

  it('sends data-driven labels in French, Arabic and English (definition and reference data)', async () => {
    const d = (await get(mic, `/api/dossiers/${dossierId}`)).json();
    expect(d.procedure.names).toEqual({
      fr: 'Demande de franchise douanière',
      ar: 'طلب الإعفاء الجمركي',
      en: 'Customs duty exemption request',
    });
    const accord = d.fields.find((f: { key: string }) => f.key === 'accord');
    expect(accord.labels).toEqual({ fr: 'Accord', ar: 'الاتفاقية', en: 'Agreement' });
    expect(accord.values.en).toBe('Morocco–European Union');
    // A country field names the country (not its code), in the three languages.
    const provenance = d.fields.find((f: { key: string }) => f.key === 'provenanceCountry');
    expect(provenance.value).not.toBe('ES');
    expect(provenance.values.fr).toBe(provenance.value);
    expect(provenance.values.ar).toMatch(/\p{Script=Arabic}/u);
    expect(d.category).toMatchObject({ code: 'ale', labels: { en: 'Free-trade agreement' } });
    expect(d.documents[0].kind.labels.en).toBe('Pro forma invoice');
    expect(d.goods[0].unit.labels.ar).toMatch(/\p{Script=Arabic}/u);
    expect(d.goods[0].originCountry.labels.en).toBeTruthy();
    // free text stays as typed
    const invoice = d.fields.find((f: { key: string }) => f.key === 'invoiceNumber');
    expect(invoice.values).toBeUndefined();
  });

  it('SLA turns overdue once the deadline (working days) has passed', async () => {
    // Moving the clock a week would also expire the session: move the deadline instead.
    const due = await ctx.db.one<{ sla_due_at: Date }>(
      sql`SELECT sla_due_at FROM dossier WHERE id = ${dossierId}`,
    );
    await ctx.db.query(
      sql`UPDATE dossier SET sla_due_at = ${new Date(ctx.clock.now().getTime() - DAY)} WHERE id = ${dossierId}`,
    );
    const d = (await get(mic, `/api/dossiers/${dossierId}`)).json();
    await ctx.db.query(sql`UPDATE dossier SET sla_due_at = ${due!.sla_due_at} WHERE id = ${dossierId}`);
    expect(d.sla.overdue).toBe(true);
    expect(d.sla.remainingMinutes).toBe(-24 * 60);
  });

  it('S33: injection payloads stored through the API come back as inert text', async () => {
    const res = await get(mic, `/api/dossiers/${dossierId}`);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    const d = res.json();
    expect(d.operator.raisonSociale).toBe(`Opérateur ${XSS}`);
    expect(d.goods[0].description).toBe(SQLI);
    expect(d.fields.find((f: { key: string }) => f.key === 'invoiceNumber').value).toBe(XSS.slice(0, 40));
    expect((await ctx.db.one<{ n: number }>(sql`SELECT count(*)::int AS n FROM dossier`))!.n).toBe(1);
  });

  it('serves documents as attachments with nosniff, inline preview sandboxed (S29)', async () => {
    const d = (await get(mic, `/api/dossiers/${dossierId}`)).json();
    const dl = await get(mic, d.documents[0].downloadUrl);
    expect(dl.statusCode).toBe(200);
    expect(dl.headers['content-disposition']).toMatch(/^attachment;/);
    expect(dl.headers['x-content-type-options']).toBe('nosniff');
    expect(dl.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    const inline = await get(mic, d.documents[0].previewUrl);
    expect(inline.headers['content-disposition']).toMatch(/^inline;/);
    expect(inline.headers['content-security-policy']).toBe('sandbox');
  });

  it('internal comments: agents add them (CSRF required), stored verbatim, hidden from the operator history', async () => {
    const post = await ctx.app.inject({
      method: 'POST',
      url: `/api/dossiers/${dossierId}/comments`,
      headers: mic.headers,
      payload: { body: `Vérifier l'EUR.1 ${XSS}` },
    });
    expect(post.statusCode).toBe(201);
    const d = (await get(mic, `/api/dossiers/${dossierId}`)).json();
    expect(d.comments.map((c: { body: string }) => c.body)).toEqual([`Vérifier l'EUR.1 ${XSS}`]);
    const noCsrf = await ctx.app.inject({
      method: 'POST',
      url: `/api/dossiers/${dossierId}/comments`,
      headers: { cookie: mic.cookie },
      payload: { body: 'x' },
    });
    expect(noCsrf.statusCode).toBe(403);
    const empty = await ctx.app.inject({
      method: 'POST',
      url: `/api/dossiers/${dossierId}/comments`,
      headers: mic.headers,
      payload: { body: '   ' },
    });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().error.details.fields[0]).toEqual({
      path: 'body',
      message: 'Le commentaire est vide.',
    });
    // The consultation role reads but does not write.
    const consult = (await get(micConsult, `/api/dossiers/${dossierId}`)).json();
    expect(consult.canComment).toBe(false);
    const denied = await ctx.app.inject({
      method: 'POST',
      url: `/api/dossiers/${dossierId}/comments`,
      headers: micConsult.headers,
      payload: { body: 'x' },
    });
    expect(denied.statusCode).toBe(403);
  });

  it('S32: another organisation cannot read, comment or download by changing the id', async () => {
    const d = (await get(mic, `/api/dossiers/${dossierId}`)).json();
    for (const url of [`/api/dossiers/${dossierId}`, d.documents[0].downloadUrl, d.documents[0].previewUrl]) {
      const res = await get(onssa, url);
      expect(res.statusCode, url).toBe(404);
      expect(res.body).not.toContain(reference);
    }
    const post = await ctx.app.inject({
      method: 'POST',
      url: `/api/dossiers/${dossierId}/comments`,
      headers: onssa.headers,
      payload: { body: 'x' },
    });
    expect(post.statusCode).toBe(404);
    // Unknown ids answer the same way; a document id of another dossier is refused too.
    expect((await get(mic, '/api/dossiers/999999')).statusCode).toBe(404);
    expect((await get(mic, `/api/dossiers/${dossierId}/documents/999999`)).statusCode).toBe(404);
    expect((await get(mic, '/api/dossiers/1%20OR%201=1')).statusCode).toBe(400);
  });

  it('S32: a consulted organisation sees its own opinion only, and no internal comments', async () => {
    const onssaOrg = await ctx.db.one<{ id: number }>(sql`SELECT id FROM organisation WHERE code = 'ONSSA'`);
    const anrtOrg = await ctx.db.one<{ id: number }>(sql`SELECT id FROM organisation WHERE code = 'ANRT'`);
    const r = await submitDossier(
      ctx.deps,
      caller,
      'li-1',
      {
        procedure: 'LI',
        category: 'surveillance',
        customsOffice: '301',
        fields: { provenanceCountry: 'FR', requestedValidityMonths: 6, intendedUse: 'Revente en l’état' },
        goods: [{ hsCode: '8418210000', description: 'Réfrigérateurs', quantity: 1, unit: 'u', value: 1000 }],
      },
      '127.0.0.1',
    );
    const li = await ctx.db.one<{ id: number }>(
      sql`SELECT id FROM dossier WHERE reference = ${r.body.reference}`,
    );
    await ctx.db.query(sql`
      INSERT INTO dossier_opinion (dossier_id, organisation_id, requested_at, opinion, given_at)
      VALUES (${li!.id}, ${onssaOrg!.id}, ${ctx.clock.now()}, 'favorable', ${ctx.clock.now()}),
             (${li!.id}, ${anrtOrg!.id}, ${ctx.clock.now()}, 'reserve', ${ctx.clock.now()})`);
    const seen = (await get(onssa, `/api/dossiers/${li!.id}`)).json();
    expect(seen.opinions.map((o: { organisation: { code: string } }) => o.organisation.code)).toEqual([
      'ONSSA',
    ]);
    expect(seen.comments).toBeNull();
    expect(seen.canComment).toBe(false);
    const all = (await get(mic, `/api/dossiers/${li!.id}`)).json();
    expect(all.opinions).toHaveLength(2);
  });

  it('costs a bounded number of statements (no N+1 over goods, documents, history)', async () => {
    let n = 0;
    const off = ctx.db.onQuery(() => {
      n += 1;
    });
    const res = await get(mic, `/api/dossiers/${dossierId}`);
    off();
    expect(res.statusCode).toBe(200);
    expect(n).toBeLessThanOrEqual(10); // session (≤2) + dossier + 6 parts + the actions provider's one
  });
});

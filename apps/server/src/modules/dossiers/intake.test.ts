// Intake API for operator systems: machine authentication (Portnet ID client credentials),
// validation against the procedure definition, idempotency, uploads (S29), isolation between
// operators (S32), signed webhooks through the outbox, gapless numbering.
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from '../../db/sql.ts';
import { deliverDue } from '../../platform/outbox.ts';
import { createTestApp } from '../../test/harness.ts';
import { samplePdf } from './demo.ts';
import { iceError, iceKey, isValidIce } from './ice.ts';
import { type ApiCaller, linkApiClient } from './intake.ts';
import { createCaller, dfdBody, tokenFor } from './test-support.ts';
import { deliverWebhook, enqueueStateChangeWebhook, signWebhook, WEBHOOK_TOPIC } from './webhooks.ts';

let ctx: Awaited<ReturnType<typeof createTestApp>>;
let caller: ApiCaller;
let other: ApiCaller;
let token: string;
let otherToken: string;

beforeAll(async () => {
  ctx = await createTestApp({ config: { UPLOAD_MAX_MB: '1' } });
  caller = await createCaller(ctx, 'Atlas Import SARL');
  other = await createCaller(ctx, 'Sahara Trading SA');
  token = await tokenFor(ctx.app, caller.clientId);
  otherToken = await tokenFor(ctx.app, other.clientId);
}, 300_000);
afterAll(async () => ctx.close());

const submit = (body: unknown, key: string, bearer = token) =>
  ctx.app.inject({
    method: 'POST',
    url: '/api/v1/dossiers',
    headers: { authorization: `Bearer ${bearer}`, 'idempotency-key': key },
    payload: body as object,
  });

function multipart(filename: string, content: Buffer, type = 'application/octet-stream') {
  const boundary = '----portailtest';
  const payload = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: ${type}\r\n\r\n`,
    ),
    content,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { payload, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

const upload = (
  reference: string,
  filename: string,
  content: Buffer,
  kind = 'facture_proforma',
  bearer = token,
) => {
  const m = multipart(filename, content);
  return ctx.app.inject({
    method: 'POST',
    url: `/api/v1/dossiers/${reference}/documents?kind=${kind}`,
    headers: { ...m.headers, authorization: `Bearer ${bearer}` },
    payload: m.payload,
  });
};

describe('ICE', () => {
  it('checks 15 digits and the key', () => {
    const ice = `0015372890001${iceKey('0015372890001')}`;
    expect(isValidIce(ice)).toBe(true);
    expect(isValidIce(`${ice.slice(0, 14)}${(Number(ice[14]) + 1) % 10}`)).toBe(false);
    expect(iceError('12345')).toBe("L'ICE doit comporter exactement 15 chiffres.");
    expect(isValidIce('000000000000000')).toBe(false);
  });
});

describe('intake API', () => {
  it('refuses a call without a valid bearer token (401, before validation)', async () => {
    const none = await ctx.app.inject({ method: 'POST', url: '/api/v1/dossiers', payload: {} });
    expect(none.statusCode).toBe(401);
    expect(none.headers['www-authenticate']).toMatch(/^Bearer/);
    expect((await submit(dfdBody(), 'k0', 'not-a-real-token-at-all')).statusCode).toBe(401);
    const read = await ctx.app.inject({ url: '/api/v1/dossiers/DFD-2026-000001' });
    expect(read.statusCode).toBe(401);
  });

  it('submits a DFD: gapless reference, state Soumise, status and history readable', async () => {
    const a = await submit(dfdBody(), 'sub-1');
    expect(a.statusCode).toBe(201);
    const b = await submit(dfdBody(), 'sub-2');
    const [na, nb] = [a.json().reference, b.json().reference].map((r: string) => Number(r.slice(-6)));
    expect(a.json().reference).toMatch(/^DFD-2026-\d{6}$/);
    expect(nb).toBe(na + 1);
    expect(a.json().state).toEqual({ code: 'soumise', label: 'Soumise' });
    const status = await ctx.app.inject({
      url: `/api/v1/dossiers/${a.json().reference}`,
      headers: { authorization: `Bearer ${token}` },
    });
    expect(status.statusCode).toBe(200);
    expect(status.json()).toMatchObject({
      reference: a.json().reference,
      procedure: 'DFD',
      state: { code: 'soumise' },
      decision: null,
    });
    const history = await ctx.app.inject({
      url: `/api/v1/dossiers/${a.json().reference}/history`,
      headers: { authorization: `Bearer ${token}` },
    });
    expect(history.json().events.map((e: { kind: string }) => e.kind)).toEqual(['submitted']);
    // The audit row and the stored idempotent answer are written by the same statement as the dossier.
    const audited = await ctx.db.one<{
      object_id: string;
      actor_label: string;
      details: { reference: string };
    }>(sql`
      SELECT object_id, actor_label, details FROM audit_log
       WHERE event = 'dossier.submitted' AND details->>'reference' = ${a.json().reference}`);
    expect(audited).toMatchObject({
      actor_label: expect.stringMatching(/^api:/),
      details: { procedure: 'DFD' },
    });
    // The stored answer points at the dossier it created; a replay adds the dossier's reference.
    const stored = await ctx.db.one<{ status_code: number; response: object; reference: string }>(sql`
      SELECT i.status_code, i.response, d.reference
        FROM intake_idempotency i JOIN dossier d ON d.id = i.dossier_id WHERE i.key = 'sub-1'`);
    const { reference, statusUrl, ...rest } = a.json();
    expect(stored).toEqual({ status_code: 201, response: rest, reference });
    expect(statusUrl).toBe(`/api/v1/dossiers/${reference}`);
    // Goods-line fields are stored as JSON objects on both drivers (they were strings on PostgreSQL).
    const lines = await ctx.db.query<{ t: string }>(sql`
      SELECT jsonb_typeof(g.data) AS t FROM dossier_goods_line g JOIN dossier d ON d.id = g.dossier_id
       WHERE d.reference = ${a.json().reference}`);
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.every((l) => l.t === 'object')).toBe(true);
  });

  it('a failed submission leaves no gap in the numbering', async () => {
    const before = await ctx.db.one<{ last_value: number }>(
      sql`SELECT last_value FROM numbering_counter WHERE scope = 'dossier:DFD'`,
    );
    expect((await submit(dfdBody({ customsOffice: '999' }), 'gap-1')).statusCode).toBe(400);
    const after = await ctx.db.one<{ last_value: number }>(
      sql`SELECT last_value FROM numbering_counter WHERE scope = 'dossier:DFD'`,
    );
    expect(after!.last_value).toBe(before!.last_value);
  });

  it('Idempotency-Key: same key and body → same answer, no second dossier; other body → 409; missing → 400', async () => {
    const first = await submit(dfdBody(), 'idem-1');
    const again = await submit(dfdBody(), 'idem-1');
    expect(again.statusCode).toBe(201);
    expect(again.json()).toEqual(first.json());
    expect(again.headers['idempotent-replayed']).toBe('true');
    const count = await ctx.db.one<{ n: number }>(
      sql`SELECT count(*)::int AS n FROM dossier WHERE reference = ${first.json().reference}`,
    );
    expect(count!.n).toBe(1);
    const conflict = await submit(dfdBody({ customsOffice: '301' }), 'idem-1');
    expect(conflict.statusCode).toBe(409);
    expect(conflict.json().error.message).toMatch(/clé d'idempotence/);
    // Keys are per client: another operator may use the same key.
    expect((await submit(dfdBody(), 'idem-1', otherToken)).statusCode).toBe(201);
    const missing = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/dossiers',
      headers: { authorization: `Bearer ${token}` },
      payload: dfdBody(),
    });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error.details.fields[0].path).toBe('idempotency-key');
  });

  it('concurrent duplicates with one key create one dossier', async () => {
    const results = await Promise.all([1, 2, 3].map(() => submit(dfdBody(), 'race-1')));
    expect(results.map((r) => r.statusCode)).toEqual([201, 201, 201]);
    expect(new Set(results.map((r) => r.json().reference)).size).toBe(1);
  });

  it('validates against the definition with French messages and field paths', async () => {
    // The body's shape first (types, formats)…
    const shape = await submit(
      dfdBody({ goods: [{ hsCode: '84182', description: 'x', quantity: -1, unit: 'u', value: 1 }] }),
      'val-0',
    );
    expect(shape.statusCode).toBe(400);
    const shapeFields = Object.fromEntries(
      shape.json().error.details.fields.map((f: { path: string; message: string }) => [f.path, f.message]),
    );
    expect(shapeFields).toMatchObject({
      'goods.0.hsCode': 'Nomenclature : 10 chiffres.',
      'goods.0.quantity': 'La quantité doit être positive.',
      'goods.0.description': 'Désignation obligatoire.',
    });
    // …then the procedure's own fields, all reported at once.
    const res = await submit(
      dfdBody({
        category: 'ale',
        fields: { provenanceCountry: 'XX', invoiceDate: '2026-02-30', quotaReference: 'CT-1', bogus: 1 },
        goods: [
          {
            hsCode: '8418210000',
            description: 'Réfrigérateurs',
            quantity: 1,
            unit: 'u',
            value: 1,
            fields: { requestedQuantityInQuota: 'beaucoup' },
          },
        ],
      }),
      'val-1',
    );
    expect(res.statusCode).toBe(400);
    const fields = Object.fromEntries(
      res.json().error.details.fields.map((f: { path: string; message: string }) => [f.path, f.message]),
    );
    expect(fields).toMatchObject({
      'fields.accord': 'Accord : champ obligatoire.',
      'fields.invoiceNumber': 'N° de la facture pro forma : champ obligatoire.',
      'fields.invoiceDate': 'Date de la facture pro forma : date invalide.',
      'fields.quotaReference': "Ce champ ne s'applique pas à cette catégorie.",
      'fields.bogus': 'Champ inconnu pour cette procédure.',
      'goods.0.fields.requestedQuantityInQuota': 'Quantité imputée sur le contingent : nombre attendu.',
    });
    const refs = await submit(
      dfdBody({
        goods: [{ hsCode: '0000000000', description: 'Objet', quantity: 1, unit: 'furlong', value: 1 }],
      }),
      'val-2',
    );
    const refFields = Object.fromEntries(
      refs.json().error.details.fields.map((f: { path: string; message: string }) => [f.path, f.message]),
    );
    expect(refFields).toMatchObject({
      'goods.0.hsCode': 'Nomenclature inconnue : 0000000000.',
      'goods.0.unit': 'Unité inconnue : furlong.',
    });
    expect(
      (await submit({ ...dfdBody(), procedure: 'XYZ' }, 'val-3')).json().error.details.fields[0],
    ).toEqual({
      path: 'procedure',
      message: 'Procédure inconnue : XYZ.',
    });
  });

  it('S33: payloads in text fields are stored verbatim and returned as JSON text', async () => {
    const payload = `<script>alert('x')</script>' OR 1=1; --`;
    const res = await submit(
      dfdBody({ goods: [{ hsCode: '8418210000', description: payload, quantity: 1, unit: 'u', value: 1 }] }),
      'xss-1',
    );
    expect(res.statusCode).toBe(201);
    const row = await ctx.db.one<{ goods_summary: string }>(
      sql`SELECT goods_summary FROM dossier WHERE reference = ${res.json().reference}`,
    );
    expect(row!.goods_summary).toBe(payload);
  });

  it('S32: an operator cannot read or upload to another operator’s dossier by its reference', async () => {
    const mine = (await submit(dfdBody(), 's32-1')).json().reference;
    for (const url of [`/api/v1/dossiers/${mine}`, `/api/v1/dossiers/${mine}/history`]) {
      const res = await ctx.app.inject({ url, headers: { authorization: `Bearer ${otherToken}` } });
      expect(res.statusCode).toBe(404);
      expect(res.body).not.toContain('Atlas');
    }
    expect((await upload(mine, 'f.pdf', samplePdf('x'), 'facture_proforma', otherToken)).statusCode).toBe(
      404,
    );
  });

  it('scopes: a read-only token cannot submit', async () => {
    const readOnly = await tokenFor(ctx.app, caller.clientId, 'dossiers:read');
    const res = await submit(dfdBody(), 'scope-1', readOnly);
    expect(res.statusCode).toBe(403);
  });

  describe('S29: uploads', () => {
    let reference: string;
    beforeAll(async () => {
      reference = (await submit(dfdBody(), 'up-1')).json().reference;
    });

    it('accepts a PDF (type from its bytes), stores it under a random name outside the web root', async () => {
      const res = await upload(reference, '../../etc/facture.pdf', samplePdf('Facture'));
      expect(res.statusCode).toBe(201);
      expect(res.json()).toMatchObject({
        kind: 'facture_proforma',
        name: 'facture.pdf',
        mediaType: 'application/pdf',
      });
      const stored = await ctx.db.one<{ storage_key: string }>(sql`
        SELECT f.storage_key FROM dossier_document d JOIN stored_file f ON f.id = d.stored_file_id WHERE d.id = ${res.json().id}`);
      expect(stored!.storage_key).toMatch(/^[0-9a-f]{2}\/[0-9a-f]{40}$/);
      const status = (
        await ctx.app.inject({
          url: `/api/v1/dossiers/${reference}`,
          headers: { authorization: `Bearer ${token}` },
        })
      ).json();
      expect(status.documents.map((d: { name: string }) => d.name)).toEqual(['facture.pdf']);
    });

    it('refuses a file whose bytes are not an allowed type, whatever its name (415)', async () => {
      const res = await upload(reference, 'facture.pdf', Buffer.from('MZ\x90\x00 this is an executable'));
      expect(res.statusCode).toBe(415);
      expect(res.json().error.message).toMatch(/Types acceptés : PDF, PNG, JPEG/);
      // The convention copy accepts PDF only: a PNG is refused for that kind.
      const png = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');
      expect((await upload(reference, 'c.png', png, 'convention')).statusCode).toBe(415);
    });

    it('refuses a file over the limit with 413 stating the limit', async () => {
      const big = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(1024 * 1024 + 10, 0x20)]);
      const res = await upload(reference, 'gros.pdf', big);
      expect(res.statusCode).toBe(413);
      expect(res.json().error.message).toContain('1 Mo');
    });

    it('refuses an unknown document kind with the allowed ones', async () => {
      const res = await upload(reference, 'f.pdf', samplePdf('x'), 'passeport');
      expect(res.statusCode).toBe(400);
      expect(res.json().error.details.fields[0].message).toContain('facture_proforma');
    });
  });

  it('documents the API in OpenAPI under « API opérateurs »', async () => {
    const doc = (await ctx.app.inject({ url: '/api/docs/json' })).json();
    expect(doc.paths['/api/v1/dossiers'].post.tags).toEqual(['API opérateurs']);
    expect(doc.paths['/api/v1/dossiers/{reference}/documents'].post.description).toContain(
      'Taille maximale : 1 Mo',
    );
  });
});

describe('webhooks', () => {
  it('sends signed state changes through the outbox and retries on failure', async () => {
    const received: { headers: IncomingMessage['headers']; body: string }[] = [];
    let fail = true;
    const server = createServer((req, res) => {
      let body = '';
      req.on('data', (c) => {
        body += c;
      });
      req.on('end', () => {
        received.push({ headers: req.headers, body });
        res.statusCode = fail ? 503 : 204;
        res.end();
      });
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`;
    const secret = 'webhook-secret-0123456789abcdef-0123456789';
    await linkApiClient(ctx.deps, {
      clientId: caller.clientId,
      operatorId: caller.operatorId,
      webhookUrl: url,
      webhookSecret: secret,
    });
    const reference = (await submit(dfdBody(), 'wh-1')).json().reference;
    const d = await ctx.db.one<{ id: number }>(sql`SELECT id FROM dossier WHERE reference = ${reference}`);
    await ctx.db.transaction((tx) =>
      enqueueStateChangeWebhook(tx, {
        dossierId: Number(d!.id),
        fromState: 'soumise',
        toState: 'en_instruction',
        at: ctx.clock.now(),
      }),
    );
    const handlers = { [WEBHOOK_TOPIC]: deliverWebhook as never };
    await deliverDue(ctx.deps, handlers);
    expect(received).toHaveLength(1);
    const pending = await ctx.db.one<{ status: string; attempts: number }>(
      sql`SELECT status, attempts FROM outbox WHERE topic = ${WEBHOOK_TOPIC}`,
    );
    expect(pending).toMatchObject({ status: 'pending', attempts: 1 });
    fail = false;
    ctx.clock.advance(10 * 60_000);
    await deliverDue(ctx.deps, handlers);
    expect(received).toHaveLength(2);
    const last = received[1];
    const body = JSON.parse(last.body);
    expect(body).toMatchObject({
      event: 'dossier.state_changed',
      reference,
      fromState: 'soumise',
      toState: 'en_instruction',
    });
    expect(last.headers['x-portnet-signature']).toBe(
      signWebhook(secret, String(last.headers['x-portnet-timestamp']), last.body),
    );
    expect(last.headers['x-portnet-delivery']).toBe(body.id);
    const done = await ctx.db.one<{ status: string }>(
      sql`SELECT status FROM outbox WHERE topic = ${WEBHOOK_TOPIC}`,
    );
    expect(done!.status).toBe('done');
    await new Promise<void>((r) => server.close(() => r()));
  });
});

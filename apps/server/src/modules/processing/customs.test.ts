// Reliability of the customs transmission against a real local HTTP server playing customs: it
// answers 500s, then records a message but never answers (timeout), then recovers. Every decision
// must take effect exactly once at customs (the receiver de-duplicates on Idempotency-Key), none
// lost, and the agents hear once that delivery is failing.
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from '../../db/sql.ts';
import { HOUR } from '../../platform/clock.ts';
import { deliverDue } from '../../platform/outbox.ts';
import { createTestContext, createUser, type TestContext } from '../../test/harness.ts';
import { deliverToCustoms } from './customs.ts';
import * as service from './service.ts';
import { CUSTOMS_TOPIC } from './service.ts';
import { createDossier, loadCatalogue, sessionUserOf } from './test-fixtures.ts';

interface Received {
  key: string;
  type: string;
  decisionNumber: string;
}

/** A customs endpoint with a scripted misbehaviour and an idempotent effect per key. */
function fakeCustoms() {
  const requests: Received[] = [];
  const effects = new Map<string, number>();
  let n = 0;
  const server: Server = createServer(async (req: IncomingMessage, res) => {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as {
      type: string;
      decisionNumber: string;
    };
    const key = String(req.headers['idempotency-key']);
    n += 1;
    requests.push({ key, type: body.type, decisionNumber: body.decisionNumber });
    if (n <= 4) {
      res.writeHead(500).end('erreur interne BADR');
      return;
    }
    // Recorded, but the answer is lost: the sender times out and must retry without a second effect.
    if (!effects.has(key)) effects.set(key, (effects.get(key) ?? 0) + 1);
    if (n === 5) return; // never answers
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ accepted: true }));
  });
  return { server, requests, effects };
}

let ctx: TestContext;
let customs: ReturnType<typeof fakeCustoms>;

beforeAll(async () => {
  customs = fakeCustoms();
  await new Promise<void>((r) => customs.server.listen(0, '127.0.0.1', r));
  const port = (customs.server.address() as AddressInfo).port;
  ctx = await createTestContext({
    config: { CUSTOMS_ENDPOINT_URL: `http://127.0.0.1:${port}/badr/decisions`, CUSTOMS_TIMEOUT_MS: '400' },
  });
  await loadCatalogue(ctx);
});
afterAll(async () => {
  customs.server.closeAllConnections();
  await new Promise((r) => customs.server.close(r));
  await ctx.close();
});

async function signedAcceptance(chefId: number, agentId: number) {
  const chef = { user: await sessionUserOf(ctx.db, chefId) };
  const agent = { user: await sessionUserOf(ctx.db, agentId) };
  const d = await createDossier(ctx, { procedure: 'DFD', state: 'en_instruction', assigneeId: agentId });
  await service.propose(ctx.deps, agent, d.id, {
    version: 1,
    outcome: 'acceptee',
    validFrom: '2026-03-02',
    validUntil: '2026-12-31',
    grants: [
      { lineNo: 1, quantity: 120 },
      { lineNo: 2, quantity: 10 },
    ],
  });
  const signed = await service.sign(ctx.deps, chef, d.id, 2);
  return { ...d, number: signed.decisionNumber, version: signed.version };
}

describe('transmission à la douane', () => {
  it('500s, a lost answer, then recovery: every decision takes effect once, none lost, failure notified once', async () => {
    const chef = await createUser(ctx.db, { org: 'MIC', roles: ['chef_service'] });
    const agent = await createUser(ctx.db, { org: 'MIC', roles: ['agent_instructeur'] });
    const a = await signedAcceptance(chef.id, agent.id);
    const b = await signedAcceptance(chef.id, agent.id);
    // Signed then cancelled before any delivery: customs must hear nothing of it.
    const c = await signedAcceptance(chef.id, agent.id);
    await service.cancel(ctx.deps, { user: await sessionUserOf(ctx.db, chef.id) }, c.id, {
      version: c.version,
      reason: 'ANN-ERREUR',
    });

    const handlers = { [CUSTOMS_TOPIC]: deliverToCustoms as never };
    for (let i = 0; i < 15; i++) {
      await deliverDue(ctx.deps, handlers);
      const pending = await ctx.db.one<{ n: number }>(
        sql`SELECT count(*)::int AS n FROM outbox WHERE topic = ${CUSTOMS_TOPIC} AND status = 'pending'`,
      );
      if (pending?.n === 0) break;
      ctx.clock.advance(HOUR); // past any backoff
    }

    // No loss: both accepted decisions are « Transmise à la douane ».
    const states = await ctx.db.query<{ id: number; state: string }>(
      sql`SELECT id, state FROM dossier WHERE id = ANY(${[a.id, b.id, c.id]}::bigint[]) ORDER BY id`,
    );
    expect(states.map((r) => r.state)).toEqual(['transmise_douane', 'transmise_douane', 'annulee']);
    // No duplicate effect, even though some were sent more than once.
    expect(customs.effects.get(a.number)).toBe(1);
    expect(customs.effects.get(b.number)).toBe(1);
    expect([...customs.effects.keys()].sort()).toEqual([a.number, b.number].sort());
    expect(customs.requests.length).toBeGreaterThan(5);
    // the message whose answer was lost was sent again, and had no second effect
    const lost = customs.requests[4]!.key;
    expect(customs.requests.filter((r) => r.key === lost).length).toBeGreaterThanOrEqual(2);
    expect(customs.requests.some((r) => r.decisionNumber === c.number)).toBe(false);
    // Every message settled; the outbox keeps the last error for operators.
    const rows = await ctx.db.query<{ status: string }>(
      sql`SELECT status FROM outbox WHERE topic = ${CUSTOMS_TOPIC}`,
    );
    expect(rows.every((r) => r.status === 'done')).toBe(true);
    // The first decision failed three times (500, 500, no answer): the chef and agent heard once;
    // the second failed only twice and raised no alarm.
    // Whichever decision failed three times (the first five requests fail) alarmed the chef and the
    // agent once; one that failed fewer times raised no alarm.
    const failures = new Map<string, number>();
    for (const r of customs.requests.slice(0, 5)) failures.set(r.key, (failures.get(r.key) ?? 0) + 1);
    const byNumber = new Map([
      [a.number, a.id],
      [b.number, b.id],
    ]);
    const alarmed = [...failures].filter(([, n]) => n >= 3).map(([k]) => byNumber.get(k)!);
    expect(alarmed).toHaveLength(1);
    const notes = await ctx.db.query<{ user_id: number; dossier_id: number; body: string }>(
      sql`SELECT user_id, dossier_id, body FROM notification WHERE kind = 'customs_failure'`,
    );
    expect(notes.map((n) => n.user_id).sort()).toEqual([chef.id, agent.id].sort());
    expect(new Set(notes.map((n) => n.dossier_id))).toEqual(new Set(alarmed));
    expect(notes[0]!.body).toMatch(/pas de réponse de la douane|HTTP 500/);
    const events = await ctx.db.query(
      sql`SELECT 1 FROM dossier_event WHERE dossier_id = ${a.id} AND kind = 'customs_sent'`,
    );
    expect(events).toHaveLength(1);
  });
});

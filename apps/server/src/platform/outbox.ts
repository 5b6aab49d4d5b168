// Transactional outbox. enqueue() is called inside the business transaction; deliver() claims due
// messages with FOR UPDATE SKIP LOCKED (safe with many instances), runs their handler and records
// the outcome. A claim is a lease: a process that dies mid-delivery leaves the message due again
// once the lease ends, so nothing is lost; receivers de-duplicate on the idempotency key.
import type { Db } from '../db/client.ts';
import { sql } from '../db/sql.ts';
import type { AppDeps } from './deps.ts';

export interface OutboxMessage<P = unknown> {
  id: number;
  topic: string;
  payload: P;
  idempotencyKey: string | null;
  attempts: number;
}

export type OutboxHandler = (deps: AppDeps, message: OutboxMessage<never>) => Promise<void>;

export interface EnqueueInput {
  topic: string;
  payload: unknown;
  /** Unique per effect: enqueueing the same key twice keeps the first message. */
  idempotencyKey?: string;
  runAfter?: Date;
}

export async function enqueue(db: Db, now: Date, input: EnqueueInput): Promise<void> {
  await db.query(sql`
    INSERT INTO outbox (topic, payload, idempotency_key, run_after, created_at)
    VALUES (${input.topic}, ${sql.json(input.payload)}, ${input.idempotencyKey ?? null}, ${input.runAfter ?? now}, ${now})
    ON CONFLICT (idempotency_key) DO NOTHING`);
}

export const MAX_ATTEMPTS = 12;
const LEASE_MS = 60_000;

/** 5 s, 10 s, 20 s … capped at one hour. */
export const backoffMs = (attempts: number): number => Math.min(5_000 * 2 ** (attempts - 1), 3_600_000);

interface ClaimedRow {
  id: number;
  topic: string;
  payload: unknown;
  idempotency_key: string | null;
  attempts: number;
}

/** One delivery pass; returns how many messages were handled (successfully or not). */
export async function deliverDue(
  deps: AppDeps,
  handlers: Record<string, OutboxHandler>,
  options: { batch?: number; topics?: string[] } = {},
): Promise<number> {
  const now = deps.clock.now();
  const topics = options.topics ?? Object.keys(handlers);
  const claimed = await deps.db.query<ClaimedRow>(sql`
    UPDATE outbox SET attempts = attempts + 1, run_after = ${new Date(now.getTime() + LEASE_MS)}
     WHERE id IN (SELECT id FROM outbox
                   WHERE status = 'pending' AND run_after <= ${now} AND topic = ANY(${topics}::text[])
                   ORDER BY run_after, id LIMIT ${options.batch ?? 20}
                   FOR UPDATE SKIP LOCKED)
    RETURNING id, topic, payload, idempotency_key, attempts`);
  for (const row of claimed) {
    const handler = handlers[row.topic];
    try {
      await handler(deps, {
        id: row.id,
        topic: row.topic,
        payload: row.payload as never,
        idempotencyKey: row.idempotency_key,
        attempts: row.attempts,
      });
      await deps.db.query(
        sql`UPDATE outbox SET status = 'done', done_at = ${deps.clock.now()}, last_error = NULL WHERE id = ${row.id}`,
      );
    } catch (err) {
      const dead = row.attempts >= MAX_ATTEMPTS;
      const message = err instanceof Error ? err.message : String(err);
      await deps.db.query(sql`
        UPDATE outbox SET status = ${dead ? 'dead' : 'pending'}, last_error = ${message.slice(0, 1000)},
               run_after = ${new Date(deps.clock.now().getTime() + backoffMs(row.attempts))}
         WHERE id = ${row.id}`);
    }
  }
  return claimed.length;
}

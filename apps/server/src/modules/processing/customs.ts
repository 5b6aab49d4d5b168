// Delivery of decisions to the customs system (BADR) through the outbox: JSON over HTTPS to
// CUSTOMS_ENDPOINT_URL with an Idempotency-Key (the decision number) so that a retry after a
// timeout — when customs may already have recorded the message — has no second effect.
// A failure throws: the outbox retries with backoff; the third failure notifies the agents once.
import type { CustomsMessage } from '@portail/contracts';
import type { AppDeps } from '../../platform/deps.ts';
import type { OutboxMessage } from '../../platform/outbox.ts';
import * as repo from './repo.ts';
import { markTransmitted, notifyDeliveryFailure } from './service.ts';

export interface CustomsPayload {
  dossierId: number;
  message: CustomsMessage;
}

const NOTIFY_AFTER_ATTEMPTS = 3;

export const customsIdempotencyKey = (m: CustomsMessage): string =>
  m.type === 'decision' ? m.decisionNumber : `${m.decisionNumber}/ANNULATION`;

export async function deliverToCustoms(deps: AppDeps, outbox: OutboxMessage<CustomsPayload>): Promise<void> {
  const { dossierId, message } = outbox.payload;
  const decision = await repo.getDecision(deps.db, dossierId);
  if (!decision) return;
  if (message.type === 'decision') {
    // Cancelled before customs ever saw it: nothing to send (and no annulation will be sent either).
    const d = await repo.getDossier(deps.db, dossierId);
    if (d?.state === 'annulee' && !(await transmitted(deps, dossierId))) return;
  } else if (!(await transmitted(deps, dossierId))) {
    if (await repo.outboxPending(deps.db, `customs:decision:${message.decisionNumber}`))
      throw new Error('annulation différée : la décision est encore en cours de transmission');
    return;
  }
  try {
    const url = deps.config.CUSTOMS_ENDPOINT_URL;
    if (!url) throw new Error('CUSTOMS_ENDPOINT_URL non configurée');
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'idempotency-key': customsIdempotencyKey(message) },
      body: JSON.stringify(message),
      signal: AbortSignal.timeout(deps.config.CUSTOMS_TIMEOUT_MS),
      redirect: 'error',
    });
    // Drain the body so the connection is reused; its content is not needed.
    await res.arrayBuffer().catch(() => undefined);
    if (!res.ok) throw new Error(`la douane a répondu HTTP ${res.status}`);
  } catch (err) {
    const reason =
      err instanceof Error && (err.name === 'TimeoutError' || err.name === 'AbortError')
        ? `pas de réponse de la douane en ${deps.config.CUSTOMS_TIMEOUT_MS} ms`
        : err instanceof Error
          ? err.message
          : String(err);
    if (outbox.attempts >= NOTIFY_AFTER_ATTEMPTS)
      await notifyDeliveryFailure(deps, dossierId, message.decisionNumber, reason);
    throw new Error(reason);
  }
  if (message.type === 'decision') await markTransmitted(deps, dossierId);
}

async function transmitted(deps: AppDeps, dossierId: number): Promise<boolean> {
  return (await repo.getDecision(deps.db, dossierId))?.transmitted_at != null;
}

// Webhooks to operator systems on every state change: one outbox message per subscribed API
// client, written in the transaction of the change, delivered (and retried with backoff) by the
// outbox workers. Signature: X-Portnet-Signature: sha256=<hex HMAC-SHA256 of `${timestamp}.${body}`>
// with the client's webhook secret; receivers check it and the timestamp, and de-duplicate on
// X-Portnet-Delivery.
import type { StateChangeWebhook } from '@portail/contracts';
import type { Db } from '../../db/client.ts';
import { sql } from '../../db/sql.ts';
import { decrypt, hmacHex } from '../../platform/crypto.ts';
import type { AppDeps } from '../../platform/deps.ts';
import type { OutboxMessage } from '../../platform/outbox.ts';

export const WEBHOOK_TOPIC = 'dossiers.webhook';

export interface StateChange {
  dossierId: number;
  fromState: string | null;
  toState: string;
  /** when the change happened (the processing use case's clock) */
  at: Date;
}

/**
 * Call inside the transaction that changes a dossier's state (processing use cases). Enqueues one
 * delivery per API client of the dossier's operator that has a webhook URL. One statement.
 */
export async function enqueueStateChangeWebhook(tx: Db, change: StateChange): Promise<void> {
  const at = change.at.toISOString();
  await tx.query(sql`
    INSERT INTO outbox (topic, payload, idempotency_key, run_after, created_at)
    SELECT ${WEBHOOK_TOPIC},
           jsonb_build_object('clientId', c.client_id, 'body', jsonb_build_object(
             'id', ${`${change.dossierId}.${change.toState}.${change.at.getTime()}`}::text || '.' || c.client_id,
             'event', 'dossier.state_changed', 'reference', d.reference, 'procedure', d.procedure_code,
             'fromState', ${change.fromState}::text, 'toState', ${change.toState}::text, 'at', ${at}::text,
             'decisionNumber', d.decision_number)),
           'webhook:' || ${`${change.dossierId}:${change.toState}:${change.at.getTime()}:`}::text || c.client_id,
           ${change.at}, ${change.at}
      FROM dossier d JOIN operator_api_client c ON c.operator_id = d.operator_id
     WHERE d.id = ${change.dossierId} AND c.webhook_url IS NOT NULL
    ON CONFLICT (idempotency_key) DO NOTHING`);
}

export const signWebhook = (secret: string, timestamp: string, body: string): string =>
  `sha256=${hmacHex(Buffer.from(secret, 'utf8'), `${timestamp}.${body}`)}`;

export const webhookSecretAad = (clientId: string) => `webhook:${clientId}`;

/** Outbox handler: POSTs the body; any non-2xx or network error throws, so the outbox retries. */
export async function deliverWebhook(
  deps: AppDeps,
  message: OutboxMessage<{ clientId: string; body: StateChangeWebhook }>,
): Promise<void> {
  const { clientId, body } = message.payload;
  const client = await deps.db.one<{ webhook_url: string | null; webhook_secret_enc: string | null }>(
    sql`SELECT webhook_url, webhook_secret_enc FROM operator_api_client WHERE client_id = ${clientId}`,
  );
  if (!client?.webhook_url || !client.webhook_secret_enc) return; // unsubscribed since: nothing to send
  const secret = decrypt(deps.masterKey, client.webhook_secret_enc, webhookSecretAad(clientId));
  const text = JSON.stringify(body);
  const timestamp = String(Math.floor(deps.clock.now().getTime() / 1000));
  const response = await fetch(client.webhook_url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'user-agent': 'Portail-MIC-Webhooks/1',
      'x-portnet-event': body.event,
      'x-portnet-delivery': body.id,
      'x-portnet-timestamp': timestamp,
      'x-portnet-signature': signWebhook(secret, timestamp, text),
    },
    body: text,
    redirect: 'manual',
    signal: AbortSignal.timeout(10_000),
  });
  await response.body?.cancel();
  if (response.status < 200 || response.status >= 300)
    throw new Error(`webhook ${clientId}: HTTP ${response.status}`);
}

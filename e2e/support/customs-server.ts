// Playwright globalSetup: a local HTTP server playing the customs system (BADR) for the e2e
// server (playwright.config.ts points CUSTOMS_ENDPOINT_URL at it). It records each decision once
// per Idempotency-Key, answers 200, then acknowledges the imputation to the portal like customs
// would (POST /api/v1/douane/accuses with the bearer token). Tests read GET /received.
import { createServer } from 'node:http';

// Derived from the portal's port so that concurrent e2e runs on other ports do not collide.
export const CUSTOMS_PORT = Number(
  process.env.E2E_CUSTOMS_PORT ?? Number(process.env.E2E_PORT ?? 3100) + 1000,
);
export const CUSTOMS_TOKEN = 'e2e-douane-inbound-token-0123456789abcdef';

interface Received {
  key: string;
  type: string;
  decisionNumber: string;
  reference: string;
  receivedAt: string;
  acknowledged: boolean;
}

export default async function globalSetup(): Promise<() => Promise<void>> {
  const portalUrl = `http://localhost:${Number(process.env.E2E_PORT ?? 3100)}`;
  const received = new Map<string, Received>();
  const server = createServer(async (req, res) => {
    if (req.method === 'GET' && req.url === '/received') {
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify([...received.values()]));
      return;
    }
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const key = String(req.headers['idempotency-key'] ?? '');
    const body = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}');
    const first = !received.has(key);
    if (first) {
      received.set(key, {
        key,
        type: body.type,
        decisionNumber: body.decisionNumber,
        reference: body.reference,
        receivedAt: new Date().toISOString(),
        acknowledged: false,
      });
    }
    res
      .writeHead(200, { 'content-type': 'application/json' })
      .end(JSON.stringify({ accepted: true, duplicate: !first }));
    if (first && body.type === 'decision') {
      // Customs imputes the licence a moment later and says so.
      setTimeout(async () => {
        const ack = await fetch(`${portalUrl}/api/v1/douane/accuses`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${CUSTOMS_TOKEN}` },
          body: JSON.stringify({
            decisionNumber: body.decisionNumber,
            status: 'imputee',
            customsReference: `BADR-${Date.now()}`,
          }),
        }).catch(() => null);
        const r = received.get(key);
        if (r && ack?.ok) r.acknowledged = true;
      }, 1500);
    }
  });
  const listening = await new Promise<boolean>((resolve) => {
    server.once('error', () => resolve(false));
    server.listen(CUSTOMS_PORT, '127.0.0.1', () => resolve(true));
  });
  // Only the processing journeys need it: another run holding the port must not fail every spec.
  if (!listening) {
    console.warn(`customs test server: port ${CUSTOMS_PORT} busy, not started`);
    return async () => {};
  }
  return async () => {
    server.closeAllConnections();
    await new Promise((r) => server.close(r));
  };
}

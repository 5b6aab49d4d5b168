// Helpers for this module's tests: operators, API clients with real Portnet ID tokens, and a
// valid DFD submission to vary.
import type { FastifyInstance } from 'fastify';
import { sql } from '../../db/sql.ts';
import type { TestContext } from '../../test/harness.ts';
import { registerMachineClient } from '../identity/machine-clients.ts';
import { iceKey } from './ice.ts';
import { type ApiCaller, linkApiClient } from './intake.ts';

let counter = 0;

export async function createOperator(
  ctx: TestContext,
  name = 'Société Test SARL',
): Promise<{ id: number; ice: string }> {
  counter += 1;
  const ice13 = `09${String(Date.now() % 1e8).padStart(8, '0')}${String(counter).padStart(3, '0')}`;
  const ice = ice13 + iceKey(ice13);
  const row = await ctx.db.one<{ id: number }>(sql`
    INSERT INTO operator (ice, raison_sociale, rc, address, city, created_at)
    VALUES (${ice}, ${name}, 'RC Casablanca 1234', '1, Rue de Test', 'Casablanca', ${ctx.clock.now()}) RETURNING id`);
  return { id: row!.id, ice };
}

export async function createCaller(ctx: TestContext, name?: string): Promise<ApiCaller> {
  const op = await createOperator(ctx, name);
  counter += 1;
  const clientId = `test-client-${counter}-${Date.now() % 100000}`;
  await registerMachineClient(ctx.deps, {
    clientId,
    secret: 'a-very-long-test-secret-0123456789abcdef',
    name: 'Client de test',
    scopes: ['dossiers:read', 'dossiers:write'],
  });
  await linkApiClient(ctx.deps, { clientId, operatorId: op.id });
  return {
    clientId,
    scopes: ['dossiers:read', 'dossiers:write'],
    operatorId: op.id,
    raisonSociale: name ?? 'Société Test SARL',
    ice: op.ice,
  };
}

/** A bearer token from Portnet ID's token endpoint (client credentials), as an operator system gets it. */
export async function tokenFor(
  app: FastifyInstance,
  clientId: string,
  scope = 'dossiers:read dossiers:write',
): Promise<string> {
  const res = await app.inject({
    method: 'POST',
    url: '/id/token',
    headers: {
      authorization: `Basic ${Buffer.from(`${clientId}:a-very-long-test-secret-0123456789abcdef`).toString('base64')}`,
      'content-type': 'application/x-www-form-urlencoded',
    },
    payload: `grant_type=client_credentials&scope=${encodeURIComponent(scope)}`,
  });
  if (res.statusCode !== 200) throw new Error(`token: ${res.statusCode} ${res.body}`);
  return res.json().access_token as string;
}

export function dfdBody(overrides: Record<string, unknown> = {}) {
  return {
    procedure: 'DFD',
    category: 'ale',
    customsOffice: '310',
    originCountry: 'ES',
    fields: {
      accord: 'maroc-ue',
      provenanceCountry: 'ES',
      invoiceNumber: 'PF-2026-0001',
      invoiceDate: '2026-02-20',
    },
    goods: [
      {
        hsCode: '8418210000',
        description: 'Réfrigérateurs ménagers',
        quantity: 10,
        unit: 'u',
        value: 50000,
        currency: 'MAD',
        originCountry: 'ES',
      },
    ],
    ...overrides,
  };
}

// OAuth2 machine clients (client_credentials grant), e.g. an operator's system posting dossiers to
// the intake API. Secrets are sealed with the master key (oidc-provider needs the clear secret to
// check client_secret_basic/post); access tokens are opaque and looked up in oidc_payload.
import type { AdapterPayload } from 'oidc-provider';
import type { Db } from '../../db/client.ts';
import { sql } from '../../db/sql.ts';
import type { Clock } from '../../platform/clock.ts';
import { decrypt, encrypt } from '../../platform/crypto.ts';
import { AppError } from '../../platform/errors.ts';

/** Scopes a machine client may hold (oidc-provider must know every scope it issues). */
export const MACHINE_SCOPES = ['dossiers:read', 'dossiers:write'] as const;

interface MachineDeps {
  db: Db;
  clock: Clock;
  masterKey: Buffer;
}

const aad = (clientId: string) => `machine-client:${clientId}`;

export async function registerMachineClient(
  deps: MachineDeps,
  input: { clientId: string; secret: string; name: string; scopes: string[] },
): Promise<void> {
  if (!/^[a-z0-9][a-z0-9._-]{2,63}$/.test(input.clientId)) {
    throw new AppError('VALIDATION', 'Identifiant de client invalide (a-z, 0-9, « . _ - »).');
  }
  if (input.secret.length < 32) {
    throw new AppError('VALIDATION', 'Le secret du client doit comporter au moins 32 caractères.');
  }
  const unknown = input.scopes.filter((s) => !(MACHINE_SCOPES as readonly string[]).includes(s));
  if (unknown.length > 0 || input.scopes.length === 0) {
    throw new AppError('VALIDATION', `Portées inconnues : ${unknown.join(', ') || '(aucune)'}.`);
  }
  await deps.db.query(sql`
    INSERT INTO machine_client (client_id, name, secret_sealed, scopes, created_at)
    VALUES (${input.clientId}, ${input.name}, ${encrypt(deps.masterKey, input.secret, aad(input.clientId))},
            ${input.scopes}::text[], ${deps.clock.now()})
    ON CONFLICT (client_id) DO UPDATE
      SET name = EXCLUDED.name, secret_sealed = EXCLUDED.secret_sealed, scopes = EXCLUDED.scopes, active = true`);
}

/** Client metadata for oidc-provider's Client model (undefined when unknown or disabled). */
export async function findMachineClientMetadata(
  deps: MachineDeps,
  clientId: string,
): Promise<AdapterPayload | undefined> {
  const row = await deps.db.one<{ secret_sealed: string; scopes: string[]; name: string }>(
    sql`SELECT secret_sealed, scopes, name FROM machine_client WHERE client_id = ${clientId} AND active`,
  );
  if (!row) return undefined;
  return {
    client_id: clientId,
    client_name: row.name,
    client_secret: decrypt(deps.masterKey, row.secret_sealed, aad(clientId)),
    grant_types: ['client_credentials'],
    response_types: [],
    redirect_uris: [],
    token_endpoint_auth_method: 'client_secret_basic',
    scope: row.scopes.join(' '),
  };
}

/**
 * The client and scopes behind a bearer token from POST /id/token (client_credentials), or null
 * when the token is unknown, expired, or its client was disabled since.
 */
export async function verifyMachineAccessToken(
  deps: MachineDeps,
  token: string,
): Promise<{ clientId: string; scopes: string[] } | null> {
  if (!token || token.length > 200) return null;
  const row = await deps.db.one<{
    payload: { clientId?: string; scope?: string };
    expires_at: Date | null;
  }>(sql`
    SELECT p.payload, p.expires_at
      FROM oidc_payload p
      JOIN machine_client c ON c.client_id = p.payload->>'clientId' AND c.active
     WHERE p.kind = 'ClientCredentials' AND p.id = ${token}`);
  if (!row?.payload.clientId) return null;
  if (!row.expires_at || row.expires_at.getTime() <= deps.clock.now().getTime()) return null;
  return { clientId: row.payload.clientId, scopes: (row.payload.scope ?? '').split(' ').filter(Boolean) };
}

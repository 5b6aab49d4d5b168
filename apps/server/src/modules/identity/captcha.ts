// Self-hosted ALTCHA proof of work (no third party, accessible). Challenges are HMAC-signed with a
// key derived from the master key and expire after 10 minutes; a solution is accepted once
// (replay store captcha_spent in PostgreSQL, shared by every instance).

import type { Challenge, Payload } from 'altcha-lib';
import { createChallenge, randomInt, verifySolution } from 'altcha-lib';
import { deriveKey } from 'altcha-lib/algorithms/pbkdf2';
import { sql } from '../../db/sql.ts';
import { audit } from '../../platform/audit.ts';
import { hmacHex, sha256Hex } from '../../platform/crypto.ts';
import type { AppDeps } from '../../platform/deps.ts';
import { AppError } from '../../platform/errors.ts';

const CHALLENGE_TTL_MS = 10 * 60_000;
const ALGORITHM = 'PBKDF2/SHA-256';

const secrets = (deps: AppDeps) => ({
  hmacSignatureSecret: hmacHex(deps.masterKey, 'altcha-signature:v1'),
  hmacKeySignatureSecret: hmacHex(deps.masterKey, 'altcha-key-signature:v1'),
});

export async function newCaptchaChallenge(deps: AppDeps): Promise<Challenge> {
  return createChallenge({
    algorithm: ALGORITHM,
    cost: deps.config.CAPTCHA_COST,
    // Deterministic mode: the server knows the answer's key, so verifying costs one derivation.
    counter: randomInt(1_000, 2_000),
    deriveKey,
    // Expiry rides in the signed data, checked against the injected clock (the library would
    // compare a signed expiresAt with the wall clock).
    data: { exp: Math.floor((deps.clock.now().getTime() + CHALLENGE_TTL_MS) / 1000) },
    ...secrets(deps),
  });
}

const captchaError = () =>
  new AppError('VALIDATION', 'Veuillez cocher « Je ne suis pas un robot » et réessayer.', {
    reason: 'captcha',
    fields: [{ path: 'captcha', message: 'Vérification anti-robot invalide ou expirée.' }],
  });

function parsePayload(raw: string): Payload | null {
  try {
    const json = JSON.parse(Buffer.from(raw, 'base64').toString('utf8')) as Payload;
    if (!json?.challenge?.parameters || !json.solution) return null;
    return json;
  } catch {
    return null;
  }
}

/**
 * Checks a widget payload and marks it spent, or throws a VALIDATION error (reason 'captcha').
 * S6: callers run this before any password hash; a replay is refused and audited.
 */
export async function consumeCaptcha(
  deps: AppDeps,
  raw: string,
  ip: string | null,
  purpose: string,
): Promise<void> {
  const payload = parsePayload(raw);
  if (!payload) throw captchaError();
  const expiresAt = Number(payload.challenge.parameters.data?.exp);
  // Read before the signature is checked, but a forged value fails the signature below.
  if (!Number.isFinite(expiresAt) || expiresAt * 1000 <= deps.clock.now().getTime()) throw captchaError();
  let verified = false;
  try {
    const result = await verifySolution({
      challenge: payload.challenge,
      solution: payload.solution,
      deriveKey,
      ...secrets(deps),
    });
    verified = result.verified;
  } catch {
    verified = false;
  }
  if (!verified || !payload.challenge.signature) throw captchaError();
  const key = sha256Hex(payload.challenge.signature);
  const inserted = await deps.db.query(sql`
    INSERT INTO captcha_spent (signature_hash, expires_at) VALUES (${key}, ${new Date(expiresAt * 1000)})
    ON CONFLICT (signature_hash) DO NOTHING RETURNING signature_hash`);
  if (inserted.length === 0) {
    await audit(deps.db, deps.clock.now(), {
      event: 'auth.captcha_replay',
      outcome: 'denied',
      actor: { ip },
      details: { purpose },
    });
    throw captchaError();
  }
}

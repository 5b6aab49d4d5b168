// The portal side of OpenID Connect (openid-client 6): authorization code + PKCE S256, state and
// nonce bound to the browser by a short-lived sealed HttpOnly cookie (S25), iss/aud/nonce checked
// by openid-client. The IdP is reached only through discovery at its issuer URL, so pointing
// OIDC_ISSUER at another provider (e.g. Keycloak) is configuration only.
import type { FastifyReply, FastifyRequest } from 'fastify';
import * as oidc from 'openid-client';
import { decrypt, encrypt } from '../../platform/crypto.ts';
import type { AppDeps } from '../../platform/deps.ts';

export interface OidcClientSpec {
  clientId: string;
  clientSecret: string;
  /** Path of the callback on PUBLIC_URL. */
  callbackPath: string;
  /** Name of the transaction cookie (state, nonce, verifier). */
  txCookie: string;
  /**
   * OIDC max_age: an IdP session older than this asks for the password and code again. The portal
   * sets its idle limit, so that a portal session ended by inactivity is not silently reopened by
   * single sign-on.
   */
  maxAgeSeconds?: number;
}

const configs = new WeakMap<AppDeps, Map<string, Promise<oidc.Configuration>>>();

/** Discovery once per client per app; a failed discovery is retried at the next sign-in. */
export function clientConfiguration(deps: AppDeps, spec: OidcClientSpec): Promise<oidc.Configuration> {
  let perApp = configs.get(deps);
  if (!perApp) {
    perApp = new Map();
    configs.set(deps, perApp);
  }
  let pending = perApp.get(spec.clientId);
  if (!pending) {
    pending = oidc.discovery(
      new URL(deps.config.oidcIssuer),
      spec.clientId,
      undefined,
      oidc.ClientSecretBasic(spec.clientSecret),
      // Plain-http local mode only: openid-client refuses http otherwise.
      deps.config.insecureHttp ? { execute: [oidc.allowInsecureRequests], timeout: 10 } : { timeout: 10 },
    );
    pending.catch(() => perApp.delete(spec.clientId));
    perApp.set(spec.clientId, pending);
  }
  return pending;
}

interface Transaction {
  verifier: string;
  state: string;
  nonce: string;
  returnTo: string;
}

const TX_TTL_SECONDS = 10 * 60;
const txAad = (spec: OidcClientSpec) => `oidc-tx:${spec.clientId}`;

const cookieBase = (deps: AppDeps, path: string) => ({
  path,
  httpOnly: true,
  sameSite: 'lax' as const,
  secure: !deps.config.insecureHttp,
});

/** Starts a sign-in: stores the transaction in its cookie and redirects to the IdP. */
export async function redirectToIdp(
  deps: AppDeps,
  spec: OidcClientSpec,
  reply: FastifyReply,
  returnTo: string,
): Promise<FastifyReply> {
  const config = await clientConfiguration(deps, spec);
  const tx: Transaction = {
    verifier: oidc.randomPKCECodeVerifier(),
    state: oidc.randomState(),
    nonce: oidc.randomNonce(),
    returnTo,
  };
  const url = oidc.buildAuthorizationUrl(config, {
    redirect_uri: `${deps.config.PUBLIC_URL}${spec.callbackPath}`,
    scope: 'openid profile email',
    code_challenge: await oidc.calculatePKCECodeChallenge(tx.verifier),
    code_challenge_method: 'S256',
    state: tx.state,
    nonce: tx.nonce,
    ...(spec.maxAgeSeconds ? { max_age: String(spec.maxAgeSeconds) } : {}),
  });
  reply.setCookie(spec.txCookie, encrypt(deps.masterKey, JSON.stringify(tx), txAad(spec)), {
    ...cookieBase(deps, spec.callbackPath),
    maxAge: TX_TTL_SECONDS,
  });
  return reply.header('cache-control', 'no-store').redirect(url.href, 302);
}

export interface CallbackResult {
  claims: oidc.IDToken;
  idToken: string;
  returnTo: string;
}

/** Finishes a sign-in at the callback; null when the transaction cookie is missing or anything fails. */
export async function completeCallback(
  deps: AppDeps,
  spec: OidcClientSpec,
  request: FastifyRequest,
  reply: FastifyReply,
): Promise<CallbackResult | null> {
  const sealed = request.cookies[spec.txCookie];
  reply.clearCookie(spec.txCookie, cookieBase(deps, spec.callbackPath));
  if (!sealed) return null;
  let tx: Transaction;
  try {
    tx = JSON.parse(decrypt(deps.masterKey, sealed, txAad(spec)));
  } catch {
    return null;
  }
  const config = await clientConfiguration(deps, spec);
  const currentUrl = new URL(request.url, deps.config.PUBLIC_URL);
  try {
    const tokens = await oidc.authorizationCodeGrant(config, currentUrl, {
      pkceCodeVerifier: tx.verifier,
      expectedState: tx.state,
      expectedNonce: tx.nonce,
      idTokenExpected: true,
    });
    const claims = tokens.claims();
    if (!claims || !tokens.id_token) return null;
    return { claims, idToken: tokens.id_token, returnTo: tx.returnTo };
  } catch (err) {
    request.log.warn(
      { err: { name: (err as Error).name, code: (err as { code?: string }).code } },
      'OIDC callback refusé',
    );
    return null;
  }
}

/** The IdP's end_session URL (RP-initiated logout), or the fallback when the IdP has none. */
export async function endSessionUrl(
  deps: AppDeps,
  spec: OidcClientSpec,
  idToken: string | null,
  postLogoutPath: string,
): Promise<string> {
  try {
    const config = await clientConfiguration(deps, spec);
    const params: Record<string, string> = {
      post_logout_redirect_uri: `${deps.config.PUBLIC_URL}${postLogoutPath}`,
      client_id: spec.clientId,
    };
    if (idToken) params.id_token_hint = idToken;
    return oidc.buildEndSessionUrl(config, params).href;
  } catch {
    return postLogoutPath;
  }
}

/**
 * A same-origin destination only: a path (no scheme, no //host, no backslash tricks), or an
 * absolute URL on PUBLIC_URL's origin reduced to its path; anything else gives the fallback.
 */
export function safeReturnTo(value: string | undefined, fallback: string, publicUrl?: string): string {
  if (!value || /[\r\n\t]/.test(value)) return fallback;
  if (publicUrl && /^https?:\/\//i.test(value)) {
    try {
      const url = new URL(value);
      if (url.origin !== new URL(publicUrl).origin) return fallback;
      return `${url.pathname}${url.search}${url.hash}`;
    } catch {
      return fallback;
    }
  }
  if (!value.startsWith('/') || value.startsWith('//') || value.includes('\\')) return fallback;
  return value;
}

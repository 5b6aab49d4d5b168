// Portnet ID: the OpenID Connect provider (oidc-provider 9) every PORTNET portal signs in with.
// Storage is PostgreSQL (oidc-adapter.ts), signing keys are generated once and sealed with the
// master key, cookie keys derive from it, devInteractions are off (S26): the sign-in pages are the
// web client's /connexion/<uid>, driven by the JSON endpoints of routes.ts.
import { generateKeyPairSync, randomUUID } from 'node:crypto';
import Provider, { type Configuration, type KoaContextWithOIDC } from 'oidc-provider';
import { sql } from '../../db/sql.ts';
import { decrypt, encrypt, hmacHex } from '../../platform/crypto.ts';
import type { AppDeps } from '../../platform/deps.ts';
import { MACHINE_SCOPES } from './machine-clients.ts';
import { postgresAdapter } from './oidc-adapter.ts';

export const OIDC_MOUNT_PATH = '/id';

/** The built-in provider's issuer: always PUBLIC_URL/id (OIDC_ISSUER may point the portal elsewhere). */
export const builtInIssuer = (deps: AppDeps): string => `${deps.config.PUBLIC_URL}${OIDC_MOUNT_PATH}`;

/** Registered portals. The MIC portal is the real one; the two others are demo portals proving SSO. */
export const PORTAL_CLIENTS = {
  'portail-mic': { name: 'Portail MIC', callback: '/api/auth/callback', postLogout: '/' },
  'portail-banques': {
    name: 'Portail Banques',
    callback: '/api/demo-portals/banques/callback',
    postLogout: '/portails/banques',
  },
  'portail-douanes': {
    name: 'Portail Douanes',
    callback: '/api/demo-portals/douanes/callback',
    postLogout: '/portails/douanes',
  },
} as const;
export type PortalClientId = keyof typeof PORTAL_CLIENTS;

/** A portal's client secret: OIDC_CLIENT_SECRET for the MIC portal when set, else derived from the master key. */
export function portalClientSecret(deps: AppDeps, clientId: string): string {
  if (clientId === deps.config.OIDC_CLIENT_ID && deps.config.OIDC_CLIENT_SECRET) {
    return deps.config.OIDC_CLIENT_SECRET;
  }
  return hmacHex(deps.masterKey, `oidc-client-secret:${clientId}`);
}

/** Loads the sealed signing keys, generating them on first start (safe with concurrent starts). */
async function signingKeys(deps: AppDeps): Promise<{ keys: Record<string, unknown>[] }> {
  const aad = 'oidc-signing-keys';
  let row = await deps.db.one<{ jwks_sealed: string }>(
    sql`SELECT jwks_sealed FROM oidc_signing_key WHERE id = 1`,
  );
  if (!row) {
    const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const jwk = { ...privateKey.export({ format: 'jwk' }), kid: randomUUID(), alg: 'RS256', use: 'sig' };
    const sealed = encrypt(deps.masterKey, JSON.stringify({ keys: [jwk] }), aad);
    await deps.db.query(sql`
      INSERT INTO oidc_signing_key (id, jwks_sealed, created_at) VALUES (1, ${sealed}, ${deps.clock.now()})
      ON CONFLICT (id) DO NOTHING`);
    row = await deps.db.one<{ jwks_sealed: string }>(
      sql`SELECT jwks_sealed FROM oidc_signing_key WHERE id = 1`,
    );
  }
  return JSON.parse(decrypt(deps.masterKey, row!.jwks_sealed, aad));
}

interface AccountRow {
  id: number;
  username: string;
  email: string;
  display_name: string;
  locale: string;
  roles: string[];
  org_code: string;
  org_name_fr: string;
}

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

function page(title: string, body: string, script?: string): string {
  return `<!doctype html><html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${escapeHtml(title)} — Portnet ID</title>
<style>body{font-family:system-ui,sans-serif;max-width:36rem;margin:4rem auto;padding:0 1rem;color:#1a1b1e}
h1{color:#0b3d91;font-size:1.5rem}button,a.btn{background:#0b3d91;color:#fff;border:0;padding:.6rem 1.2rem;border-radius:4px;font-size:1rem;text-decoration:none;cursor:pointer}</style>
</head><body><main><h1>${escapeHtml(title)}</h1>${body}</main>${script ? `<script src="${script}"></script>` : ''}</body></html>`;
}

export async function createProvider(deps: AppDeps): Promise<Provider> {
  const { config } = deps;
  const base = config.PUBLIC_URL;
  const jwks = await signingKeys(deps);
  const absoluteSeconds = config.SESSION_ABSOLUTE_HOURS * 3600;

  const clients = Object.entries(PORTAL_CLIENTS).map(([clientId, c]) => ({
    client_id: clientId,
    client_name: c.name,
    client_secret: portalClientSecret(deps, clientId),
    redirect_uris: [`${base}${c.callback}`],
    post_logout_redirect_uris: [`${base}${c.postLogout}`],
    grant_types: ['authorization_code'],
    response_types: ['code'],
    token_endpoint_auth_method: 'client_secret_basic',
  })) as Configuration['clients'];

  const configuration: Configuration = {
    adapter: postgresAdapter(deps),
    clients,
    jwks: jwks as Configuration['jwks'],
    cookies: {
      keys: [hmacHex(deps.masterKey, 'oidc-cookie-keys:v1')],
      names: {
        session: 'portnet_id_session',
        interaction: 'portnet_id_interaction',
        resume: 'portnet_id_resume',
      },
      long: { httpOnly: true, sameSite: 'lax', secure: !config.insecureHttp },
      short: { httpOnly: true, sameSite: 'lax', secure: !config.insecureHttp },
    },
    // S23: PKCE for every client, confidential ones included; oidc-provider 9 only knows S256.
    pkce: { required: () => true },
    features: {
      devInteractions: { enabled: false },
      clientCredentials: { enabled: true },
      introspection: { enabled: false },
      revocation: { enabled: true },
      rpInitiatedLogout: {
        enabled: true,
        logoutSource: async (ctx, form) => {
          ctx.body = page(
            'Déconnexion de Portnet ID',
            `<p>Vous allez être déconnecté(e) de Portnet ID et de tous les portails PORTNET.</p>${form}
<p><button type="submit" form="op.logoutForm" name="logout" value="yes" autofocus>Se déconnecter</button></p>`,
            '/api/id/assets/deconnexion.js',
          );
        },
        postLogoutSuccessSource: async (ctx) => {
          ctx.body = page(
            'Vous êtes déconnecté(e)',
            `<p>Votre session Portnet ID est terminée.</p><p><a class="btn" href="${escapeHtml(base)}/">Retour à l’accueil</a></p>`,
          );
        },
      },
    },
    clientBasedCORS: () => false,
    interactions: { url: (_ctx, interaction) => `/connexion/${interaction.uid}` },
    scopes: ['openid', 'profile', 'email', ...MACHINE_SCOPES],
    claims: {
      // Protocol claims released with openid: amr carries both factors (S9).
      openid: ['sub', 'acr', 'amr', 'auth_time', 'sid', 'portnet_remember'],
      profile: ['name', 'preferred_username', 'locale', 'organisation', 'roles'],
      email: ['email', 'email_verified'],
    },
    // Profile claims in the ID token too: the portal maps the user by preferred_username, which
    // any OIDC provider (Keycloak included) can release.
    conformIdTokenClaims: false,
    ttl: {
      AuthorizationCode: 60, // S24: ≤ 60 s, single use (the adapter keeps consumed codes)
      Interaction: 15 * 60,
      Session: absoluteSeconds, // S21: the persistent cookie never outlives the absolute limit
      Grant: absoluteSeconds,
      IdToken: 3600,
      AccessToken: 600,
      ClientCredentials: 600,
    },
    // All clients are PORTNET's own portals: consent is implied, so a grant is created silently.
    loadExistingGrant: async (ctx: KoaContextWithOIDC) => {
      const oidc = ctx.oidc;
      if (!oidc.session?.accountId || !oidc.client) return undefined;
      const grantId = oidc.result?.consent?.grantId || oidc.session.grantIdFor(oidc.client.clientId);
      if (grantId) {
        const existing = await oidc.provider.Grant.find(grantId);
        if (existing) return existing;
      }
      const grant = new oidc.provider.Grant({
        clientId: oidc.client.clientId,
        accountId: oidc.session.accountId,
      });
      grant.addOIDCScope('openid profile email');
      grant.addOIDCClaims(['portnet_remember']);
      await grant.save();
      return grant;
    },
    findAccount: async (ctx, sub, token) => {
      if (!/^\d{1,10}$/.test(sub)) return undefined;
      const row = await deps.db.one<AccountRow>(sql`
        SELECT u.id, u.username, u.email, u.display_name, u.locale, u.roles, o.code AS org_code, o.name_fr AS org_name_fr
          FROM app_user u JOIN organisation o ON o.id = u.organisation_id
         WHERE u.id = ${Number(sub)} AND u.status = 'active'`);
      if (!row) return undefined;
      return {
        accountId: sub,
        async claims() {
          // The portal keeps its cookie as long as Portnet ID's only when « Se souvenir de moi » was checked.
          let remember = false;
          const sessionUid = (token as { sessionUid?: string } | undefined)?.sessionUid;
          if (sessionUid) {
            const session = await ctx.oidc.provider.Session.findByUid(sessionUid);
            remember = session ? !session.transient : false;
          }
          return {
            sub,
            name: row.display_name,
            preferred_username: row.username,
            email: row.email,
            email_verified: true,
            locale: row.locale,
            organisation: row.org_code,
            roles: row.roles,
            portnet_remember: remember,
          };
        },
      };
    },
    renderError: async (ctx, out) => {
      ctx.type = 'html';
      ctx.body = page(
        'Connexion impossible',
        `<p>La demande de connexion n’a pas pu aboutir (${escapeHtml(String(out.error))}). Elle a peut-être expiré.</p>
<p><a class="btn" href="${escapeHtml(base)}/">Retour à l’accueil</a></p>`,
      );
    },
  };

  const provider = new Provider(builtInIssuer(deps), configuration);
  provider.proxy = config.TRUST_PROXY;
  return provider;
}

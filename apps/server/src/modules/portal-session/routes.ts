// The portal's session endpoints: who is signed in (GET /api/session), sign-in through Portnet ID
// (GET /api/auth/login → IdP → GET /api/auth/callback), sign-out (POST /api/auth/logout, which
// also ends the IdP session, S22). Demo portals (SSO proof) live in demo-portals.ts.
import { loginQuery, logoutResponse, sessionResponse } from '@portail/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { sql } from '../../db/sql.ts';
import { audit } from '../../platform/audit.ts';
import { csrfTokenFor, requireUser, sessionCookieName, sessionLimits } from '../../platform/auth.ts';
import type { AppDeps } from '../../platform/deps.ts';
import { portalClientSecret } from '../identity/oidc.ts';
import { demoPortalRoutes } from './demo-portals.ts';
import {
  completeCallback,
  endSessionUrl,
  type OidcClientSpec,
  redirectToIdp,
  safeReturnTo,
} from './oidc-client.ts';
import { createSession, revokeSession } from './store.ts';

export const DEFAULT_RETURN_TO = '/portail/tableau-de-bord';
/** Where a failed sign-in lands (the public portal page shows an error banner for it). */
export const SIGN_IN_ERROR_PATH = '/?erreur=connexion';

export const portalClientSpec = (deps: AppDeps): OidcClientSpec => ({
  clientId: deps.config.OIDC_CLIENT_ID,
  clientSecret: portalClientSecret(deps, deps.config.OIDC_CLIENT_ID),
  callbackPath: '/api/auth/callback',
  txCookie: deps.config.insecureHttp ? 'mic_oidc_tx' : '__Secure-mic_oidc_tx',
  maxAgeSeconds: deps.config.SESSION_IDLE_MINUTES * 60,
});

/**
 * S19/S21: HttpOnly, SameSite=Lax, no Domain, Secure over https (where the name carries the
 * __Host- prefix, see platform/auth.ts); no Max-Age unless « Se souvenir de moi », then never
 * beyond the absolute limit.
 */
export function portalCookieOptions(deps: AppDeps, remember: boolean) {
  return {
    path: '/',
    httpOnly: true,
    sameSite: 'lax' as const,
    secure: !deps.config.insecureHttp,
    ...(remember ? { maxAge: Math.floor(sessionLimits(deps).absoluteMs / 1000) } : {}),
  };
}

export async function portalSessionRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const spec = portalClientSpec(deps);
  const cookieName = sessionCookieName(deps);
  const limits = sessionLimits(deps);

  r.get(
    '/api/session',
    { schema: { tags: ['session'], summary: 'Session en cours', response: { 200: sessionResponse } } },
    async (request) => {
      const user = requireUser(request);
      return {
        user,
        csrfToken: csrfTokenFor(deps, request.session!.idHash),
        idleTimeoutSeconds: deps.config.SESSION_IDLE_MINUTES * 60,
        mustChangePassword: request.session!.mustChangePassword,
      };
    },
  );

  r.get(
    '/api/auth/login',
    {
      schema: {
        tags: ['session'],
        summary: 'Se connecter (redirection vers Portnet ID)',
        querystring: loginQuery,
      },
    },
    async (request, reply) =>
      redirectToIdp(
        deps,
        spec,
        reply,
        safeReturnTo(request.query.returnTo, DEFAULT_RETURN_TO, deps.config.PUBLIC_URL),
      ),
  );

  r.get(
    '/api/auth/callback',
    { schema: { tags: ['session'], summary: 'Retour de Portnet ID (code d’autorisation)' } },
    async (request, reply) => {
      reply.header('cache-control', 'no-store');
      const now = deps.clock.now();
      const result = await completeCallback(deps, spec, request, reply);
      const username =
        typeof result?.claims.preferred_username === 'string' ? result.claims.preferred_username : null;
      const user = username
        ? await deps.db.one<{ id: number; organisation_id: number }>(
            sql`SELECT id, organisation_id FROM app_user WHERE lower(username) = lower(${username}) AND status = 'active'`,
          )
        : undefined;
      if (!result || !user) {
        await audit(deps.db, now, {
          event: 'portal.login',
          outcome: 'failure',
          actor: { ip: request.ip, label: username },
          details: { reason: result ? 'unknown_user' : 'callback_refused' },
        });
        return reply.redirect(SIGN_IN_ERROR_PATH, 302);
      }
      // S18: a previous session in this browser ends; the new one gets a fresh identifier.
      if (request.session) await revokeSession(deps.db, now, request.session.idHash);
      const remember = result.claims.portnet_remember === true;
      const token = await createSession(deps.db, now, limits, {
        userId: user.id,
        remember,
        ip: request.ip,
        userAgent: request.headers['user-agent'] ?? null,
        idToken: result.idToken,
      });
      await audit(deps.db, now, {
        event: 'portal.login',
        actor: { userId: user.id, orgId: user.organisation_id, ip: request.ip, label: username },
        details: { amr: result.claims.amr ?? [], remember },
      });
      reply.setCookie(cookieName, token, portalCookieOptions(deps, remember));
      return reply.redirect(safeReturnTo(result.returnTo, DEFAULT_RETURN_TO), 302);
    },
  );

  r.post(
    '/api/auth/logout',
    {
      schema: {
        tags: ['session'],
        summary: 'Se déconnecter (portail et Portnet ID)',
        response: { 200: logoutResponse },
      },
    },
    async (request, reply) => {
      const session = request.session;
      reply.clearCookie(cookieName, {
        path: '/',
        httpOnly: true,
        sameSite: 'lax',
        secure: !deps.config.insecureHttp,
      });
      if (!session) return { redirectTo: '/' };
      const now = deps.clock.now();
      await revokeSession(deps.db, now, session.idHash);
      await audit(deps.db, now, {
        event: 'portal.logout',
        actor: {
          userId: session.user.id,
          orgId: session.user.organisation.id,
          ip: request.ip,
          label: session.user.username,
        },
      });
      return { redirectTo: await endSessionUrl(deps, spec, session.idToken, '/') };
    },
  );

  await demoPortalRoutes(app, deps);
}

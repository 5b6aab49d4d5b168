// Two demo portals (Portail Banques, Portail Douanes) registered as separate OIDC clients of Portnet
// ID, each with its own small cookie session: signing in to one after the Portail MIC asks for no
// password (single sign-on), which /portails/banques and /portails/douanes show.
import { type DemoPortal, demoPortal, demoPortalMeResponse, logoutResponse } from '@portail/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { sql } from '../../db/sql.ts';
import { audit } from '../../platform/audit.ts';
import { assertSameSite } from '../../platform/auth.ts';
import { randomToken, sha256Hex } from '../../platform/crypto.ts';
import type { AppDeps } from '../../platform/deps.ts';
import { PORTAL_CLIENTS, portalClientSecret } from '../identity/oidc.ts';
import { completeCallback, endSessionUrl, type OidcClientSpec, redirectToIdp } from './oidc-client.ts';

const params = z.object({ portal: demoPortal });

export const demoCookieName = (deps: AppDeps, portal: DemoPortal) =>
  deps.config.insecureHttp ? `demo_${portal}_session` : `__Host-demo_${portal}_session`;

const specFor = (deps: AppDeps, portal: DemoPortal): OidcClientSpec => ({
  clientId: `portail-${portal}`,
  clientSecret: portalClientSecret(deps, `portail-${portal}`),
  callbackPath: `/api/demo-portals/${portal}/callback`,
  txCookie: deps.config.insecureHttp ? `demo_${portal}_oidc_tx` : `__Secure-demo_${portal}_oidc_tx`,
});

const portalName = (portal: DemoPortal) => PORTAL_CLIENTS[`portail-${portal}`].name;
const portalPage = (portal: DemoPortal) => `/portails/${portal}`;

export async function demoPortalRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['portails de démonstration'];
  const cookieOptions = {
    path: '/',
    httpOnly: true,
    sameSite: 'lax' as const,
    secure: !deps.config.insecureHttp,
  };

  async function current(portal: DemoPortal, token: string | undefined) {
    if (!token) return undefined;
    return deps.db.one<{
      id_hash: string;
      amr: string[];
      id_token: string | null;
      created_at: Date;
      username: string;
      display_name: string;
      email: string;
      org_code: string;
    }>(sql`
      SELECT s.id_hash, s.amr, s.id_token, s.created_at, u.username, u.display_name, u.email, o.code AS org_code
        FROM demo_portal_session s JOIN app_user u ON u.id = s.user_id JOIN organisation o ON o.id = u.organisation_id
       WHERE s.id_hash = ${sha256Hex(token)} AND s.portal = ${portal} AND s.revoked_at IS NULL
         AND s.expires_at > ${deps.clock.now()}`);
  }

  r.get(
    '/api/demo-portals/:portal/login',
    { schema: { tags, summary: 'Connexion au portail de démonstration via Portnet ID', params } },
    async (request, reply) =>
      redirectToIdp(deps, specFor(deps, request.params.portal), reply, portalPage(request.params.portal)),
  );

  r.get(
    '/api/demo-portals/:portal/callback',
    { schema: { tags, summary: 'Retour de Portnet ID', params } },
    async (request, reply) => {
      const { portal } = request.params;
      reply.header('cache-control', 'no-store');
      const result = await completeCallback(deps, specFor(deps, portal), request, reply);
      const username =
        typeof result?.claims.preferred_username === 'string' ? result.claims.preferred_username : null;
      const user = username
        ? await deps.db.one<{ id: number; organisation_id: number }>(
            sql`SELECT id, organisation_id FROM app_user WHERE lower(username) = lower(${username}) AND status = 'active'`,
          )
        : undefined;
      if (!result || !user) return reply.redirect(`${portalPage(portal)}?erreur=connexion`, 302);
      const now = deps.clock.now();
      const token = randomToken(32);
      const amr = Array.isArray(result.claims.amr) ? result.claims.amr.map(String) : [];
      await deps.db.query(sql`
        INSERT INTO demo_portal_session (id_hash, portal, user_id, amr, id_token, created_at, expires_at)
        VALUES (${sha256Hex(token)}, ${portal}, ${user.id}, ${amr}::text[], ${result.idToken}, ${now},
                ${new Date(now.getTime() + deps.config.SESSION_ABSOLUTE_HOURS * 3_600_000)})`);
      await audit(deps.db, now, {
        event: 'demo_portal.login',
        actor: { userId: user.id, orgId: user.organisation_id, ip: request.ip, label: username },
        details: { portal, amr },
      });
      reply.setCookie(demoCookieName(deps, portal), token, cookieOptions);
      return reply.redirect(portalPage(portal), 302);
    },
  );

  r.get(
    '/api/demo-portals/:portal/me',
    {
      schema: {
        tags,
        summary: 'Qui est connecté au portail de démonstration',
        params,
        response: { 200: demoPortalMeResponse },
      },
    },
    async (request, reply) => {
      const { portal } = request.params;
      reply.header('cache-control', 'no-store');
      const s = await current(portal, request.cookies[demoCookieName(deps, portal)]);
      return {
        portal,
        portalName: portalName(portal),
        user: s
          ? {
              username: s.username,
              displayName: s.display_name,
              email: s.email,
              organisation: s.org_code,
              amr: s.amr,
              signedInAt: s.created_at.toISOString(),
            }
          : null,
      };
    },
  );

  r.post(
    '/api/demo-portals/:portal/logout',
    {
      schema: {
        tags,
        summary: 'Déconnexion du portail de démonstration (et de Portnet ID)',
        params,
        response: { 200: logoutResponse },
      },
    },
    async (request, reply) => {
      assertSameSite(deps, request);
      const { portal } = request.params;
      const s = await current(portal, request.cookies[demoCookieName(deps, portal)]);
      reply.clearCookie(demoCookieName(deps, portal), cookieOptions);
      if (!s) return { redirectTo: portalPage(portal) };
      await deps.db.query(
        sql`UPDATE demo_portal_session SET revoked_at = ${deps.clock.now()} WHERE id_hash = ${s.id_hash}`,
      );
      return { redirectTo: await endSessionUrl(deps, specFor(deps, portal), s.id_token, portalPage(portal)) };
    },
  );
}

// Resolves the portal session from its cookie on every request, enforces CSRF on state-changing
// requests that ride on that cookie (S27), and offers guards for routes.
import type { Role, SessionUser } from '@portail/contracts';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { type ResolvedSession, resolveSession, type SessionLimits } from '../modules/portal-session/store.ts';
import { HOUR, MINUTE } from './clock.ts';
import { hmacHex, safeEqual } from './crypto.ts';
import type { AppDeps } from './deps.ts';
import { AppError } from './errors.ts';

declare module 'fastify' {
  interface FastifyRequest {
    session: ResolvedSession | null;
  }
}

export const sessionCookieName = (deps: AppDeps): string =>
  deps.config.insecureHttp ? 'mic_session' : '__Host-mic_session';

export const sessionLimits = (deps: AppDeps): SessionLimits => ({
  idleMs: deps.config.SESSION_IDLE_MINUTES * MINUTE,
  absoluteMs: deps.config.SESSION_ABSOLUTE_HOURS * HOUR,
});

export const csrfTokenFor = (deps: AppDeps, sessionIdHash: string): string =>
  hmacHex(deps.masterKey, `csrf:${sessionIdHash}`);

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Refuses a state-changing request sent by another site (S27). Public forms call it too. */
export function assertSameSite(deps: AppDeps, request: FastifyRequest): void {
  if (SAFE_METHODS.has(request.method)) return;
  if (request.headers['sec-fetch-site'] === 'cross-site') {
    throw new AppError('CSRF', 'Requête refusée : elle provient d’un autre site.');
  }
  const origin = request.headers.origin;
  if (origin && origin !== 'null' && origin !== new URL(deps.config.PUBLIC_URL).origin) {
    throw new AppError('CSRF', 'Requête refusée : origine non autorisée.');
  }
}

async function authPlugin(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const cookieName = sessionCookieName(deps);
  const limits = sessionLimits(deps);
  app.decorateRequest('session', null);
  app.addHook('onRequest', async (request) => {
    const token = request.cookies[cookieName];
    if (!token) return;
    request.session = await resolveSession(
      deps.db,
      deps.clock.now(),
      limits,
      token,
      deps.config.READ_CACHE_MS,
    );
  });
  app.addHook('onSend', async (request, reply) => {
    if (request.session || request.cookies[cookieName]) reply.header('cache-control', 'no-store');
  });
  app.addHook('preHandler', async (request) => {
    if (SAFE_METHODS.has(request.method) || !request.session) return;
    assertSameSite(deps, request);
    const sent = request.headers['x-csrf-token'];
    if (typeof sent !== 'string' || !safeEqual(sent, csrfTokenFor(deps, request.session.idHash))) {
      throw new AppError('CSRF', 'Jeton de sécurité manquant ou invalide. Rechargez la page.');
    }
  });
}

export const registerAuth = fp(authPlugin, { name: 'portal-auth' });

/** The signed-in user, or 401. */
export function requireUser(request: FastifyRequest): SessionUser {
  if (!request.session)
    throw new AppError('UNAUTHENTICATED', 'Votre session a expiré. Veuillez vous reconnecter.');
  return request.session.user;
}

export const hasRole = (user: SessionUser, ...roles: Role[]): boolean =>
  roles.some((r) => user.roles.includes(r));

/** preHandler: 401 without a session; 403 unless the user holds one of the roles (when given). */
export function guard(...roles: Role[]) {
  return async (request: FastifyRequest, _reply: FastifyReply): Promise<void> => {
    const user = requireUser(request);
    if (roles.length > 0 && !hasRole(user, ...roles)) {
      throw new AppError('FORBIDDEN', "Vous n'avez pas les droits nécessaires pour cette action.");
    }
  };
}

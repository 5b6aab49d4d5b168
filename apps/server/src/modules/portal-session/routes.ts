// GET /api/session: who is signed in and the CSRF token the web client echoes on writes.
import { sessionResponse } from '@portail/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { csrfTokenFor, requireUser } from '../../platform/auth.ts';
import type { AppDeps } from '../../platform/deps.ts';

export async function portalSessionRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  app
    .withTypeProvider<ZodTypeProvider>()
    .get(
      '/api/session',
      { schema: { tags: ['session'], summary: 'Session en cours', response: { 200: sessionResponse } } },
      async (request) => {
        const user = requireUser(request);
        return {
          user,
          csrfToken: csrfTokenFor(deps, request.session!.idHash),
          idleTimeoutSeconds: deps.config.SESSION_IDLE_MINUTES * 60,
        };
      },
    );
}

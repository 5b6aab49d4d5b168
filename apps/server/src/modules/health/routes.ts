// Probes for load balancers: /healthz says the process answers; /readyz that the database answers
// and every migration is applied.
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { isMigrated } from '../../db/migrate.ts';
import type { AppDeps } from '../../platform/deps.ts';

export async function healthRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const probe = z.object({ status: z.enum(['ok', 'unavailable']), detail: z.string().optional() });
  app.get('/healthz', { schema: { tags: ['santé'], response: { 200: probe } } }, async () => ({
    status: 'ok' as const,
  }));
  app.get(
    '/readyz',
    { schema: { tags: ['santé'], response: { 200: probe, 503: probe } } },
    async (_request, reply) => {
      try {
        if (await isMigrated(deps.db)) return { status: 'ok' as const };
        return reply.status(503).send({ status: 'unavailable', detail: 'migrations pending' });
      } catch {
        return reply.status(503).send({ status: 'unavailable', detail: 'database unreachable' });
      }
    },
  );
}

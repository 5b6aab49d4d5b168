// GET /api/dashboard: thin — validate the filters, call the use case.
import { type DashboardResponse, dashboardQuery, dashboardResponse } from '@portail/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { guard, requireUser } from '../../platform/auth.ts';
import type { AppDeps } from '../../platform/deps.ts';
import { dashboardBody } from './service.ts';

export async function dashboardRoutes(scope: FastifyInstance, deps: AppDeps): Promise<void> {
  const app = scope.withTypeProvider<ZodTypeProvider>();
  app.get(
    '/api/dashboard',
    {
      preHandler: guard(),
      schema: {
        tags: ['dashboard'],
        summary:
          'Tableau de bord : chiffres et graphiques des demandes soumises sur la période, dans le périmètre visible',
        querystring: dashboardQuery,
        response: { 200: dashboardResponse },
      },
    },
    // The body comes already validated and serialised from the service's memo (dashboardBody).
    async (request, reply) =>
      reply
        .type('application/json; charset=utf-8')
        // The type provider expects the response object; the route sends its serialised form.
        .send(
          (await dashboardBody(deps, requireUser(request), request.query)) as unknown as DashboardResponse,
        ),
  );
}

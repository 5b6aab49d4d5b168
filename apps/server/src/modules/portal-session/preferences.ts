// PUT /api/session/preferences: the language a user chose is remembered with their account, so the
// portal opens in it on any browser.
import { preferencesBody } from '@portail/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { sql } from '../../db/sql.ts';
import { requireUser } from '../../platform/auth.ts';
import type { AppDeps } from '../../platform/deps.ts';

export async function preferencesRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  app.withTypeProvider<ZodTypeProvider>().put(
    '/api/session/preferences',
    {
      schema: {
        tags: ['session'],
        summary: 'Enregistrer la langue préférée',
        body: preferencesBody,
        response: { 200: preferencesBody },
      },
    },
    async (request) => {
      const user = requireUser(request);
      await deps.db.query(
        sql`UPDATE app_user SET locale = ${request.body.locale}, updated_at = ${deps.clock.now()} WHERE id = ${user.id}`,
      );
      return { locale: request.body.locale };
    },
  );
}

// Portal routes of the list and dossier pages (session auth). Thin: validate, call the service.
import {
  commentBody,
  dossierDetail,
  dossierListQuery,
  dossierListResponse,
  LIST_COLUMNS,
  listPreferencesBody,
} from '@portail/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { guard, requireUser } from '../../platform/auth.ts';
import type { AppDeps } from '../../platform/deps.ts';
import { sendStoredFile } from '../../platform/storage.ts';
import { exportCsv, exportXlsx } from './export.ts';
import { addComment, documentForUser, getDossier, listDossiers, saveListColumns } from './service.ts';

const procedureParams = z.object({ code: z.string().regex(/^[A-Z]{2,6}$/, 'Code de procédure invalide.') });
const idParams = z.object({
  id: z.coerce
    .number()
    .int('Identifiant invalide.')
    .positive('Identifiant invalide.')
    .max(2 ** 53 - 1),
});
const exportQuery = dossierListQuery.omit({ pageSize: true, cursor: true });

const stamp = (d: Date) => d.toISOString().slice(0, 10);

export async function dossierPortalRoutes(scope: FastifyInstance, deps: AppDeps): Promise<void> {
  const app = scope.withTypeProvider<ZodTypeProvider>();
  const tags = ['dossiers'];

  app.get(
    '/api/procedures/:code/dossiers',
    {
      preHandler: guard(),
      schema: {
        tags,
        summary: 'Liste des demandes (filtres, tri, pagination par curseur)',
        params: procedureParams,
        querystring: dossierListQuery,
        response: { 200: dossierListResponse },
      },
    },
    async (request) => listDossiers(deps, requireUser(request), request.params.code, request.query),
  );

  for (const format of ['csv', 'xlsx'] as const) {
    app.get(
      `/api/procedures/:code/dossiers/export.${format}`,
      {
        preHandler: guard(),
        schema: {
          tags,
          summary: `Export ${format.toUpperCase()} de la liste filtrée (flux)`,
          params: procedureParams,
          querystring: exportQuery,
        },
      },
      async (request, reply) => {
        const { sort, dir, ...filters } = request.query;
        const user = requireUser(request);
        const code = request.params.code;
        const stream =
          format === 'csv'
            ? await exportCsv(deps, user, code, { filters, sort, dir })
            : await exportXlsx(deps, user, code, { filters, sort, dir });
        const name = `demandes-${code.toLowerCase()}-${stamp(deps.clock.now())}.${format}`;
        return reply
          .header(
            'content-type',
            format === 'csv'
              ? 'text/csv; charset=utf-8'
              : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
          )
          .header('content-disposition', `attachment; filename="${name}"`)
          .header('x-content-type-options', 'nosniff')
          .send(stream);
      },
    );
  }

  app.put(
    '/api/procedures/:code/list-preferences',
    {
      preHandler: guard(),
      schema: {
        tags,
        summary: 'Mémorise le choix des colonnes de la liste',
        params: procedureParams,
        body: listPreferencesBody,
        response: { 200: z.object({ columns: z.array(z.enum(LIST_COLUMNS)) }) },
      },
    },
    async (request) => saveListColumns(deps, requireUser(request), request.params.code, request.body.columns),
  );

  app.get(
    '/api/dossiers/:id',
    {
      preHandler: guard(),
      schema: {
        tags,
        summary: 'Dossier (en-tête, opérateur, marchandises, documents, avis, décision, historique)',
        params: idParams,
        response: { 200: dossierDetail },
      },
    },
    async (request) => getDossier(deps, requireUser(request), request.params.id),
  );

  app.post(
    '/api/dossiers/:id/comments',
    {
      preHandler: guard(),
      schema: {
        tags,
        summary: 'Ajoute un commentaire interne',
        params: idParams,
        body: commentBody,
        response: { 201: z.object({ id: z.number().int() }) },
      },
    },
    async (request, reply) => {
      const result = await addComment(
        deps,
        requireUser(request),
        request.params.id,
        request.body.body,
        request.ip,
      );
      return reply.status(201).send(result);
    },
  );

  app.get(
    '/api/dossiers/:id/documents/:documentId',
    {
      preHandler: guard(),
      schema: {
        tags,
        summary: 'Télécharge un document (inline=1 : aperçu PDF ou image)',
        params: idParams.extend({ documentId: z.coerce.number().int().positive() }),
        querystring: z.object({ inline: z.enum(['0', '1']).optional() }),
      },
    },
    async (request, reply) => {
      const doc = await documentForUser(
        deps,
        requireUser(request),
        request.params.id,
        request.params.documentId,
      );
      return sendStoredFile(reply, deps, doc.stored_file_id, { inline: request.query.inline === '1' });
    },
  );
}

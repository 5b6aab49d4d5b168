// /api/admin/procedures… (the procedure catalogue, versioned) and /api/admin/reference/{countries,
// units,reasons} (reference data). The session and CSRF checks are the auth plugin's, as for every
// administration route; rights are checked by the use cases.
import {
  adminProcedureDetail,
  adminProcedureSummary,
  procedureEditBody,
  REFERENCE_TABLES,
  referenceCreateBody,
  referenceItem,
  referenceUpdateBody,
} from '@portail/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireUser } from '../../platform/auth.ts';
import type { AppDeps } from '../../platform/deps.ts';
import { editProcedure, listProcedures, procedureDetail } from './procedures-service.ts';
import { createReference, listReference, updateReference } from './reference-service.ts';

const tags = ['administration'];
const codeParams = z.object({ code: z.string().regex(/^[A-Z]{2,6}$/, 'Code de procédure invalide.') });
const tableParams = z.object({ table: z.enum(REFERENCE_TABLES, 'Référentiel inconnu.') });

export async function adminCatalogueRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/api/admin/procedures',
    {
      schema: {
        tags,
        summary: 'Catalogue des procédures (version en vigueur de chacune)',
        response: { 200: z.object({ procedures: z.array(adminProcedureSummary) }) },
      },
    },
    async (request) => ({ procedures: await listProcedures(deps, requireUser(request)) }),
  );

  r.get(
    '/api/admin/procedures/:code',
    {
      schema: {
        tags,
        summary: "Définition complète d'une procédure (version en vigueur ou ?version=N) et ses versions",
        params: codeParams,
        querystring: z.object({ version: z.coerce.number().int().positive().optional() }),
        response: { 200: adminProcedureDetail },
      },
    },
    async (request) =>
      procedureDetail(deps, requireUser(request), request.params.code, request.query.version),
  );

  r.put(
    '/api/admin/procedures/:code',
    {
      schema: {
        tags,
        summary: 'Modifier les parties éditables (nouvelle version)',
        description:
          'Noms, libellés des catégories, délai (SLA), pièces requises, motifs proposés (rejet, avis). ' +
          'Crée une nouvelle version ; ' +
          'les dossiers déjà déposés gardent la leur. `version` est celle qui a été modifiée : ' +
          'si une autre version a été enregistrée entre-temps, la réponse est 409.',
        params: codeParams,
        body: procedureEditBody,
        response: { 200: adminProcedureDetail },
      },
    },
    async (request) => {
      const user = requireUser(request);
      await editProcedure(deps, user, request.ip, request.params.code, request.body);
      return procedureDetail(deps, user, request.params.code);
    },
  );

  r.get(
    '/api/admin/reference/:table',
    {
      schema: {
        tags,
        summary: 'Référentiel : pays, unités ou motifs (actifs et désactivés)',
        params: tableParams,
        response: { 200: z.object({ items: z.array(referenceItem) }) },
      },
    },
    async (request) => ({ items: await listReference(deps, requireUser(request), request.params.table) }),
  );

  r.post(
    '/api/admin/reference/:table',
    {
      schema: {
        tags,
        summary: 'Ajouter un pays, une unité ou un motif',
        params: tableParams,
        body: referenceCreateBody,
        response: { 201: referenceItem },
      },
    },
    async (request, reply) => {
      const item = await createReference(
        deps,
        requireUser(request),
        request.ip,
        request.params.table,
        request.body,
      );
      return reply.status(201).send(item);
    },
  );

  r.put(
    '/api/admin/reference/:table/:code',
    {
      schema: {
        tags,
        summary: 'Modifier les libellés ; désactiver ou réactiver (jamais supprimé)',
        params: tableParams.extend({ code: z.string().min(1).max(30) }),
        body: referenceUpdateBody,
        response: { 200: referenceItem },
      },
    },
    async (request) =>
      updateReference(
        deps,
        requireUser(request),
        request.ip,
        request.params.table,
        request.params.code,
        request.body,
      ),
  );
}

// Catalogue routes: the menu's procedures, a procedure's definition, reference-data lookups.
import {
  countryItem,
  customsOfficeItem,
  hsItem,
  hsSearchQuery,
  navigationResponse,
  procedureResponse,
  referenceListResponse,
  unitItem,
} from '@portail/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { guard, requireUser } from '../../platform/auth.ts';
import type { AppDeps } from '../../platform/deps.ts';
import * as repo from './repo.ts';
import { catalogueFor, navigationFor, procedureForUser } from './service.ts';

export async function catalogueRoutes(scope: FastifyInstance, deps: AppDeps): Promise<void> {
  await catalogueFor(deps);
  const app = scope.withTypeProvider<ZodTypeProvider>();
  const tags = ['catalogue'];

  app.get(
    '/api/navigation',
    {
      preHandler: guard(),
      schema: { tags, summary: 'Procédures du menu', response: { 200: navigationResponse } },
    },
    async (request) => ({ procedures: await navigationFor(deps, requireUser(request)) }),
  );

  app.get(
    '/api/catalogue/procedures/:code',
    {
      preHandler: guard(),
      schema: {
        tags,
        summary: "Définition d'une procédure (champs, colonnes, filtres, cycle de vie)",
        params: z.object({ code: z.string().regex(/^[A-Z]{2,6}$/, 'Code de procédure invalide.') }),
        response: { 200: procedureResponse },
      },
    },
    async (request) => {
      const { procedure } = await procedureForUser(deps, requireUser(request), request.params.code);
      return {
        version: procedure.version,
        ownerOrgName: procedure.ownerOrgName,
        definition: procedure.definition,
      };
    },
  );

  app.get(
    '/api/reference/customs-offices',
    {
      preHandler: guard(),
      schema: {
        tags,
        summary: 'Bureaux douaniers',
        response: { 200: referenceListResponse(customsOfficeItem) },
      },
    },
    async () => ({ items: await repo.customsOffices(deps.db) }),
  );
  app.get(
    '/api/reference/countries',
    {
      preHandler: guard(),
      schema: { tags, summary: 'Pays (ISO 3166)', response: { 200: referenceListResponse(countryItem) } },
    },
    async () => ({ items: await repo.countries(deps.db) }),
  );
  app.get(
    '/api/reference/units',
    {
      preHandler: guard(),
      schema: { tags, summary: 'Unités de mesure', response: { 200: referenceListResponse(unitItem) } },
    },
    async () => ({ items: await repo.units(deps.db) }),
  );
  app.get(
    '/api/reference/hs',
    {
      preHandler: guard(),
      schema: {
        tags,
        summary: 'Recherche dans la nomenclature (code ou libellé)',
        querystring: hsSearchQuery,
        response: { 200: referenceListResponse(hsItem) },
      },
    },
    async (request) => ({ items: await repo.searchHs(deps.db, request.query.q, request.query.limit) }),
  );
}

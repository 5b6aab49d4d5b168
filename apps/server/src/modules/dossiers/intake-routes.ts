// Intake API for operator systems (/api/v1, tag « API opérateurs »). Authentication: a bearer
// access token obtained from Portnet ID with the OAuth2 client-credentials grant
// (POST /id/token, client_secret_basic); the client is bound to one operator
// (operator_api_client). Scopes: dossiers:write to submit and upload, dossiers:read to read.
import { intakeHistory, intakeStatus, intakeSubmission } from '@portail/contracts';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../platform/deps.ts';
import { AppError } from '../../platform/errors.ts';
import { formatSize, maxUploadBytes, registerMultipart } from '../../platform/storage.ts';
import { verifyMachineAccessToken } from '../identity/machine-clients.ts';
import {
  type ApiCaller,
  addDocument,
  callerForClient,
  dossierHistory,
  dossierStatus,
  submitDossier,
} from './intake.ts';

declare module 'fastify' {
  interface FastifyRequest {
    apiCaller: ApiCaller | null;
  }
}

const errorSchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    requestId: z.string(),
    details: z.record(z.string(), z.unknown()).optional(),
  }),
});

const referenceParams = z.object({
  reference: z.string().regex(/^[A-Z]{2,6}-\d{4}-\d{4,8}$/, 'Référence de dossier invalide.'),
});

function requireCaller(request: FastifyRequest, scope: 'dossiers:read' | 'dossiers:write'): ApiCaller {
  const caller = request.apiCaller;
  if (!caller) throw new AppError('UNAUTHENTICATED', "Jeton d'accès manquant, invalide ou expiré.");
  if (!caller.scopes.includes(scope))
    throw new AppError('FORBIDDEN', `Portée ${scope} requise pour cette opération.`);
  return caller;
}

export async function intakeRoutes(scope: FastifyInstance, deps: AppDeps): Promise<void> {
  const maxBytes = maxUploadBytes(deps);
  await registerMultipart(scope, maxBytes);
  const app = scope.withTypeProvider<ZodTypeProvider>();
  const tags = ['API opérateurs'];

  app.decorateRequest('apiCaller', null);
  app.addHook('onRequest', async (request, reply) => {
    if (!request.url.startsWith('/api/v1/')) return;
    reply.header('cache-control', 'no-store');
    const header = request.headers.authorization;
    const token =
      typeof header === 'string' && /^Bearer [A-Za-z0-9._~+/=-]{10,200}$/.test(header)
        ? header.slice(7)
        : null;
    const verified = token ? await verifyMachineAccessToken(deps, token) : null;
    if (verified) request.apiCaller = await callerForClient(deps.db, verified.clientId, verified.scopes);
    // Before validation: an unauthenticated caller learns nothing about the expected body.
    if (!request.apiCaller) {
      reply.header('www-authenticate', 'Bearer realm="portail-mic"');
      throw new AppError('UNAUTHENTICATED', "Jeton d'accès manquant, invalide ou expiré.");
    }
  });

  app.post(
    '/api/v1/dossiers',
    {
      schema: {
        tags,
        summary: 'Soumettre une demande',
        description:
          'Valide la demande contre la définition de la procédure (GET /api/catalogue/procedures/:code pour les champs). ' +
          "L'en-tête Idempotency-Key est obligatoire : la même clé avec le même corps renvoie la même réponse ; " +
          'avec un autre corps, 409. Les documents se joignent ensuite (POST …/documents).',
        headers: z.object({
          'idempotency-key': z
            .string(
              'En-tête Idempotency-Key obligatoire (1 à 100 caractères : lettres, chiffres, « - _ . : »).',
            )
            .regex(
              /^[A-Za-z0-9._:-]{1,100}$/,
              'Idempotency-Key : 1 à 100 caractères (lettres, chiffres, « - _ . : »).',
            ),
        }),
        body: intakeSubmission,
        response: {
          201: z.object({
            reference: z.string(),
            state: z.object({ code: z.string(), label: z.string() }),
            submittedAt: z.string(),
            statusUrl: z.string(),
          }),
          400: errorSchema,
          401: errorSchema,
          409: errorSchema,
        },
      },
    },
    async (request, reply) => {
      const caller = requireCaller(request, 'dossiers:write');
      const result = await submitDossier(
        deps,
        caller,
        request.headers['idempotency-key'],
        request.body,
        request.ip,
      );
      if (result.replayed) reply.header('idempotent-replayed', 'true');
      return reply.status(result.status as 201).send(result.body);
    },
  );

  app.post(
    '/api/v1/dossiers/:reference/documents',
    {
      schema: {
        tags,
        summary: 'Joindre un document (multipart/form-data, champ « file »)',
        description: `Types acceptés selon la procédure : PDF, PNG, JPEG (vérifiés sur le contenu). Taille maximale : ${formatSize(maxBytes)} (413 au-delà). Paramètre kind : type de document de la définition.`,
        params: referenceParams,
        querystring: z.object({ kind: z.string().regex(/^[a-z_]{2,40}$/, 'Type de document invalide.') }),
        response: {
          201: z.object({
            id: z.number().int(),
            kind: z.string(),
            name: z.string(),
            mediaType: z.string(),
            size: z.number().int(),
          }),
          400: errorSchema,
          404: errorSchema,
          413: errorSchema,
          415: errorSchema,
        },
      },
    },
    async (request, reply) => {
      const caller = requireCaller(request, 'dossiers:write');
      if (!request.isMultipart())
        throw new AppError(
          'UNSUPPORTED_MEDIA_TYPE',
          'Envoyez le fichier en multipart/form-data (champ « file »).',
        );
      const file = await request.file();
      if (!file) throw new AppError('VALIDATION', 'Aucun fichier reçu (champ « file »).');
      const result = await addDocument(
        deps,
        caller,
        request.params.reference,
        request.query.kind,
        { filename: file.filename, mimetype: file.mimetype, stream: file.file },
        request.ip,
      );
      return reply.status(201).send(result);
    },
  );

  app.get(
    '/api/v1/dossiers/:reference',
    {
      schema: {
        tags,
        summary: "État d'une demande",
        params: referenceParams,
        response: { 200: intakeStatus, 404: errorSchema },
      },
    },
    async (request) => dossierStatus(deps, requireCaller(request, 'dossiers:read'), request.params.reference),
  );

  app.get(
    '/api/v1/dossiers/:reference/history',
    {
      schema: {
        tags,
        summary: "Historique d'une demande",
        params: referenceParams,
        response: { 200: intakeHistory, 404: errorSchema },
      },
    },
    async (request) =>
      dossierHistory(deps, requireCaller(request, 'dossiers:read'), request.params.reference),
  );
}

// Dossier processing routes: thin — parse, authorise, call one use case, present.
import rateLimit from '@fastify/rate-limit';
import {
  actionResult,
  assignBody,
  bulkAssignBody,
  bulkAssignResponse,
  cancelBody,
  complementAnswerBody,
  complementRequestBody,
  customsAckBody,
  customsAckResponse,
  dossierDocument,
  giveOpinionBody,
  markReadBody,
  notificationsResponse,
  opinionRequestBody,
  processingInfo,
  proposalBody,
  reasonsQuery,
  reasonsResponse,
  signResult,
  verificationResponse,
  versionBody,
  workloadResponse,
} from '@portail/contracts';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { guard, requireUser } from '../../platform/auth.ts';
import { safeEqual } from '../../platform/crypto.ts';
import type { AppDeps } from '../../platform/deps.ts';
import { AppError } from '../../platform/errors.ts';
import { maxUploadBytes, registerMultipart, sendStoredFile } from '../../platform/storage.ts';
import { verifyMachineAccessToken } from '../identity/machine-clients.ts';
import * as service from './service.ts';

const idParams = z.object({
  id: z.coerce
    .number()
    .int()
    .positive()
    .max(2 ** 53),
});
const tags = ['Traitement des dossiers'];

function bearer(request: FastifyRequest): string | null {
  const h = request.headers.authorization;
  return typeof h === 'string' && h.startsWith('Bearer ') ? h.slice(7).trim() : null;
}

export async function processingRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  await app.register(rateLimit, { global: false });
  await registerMultipart(app, maxUploadBytes(deps));
  const actor = (request: FastifyRequest) => ({ user: requireUser(request), ip: request.ip });

  /** A dossier action: POST /api/dossiers/:id/<path>, a signed-in user, a body (with the dossier's
   *  version) → one use case, whose result is the response. */
  const action = <Body extends z.ZodType, Result extends z.ZodType>(
    path: string,
    summary: string,
    body: Body,
    result: Result,
    run: (who: ReturnType<typeof actor>, id: number, body: z.output<Body>) => Promise<z.input<Result>>,
  ) =>
    r.post(
      `/api/dossiers/:id/${path}`,
      {
        schema: { tags, summary, params: idParams, body, response: { 200: result } },
        preHandler: guard(),
      },
      // The type provider cannot resolve body and reply types for a generic schema: `run`'s
      // signature carries the check at each call.
      (req) => run(actor(req), req.params.id, req.body as z.output<Body>) as never,
    );

  r.post(
    '/api/dossiers/:id/opinion-documents',
    {
      schema: {
        tags,
        summary: "Joindre un document à l'avis en cours (multipart, champ « fichier » ; PDF, PNG, JPEG)",
        consumes: ['multipart/form-data'],
        params: idParams,
        response: { 201: dossierDocument },
      },
      preHandler: guard(),
    },
    async (req, reply) => {
      const who = actor(req);
      if (!req.isMultipart())
        throw new AppError('UNSUPPORTED_MEDIA_TYPE', 'Envoyez le fichier en multipart/form-data.');
      const part = await req.file();
      if (!part) throw new AppError('VALIDATION', 'Aucun fichier reçu.');
      const doc = await service.addOpinionDocument(deps, who, req.params.id, {
        filename: part.filename,
        mimetype: part.mimetype,
        stream: part.file,
      });
      return reply.status(201).send(doc);
    },
  );

  action('take', 'Prendre en charge un dossier', versionBody, actionResult, (who, id, body) =>
    service.take(deps, who, id, body.version),
  );
  action('assign', 'Assigner un dossier à un agent', assignBody, actionResult, (who, id, body) =>
    service.assign(deps, who, id, body),
  );
  r.post(
    '/api/processing/assignments',
    {
      schema: {
        tags,
        summary: 'Réassigner plusieurs dossiers (chef de service)',
        body: bulkAssignBody,
        response: { 200: bulkAssignResponse },
      },
      preHandler: guard('chef_service'),
    },
    async (req) => service.bulkAssign(deps, actor(req), req.body),
  );
  r.get(
    '/api/processing/workload',
    {
      schema: { tags, summary: 'Charge de travail par agent', response: { 200: workloadResponse } },
      preHandler: guard('chef_service'),
    },
    async (req) => service.workload(deps, requireUser(req)),
  );
  r.get(
    '/api/processing/reasons',
    {
      schema: {
        tags,
        summary: 'Motifs codifiés',
        querystring: reasonsQuery,
        response: { 200: reasonsResponse },
      },
      preHandler: guard(),
    },
    async (req) => service.reasonsOf(deps, requireUser(req), req.query.kind, req.query.dossier),
  );
  r.get(
    '/api/dossiers/:id/processing',
    {
      schema: {
        tags,
        summary: 'Données de traitement du dossier',
        params: idParams,
        response: { 200: processingInfo },
      },
      preHandler: guard(),
    },
    async (req) => service.processingInfo(deps, requireUser(req), req.params.id),
  );
  action(
    'complement-requests',
    'Demander un complément',
    complementRequestBody,
    actionResult,
    (who, id, body) => service.requestComplement(deps, who, id, body),
  );
  action(
    'opinion-requests',
    "Demander l'avis d'organismes",
    opinionRequestBody,
    actionResult,
    (who, id, body) => service.requestOpinions(deps, who, id, body),
  );
  action('opinion', 'Donner un avis (organisme consulté)', giveOpinionBody, actionResult, (who, id, body) =>
    service.giveOpinion(deps, who, id, body),
  );
  action('decision-proposal', 'Proposer une décision', proposalBody, actionResult, (who, id, body) =>
    service.propose(deps, who, id, body),
  );
  action('sign', 'Signer la décision (chef de service)', versionBody, signResult, (who, id, body) =>
    service.sign(deps, who, id, body.version),
  );
  action('cancel', 'Annuler un dossier ou une décision', cancelBody, actionResult, (who, id, body) =>
    service.cancel(deps, who, id, body),
  );
  r.get(
    '/api/dossiers/:id/decision.pdf',
    {
      schema: { tags, summary: 'Télécharger la décision signée (PDF)', params: idParams },
      preHandler: guard(),
    },
    async (req, reply) =>
      sendStoredFile(reply, deps, await service.decisionPdfFile(deps, requireUser(req), req.params.id)),
  );

  // Notifications (the bell).
  r.get(
    '/api/notifications',
    {
      schema: { tags, summary: 'Mes notifications', response: { 200: notificationsResponse } },
      preHandler: guard(),
    },
    async (req) => service.notifications(deps, requireUser(req)),
  );
  r.post(
    '/api/notifications/read',
    {
      schema: { tags, summary: 'Marquer des notifications comme lues', body: markReadBody },
      preHandler: guard(),
    },
    async (req, reply) => {
      await service.markRead(deps, requireUser(req), req.body.all ? 'all' : (req.body.ids ?? []));
      return reply.status(204).send();
    },
  );

  // Public verification of a decision: no login; rate limited against enumeration.
  r.get(
    '/api/verification/:code',
    {
      schema: {
        tags,
        summary: "Vérifier l'authenticité d'une décision (public)",
        params: z.object({ code: z.string().max(64) }),
        response: { 200: verificationResponse },
      },
      config: { rateLimit: { max: 30, timeWindow: '1 minute' } },
    },
    async (req) => service.verify(deps, req.params.code.toUpperCase()),
  );

  // Operator systems (OAuth2 client credentials): the answer to a complement request.
  r.post(
    '/api/v1/dossiers/:reference/complement',
    {
      schema: {
        tags: ["API d'intégration"],
        summary: 'Répondre à une demande de complément',
        params: z.object({ reference: z.string().max(40) }),
        body: complementAnswerBody,
        security: [{ bearerAuth: [] }],
      },
    },
    async (req) => {
      const token = bearer(req);
      const client = token ? await verifyMachineAccessToken(deps, token) : null;
      if (!client) throw new AppError('UNAUTHENTICATED', "Jeton d'accès manquant, invalide ou expiré.");
      if (!client.scopes.includes('dossiers:write'))
        throw new AppError('FORBIDDEN', 'Ce client ne dispose pas du droit dossiers:write.');
      return service.answerComplement(deps, client, req.params.reference, {
        message: req.body.message,
        documentIds: req.body.documentIds ?? [],
      });
    },
  );

  // Customs (ADII) acknowledgements: a shared bearer token compared in constant time.
  r.post(
    '/api/v1/douane/accuses',
    {
      schema: {
        tags: ['Douane'],
        summary: "Accusé d'imputation d'une décision par la douane",
        body: customsAckBody,
        response: { 200: customsAckResponse },
      },
      config: { rateLimit: { max: 600, timeWindow: '1 minute' } },
    },
    async (req) => {
      const expected = deps.config.CUSTOMS_INBOUND_TOKEN;
      const token = bearer(req);
      if (!expected || !token || !safeEqual(token, expected))
        throw new AppError('UNAUTHENTICATED', 'Jeton de la douane manquant ou invalide.');
      return service.acknowledge(deps, req.body, req.ip);
    },
  );
}

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
import { sendStoredFile } from '../../platform/storage.ts';
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
  const actor = (request: FastifyRequest) => ({ user: requireUser(request), ip: request.ip });

  r.post(
    '/api/dossiers/:id/take',
    {
      schema: {
        tags,
        summary: 'Prendre en charge un dossier',
        params: idParams,
        body: versionBody,
        response: { 200: actionResult },
      },
      preHandler: guard(),
    },
    async (req) => service.take(deps, actor(req), req.params.id, req.body.version),
  );
  r.post(
    '/api/dossiers/:id/assign',
    {
      schema: {
        tags,
        summary: 'Assigner un dossier à un agent',
        params: idParams,
        body: assignBody,
        response: { 200: actionResult },
      },
      preHandler: guard(),
    },
    async (req) => service.assign(deps, actor(req), req.params.id, req.body),
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
    async (req) => service.reasonsOf(deps, req.query.kind),
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
  r.post(
    '/api/dossiers/:id/complement-requests',
    {
      schema: {
        tags,
        summary: 'Demander un complément',
        params: idParams,
        body: complementRequestBody,
        response: { 200: actionResult },
      },
      preHandler: guard(),
    },
    async (req) => service.requestComplement(deps, actor(req), req.params.id, req.body),
  );
  r.post(
    '/api/dossiers/:id/opinion-requests',
    {
      schema: {
        tags,
        summary: "Demander l'avis d'organismes",
        params: idParams,
        body: opinionRequestBody,
        response: { 200: actionResult },
      },
      preHandler: guard(),
    },
    async (req) => service.requestOpinions(deps, actor(req), req.params.id, req.body),
  );
  r.post(
    '/api/dossiers/:id/opinion',
    {
      schema: {
        tags,
        summary: 'Donner un avis (organisme consulté)',
        params: idParams,
        body: giveOpinionBody,
        response: { 200: actionResult },
      },
      preHandler: guard(),
    },
    async (req) => service.giveOpinion(deps, actor(req), req.params.id, req.body),
  );
  r.post(
    '/api/dossiers/:id/decision-proposal',
    {
      schema: {
        tags,
        summary: 'Proposer une décision',
        params: idParams,
        body: proposalBody,
        response: { 200: actionResult },
      },
      preHandler: guard(),
    },
    async (req) => service.propose(deps, actor(req), req.params.id, req.body),
  );
  r.post(
    '/api/dossiers/:id/sign',
    {
      schema: {
        tags,
        summary: 'Signer la décision (chef de service)',
        params: idParams,
        body: versionBody,
        response: { 200: signResult },
      },
      preHandler: guard(),
    },
    async (req) => service.sign(deps, actor(req), req.params.id, req.body.version),
  );
  r.post(
    '/api/dossiers/:id/cancel',
    {
      schema: {
        tags,
        summary: 'Annuler un dossier ou une décision',
        params: idParams,
        body: cancelBody,
        response: { 200: actionResult },
      },
      preHandler: guard(),
    },
    async (req) => service.cancel(deps, actor(req), req.params.id, req.body),
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

// TijarIA's HTTP API. Asking is a POST (so the session's CSRF protection applies, S27) whose
// response is a text/event-stream: the answer streams as it is produced, and closing the request
// (the « Arrêter » button aborts the fetch) stops it.
import { PassThrough } from 'node:stream';
import {
  type TijariaStreamEvent,
  tijariaAskInput,
  tijariaConversation,
  tijariaConversationList,
  tijariaFeedbackInput,
  tijariaGuide,
  tijariaRenameInput,
} from '@portail/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { guard, requireUser } from '../../platform/auth.ts';
import type { AppDeps } from '../../platform/deps.ts';
import { readerLocale } from '../../platform/errors.ts';
import { translateServerMessage } from '../../platform/server-messages.ts';
import { guideSections } from './knowledge.ts';
import * as service from './service.ts';

const idParams = z.object({
  id: z.coerce
    .number()
    .int()
    .positive()
    .max(2 ** 53, 'Identifiant invalide.'),
});
const tags = ['TijarIA'];

export async function tijariaRoutes(scope: FastifyInstance, deps: AppDeps): Promise<void> {
  const app = scope.withTypeProvider<ZodTypeProvider>();
  app.addHook('preHandler', guard());

  app.post(
    '/api/tijaria/messages',
    {
      schema: {
        tags,
        summary: 'Poser une question à TijarIA (réponse en text/event-stream : start, delta…, end)',
        body: tijariaAskInput,
      },
    },
    async (request, reply) => {
      const user = requireUser(request);
      const input = request.body;
      // Checked before the stream opens, so a foreign conversation id is a plain 404 (S32).
      const start = await service.startAsk(deps, user, input);
      const stream = new PassThrough();
      const abort = new AbortController();
      // The client went away (« Arrêter », page closed): stop producing, keep what was said.
      reply.raw.on('close', () => {
        if (!reply.raw.writableFinished) abort.abort();
      });
      const emit = (e: TijariaStreamEvent) => {
        if (!stream.writableEnded) stream.write(`event: ${e.event}\ndata: ${JSON.stringify(e.data)}\n\n`);
      };
      reply
        .header('content-type', 'text/event-stream; charset=utf-8')
        .header('x-accel-buffering', 'no')
        .send(stream);
      service
        .streamAnswer(deps, user, start, input, emit, abort.signal, (reason) =>
          request.log.warn({ reason }, 'TijarIA : modèle indisponible, réponse intégrée'),
        )
        .catch((err) => {
          request.log.error({ err }, 'TijarIA : réponse interrompue');
          emit({
            event: 'error',
            data: {
              code: 'INTERNAL',
              message: translateServerMessage(
                'Une erreur interne est survenue. Veuillez réessayer plus tard.',
                readerLocale(request),
              ),
            },
          });
        })
        .finally(() => stream.end());
      return reply;
    },
  );

  app.get(
    '/api/tijaria/conversations',
    {
      schema: {
        tags,
        summary: 'Historique TijarIA : mes conversations',
        response: { 200: tijariaConversationList },
      },
    },
    async (request) => ({ items: await service.listHistory(deps, requireUser(request)) }),
  );

  app.get(
    '/api/tijaria/conversations/:id',
    {
      schema: {
        tags,
        summary: 'Rouvrir une conversation',
        params: idParams,
        response: { 200: tijariaConversation },
      },
    },
    async (request) => service.getConversation(deps, requireUser(request), request.params.id),
  );

  app.patch(
    '/api/tijaria/conversations/:id',
    { schema: { tags, summary: 'Renommer une conversation', params: idParams, body: tijariaRenameInput } },
    async (request, reply) => {
      await service.renameConversation(deps, requireUser(request), request.params.id, request.body.title);
      return reply.status(204).send();
    },
  );

  app.delete(
    '/api/tijaria/conversations/:id',
    { schema: { tags, summary: 'Supprimer une conversation', params: idParams } },
    async (request, reply) => {
      await service.deleteConversation(deps, requireUser(request), request.params.id, request.ip);
      return reply.status(204).send();
    },
  );

  app.put(
    '/api/tijaria/messages/:id/feedback',
    {
      schema: {
        tags,
        summary: 'Avis sur une réponse (utile / pas utile)',
        params: idParams,
        body: tijariaFeedbackInput,
      },
    },
    async (request, reply) => {
      await service.giveFeedback(deps, requireUser(request), request.params.id, request.body);
      return reply.status(204).send();
    },
  );

  app.get(
    '/api/tijaria/guide',
    {
      schema: { tags, summary: 'Le guide utilisateur, section par section', response: { 200: tijariaGuide } },
    },
    async () => ({ sections: guideSections() }),
  );
}

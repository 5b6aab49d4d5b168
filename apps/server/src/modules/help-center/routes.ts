// HTTP surface of the Centre d'aide: /api/aide/* (FAQ, réclamations, contact, pièces jointes) and
// /api/support/* (the PORTNET support desk). Thin: parse, authorise, call one service function.
import {
  contactInput,
  faqEntry,
  faqEntryInput,
  faqFeedbackInput,
  faqListQuery,
  faqListResponse,
  helpNotification,
  replyTemplate,
  supportAgent,
  ticketAssignInput,
  ticketCreateInput,
  ticketDetail,
  ticketListQuery,
  ticketListResponse,
  ticketRateInput,
  ticketReplyInput,
  ticketService,
  ticketStatusInput,
  uploadedFile,
  uploadInfo,
} from '@portail/contracts';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { assertSameSite, guard, requireUser } from '../../platform/auth.ts';
import type { AppDeps } from '../../platform/deps.ts';
import { AppError } from '../../platform/errors.ts';
import {
  FILE_KINDS,
  type FileKind,
  maxUploadBytes,
  registerMultipart,
  sendStoredFile,
  storeUpload,
} from '../../platform/storage.ts';
import * as repo from './repo.ts';
import * as service from './service.ts';

export const HELP_UPLOAD_KINDS: FileKind[] = ['pdf', 'png', 'jpeg', 'docx', 'xlsx'];

const referenceParam = z.object({
  reference: z.string().regex(/^REC-[0-9]{4}-[0-9]{6}$/, 'Référence invalide (ex. : REC-2026-000123).'),
});
const ok = z.object({ ok: z.literal(true) });
const created = z.object({ reference: z.string() });

export async function helpCenterRoutes(root: FastifyInstance, deps: AppDeps): Promise<void> {
  const app = root.withTypeProvider<ZodTypeProvider>();
  await registerMultipart(root, maxUploadBytes(deps));
  const actor = (request: FastifyRequest): service.Actor => ({ user: requireUser(request), ip: request.ip });
  const support = guard('agent_support', 'admin_plateforme');

  // ------------------------------------------------------------ FAQ (public)

  app.get(
    '/api/aide/faq',
    {
      schema: {
        tags: ["centre d'aide"],
        summary:
          'Foire aux questions dans la langue du lecteur (lang), recherche plein texte (français repli)',
        querystring: faqListQuery,
        response: { 200: faqListResponse },
      },
    },
    async (request) => service.listFaq(deps, request.session?.user ?? null, request.query),
  );

  app.post(
    '/api/aide/faq/:id/avis',
    {
      schema: {
        tags: ["centre d'aide"],
        summary: '« Cette réponse vous a-t-elle aidé ? »',
        params: z.object({ id: z.coerce.number().int().positive() }),
        body: faqFeedbackInput,
        response: { 200: faqEntry },
      },
    },
    async (request) => {
      // Public form: without a session the auth plugin checks nothing, so refuse other sites here.
      assertSameSite(deps, request);
      return service.giveFaqFeedback(
        deps,
        request.session?.user ?? null,
        request.params.id,
        request.body.helpful,
      );
    },
  );

  app.post(
    '/api/aide/faq',
    {
      preHandler: guard('admin_plateforme'),
      schema: {
        tags: ["centre d'aide"],
        summary: 'Ajouter une question (administrateur plateforme)',
        body: faqEntryInput,
        response: { 200: faqEntry },
      },
    },
    async (request) => service.saveFaqEntry(deps, actor(request), null, request.body),
  );

  app.put(
    '/api/aide/faq/:id',
    {
      preHandler: guard('admin_plateforme'),
      schema: {
        tags: ["centre d'aide"],
        summary: 'Modifier ou dépublier une question (administrateur plateforme)',
        params: z.object({ id: z.coerce.number().int().positive() }),
        body: faqEntryInput,
        response: { 200: faqEntry },
      },
    },
    async (request) => service.saveFaqEntry(deps, actor(request), request.params.id, request.body),
  );

  // ------------------------------------------------------------ Réclamations (requester)

  app.get(
    '/api/aide/services',
    {
      preHandler: guard(),
      schema: {
        tags: ["centre d'aide"],
        summary: 'Services concernés proposés',
        response: { 200: z.object({ services: z.array(ticketService) }) },
      },
    },
    async () => ({ services: await service.listServices(deps.db) }),
  );

  app.get(
    '/api/aide/fichiers/regles',
    {
      schema: {
        tags: ["centre d'aide"],
        summary: 'Types et taille maximale des pièces jointes',
        response: { 200: uploadInfo },
      },
    },
    async () => ({
      maxBytes: maxUploadBytes(deps),
      maxFiles: service.MAX_ATTACHMENTS,
      types: HELP_UPLOAD_KINDS.map((k) => FILE_KINDS[k].label),
      extensions: HELP_UPLOAD_KINDS.flatMap((k) => FILE_KINDS[k].extensions),
    }),
  );

  app.post(
    '/api/aide/fichiers',
    {
      preHandler: guard(),
      schema: {
        tags: ["centre d'aide"],
        summary: 'Déposer une pièce jointe (multipart, champ « fichier »)',
        consumes: ['multipart/form-data'],
        response: { 200: uploadedFile },
      },
    },
    async (request) => {
      const user = requireUser(request);
      if (!request.isMultipart())
        throw new AppError('UNSUPPORTED_MEDIA_TYPE', 'Envoyez le fichier en multipart/form-data.');
      const part = await request.file();
      if (!part) throw new AppError('VALIDATION', 'Aucun fichier reçu.');
      const f = await storeUpload(
        deps,
        part.file,
        { filename: part.filename, declaredType: part.mimetype, createdBy: user.id },
        { allowed: HELP_UPLOAD_KINDS },
      );
      return { id: f.id, originalName: f.originalName, mediaType: f.mediaType, sizeBytes: f.sizeBytes };
    },
  );

  app.post(
    '/api/aide/reclamations',
    {
      preHandler: guard(),
      schema: {
        tags: ["centre d'aide"],
        summary: 'Nouvelle réclamation',
        body: ticketCreateInput,
        response: { 200: created },
      },
    },
    async (request) => service.createTicket(deps, actor(request), request.body),
  );

  app.post(
    '/api/aide/contact',
    {
      preHandler: guard(),
      schema: {
        tags: ["centre d'aide"],
        summary: 'Contactez-nous (crée une demande de type Contact)',
        body: contactInput,
        response: { 200: created },
      },
    },
    async (request) => service.createContact(deps, actor(request), request.body),
  );

  app.get(
    '/api/aide/reclamations',
    {
      preHandler: guard(),
      schema: {
        tags: ["centre d'aide"],
        summary: 'Mes réclamations',
        querystring: ticketListQuery,
        response: { 200: ticketListResponse },
      },
    },
    async (request) => service.listTickets(deps, actor(request), request.query, false),
  );

  app.get(
    '/api/aide/reclamations/:reference',
    {
      preHandler: guard(),
      schema: {
        tags: ["centre d'aide"],
        summary: 'Une réclamation : échanges, pièces jointes, historique',
        params: referenceParam,
        response: { 200: ticketDetail },
      },
    },
    async (request) => service.getTicket(deps, actor(request), request.params.reference),
  );

  app.get(
    '/api/aide/reclamations/:reference/fichiers/:fileId',
    {
      preHandler: guard(),
      schema: {
        tags: ["centre d'aide"],
        summary: "Télécharger une pièce jointe d'une réclamation",
        params: referenceParam.extend({ fileId: z.uuid() }),
        querystring: z.object({ inline: z.enum(['1']).optional() }),
      },
    },
    async (request, reply) => {
      await service.assertAttachmentVisible(
        deps,
        actor(request),
        request.params.reference,
        request.params.fileId,
      );
      return sendStoredFile(reply, deps, request.params.fileId, { inline: request.query.inline === '1' });
    },
  );

  app.post(
    '/api/aide/reclamations/:reference/messages',
    {
      preHandler: guard(),
      schema: {
        tags: ["centre d'aide"],
        summary: 'Répondre (ou, pour le support, note interne)',
        params: referenceParam,
        body: ticketReplyInput,
        response: { 200: z.object({ messageId: z.number().int() }) },
      },
    },
    async (request) => service.reply(deps, actor(request), request.params.reference, request.body),
  );

  app.post(
    '/api/aide/reclamations/:reference/reouverture',
    {
      preHandler: guard(),
      schema: {
        tags: ["centre d'aide"],
        summary: 'Rouvrir une réclamation résolue',
        params: referenceParam,
        response: { 200: ok },
      },
    },
    async (request) => {
      await service.reopen(deps, actor(request), request.params.reference);
      return { ok: true as const };
    },
  );

  app.post(
    '/api/aide/reclamations/:reference/evaluation',
    {
      preHandler: guard(),
      schema: {
        tags: ["centre d'aide"],
        summary: 'Évaluer la réponse (clôture)',
        params: referenceParam,
        body: ticketRateInput,
        response: { 200: ok },
      },
    },
    async (request) => {
      await service.rate(deps, actor(request), request.params.reference, request.body);
      return { ok: true as const };
    },
  );

  app.get(
    '/api/aide/notifications',
    {
      preHandler: guard(),
      schema: {
        tags: ["centre d'aide"],
        summary: 'Réponses non lues sur mes réclamations',
        response: { 200: z.object({ items: z.array(helpNotification) }) },
      },
    },
    async (request) => ({ items: await service.listNotifications(deps, requireUser(request)) }),
  );

  // ------------------------------------------------------------ Support desk

  app.get(
    '/api/support/reclamations',
    {
      preHandler: support,
      schema: {
        tags: ['support'],
        summary: 'File des réclamations (support PORTNET)',
        querystring: ticketListQuery,
        response: { 200: ticketListResponse },
      },
    },
    async (request) => service.listTickets(deps, actor(request), request.query, true),
  );

  app.post(
    '/api/support/reclamations/:reference/statut',
    {
      preHandler: support,
      schema: {
        tags: ['support'],
        summary: 'Changer le statut',
        params: referenceParam,
        body: ticketStatusInput,
        response: { 200: ok },
      },
    },
    async (request) => {
      await service.changeStatus(deps, actor(request), request.params.reference, request.body.status);
      return { ok: true as const };
    },
  );

  app.post(
    '/api/support/reclamations/:reference/affectation',
    {
      preHandler: support,
      schema: {
        tags: ['support'],
        summary: 'Affecter à un agent du support',
        params: referenceParam,
        body: ticketAssignInput,
        response: { 200: ok },
      },
    },
    async (request) => {
      await service.assign(deps, actor(request), request.params.reference, request.body.assigneeId);
      return { ok: true as const };
    },
  );

  app.get(
    '/api/support/modeles',
    {
      preHandler: support,
      schema: {
        tags: ['support'],
        summary: 'Modèles de réponse',
        response: { 200: z.object({ items: z.array(replyTemplate) }) },
      },
    },
    async () => ({ items: await repo.listReplyTemplates(deps.db) }),
  );

  app.get(
    '/api/support/agents',
    {
      preHandler: support,
      schema: {
        tags: ['support'],
        summary: 'Agents du support',
        response: { 200: z.object({ items: z.array(supportAgent) }) },
      },
    },
    async () => ({
      items: (await repo.listSupportAgents(deps.db)).map((a) => ({ id: a.id, displayName: a.display_name })),
    }),
  );
}

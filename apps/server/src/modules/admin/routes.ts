// Administration console API (/api/admin/…): audit trail, sent mails, organisations, reference data.

import { Readable } from 'node:stream';
import {
  adminOrganisation,
  auditPage,
  auditQuery,
  customsOffice,
  hsImportResult,
  mailPage,
} from '@portail/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { audit } from '../../platform/audit.ts';
import { requireUser } from '../../platform/auth.ts';
import { CSV_BOM, csvLine } from '../../platform/csv.ts';
import type { AppDeps } from '../../platform/deps.ts';
import { adminScope, assertAdmin, assertPlatformAdmin } from './policy.ts';
import * as repo from './repo.ts';
import { actorOf, importHsCsv, saveCustomsOffice } from './service.ts';

const AUDIT_CSV_COLUMNS = [
  'N°',
  'Date (UTC)',
  'Événement',
  'Résultat',
  'Utilisateur',
  'Adresse IP',
  'Objet',
  'Identifiant',
  'Détails',
  'Scellé',
];

const tags = ['administration'];

export async function adminRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  // CSV uploads arrive as text; the limit keeps a nomenclature file (≈ 15,000 lines) well inside.
  app.addContentTypeParser(
    'text/csv',
    { parseAs: 'string', bodyLimit: 5 * 1024 * 1024 },
    (_req, body, done) => done(null, body),
  );

  r.get(
    '/api/admin/audit',
    {
      schema: {
        tags,
        summary: "Rechercher dans le journal d'audit",
        querystring: auditQuery,
        response: { 200: auditPage },
      },
    },
    async (request) => {
      const user = requireUser(request);
      assertAdmin(user);
      const q = request.query;
      const rows = await repo.searchAudit(deps.db, {
        ...q,
        orgId: adminScope(user),
        beforeId: q.cursor,
        limit: q.limit + 1,
      });
      const page = rows.slice(0, q.limit);
      return {
        entries: page.map((e) => ({
          id: e.id,
          at: e.at.toISOString(),
          event: e.event,
          outcome: e.outcome,
          actorUserId: e.actor_user_id,
          actorOrgId: e.actor_org_id,
          actorLabel: e.actor_label,
          ip: e.ip,
          objectType: e.object_type,
          objectId: e.object_id,
          details: e.details,
          sealed: e.sealed,
        })),
        nextCursor: rows.length > q.limit ? page[page.length - 1].id : null,
      };
    },
  );

  r.get(
    '/api/admin/audit/export.csv',
    {
      schema: {
        tags,
        summary: "Exporter le journal d'audit (CSV, mêmes filtres)",
        querystring: auditQuery.omit({ cursor: true, limit: true }),
      },
    },
    async (request, reply) => {
      const user = requireUser(request);
      assertAdmin(user);
      const filter = { ...request.query, orgId: adminScope(user) };
      // Streamed by keyset pages: memory stays flat whatever the size of the trail.
      async function* lines() {
        yield CSV_BOM + csvLine(AUDIT_CSV_COLUMNS);
        let beforeId: number | undefined;
        for (;;) {
          const rows = await repo.searchAudit(deps.db, { ...filter, beforeId, limit: 1000 });
          if (rows.length === 0) return;
          yield rows
            .map((e) =>
              csvLine([
                String(e.id),
                e.at.toISOString(),
                e.event,
                e.outcome,
                e.actor_label,
                e.ip,
                e.object_type,
                e.object_id,
                JSON.stringify(e.details),
                e.sealed ? 'oui' : 'non',
              ]),
            )
            .join('');
          beforeId = rows[rows.length - 1].id;
        }
      }
      await audit(deps.db, deps.clock.now(), {
        event: 'admin.audit.exported',
        actor: actorOf(user, request.ip),
        details: { filter: request.query },
      });
      return reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', 'attachment; filename="journal-audit.csv"')
        .send(Readable.from(lines()));
    },
  );

  r.get(
    '/api/admin/mails',
    {
      schema: {
        tags,
        summary: 'Courriels émis par le portail',
        querystring: z.object({
          cursor: z.coerce.number().int().positive().optional(),
          to: z.string().trim().max(200).optional(),
          limit: z.coerce.number().int().min(10).max(100).default(30),
        }),
        response: { 200: mailPage },
      },
    },
    async (request) => {
      assertPlatformAdmin(requireUser(request));
      const { cursor, to, limit } = request.query;
      const rows = await repo.listMails(deps.db, cursor, limit + 1, to);
      const page = rows.slice(0, limit);
      return {
        mails: page.map((m) => ({
          id: m.id,
          to: m.to_address,
          subject: m.subject,
          body: m.body_text,
          transport: m.transport as 'smtp' | 'stored',
          createdAt: m.created_at.toISOString(),
          sentAt: m.sent_at?.toISOString() ?? null,
        })),
        nextCursor: rows.length > limit ? page[page.length - 1].id : null,
      };
    },
  );

  r.get(
    '/api/admin/organisations',
    {
      schema: {
        tags,
        summary: 'Organisations',
        response: { 200: z.object({ organisations: z.array(adminOrganisation) }) },
      },
    },
    async (request) => {
      const user = requireUser(request);
      assertAdmin(user);
      const scope = adminScope(user);
      const rows = (await repo.listOrganisations(deps.db)).filter(
        (o) => scope === undefined || o.id === scope,
      );
      return {
        organisations: rows.map((o) => ({
          id: o.id,
          code: o.code,
          type: o.type,
          nameFr: o.name_fr,
          nameAr: o.name_ar,
          nameEn: o.name_en,
          active: o.active,
          users: o.users,
        })),
      };
    },
  );

  r.get(
    '/api/admin/reference/customs-offices',
    {
      schema: {
        tags,
        summary: 'Bureaux douaniers',
        response: { 200: z.object({ offices: z.array(customsOffice) }) },
      },
    },
    async (request) => {
      assertAdmin(requireUser(request));
      return { offices: (await repo.listCustomsOffices(deps.db)) as z.infer<typeof customsOffice>[] };
    },
  );

  r.put(
    '/api/admin/reference/customs-offices/:code',
    {
      schema: {
        tags,
        summary: 'Créer ou modifier un bureau douanier',
        params: z.object({ code: z.string().regex(/^\d{3}$/, 'code à 3 chiffres attendu') }),
        body: customsOffice.omit({ code: true }),
        response: { 200: customsOffice },
      },
    },
    async (request) => {
      const user = requireUser(request);
      assertPlatformAdmin(user);
      const office = { code: request.params.code, ...request.body };
      await saveCustomsOffice(deps, user, request.ip, office);
      return office;
    },
  );

  r.post(
    '/api/admin/reference/hs/import',
    {
      schema: {
        tags,
        summary:
          'Importer la nomenclature SH (CSV « code ; libellé », ou en-tête code ; label_fr ; label_ar ; label_en)',
        description:
          'Corps text/csv en UTF-8. Tout ou rien : une seule ligne en erreur et rien n’est modifié ; ' +
          'la réponse 400 liste les lignes en erreur (details.lines).',
        body: z.string().min(1, 'Fichier vide.'),
        response: { 200: hsImportResult },
      },
    },
    async (request) => {
      const user = requireUser(request);
      assertPlatformAdmin(user);
      return importHsCsv(deps, user, request.ip, request.body);
    },
  );
}

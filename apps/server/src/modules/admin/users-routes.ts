// /api/admin/users…: user administration, scoped to the administrator's organisation (S32).
import {
  adminSession,
  adminUser,
  inviteUserBody,
  resetMfaBody,
  updateUserBody,
  usersQuery,
} from '@portail/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireUser } from '../../platform/auth.ts';
import type { AppDeps } from '../../platform/deps.ts';
import { adminScope, assertAdmin } from './policy.ts';
import type { AdminUserRow } from './users-repo.ts';
import * as repo from './users-repo.ts';
import * as service from './users-service.ts';

const tags = ['administration'];
const idParams = z.object({ id: z.coerce.number().int().positive() });
const ok = z.object({ ok: z.literal(true) });

const present = (u: AdminUserRow) => ({
  id: u.id,
  username: u.username,
  email: u.email,
  displayName: u.display_name,
  roles: u.roles,
  status: u.status,
  mustChangePassword: u.must_change_password,
  organisationId: u.organisation_id,
  organisationCode: u.org_code,
  mfaEnrolled: u.mfa_enrolled,
  lockedUntil: u.locked_until?.toISOString() ?? null,
  activeSessions: u.active_sessions,
  createdAt: u.created_at.toISOString(),
});

export async function adminUserRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/api/admin/users',
    {
      schema: {
        tags,
        summary: 'Utilisateurs',
        querystring: usersQuery,
        response: { 200: z.object({ users: z.array(adminUser) }) },
      },
    },
    async (request) => {
      const admin = requireUser(request);
      assertAdmin(admin);
      const scope = adminScope(admin);
      const rows = await repo.listUsers(deps.db, {
        ...request.query,
        orgId: scope ?? request.query.organisationId,
        now: deps.clock.now(),
      });
      return { users: rows.map(present) };
    },
  );

  r.post(
    '/api/admin/users',
    {
      schema: {
        tags,
        summary: 'Inviter un utilisateur (lien par courriel)',
        body: inviteUserBody,
        response: { 201: adminUser },
      },
    },
    async (request, reply) => {
      const admin = requireUser(request);
      assertAdmin(admin);
      const id = await service.inviteUser(deps, admin, request.ip, request.body);
      const user = await repo.findUser(deps.db, id, deps.clock.now());
      return reply.status(201).send(present(user!));
    },
  );

  r.get(
    '/api/admin/users/:id',
    {
      schema: {
        tags,
        summary: 'Un utilisateur (lien direct vers sa fiche)',
        description: "404 pour un utilisateur d'une autre organisation que celle de l'administrateur.",
        params: idParams,
        response: { 200: adminUser },
      },
    },
    async (request) => {
      const admin = requireUser(request);
      assertAdmin(admin);
      return present(await service.userForAdmin(deps, admin, request.params.id));
    },
  );

  r.patch(
    '/api/admin/users/:id',
    {
      schema: {
        tags,
        summary: 'Modifier un utilisateur',
        params: idParams,
        body: updateUserBody,
        response: { 200: adminUser },
      },
    },
    async (request) => {
      const admin = requireUser(request);
      assertAdmin(admin);
      await service.updateUserByAdmin(deps, admin, request.ip, request.params.id, request.body);
      return present((await repo.findUser(deps.db, request.params.id, deps.clock.now()))!);
    },
  );

  r.post(
    '/api/admin/users/:id/invitation',
    { schema: { tags, summary: "Renvoyer l'invitation", params: idParams, response: { 200: ok } } },
    async (request) => {
      const admin = requireUser(request);
      assertAdmin(admin);
      await service.resendInvitation(deps, admin, request.params.id);
      return { ok: true as const };
    },
  );

  r.post(
    '/api/admin/users/:id/unlock',
    { schema: { tags, summary: 'Déverrouiller un compte', params: idParams, response: { 200: ok } } },
    async (request) => {
      const admin = requireUser(request);
      assertAdmin(admin);
      await service.unlockUser(deps, admin, request.ip, request.params.id);
      return { ok: true as const };
    },
  );

  r.post(
    '/api/admin/users/:id/mfa-reset',
    {
      schema: {
        tags,
        summary: 'Réinitialiser le MFA (avec motif)',
        params: idParams,
        body: resetMfaBody,
        response: { 200: ok },
      },
    },
    async (request) => {
      const admin = requireUser(request);
      assertAdmin(admin);
      await service.resetUserMfa(deps, admin, request.ip, request.params.id, request.body.reason);
      return { ok: true as const };
    },
  );

  r.get(
    '/api/admin/users/:id/sessions',
    {
      schema: {
        tags,
        summary: 'Sessions actives',
        params: idParams,
        response: { 200: z.object({ sessions: z.array(adminSession) }) },
      },
    },
    async (request) => {
      const admin = requireUser(request);
      assertAdmin(admin);
      return { sessions: await service.userSessions(deps, admin, request.params.id) };
    },
  );

  r.delete(
    '/api/admin/users/:id/sessions/:ref',
    {
      schema: {
        tags,
        summary: 'Fermer une session',
        params: idParams.extend({ ref: z.string().regex(/^[0-9a-f]{16}$/) }),
        response: { 200: ok },
      },
    },
    async (request) => {
      const admin = requireUser(request);
      assertAdmin(admin);
      await service.revokeSessionByAdmin(deps, admin, request.ip, request.params.id, request.params.ref);
      return { ok: true as const };
    },
  );
}

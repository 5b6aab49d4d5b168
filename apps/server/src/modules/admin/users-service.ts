// User administration use cases (issue 9): invite, edit roles, deactivate, unlock, force a password
// change, reset MFA, revoke sessions. Every change is audited in its transaction; the user is told
// by mail of what concerns their security.
import type { Role, SessionUser } from '@portail/contracts';
import { audit } from '../../platform/audit.ts';
import type { AppDeps } from '../../platform/deps.ts';
import { AppError } from '../../platform/errors.ts';
import { localeOf } from '../../platform/locale.ts';
import { queueMail } from '../../platform/mail.ts';
import { deleteIdpSessions } from '../identity/repo.ts';
import { createInvitation } from '../identity/service.ts';
import { revokeOtherSessions } from '../portal-session/store.ts';
import { mfaResetByAdminMail, mustChangePasswordMail } from './messages.ts';
import { adminScope, isPlatformAdmin } from './policy.ts';
import { actorOf } from './service.ts';
import * as repo from './users-repo.ts';

/** Roles only a platform administrator may grant. */
const PLATFORM_ROLES: Role[] = ['admin_plateforme', 'agent_support'];

/** The target user, if the administrator may manage them; 404 otherwise (no hint it exists). */
async function managedUser(deps: AppDeps, admin: SessionUser, userId: number) {
  const user = await repo.findUser(deps.db, userId, deps.clock.now());
  const scope = adminScope(admin);
  if (!user || (scope !== undefined && user.organisation_id !== scope)) {
    throw new AppError('NOT_FOUND', 'Utilisateur introuvable.');
  }
  return user;
}

/** One user for the console's direct link (?utilisateur=): the same 404 as every other action. */
export const userForAdmin = (deps: AppDeps, admin: SessionUser, userId: number) =>
  managedUser(deps, admin, userId);

function assertGrantable(admin: SessionUser, roles: Role[]): void {
  if (!isPlatformAdmin(admin) && roles.some((r) => PLATFORM_ROLES.includes(r))) {
    throw new AppError('FORBIDDEN', 'Seul un administrateur de la plateforme peut attribuer ce rôle.');
  }
}

export async function inviteUser(
  deps: AppDeps,
  admin: SessionUser,
  ip: string,
  input: { organisationId: number; username: string; email: string; displayName: string; roles: Role[] },
): Promise<number> {
  const scope = adminScope(admin);
  if (scope !== undefined && input.organisationId !== scope) {
    throw new AppError('FORBIDDEN', 'Vous ne pouvez inviter que des utilisateurs de votre organisation.');
  }
  assertGrantable(admin, input.roles);
  if (!(await repo.organisationById(deps.db, input.organisationId))) {
    throw new AppError('VALIDATION', 'Organisation inconnue.', {
      fields: [{ path: 'organisationId', message: 'Organisation inconnue' }],
    });
  }
  const now = deps.clock.now();
  const id = await deps.db.transaction(async (tx) => {
    const newId = await repo.insertInvitedUser(tx, { ...input, orgId: input.organisationId, now });
    if (!newId) throw new AppError('CONFLICT', 'Cet identifiant ou cette adresse e-mail est déjà utilisé.');
    await audit(tx, now, {
      event: 'admin.user.invited',
      actor: actorOf(admin, ip),
      objectType: 'user',
      objectId: newId,
      details: { username: input.username, organisationId: input.organisationId, roles: input.roles },
    });
    return newId;
  });
  await createInvitation(deps, { userId: id });
  return id;
}

export async function resendInvitation(deps: AppDeps, admin: SessionUser, userId: number): Promise<void> {
  const user = await managedUser(deps, admin, userId);
  if (user.status !== 'invited')
    throw new AppError(
      'INVALID_TRANSITION',
      "Ce compte est déjà activé : l'invitation n'a plus lieu d'être.",
    );
  await createInvitation(deps, { userId });
}

export async function updateUserByAdmin(
  deps: AppDeps,
  admin: SessionUser,
  ip: string,
  userId: number,
  patch: {
    displayName?: string;
    roles?: Role[];
    status?: 'active' | 'disabled';
    mustChangePassword?: boolean;
  },
): Promise<void> {
  const user = await managedUser(deps, admin, userId);
  if (patch.roles) assertGrantable(admin, patch.roles);
  if (
    userId === admin.id &&
    (patch.status === 'disabled' || (patch.roles && !patch.roles.some((r) => admin.roles.includes(r))))
  ) {
    throw new AppError(
      'FORBIDDEN',
      'Vous ne pouvez ni désactiver votre propre compte ni retirer vos propres droits.',
    );
  }
  if (patch.status === 'active' && user.status === 'invited') {
    throw new AppError(
      'INVALID_TRANSITION',
      "Ce compte s'activera quand l'utilisateur aura choisi son mot de passe.",
    );
  }
  const now = deps.clock.now();
  await deps.db.transaction(async (tx) => {
    await repo.updateUser(tx, userId, patch, now);
    if (patch.status === 'disabled') {
      await revokeOtherSessions(tx, now, userId, null);
      await deleteIdpSessions(tx, userId);
    }
    await audit(tx, now, {
      event: 'admin.user.updated',
      actor: actorOf(admin, ip),
      objectType: 'user',
      objectId: userId,
      details: { changes: patch },
    });
    if (patch.mustChangePassword) {
      await queueMail(tx, now, mustChangePasswordMail(localeOf(user.locale), user.email, user.display_name));
    }
  });
}

export async function unlockUser(
  deps: AppDeps,
  admin: SessionUser,
  ip: string,
  userId: number,
): Promise<void> {
  await managedUser(deps, admin, userId);
  await deps.db.transaction(async (tx) => {
    await repo.clearLock(tx, userId);
    await audit(tx, deps.clock.now(), {
      event: 'admin.user.unlocked',
      actor: actorOf(admin, ip),
      objectType: 'user',
      objectId: userId,
    });
  });
}

export async function resetUserMfa(
  deps: AppDeps,
  admin: SessionUser,
  ip: string,
  userId: number,
  reason: string,
): Promise<void> {
  const user = await managedUser(deps, admin, userId);
  const now = deps.clock.now();
  await deps.db.transaction(async (tx) => {
    await repo.retireMfa(tx, userId, now);
    await revokeOtherSessions(tx, now, userId, null);
    await deleteIdpSessions(tx, userId);
    await audit(tx, now, {
      event: 'admin.user.mfa_reset',
      actor: actorOf(admin, ip),
      objectType: 'user',
      objectId: userId,
      details: { reason },
    });
    await queueMail(
      tx,
      now,
      mfaResetByAdminMail(localeOf(user.locale), user.email, user.display_name, reason),
    );
  });
}

export async function userSessions(deps: AppDeps, admin: SessionUser, userId: number) {
  await managedUser(deps, admin, userId);
  const rows = await repo.listSessions(deps.db, userId, deps.clock.now());
  return rows.map((s) => ({
    ref: s.id_hash.slice(0, 16),
    createdAt: s.created_at.toISOString(),
    lastSeenAt: s.last_seen_at.toISOString(),
    ip: s.ip,
    userAgent: s.user_agent,
  }));
}

export async function revokeSessionByAdmin(
  deps: AppDeps,
  admin: SessionUser,
  ip: string,
  userId: number,
  ref: string,
) {
  await managedUser(deps, admin, userId);
  await deps.db.transaction(async (tx) => {
    if (!(await repo.revokeUserSession(tx, userId, ref, deps.clock.now())))
      throw new AppError('NOT_FOUND', 'Session introuvable.');
    await audit(tx, deps.clock.now(), {
      event: 'admin.user.session_revoked',
      actor: actorOf(admin, ip),
      objectType: 'user',
      objectId: userId,
      details: { session: ref },
    });
  });
}

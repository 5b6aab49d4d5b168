// Who administers what: platform administrators everything; an organisation administrator only
// their own organisation's users and audit entries.
import type { SessionUser } from '@portail/contracts';
import { hasRole } from '../../platform/auth.ts';
import { AppError } from '../../platform/errors.ts';

export const isPlatformAdmin = (u: SessionUser) => hasRole(u, 'admin_plateforme');
export const isOrgAdmin = (u: SessionUser) => hasRole(u, 'admin_organisation');

export function assertAdmin(u: SessionUser): void {
  if (!isPlatformAdmin(u) && !isOrgAdmin(u)) {
    throw new AppError('FORBIDDEN', 'Cette page est réservée aux administrateurs.');
  }
}

export function assertPlatformAdmin(u: SessionUser): void {
  if (!isPlatformAdmin(u))
    throw new AppError('FORBIDDEN', 'Cette action est réservée aux administrateurs de la plateforme.');
}

/** The organisation an administrator's queries are restricted to (undefined: all). */
export const adminScope = (u: SessionUser): number | undefined =>
  isPlatformAdmin(u) ? undefined : u.organisation.id;

// SQL for user administration. MFA devices, recovery codes and throttling rows belong to Portnet ID
// (modules/identity); the administrator's actions on them are the few statements below.
import type { Role } from '@portail/contracts';
import type { Db } from '../../db/client.ts';
import { type SqlFragment, sql } from '../../db/sql.ts';

export interface AdminUserRow {
  id: number;
  username: string;
  email: string;
  display_name: string;
  locale: string;
  roles: Role[];
  status: 'invited' | 'active' | 'disabled';
  must_change_password: boolean;
  organisation_id: number;
  org_code: string;
  mfa_enrolled: boolean;
  locked_until: Date | null;
  active_sessions: number;
  created_at: Date;
}

export interface UserFilter {
  orgId?: number;
  q?: string;
  status?: 'invited' | 'active' | 'disabled';
  now: Date;
}

export async function listUsers(db: Db, f: UserFilter, limit = 500): Promise<AdminUserRow[]> {
  const c: SqlFragment[] = [];
  if (f.orgId !== undefined) c.push(sql`u.organisation_id = ${f.orgId}`);
  if (f.status) c.push(sql`u.status = ${f.status}`);
  if (f.q) {
    const like = `%${f.q.replace(/[\\%_]/g, '\\$&')}%`;
    c.push(sql`(u.username ILIKE ${like} OR u.email ILIKE ${like} OR u.display_name ILIKE ${like})`);
  }
  return db.query<AdminUserRow>(sql`
    SELECT u.id, u.username, u.email, u.display_name, u.locale, u.roles, u.status, u.must_change_password,
           u.organisation_id, o.code AS org_code, u.created_at,
           EXISTS (SELECT 1 FROM totp_device d WHERE d.user_id = u.id AND d.status = 'active') AS mfa_enrolled,
           (SELECT t.locked_until FROM auth_throttle t
             WHERE t.account_key = 'user:' || u.id AND t.locked_until > ${f.now}) AS locked_until,
           (SELECT count(*)::int FROM portal_session s
             WHERE s.user_id = u.id AND s.revoked_at IS NULL AND s.absolute_expires_at > ${f.now}) AS active_sessions
      FROM app_user u JOIN organisation o ON o.id = u.organisation_id
      ${sql.where(c)}
     ORDER BY o.code, u.username LIMIT ${limit}`);
}

export const findUser = async (db: Db, id: number, now: Date) =>
  (
    await db.query<AdminUserRow>(sql`
    SELECT u.id, u.username, u.email, u.display_name, u.locale, u.roles, u.status, u.must_change_password,
           u.organisation_id, o.code AS org_code, u.created_at,
           EXISTS (SELECT 1 FROM totp_device d WHERE d.user_id = u.id AND d.status = 'active') AS mfa_enrolled,
           (SELECT t.locked_until FROM auth_throttle t
             WHERE t.account_key = 'user:' || u.id AND t.locked_until > ${now}) AS locked_until,
           (SELECT count(*)::int FROM portal_session s
             WHERE s.user_id = u.id AND s.revoked_at IS NULL AND s.absolute_expires_at > ${now}) AS active_sessions
      FROM app_user u JOIN organisation o ON o.id = u.organisation_id WHERE u.id = ${id}`)
  )[0];

export async function insertInvitedUser(
  db: Db,
  u: { orgId: number; username: string; email: string; displayName: string; roles: Role[]; now: Date },
): Promise<number> {
  const row = await db.one<{ id: number }>(sql`
    INSERT INTO app_user (organisation_id, username, email, display_name, roles, status, created_at, updated_at)
    VALUES (${u.orgId}, ${u.username}, ${u.email}, ${u.displayName}, ${u.roles}::text[], 'invited', ${u.now}, ${u.now})
    ON CONFLICT DO NOTHING
    RETURNING id`);
  return row?.id ?? 0;
}

export async function updateUser(
  db: Db,
  id: number,
  patch: {
    displayName?: string;
    roles?: Role[];
    status?: 'active' | 'disabled';
    mustChangePassword?: boolean;
  },
  now: Date,
): Promise<void> {
  await db.query(sql`
    UPDATE app_user SET
      display_name = coalesce(${patch.displayName ?? null}, display_name),
      roles = coalesce(${patch.roles ?? null}::text[], roles),
      status = coalesce(${patch.status ?? null}, status),
      must_change_password = coalesce(${patch.mustChangePassword ?? null}, must_change_password),
      updated_at = ${now}
     WHERE id = ${id}`);
}

export const clearLock = (db: Db, userId: number) =>
  db.query(sql`DELETE FROM auth_throttle WHERE account_key = ${`user:${userId}`}`);

/** Retires every MFA device and voids the unused recovery codes: the user enrols again at sign-in. */
export async function retireMfa(db: Db, userId: number, now: Date): Promise<void> {
  await db.query(
    sql`UPDATE totp_device SET status = 'retired', retired_at = ${now} WHERE user_id = ${userId} AND status <> 'retired'`,
  );
  await db.query(sql`
    UPDATE recovery_code SET voided_at = ${now} WHERE user_id = ${userId} AND used_at IS NULL AND voided_at IS NULL`);
}

export interface SessionRow {
  id_hash: string;
  created_at: Date;
  last_seen_at: Date;
  ip: string | null;
  user_agent: string | null;
}

export const listSessions = (db: Db, userId: number, now: Date) =>
  db.query<SessionRow>(sql`
    SELECT id_hash, created_at, last_seen_at, ip, user_agent FROM portal_session
     WHERE user_id = ${userId} AND revoked_at IS NULL AND absolute_expires_at > ${now}
     ORDER BY last_seen_at DESC`);

export async function revokeUserSession(
  db: Db,
  userId: number,
  sessionRef: string,
  now: Date,
): Promise<boolean> {
  // The public reference of a session is a prefix of its hash: the full hash never leaves the server.
  const rows = await db.query(sql`
    UPDATE portal_session SET revoked_at = ${now}
     WHERE user_id = ${userId} AND revoked_at IS NULL AND left(id_hash, 16) = ${sessionRef}
    RETURNING id_hash`);
  return rows.length > 0;
}

export const organisationById = (db: Db, id: number) =>
  db.one<{ id: number; code: string }>(sql`SELECT id, code FROM organisation WHERE id = ${id}`);

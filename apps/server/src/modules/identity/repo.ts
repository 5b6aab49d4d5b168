// SQL of Portnet ID (accounts, devices, recovery codes, throttling, login state, password links).
import type { Db } from '../../db/client.ts';
import { sql } from '../../db/sql.ts';

export interface AccountRow {
  id: number;
  username: string;
  email: string;
  display_name: string;
  /** The language of the account's mails (app_user.locale). */
  locale: string;
  status: string;
  password_hash: string | null;
  organisation_id: number;
  password_changed_at: Date | null;
}

const ACCOUNT_COLUMNS = sql`id, username, email, display_name, locale, status, password_hash, organisation_id, password_changed_at`;

export const findAccountByIdentifier = (db: Db, identifier: string) =>
  db.one<AccountRow>(sql`
    SELECT ${ACCOUNT_COLUMNS} FROM app_user
     WHERE lower(username) = lower(${identifier}) OR lower(email) = lower(${identifier})
     LIMIT 1`);

export const findAccountById = (db: Db, id: number) =>
  db.one<AccountRow>(sql`SELECT ${ACCOUNT_COLUMNS} FROM app_user WHERE id = ${id}`);

export async function setPassword(
  db: Db,
  userId: number,
  hash: string,
  now: Date,
  activate = false,
): Promise<void> {
  await db.query(sql`
    UPDATE app_user SET password_hash = ${hash}, password_changed_at = ${now}, updated_at = ${now},
           must_change_password = false,
           status = CASE WHEN ${activate} AND status = 'invited' THEN 'active' ELSE status END
     WHERE id = ${userId}`);
}

export const updatePasswordHash = (db: Db, userId: number, hash: string) =>
  db.query(sql`UPDATE app_user SET password_hash = ${hash} WHERE id = ${userId}`);

// --- throttling -----------------------------------------------------------------------------

export interface ThrottleRow {
  failures: number;
  window_started_at: Date;
  locked_until: Date | null;
  consecutive: number;
}

export const getThrottle = (db: Db, key: string) =>
  db.one<ThrottleRow>(
    sql`SELECT failures, window_started_at, locked_until, consecutive FROM auth_throttle WHERE account_key = ${key}`,
  );

export async function putThrottle(db: Db, key: string, row: ThrottleRow): Promise<void> {
  await db.query(sql`
    INSERT INTO auth_throttle (account_key, failures, window_started_at, locked_until, consecutive)
    VALUES (${key}, ${row.failures}, ${row.window_started_at}, ${row.locked_until}, ${row.consecutive})
    ON CONFLICT (account_key) DO UPDATE SET failures = EXCLUDED.failures,
      window_started_at = EXCLUDED.window_started_at, locked_until = EXCLUDED.locked_until,
      consecutive = EXCLUDED.consecutive`);
}

export const clearThrottle = (db: Db, key: string) =>
  db.query(sql`DELETE FROM auth_throttle WHERE account_key = ${key}`);

// --- login transactions ---------------------------------------------------------------------

export interface LoginStateRow {
  uid: string;
  user_id: number;
  identifier: string;
  remember: boolean;
  display_name: string;
  username: string;
  email: string;
}

export async function putLoginState(
  db: Db,
  s: { uid: string; userId: number; identifier: string; remember: boolean; now: Date; expiresAt: Date },
): Promise<void> {
  await db.query(sql`
    INSERT INTO id_login_state (uid, user_id, identifier, remember, password_ok_at, expires_at)
    VALUES (${s.uid}, ${s.userId}, ${s.identifier}, ${s.remember}, ${s.now}, ${s.expiresAt})
    ON CONFLICT (uid) DO UPDATE SET user_id = EXCLUDED.user_id, identifier = EXCLUDED.identifier,
      remember = EXCLUDED.remember, password_ok_at = EXCLUDED.password_ok_at, expires_at = EXCLUDED.expires_at`);
}

export const getLoginState = (db: Db, uid: string, now: Date) =>
  db.one<LoginStateRow>(sql`
    SELECT s.uid, s.user_id, s.identifier, s.remember, u.display_name, u.username, u.email
      FROM id_login_state s JOIN app_user u ON u.id = s.user_id AND u.status = 'active'
     WHERE s.uid = ${uid} AND s.expires_at > ${now}`);

export const deleteLoginState = (db: Db, uid: string) =>
  db.query(sql`DELETE FROM id_login_state WHERE uid = ${uid}`);

// --- TOTP devices and recovery codes ----------------------------------------------------------

export interface DeviceRow {
  id: number;
  secret_sealed: string;
  status: 'pending' | 'active';
  created_at: Date;
  activated_at: Date | null;
  last_used_step: number | null;
}

export const findDevice = (db: Db, userId: number, status: 'pending' | 'active') =>
  db.one<DeviceRow>(sql`
    SELECT id, secret_sealed, status, created_at, activated_at, last_used_step FROM totp_device
     WHERE user_id = ${userId} AND status = ${status} ORDER BY id DESC LIMIT 1`);

export async function replacePendingDevice(db: Db, userId: number, sealed: string, now: Date): Promise<void> {
  await db.query(sql`DELETE FROM totp_device WHERE user_id = ${userId} AND status = 'pending'`);
  await db.query(sql`
    INSERT INTO totp_device (user_id, secret_sealed, status, created_at) VALUES (${userId}, ${sealed}, 'pending', ${now})`);
}

/** Retires the active device and activates the pending one, recording the step just used. */
export async function activateDevice(
  db: Db,
  userId: number,
  deviceId: number,
  step: number,
  now: Date,
): Promise<void> {
  await db.query(sql`
    UPDATE totp_device SET status = 'retired', retired_at = ${now} WHERE user_id = ${userId} AND status = 'active'`);
  await db.query(sql`
    UPDATE totp_device SET status = 'active', activated_at = ${now}, last_used_step = ${step} WHERE id = ${deviceId}`);
}

/** Records a used step; false when this step (or a later one) was already used: a replay (S11). */
export async function useStep(db: Db, deviceId: number, step: number): Promise<boolean> {
  const rows = await db.query(sql`
    UPDATE totp_device SET last_used_step = ${step}
     WHERE id = ${deviceId} AND (last_used_step IS NULL OR last_used_step < ${step}) RETURNING id`);
  return rows.length === 1;
}

export async function replaceRecoveryCodes(
  db: Db,
  userId: number,
  hashes: string[],
  now: Date,
): Promise<void> {
  await db.query(sql`
    UPDATE recovery_code SET voided_at = ${now} WHERE user_id = ${userId} AND used_at IS NULL AND voided_at IS NULL`);
  await db.query(sql`
    INSERT INTO recovery_code (user_id, code_hash, created_at)
    SELECT ${userId}, h, ${now} FROM unnest(${hashes}::text[]) AS h`);
}

export async function useRecoveryCode(db: Db, userId: number, hash: string, now: Date): Promise<boolean> {
  const rows = await db.query(sql`
    UPDATE recovery_code SET used_at = ${now}
     WHERE user_id = ${userId} AND code_hash = ${hash} AND used_at IS NULL AND voided_at IS NULL RETURNING id`);
  return rows.length === 1;
}

export const countRecoveryCodes = async (db: Db, userId: number): Promise<number> =>
  (
    await db.one<{ n: number }>(sql`
      SELECT count(*)::int AS n FROM recovery_code WHERE user_id = ${userId} AND used_at IS NULL AND voided_at IS NULL`)
  )?.n ?? 0;

// --- password links -------------------------------------------------------------------------

export async function putPasswordToken(
  db: Db,
  t: { hash: string; userId: number; purpose: 'reset' | 'invitation'; now: Date; expiresAt: Date },
): Promise<void> {
  // One live link per purpose: a new request voids the previous one.
  await db.query(sql`
    UPDATE password_token SET used_at = ${t.now}
     WHERE user_id = ${t.userId} AND purpose = ${t.purpose} AND used_at IS NULL`);
  await db.query(sql`
    INSERT INTO password_token (token_hash, user_id, purpose, created_at, expires_at)
    VALUES (${t.hash}, ${t.userId}, ${t.purpose}, ${t.now}, ${t.expiresAt})`);
}

export const findPasswordToken = (db: Db, hash: string, purpose: 'reset' | 'invitation', now: Date) =>
  db.one<{ user_id: number }>(sql`
    SELECT user_id FROM password_token
     WHERE token_hash = ${hash} AND purpose = ${purpose} AND used_at IS NULL AND expires_at > ${now}`);

/** Marks a link used; false when it was used concurrently. */
export async function usePasswordToken(db: Db, hash: string, now: Date): Promise<boolean> {
  const rows = await db.query(
    sql`UPDATE password_token SET used_at = ${now} WHERE token_hash = ${hash} AND used_at IS NULL RETURNING token_hash`,
  );
  return rows.length === 1;
}

/** Ends the user's Portnet ID sessions (every portal must sign in again). */
export const deleteIdpSessions = (db: Db, userId: number) =>
  db.query(
    sql`DELETE FROM oidc_payload WHERE kind = 'Session' AND payload->>'accountId' = ${String(userId)}`,
  );

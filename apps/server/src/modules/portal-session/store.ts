// Server-side portal sessions. The cookie carries a random token; the database keeps only its
// SHA-256, so a database dump cannot be replayed as cookies. Idle and absolute limits are
// enforced here, on every request (S20).
import type { Role, SessionUser } from '@portail/contracts';
import type { Db } from '../../db/client.ts';
import { sql } from '../../db/sql.ts';
import { MINUTE } from '../../platform/clock.ts';
import { randomToken, sha256Hex } from '../../platform/crypto.ts';
import { type ReadCache, readCacheFor } from '../../platform/read-cache.ts';

export interface SessionLimits {
  idleMs: number;
  absoluteMs: number;
}

export interface NewSession {
  userId: number;
  remember: boolean;
  ip?: string | null;
  userAgent?: string | null;
  idToken?: string | null;
}

export interface ResolvedSession {
  idHash: string;
  createdAt: Date;
  absoluteExpiresAt: Date;
  idToken: string | null;
  /** An administrator asked for a new password: the portal sends the user to change it first. */
  mustChangePassword: boolean;
  user: SessionUser;
}

// Touching last_seen_at on every request would turn every read into a write; a minute of
// granularity is far below the 30-minute idle limit.
const TOUCH_EVERY_MS = MINUTE;

export async function createSession(
  db: Db,
  now: Date,
  limits: SessionLimits,
  s: NewSession,
): Promise<string> {
  const token = randomToken(32);
  await db.query(sql`
    INSERT INTO portal_session (id_hash, user_id, created_at, last_seen_at, absolute_expires_at, remember, ip, user_agent, id_token)
    VALUES (${sha256Hex(token)}, ${s.userId}, ${now}, ${now}, ${new Date(now.getTime() + limits.absoluteMs)},
            ${s.remember}, ${s.ip ?? null}, ${s.userAgent?.slice(0, 300) ?? null}, ${s.idToken ?? null})`);
  return token;
}

interface SessionRow {
  id_hash: string;
  created_at: Date;
  last_seen_at: Date;
  absolute_expires_at: Date;
  id_token: string | null;
  user_id: number;
  username: string;
  email: string;
  display_name: string;
  locale: 'fr' | 'ar' | 'en';
  must_change_password: boolean;
  roles: Role[];
  org_id: number;
  org_code: string;
  org_type: string;
  org_name_fr: string;
  org_name_ar: string;
  org_name_en: string;
}

const sessionRows = new WeakMap<Db, ReadCache<SessionRow | null>>();

/**
 * The live session for a cookie token, or null when unknown, revoked, idle or past its absolute
 * limit. With `cacheMs` > 0 the session row is read from a per-process cache (ADR 0004): a
 * revocation, a deactivation or a role change made through this process drops it at once (every
 * write does); one made by another instance is seen within `cacheMs`. The idle and absolute limits
 * are checked on every request either way.
 */
export async function resolveSession(
  db: Db,
  now: Date,
  limits: SessionLimits,
  token: string,
  cacheMs = 0,
): Promise<ResolvedSession | null> {
  const idHash = sha256Hex(token);
  const row =
    cacheMs > 0
      ? await readCacheFor(sessionRows, db, cacheMs, 10_000).through(idHash, () => readSessionRow(db, idHash))
      : await readSessionRow(db, idHash);
  if (!row) return null;
  const t = now.getTime();
  if (t >= row.absolute_expires_at.getTime() || t - row.last_seen_at.getTime() >= limits.idleMs) {
    await revokeSession(db, now, idHash);
    return null;
  }
  if (t - row.last_seen_at.getTime() >= TOUCH_EVERY_MS) {
    // cacheNeutral: the last-seen time is the only thing this changes, and the cached row is
    // brought up to date just below instead of every cache being dropped.
    await db.query(sql`UPDATE portal_session SET last_seen_at = ${now} WHERE id_hash = ${idHash}`, {
      cacheNeutral: true,
    });
    row.last_seen_at = now;
  }
  return presentSession(idHash, row);
}

async function readSessionRow(db: Db, idHash: string): Promise<SessionRow | null> {
  const row = await db.one<SessionRow>(sql`
    SELECT s.id_hash, s.created_at, s.last_seen_at, s.absolute_expires_at, s.id_token,
           u.id AS user_id, u.username, u.email, u.display_name, u.locale, u.must_change_password, u.roles,
           o.id AS org_id, o.code AS org_code, o.type AS org_type, o.name_fr AS org_name_fr,
           o.name_ar AS org_name_ar, o.name_en AS org_name_en
      FROM portal_session s
      JOIN app_user u ON u.id = s.user_id AND u.status = 'active'
      JOIN organisation o ON o.id = u.organisation_id
     WHERE s.id_hash = ${idHash} AND s.revoked_at IS NULL`);
  return row ?? null;
}

/** A fresh object per request: nothing a handler does to it can reach the cached row. */
function presentSession(idHash: string, row: SessionRow): ResolvedSession {
  return {
    idHash,
    createdAt: row.created_at,
    absoluteExpiresAt: row.absolute_expires_at,
    idToken: row.id_token,
    mustChangePassword: row.must_change_password,
    user: {
      id: row.user_id,
      username: row.username,
      email: row.email,
      displayName: row.display_name,
      locale: row.locale,
      roles: [...row.roles],
      organisation: {
        id: row.org_id,
        code: row.org_code,
        type: row.org_type,
        nameFr: row.org_name_fr,
        nameAr: row.org_name_ar,
        nameEn: row.org_name_en,
      },
    },
  };
}

export async function revokeSession(db: Db, now: Date, idHash: string): Promise<void> {
  await db.query(
    sql`UPDATE portal_session SET revoked_at = ${now} WHERE id_hash = ${idHash} AND revoked_at IS NULL`,
  );
}

/** Revokes every session of a user except one (after a password change or an MFA reset). */
export async function revokeOtherSessions(
  db: Db,
  now: Date,
  userId: number,
  keepIdHash: string | null,
): Promise<number> {
  const rows = await db.query(sql`
    UPDATE portal_session SET revoked_at = ${now}
     WHERE user_id = ${userId} AND revoked_at IS NULL AND id_hash IS DISTINCT FROM ${keepIdHash}
     RETURNING id_hash`);
  return rows.length;
}

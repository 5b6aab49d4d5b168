// oidc-provider's storage in PostgreSQL (table oidc_payload). Every model (Session, Interaction,
// AuthorizationCode, AccessToken, Grant…) is one row; expiry is checked on read, and consumed
// codes keep their row so a second use is detected (S24) rather than silently unknown.
import type { Adapter, AdapterPayload } from 'oidc-provider';
import type { Db } from '../../db/client.ts';
import { sql } from '../../db/sql.ts';
import type { Clock } from '../../platform/clock.ts';
import { findMachineClientMetadata } from './machine-clients.ts';

interface PayloadRow {
  payload: AdapterPayload;
  expires_at: Date | null;
  consumed_at: Date | null;
}

export interface AdapterDeps {
  db: Db;
  clock: Clock;
  masterKey: Buffer;
}

/** Returns the adapter class oidc-provider instantiates once per model name. */
export function postgresAdapter(deps: AdapterDeps): new (name: string) => Adapter {
  const { db, clock } = deps;
  const live = (row: PayloadRow | undefined): AdapterPayload | undefined => {
    if (!row) return undefined;
    if (row.expires_at && row.expires_at.getTime() <= clock.now().getTime()) return undefined;
    return row.consumed_at
      ? { ...row.payload, consumed: Math.floor(row.consumed_at.getTime() / 1000) }
      : row.payload;
  };

  return class PostgresAdapter implements Adapter {
    readonly name: string;
    constructor(name: string) {
      this.name = name;
    }

    async upsert(id: string, payload: AdapterPayload, expiresIn: number): Promise<void> {
      const expiresAt = expiresIn ? new Date(clock.now().getTime() + expiresIn * 1000) : null;
      await db.query(sql`
        INSERT INTO oidc_payload (kind, id, payload, grant_id, user_code, uid, expires_at)
        VALUES (${this.name}, ${id}, ${sql.json(payload)}, ${payload.grantId ?? null},
                ${payload.userCode ?? null}, ${payload.uid ?? null}, ${expiresAt})
        ON CONFLICT (kind, id) DO UPDATE
          SET payload = EXCLUDED.payload, grant_id = EXCLUDED.grant_id, user_code = EXCLUDED.user_code,
              uid = EXCLUDED.uid, expires_at = EXCLUDED.expires_at`);
    }

    async find(id: string): Promise<AdapterPayload | undefined> {
      // Machine clients live in their own table with sealed secrets; portal clients are static.
      if (this.name === 'Client') return findMachineClientMetadata(deps, id);
      return live(
        await db.one<PayloadRow>(
          sql`SELECT payload, expires_at, consumed_at FROM oidc_payload WHERE kind = ${this.name} AND id = ${id}`,
        ),
      );
    }

    async findByUserCode(userCode: string): Promise<AdapterPayload | undefined> {
      return live(
        await db.one<PayloadRow>(
          sql`SELECT payload, expires_at, consumed_at FROM oidc_payload WHERE kind = ${this.name} AND user_code = ${userCode}`,
        ),
      );
    }

    async findByUid(uid: string): Promise<AdapterPayload | undefined> {
      return live(
        await db.one<PayloadRow>(
          sql`SELECT payload, expires_at, consumed_at FROM oidc_payload WHERE kind = ${this.name} AND uid = ${uid}`,
        ),
      );
    }

    async consume(id: string): Promise<void> {
      await db.query(
        sql`UPDATE oidc_payload SET consumed_at = ${clock.now()} WHERE kind = ${this.name} AND id = ${id}`,
      );
    }

    async destroy(id: string): Promise<void> {
      await db.query(sql`DELETE FROM oidc_payload WHERE kind = ${this.name} AND id = ${id}`);
    }

    async revokeByGrantId(grantId: string): Promise<void> {
      await db.query(sql`DELETE FROM oidc_payload WHERE grant_id = ${grantId}`);
    }
  };
}

/** Removes expired rows (periodic job). */
export async function purgeExpiredOidcPayloads(db: Db, now: Date): Promise<void> {
  await db.query(sql`DELETE FROM oidc_payload WHERE expires_at < ${now}`);
  await db.query(sql`DELETE FROM id_login_state WHERE expires_at < ${now}`);
  await db.query(sql`DELETE FROM captcha_spent WHERE expires_at < ${now}`);
}

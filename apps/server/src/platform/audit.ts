// Appends audit rows. Callers pass their transaction so the audit row commits or rolls back
// with the change it describes. Details must never hold a secret (password, code, token, cookie).
import type { Db } from '../db/client.ts';
import { sql } from '../db/sql.ts';

export interface AuditActor {
  userId?: number | null;
  orgId?: number | null;
  label?: string | null;
  ip?: string | null;
}

export interface AuditEntry {
  event: string;
  outcome?: 'success' | 'failure' | 'denied';
  actor?: AuditActor;
  objectType?: string;
  objectId?: string | number;
  details?: Record<string, unknown>;
}

export async function audit(db: Db, at: Date, entry: AuditEntry): Promise<void> {
  const a = entry.actor ?? {};
  await db.query(sql`
    INSERT INTO audit_log (at, event, outcome, actor_user_id, actor_org_id, actor_label, ip, object_type, object_id, details)
    VALUES (${at}, ${entry.event}, ${entry.outcome ?? 'success'}, ${a.userId ?? null}, ${a.orgId ?? null},
            ${a.label ?? null}, ${a.ip ?? null}, ${entry.objectType ?? null},
            ${entry.objectId === undefined ? null : String(entry.objectId)}, ${sql.json(entry.details ?? {})})`);
}

// The audit trail's hash chain. Rows are appended cheaply by audit() inside business
// transactions; seal() then links them in order: hash = SHA-256(prev_hash ‖ canonical row). Any
// row altered afterwards no longer matches its hash, and a deleted row breaks the sequence or the
// link to its successor — verify() reports both.
import type { Db } from '../../db/client.ts';
import { sql } from '../../db/sql.ts';
import { sha256Hex } from '../../platform/crypto.ts';

const SEAL_LOCK = 727_010;
export const GENESIS = '0'.repeat(64);

interface AuditRow {
  id: number;
  at: Date;
  event: string;
  outcome: string;
  actor_user_id: number | null;
  actor_org_id: number | null;
  actor_label: string | null;
  ip: string | null;
  object_type: string | null;
  object_id: string | null;
  details: unknown;
}

/** JSON with object keys sorted, so the same value always gives the same text. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) =>
      a < b ? -1 : a > b ? 1 : 0,
    );
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

export function rowHash(prevHash: string, seq: number, r: AuditRow): string {
  return sha256Hex(
    prevHash +
      canonicalJson([
        seq,
        r.id,
        r.at.toISOString(),
        r.event,
        r.outcome,
        r.actor_user_id,
        r.actor_org_id,
        r.actor_label,
        r.ip,
        r.object_type,
        r.object_id,
        r.details,
      ]),
  );
}

const COLUMNS = sql`id, at, event, outcome, actor_user_id, actor_org_id, actor_label, ip, object_type, object_id, details`;

/** Links up to `batch` unsealed rows to the chain; returns how many were sealed. */
export async function seal(db: Db, batch = 1000): Promise<number> {
  return db.transaction(async (tx) => {
    await tx.query(sql`SELECT pg_advisory_xact_lock(${SEAL_LOCK})`);
    const head = await tx.one<{ chain_seq: number; hash: string }>(
      sql`SELECT chain_seq, hash FROM audit_log WHERE chain_seq IS NOT NULL ORDER BY chain_seq DESC LIMIT 1`,
    );
    const rows = await tx.query<AuditRow>(
      sql`SELECT ${COLUMNS} FROM audit_log WHERE chain_seq IS NULL ORDER BY id LIMIT ${batch}`,
    );
    if (rows.length === 0) return 0;
    let seq = head?.chain_seq ?? 0;
    let prev = head?.hash ?? GENESIS;
    const ids: number[] = [];
    const seqs: number[] = [];
    const prevs: string[] = [];
    const hashes: string[] = [];
    for (const r of rows) {
      seq += 1;
      const h = rowHash(prev, seq, r);
      ids.push(r.id);
      seqs.push(seq);
      prevs.push(prev);
      hashes.push(h);
      prev = h;
    }
    await tx.query(sql`
      UPDATE audit_log a SET chain_seq = v.seq, prev_hash = v.prev, hash = v.h
        FROM unnest(${ids}::bigint[], ${seqs}::bigint[], ${prevs}::text[], ${hashes}::text[]) AS v(id, seq, prev, h)
       WHERE a.id = v.id`);
    return rows.length;
  });
}

export interface VerifyReport {
  checked: number;
  ok: boolean;
  problems: string[];
  unsealed: number;
  head: string;
}

/** Walks the whole chain in order, recomputing every hash. */
export async function verify(db: Db, pageSize = 5000): Promise<VerifyReport> {
  const problems: string[] = [];
  let expectedSeq = 1;
  let prev = GENESIS;
  let checked = 0;
  for (;;) {
    const rows = await db.query<AuditRow & { chain_seq: number; prev_hash: string; hash: string }>(sql`
      SELECT ${COLUMNS}, chain_seq, prev_hash, hash FROM audit_log
       WHERE chain_seq >= ${expectedSeq} ORDER BY chain_seq LIMIT ${pageSize}`);
    if (rows.length === 0) break;
    for (const r of rows) {
      if (r.chain_seq !== expectedSeq) {
        problems.push(`entrées ${expectedSeq} à ${r.chain_seq - 1} absentes (supprimées ?)`);
      }
      if (r.prev_hash !== prev)
        problems.push(`entrée ${r.chain_seq} (id ${r.id}) : lien rompu avec l'entrée précédente`);
      if (rowHash(r.prev_hash, r.chain_seq, r) !== r.hash) {
        problems.push(`entrée ${r.chain_seq} (id ${r.id}) : contenu modifié après scellement`);
      }
      prev = r.hash;
      expectedSeq = r.chain_seq + 1;
      checked += 1;
    }
  }
  const unsealed = (await db.one<{ n: number }>(
    sql`SELECT count(*)::int AS n FROM audit_log WHERE chain_seq IS NULL`,
  ))!.n;
  return { checked, ok: problems.length === 0, problems, unsealed, head: prev };
}

// Applies the SQL files of ./migrations in name order, each once, each in its own transaction.
// An advisory lock makes concurrent starts of several instances safe on a PostgreSQL server.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Db } from './client.ts';
import { sql } from './sql.ts';

const MIGRATIONS_DIR = join(import.meta.dirname, 'migrations');
const LOCK_ID = 727_001;

export function migrationNames(): string[] {
  return readdirSync(MIGRATIONS_DIR)
    .filter((f) => /^\d{4}_[a-z0-9_]+\.sql$/.test(f))
    .sort();
}

/** Extensions live in `public` and are shared by every schema (tests create one schema per file). */
async function ensureExtensions(db: Db): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.query(sql`SELECT pg_advisory_xact_lock(${LOCK_ID - 1})`);
    await tx.query(sql`CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public`);
    await tx.query(sql`CREATE EXTENSION IF NOT EXISTS unaccent WITH SCHEMA public`);
    // Multicolumn GIN indexes (procedure code + text or array) of migration 0205.
    await tx.query(sql`CREATE EXTENSION IF NOT EXISTS btree_gin WITH SCHEMA public`);
  });
}

export async function migrate(db: Db): Promise<string[]> {
  await ensureExtensions(db);
  return db.transaction(async (tx) => {
    await tx.query(sql`SELECT pg_advisory_xact_lock(${LOCK_ID})`);
    await tx.query(sql`CREATE TABLE IF NOT EXISTS schema_migrations (
      name text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())`);
    const done = new Set(
      (await tx.query<{ name: string }>(sql`SELECT name FROM schema_migrations`)).map((r) => r.name),
    );
    const applied: string[] = [];
    for (const name of migrationNames()) {
      if (done.has(name)) continue;
      const text = readFileSync(join(MIGRATIONS_DIR, name), 'utf8');
      await tx.execScript(text);
      await tx.query(sql`INSERT INTO schema_migrations (name) VALUES (${name})`);
      applied.push(name);
    }
    return applied;
  });
}

/** True when every migration file has been applied (used by /readyz). */
export async function isMigrated(db: Db): Promise<boolean> {
  const rows = await db.query<{ name: string }>(sql`SELECT name FROM schema_migrations`);
  const done = new Set(rows.map((r) => r.name));
  return migrationNames().every((n) => done.has(n));
}

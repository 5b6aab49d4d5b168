// One database interface over two drivers: PGlite (embedded, WASM PostgreSQL under DATA_DIR)
// and postgres.js (a real server). Repositories only see `Db`, so the same SQL runs on both.
import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { btree_gin } from '@electric-sql/pglite/contrib/btree_gin';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import postgres from 'postgres';
import type { SqlFragment } from './sql.ts';

export type Row = Record<string, unknown>;

export interface Db {
  readonly kind: 'pglite' | 'postgres';
  /** `cacheNeutral`: a write that changes nothing a per-process cache holds (a session's
   * last-seen time), so it leaves writeEpoch() where it is. */
  query<T = Row>(q: SqlFragment, options?: { cacheNeutral?: boolean }): Promise<T[]>;
  /** First row or undefined. */
  one<T = Row>(q: SqlFragment): Promise<T | undefined>;
  /** Runs a multi-statement script without parameters (migrations only). */
  execScript(text: string): Promise<void>;
  /** Runs fn in a transaction; nested calls reuse the outer transaction. */
  transaction<T>(fn: (tx: Db) => Promise<T>): Promise<T>;
  /** Observes every statement (tests count them to prove there is no N+1). */
  onQuery(listener: (text: string) => void): () => void;
  /**
   * A counter that moves after every write committed through this database handle (a statement
   * other than a SELECT outside a transaction, or any transaction). Per-process caches keep it
   * with what they hold and drop an entry once it has moved (ADR 0004).
   */
  writeEpoch(): number;
  close(): Promise<void>;
}

type Listener = (text: string) => void;

/** Shared by a database handle and the transaction handles it opens. */
interface Shared {
  listeners: Set<Listener>;
  epoch: number;
}

const READ_ONLY = /^\s*select\b/i;

abstract class BaseDb implements Db {
  abstract readonly kind: 'pglite' | 'postgres';
  protected readonly shared: Shared;
  protected readonly inTransaction: boolean;
  protected constructor(shared: Shared, inTransaction: boolean) {
    this.shared = shared;
    this.inTransaction = inTransaction;
  }
  protected abstract run<T>(text: string, values: unknown[]): Promise<T[]>;
  protected abstract begin<T>(fn: (tx: Db) => Promise<T>): Promise<T>;
  abstract execScript(text: string): Promise<void>;
  abstract close(): Promise<void>;

  async query<T = Row>(q: SqlFragment, options?: { cacheNeutral?: boolean }): Promise<T[]> {
    const { text, values } = q.toQuery();
    for (const l of this.shared.listeners) l(text);
    const rows = await this.run<T>(text, values);
    // Moved once the write is committed (here: done, outside a transaction), never before: a
    // reader that saw the old epoch may have read the old data, and must not keep it afterwards.
    if (!this.inTransaction && !options?.cacheNeutral && !READ_ONLY.test(text)) this.shared.epoch++;
    return rows;
  }

  async transaction<T>(fn: (tx: Db) => Promise<T>): Promise<T> {
    if (this.inTransaction) return fn(this);
    try {
      return await this.begin(fn);
    } finally {
      this.shared.epoch++;
    }
  }

  writeEpoch(): number {
    return this.shared.epoch;
  }

  async one<T = Row>(q: SqlFragment): Promise<T | undefined> {
    const rows = await this.query<T>(q);
    return rows[0];
  }

  onQuery(listener: Listener): () => void {
    this.shared.listeners.add(listener);
    return () => this.shared.listeners.delete(listener);
  }
}

interface PgliteLike {
  query<T>(text: string, values: unknown[]): Promise<{ rows: T[] }>;
  exec(text: string): Promise<unknown>;
}

class PgliteDb extends BaseDb {
  readonly kind = 'pglite' as const;
  private readonly conn: PgliteLike;
  private readonly root: PGlite;
  constructor(conn: PgliteLike, root: PGlite, shared: Shared, inTransaction: boolean) {
    super(shared, inTransaction);
    this.conn = conn;
    this.root = root;
  }
  protected async run<T>(text: string, values: unknown[]): Promise<T[]> {
    return (await this.conn.query<T>(text, values)).rows;
  }
  async execScript(text: string): Promise<void> {
    await this.conn.exec(text);
  }
  protected begin<T>(fn: (tx: Db) => Promise<T>): Promise<T> {
    return this.root.transaction((tx) => fn(new PgliteDb(tx, this.root, this.shared, true)));
  }
  async close(): Promise<void> {
    if (!this.root.closed) await this.root.close();
  }
}

class PostgresDb extends BaseDb {
  readonly kind = 'postgres' as const;
  private readonly conn: postgres.Sql | postgres.TransactionSql;
  private readonly root: postgres.Sql;
  constructor(
    conn: postgres.Sql | postgres.TransactionSql,
    root: postgres.Sql,
    shared: Shared,
    inTransaction: boolean,
  ) {
    super(shared, inTransaction);
    this.conn = conn;
    this.root = root;
  }
  protected async run<T>(text: string, values: unknown[]): Promise<T[]> {
    // prepare: named prepared statements are reused per connection, which matters on hot lists.
    const rows = await this.conn.unsafe(text, values as postgres.ParameterOrJSON<never>[], { prepare: true });
    return rows as unknown as T[];
  }
  async execScript(text: string): Promise<void> {
    await this.conn.unsafe(text);
  }
  protected begin<T>(fn: (tx: Db) => Promise<T>): Promise<T> {
    return this.root.begin((tx) => fn(new PostgresDb(tx, this.root, this.shared, true))) as Promise<T>;
  }
  async close(): Promise<void> {
    await this.root.end({ timeout: 5 });
  }
}

export interface OpenDbOptions {
  /** postgres:// URL; when absent, PGlite is used. */
  url?: string;
  /** PGlite data directory; `memory://` for an in-memory database (tests). */
  dataDir?: string;
  /** postgres.js pool size. */
  maxConnections?: number;
  /** schema to use as search_path on a server (tests isolate runs this way). */
  schema?: string;
}

export async function openDb(options: OpenDbOptions): Promise<Db> {
  const shared: Shared = { listeners: new Set<Listener>(), epoch: 0 };
  if (options.url) {
    const root = postgres(options.url, {
      max: options.maxConnections ?? 10,
      onnotice: () => {},
      // int8 as a JS number, as PGlite returns it; every id and count here stays below 2^53.
      types: {
        bigint: { to: 20, from: [20], serialize: (x: number) => String(x), parse: (x: string) => Number(x) },
      },
      connection: options.schema ? { search_path: `${options.schema},public` } : {},
    });
    await root.unsafe('select 1');
    return new PostgresDb(root, root, shared, false);
  }
  const dataDir = options.dataDir ?? 'memory://';
  if (!dataDir.startsWith('memory://')) mkdirSync(dataDir, { recursive: true });
  const root = await PGlite.create(dataDir, { extensions: { btree_gin, pg_trgm, unaccent } });
  return new PgliteDb(root, root, shared, false);
}

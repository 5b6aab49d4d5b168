// Integration test harness: a fresh database per test file — in-memory PGlite by default, or an
// isolated schema on the PostgreSQL server named by TEST_DATABASE_URL (CI runs both).
import { randomBytes } from 'node:crypto';
import type { Role } from '@portail/contracts';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../app.ts';
import { type Config, loadConfig } from '../config.ts';
import { type Db, openDb } from '../db/client.ts';
import { migrate } from '../db/migrate.ts';
import { seedReference } from '../db/seed/reference.ts';
import { sql } from '../db/sql.ts';
import { hashPassword } from '../modules/identity/passwords.ts';
import { createSession } from '../modules/portal-session/store.ts';
import { csrfTokenFor, sessionCookieName, sessionLimits } from '../platform/auth.ts';
import { ManualClock } from '../platform/clock.ts';
import { sha256Hex } from '../platform/crypto.ts';
import type { AppDeps } from '../platform/deps.ts';

export const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL || undefined;
export const dbKind = TEST_DATABASE_URL ? 'postgres' : 'pglite';

export interface TestContext {
  deps: AppDeps & { clock: ManualClock };
  db: Db;
  clock: ManualClock;
  close(): Promise<void>;
}

export function testConfig(overrides: Record<string, string> = {}): Config {
  return loadConfig({
    PUBLIC_URL: 'http://localhost:3000',
    LOG_LEVEL: 'silent',
    DEMO_DATA: 'false',
    ...overrides,
  });
}

export async function createTestContext(
  options: { config?: Record<string, string>; clock?: ManualClock } = {},
): Promise<TestContext> {
  let db: Db;
  let dropSchema: (() => Promise<void>) | undefined;
  if (TEST_DATABASE_URL) {
    const schema = `t_${randomBytes(6).toString('hex')}`;
    const admin = await openDb({ url: TEST_DATABASE_URL, maxConnections: 1 });
    await admin.query(sql`CREATE SCHEMA ${sql.raw(schema)}`);
    db = await openDb({ url: TEST_DATABASE_URL, schema, maxConnections: 4 });
    dropSchema = async () => {
      await admin.query(sql`DROP SCHEMA ${sql.raw(schema)} CASCADE`);
      await admin.close();
    };
  } else {
    db = await openDb({ dataDir: 'memory://' });
  }
  await migrate(db);
  await seedReference(db);
  const clock = options.clock ?? new ManualClock();
  const deps = { config: testConfig(options.config), db, clock, masterKey: randomBytes(32) };
  return {
    deps,
    db,
    clock,
    async close() {
      await db.close();
      await dropSchema?.();
    },
  };
}

export async function createTestApp(
  options: {
    config?: Record<string, string>;
    clock?: ManualClock;
    /** Extra routes for a test, added before the app is sealed. */
    extraRoutes?: (app: FastifyInstance) => void;
    logger?: Parameters<typeof buildApp>[1] extends infer O
      ? O extends { logger?: infer L }
        ? L
        : never
      : never;
  } = {},
): Promise<TestContext & { app: FastifyInstance }> {
  const ctx = await createTestContext(options);
  const app = await buildApp(ctx.deps, { logger: options.logger ?? false, serveWeb: false });
  options.extraRoutes?.(app);
  await app.ready();
  return {
    ...ctx,
    app,
    async close() {
      await app.close();
      await ctx.close();
    },
  };
}

let userCounter = 0;

export interface TestUser {
  id: number;
  username: string;
  email: string;
  password: string;
  orgCode: string;
}

export async function createUser(
  db: Db,
  spec: { org?: string; roles?: Role[]; username?: string; password?: string; status?: string } = {},
): Promise<TestUser> {
  userCounter += 1;
  const username = spec.username ?? `user${userCounter}.${randomBytes(3).toString('hex')}`;
  const password = spec.password ?? 'Correct-Horse-42!';
  const org = spec.org ?? 'MIC';
  const row = await db.one<{ id: number }>(sql`
    INSERT INTO app_user (organisation_id, username, email, display_name, roles, password_hash, status)
    SELECT id, ${username}, ${`${username}@example.ma`}, ${`Utilisateur ${username}`}, ${spec.roles ?? ['agent_instructeur']}::text[],
           ${await hashPassword(password)}, ${spec.status ?? 'active'}
      FROM organisation WHERE code = ${org}
    RETURNING id`);
  if (!row) throw new Error(`unknown organisation ${org}`);
  return { id: row.id, username, email: `${username}@example.ma`, password, orgCode: org };
}

export interface SignedIn {
  cookie: string;
  csrf: string;
  /** Headers for a same-origin state-changing request. */
  headers: Record<string, string>;
}

/**
 * A portal session for a user, created directly in the store (the OIDC journey itself is
 * covered by the identity tests). Lets other modules' tests act as any user.
 */
export async function signInAs(ctx: TestContext, userId: number): Promise<SignedIn> {
  const token = await createSession(ctx.db, ctx.clock.now(), sessionLimits(ctx.deps), {
    userId,
    remember: false,
  });
  const cookie = `${sessionCookieName(ctx.deps)}=${token}`;
  const csrf = csrfTokenFor(ctx.deps, sha256Hex(token));
  return { cookie, csrf, headers: { cookie, 'x-csrf-token': csrf, origin: 'http://localhost:3000' } };
}

// Starts the real portal (apps/server/src/main.ts) against a benchmark database and signs a user in
// by creating a session row, as the test harness does (the OIDC journey is not what is measured).
import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadConfig } from '../../apps/server/src/config.ts';
import { type Db, openDb } from '../../apps/server/src/db/client.ts';
import { sql } from '../../apps/server/src/db/sql.ts';
import { createSession } from '../../apps/server/src/modules/portal-session/store.ts';
import { csrfTokenFor, sessionCookieName, sessionLimits } from '../../apps/server/src/platform/auth.ts';
import { systemClock } from '../../apps/server/src/platform/clock.ts';
import { sha256Hex } from '../../apps/server/src/platform/crypto.ts';
import { loadMasterKey } from '../../apps/server/src/platform/secrets.ts';

const root = join(import.meta.dirname, '../..');

/**
 * The V8 flags `npm start` gives the portal (package.json), so a bench measures what runs: a small
 * young generation and a 256 MB old-space ceiling keep V8 from growing the heap far beyond the live
 * data under load (docs/operations.md, « Mémoire »).
 */
export const PORTAL_NODE_FLAGS: string[] = (
  JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).scripts.start as string
)
  .split(/\s+/)
  .filter((a) => a.startsWith('--'));

export interface Portal {
  child: ChildProcess;
  port: number;
  stop(): Promise<void>;
}

export async function startPortal(env: Record<string, string>, port: number): Promise<Portal> {
  // BENCH_CPU_PROF_DIR=<dir>: the portal writes a V8 CPU profile there when it stops (open it in
  // Chrome DevTools) — to see where a request's time goes.
  const profile = process.env.BENCH_CPU_PROF_DIR
    ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROF_DIR}`]
    : [];
  const child = spawn(
    process.execPath,
    [...PORTAL_NODE_FLAGS, ...profile, join(root, 'apps/server/src/main.ts')],
    {
      cwd: root,
      env: {
        ...process.env,
        ...env,
        PORT: String(port),
        PUBLIC_URL: `http://localhost:${port}`,
        LOG_LEVEL: 'warn',
        HOST: '127.0.0.1',
      },
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
  const t0 = performance.now();
  for (;;) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/readyz`)).ok) break;
    } catch {
      // not yet
    }
    if (child.exitCode !== null) throw new Error(`portal exited with ${child.exitCode}`);
    if (performance.now() - t0 > 600_000) throw new Error('portal not ready after 600 s');
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    child,
    port,
    stop: async () => {
      const done = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await done;
    },
  };
}

/** A session for a bench user of `org` with `roles` (created once), returned as request headers. */
export async function benchSession(
  env: Record<string, string>,
  db: Db,
  org: string,
  roles: string[],
): Promise<{ cookie: string; csrf: string }> {
  const config = loadConfig({ ...process.env, ...env, PUBLIC_URL: 'http://localhost:3000' });
  const username = `bench.${org.toLowerCase()}.${roles[0]}`;
  await db.query(sql`
    INSERT INTO app_user (organisation_id, username, email, display_name, roles)
    SELECT id, ${username}, ${`${username}@bench.example.ma`}, ${`Bench ${org}`}, ${roles}::text[] FROM organisation WHERE code = ${org}
    ON CONFLICT DO NOTHING`);
  const user = await db.one<{ id: number }>(sql`SELECT id FROM app_user WHERE lower(username) = ${username}`);
  const deps = { config, db, clock: systemClock, masterKey: loadMasterKey(config) };
  const token = await createSession(db, new Date(), sessionLimits(deps), {
    userId: user!.id,
    remember: false,
  });
  return { cookie: `${sessionCookieName(deps)}=${token}`, csrf: csrfTokenFor(deps, sha256Hex(token)) };
}

export async function openBenchDb(url: string): Promise<Db> {
  return openDb({ url, maxConnections: 2 });
}

export const ROOT = root;

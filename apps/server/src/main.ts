// Entry point: config → database → migrations → reference (and demo) data → HTTP server.
// SIGTERM/SIGINT close the server first (in-flight requests finish), then the database, so a
// stop never leaves the embedded PGlite files half-written.
import { join } from 'node:path';
import { buildApp } from './app.ts';
import { ConfigError, loadConfig } from './config.ts';
import { openDb } from './db/client.ts';
import { migrate } from './db/migrate.ts';
import { seedDemo } from './db/seed/demo.ts';
import { seedReference } from './db/seed/reference.ts';
import { systemClock } from './platform/clock.ts';
import { loadMasterKey } from './platform/secrets.ts';
import { startWorkers } from './platform/workers.ts';

async function main(): Promise<void> {
  let config: ReturnType<typeof loadConfig>;
  try {
    config = loadConfig();
  } catch (e) {
    if (e instanceof ConfigError) {
      process.stderr.write(`${e.message}\nVoir README.md et .env.example.\n`);
      process.exit(78);
    }
    throw e;
  }
  const db = await openDb({ url: config.DATABASE_URL, dataDir: join(config.DATA_DIR, 'pglite') });
  const deps = { config, db, clock: systemClock, masterKey: loadMasterKey(config) };
  await migrate(db);
  await seedReference(db);
  if (config.demoData) await seedDemo(deps);

  const app = await buildApp(deps);
  const workers = startWorkers(deps, app.log);

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    app.log.info({ signal }, 'arrêt demandé : fin des requêtes en cours');
    const force = setTimeout(() => process.exit(1), 15_000);
    force.unref();
    try {
      await workers.stop();
      await app.close();
      await db.close();
    } finally {
      process.exit(0);
    }
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));

  await app.listen({ port: config.PORT, host: config.HOST });
  app.log.info(
    { url: config.PUBLIC_URL, database: config.embedded ? 'pglite' : 'postgres' },
    'Portail MIC prêt',
  );
}

await main();

// npm run seed -- --dossiers N [--operators M]
// Loads reference data and the procedure catalogue, then generates N dossiers (and operators)
// into the configured database (DATABASE_URL, else the embedded PGlite under DATA_DIR).
// Prints the time taken; docs/operations.md records the figures measured here.
import { join } from 'node:path';
import { loadConfig } from '../../config.ts';
import { catalogueFor } from '../../modules/catalogue/service.ts';
import { rebuild as rebuildDashboard } from '../../modules/dashboard/repo.ts';
import { systemClock } from '../../platform/clock.ts';
import { openDb } from '../client.ts';
import { migrate } from '../migrate.ts';
import { sql } from '../sql.ts';
import { generateDossiers } from './dossiers/generate.ts';
import { seedReference } from './reference.ts';

function arg(name: string): number | undefined {
  const i = process.argv.indexOf(`--${name}`);
  if (i < 0) return undefined;
  const v = Number(process.argv[i + 1]);
  if (!Number.isInteger(v) || v < 0 || v > 20_000_000) {
    process.stderr.write(`--${name} attend un entier entre 0 et 20 000 000\n`);
    process.exit(64);
  }
  return v;
}

const count = arg('dossiers') ?? 2000;
const config = loadConfig();
const db = await openDb({
  url: config.DATABASE_URL,
  dataDir: join(config.DATA_DIR, 'pglite'),
  maxConnections: 2,
});
const t0 = performance.now();
await migrate(db);
await seedReference(db);
const cat = await catalogueFor({ db, clock: systemClock });
const t1 = performance.now();
process.stdout.write(
  `Base : ${config.DATABASE_URL ? 'PostgreSQL' : 'PGlite'} — génération de ${count} dossiers…\n`,
);
await generateDossiers(db, cat, {
  count,
  now: new Date(),
  rebuildIndexes: count >= 100_000,
  onProgress: (done, total) =>
    process.stdout.write(
      `  ${done.toLocaleString('fr-FR')} / ${total.toLocaleString('fr-FR')} (${((performance.now() - t1) / 1000).toFixed(1)} s)\n`,
    ),
});
// Fresh rows are not yet all-visible: VACUUM sets the visibility map so that list counts use
// index-only scans from the first request.
await db.query(sql`VACUUM ANALYZE dossier`);
const t2 = performance.now();
if (count >= 100_000) {
  // A bulk load skips the dossier triggers (superuser, session_replication_role = replica) or
  // leaves as many dashboard deltas as rows: the dashboard's rollups are recomputed from the
  // tables once, so the Tableau de bord is right from its first request.
  process.stdout.write('Tableau de bord : calcul des agrégats…\n');
  await rebuildDashboard(db);
}
const t3 = performance.now();
const totals = await db.one<{ dossiers: number; lines: number; events: number; operators: number }>(sql`
  SELECT (SELECT count(*)::int FROM dossier) AS dossiers, (SELECT count(*)::int FROM dossier_goods_line) AS lines,
         (SELECT count(*)::int FROM dossier_event) AS events, (SELECT count(*)::int FROM operator) AS operators`);
process.stdout.write(
  `Terminé en ${((t3 - t0) / 1000).toFixed(1)} s (préparation ${((t1 - t0) / 1000).toFixed(1)} s, génération et index ${((t2 - t1) / 1000).toFixed(1)} s, agrégats du tableau de bord ${((t3 - t2) / 1000).toFixed(1)} s).\n` +
    `Total en base : ${totals?.dossiers} dossiers, ${totals?.lines} lignes de marchandises, ${totals?.events} événements, ${totals?.operators} opérateurs.\n`,
);
await db.close();

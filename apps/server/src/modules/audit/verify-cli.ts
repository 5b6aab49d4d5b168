// `npm run audit:verify`: checks the audit trail's hash chain and exits 1 when it was tampered with.
// On the embedded database, stop the portal first (PGlite is opened by one process at a time).
import { join } from 'node:path';
import { loadConfig } from '../../config.ts';
import { openDb } from '../../db/client.ts';
import { seal, verify } from './chain.ts';

const config = loadConfig();
const db = await openDb({
  url: config.DATABASE_URL,
  dataDir: join(config.DATA_DIR, 'pglite'),
  maxConnections: 1,
});
try {
  await seal(db);
  const report = await verify(db);
  process.stdout.write(
    `Journal d'audit : ${report.checked} entrées vérifiées, ${report.unsealed} en attente de scellement.\n`,
  );
  process.stdout.write(`Empreinte de tête : ${report.head}\n`);
  for (const p of report.problems) process.stdout.write(`ANOMALIE : ${p}\n`);
  process.stdout.write(report.ok ? 'Chaîne intègre.\n' : 'Chaîne ALTÉRÉE.\n');
  process.exitCode = report.ok ? 0 : 1;
} finally {
  await db.close();
}

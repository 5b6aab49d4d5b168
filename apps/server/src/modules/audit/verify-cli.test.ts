// `npm run audit:verify` as an operator runs it: a separate process on the same data.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDb } from '../../db/client.ts';
import { migrate } from '../../db/migrate.ts';
import { sql } from '../../db/sql.ts';
import { audit } from '../../platform/audit.ts';

const dataDir = mkdtempSync(join(tmpdir(), 'portail-audit-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

const runCli = () =>
  spawnSync(process.execPath, [join(import.meta.dirname, 'verify-cli.ts')], {
    env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '', LOG_LEVEL: 'silent' },
    encoding: 'utf8',
  });

describe('npm run audit:verify', () => {
  it('passes on an intact trail and fails once a row was altered by hand', async () => {
    const db = await openDb({ dataDir: join(dataDir, 'pglite') });
    await migrate(db);
    for (let i = 0; i < 5; i++) {
      await audit(db, new Date(), { event: 'auth.login', actor: { label: `user${i}` }, details: { i } });
    }
    await db.close();

    const intact = runCli();
    expect(intact.stdout).toContain('5 entrées vérifiées');
    expect(intact.stdout).toContain('Chaîne intègre.');
    expect(intact.status).toBe(0);

    const db2 = await openDb({ dataDir: join(dataDir, 'pglite') });
    await db2.query(sql`UPDATE audit_log SET outcome = 'failure' WHERE chain_seq = 3`);
    await db2.close();

    const altered = runCli();
    expect(altered.stdout).toContain('Chaîne ALTÉRÉE.');
    expect(altered.stdout).toMatch(/entrée 3 .*contenu modifié/);
    expect(altered.status).toBe(1);
  });
});

// `npm test`: lint, typecheck, unit + integration tests on PGlite, again on PostgreSQL when
// TEST_DATABASE_URL is set, then the e2e journeys in Chromium (embedded database, and a fresh
// PostgreSQL database too when TEST_DATABASE_URL is set). Ends with one line "N passed, N failed".
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import postgres from 'postgres';

const root = join(import.meta.dirname, '..');
const results = join(root, 'test-results');
rmSync(results, { recursive: true, force: true });
mkdirSync(results, { recursive: true });
const bin = (name: string) => join(root, 'node_modules/.bin', name);
const pgUrl = process.env.TEST_DATABASE_URL || '';
const ci = process.env.CI === 'true';

interface Tally {
  suite: string;
  passed: number;
  failed: number;
  skipped: number;
}
const tallies: Tally[] = [];

function run(cmd: string, args: string[], env: Record<string, string | undefined> = {}): number {
  process.stdout.write(`\n▶ ${[cmd, ...args].join(' ')}\n`);
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  return r.status ?? 1;
}

function check(suite: string, cmd: string, args: string[]): void {
  const ok = run(cmd, args) === 0;
  tallies.push({ suite, passed: ok ? 1 : 0, failed: ok ? 0 : 1, skipped: 0 });
}

function vitest(suite: string, env: Record<string, string | undefined>): void {
  const out = join(results, `${suite}.json`);
  const status = run(
    bin('vitest'),
    ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${out}`],
    env,
  );
  if (!existsSync(out)) {
    tallies.push({ suite, passed: 0, failed: 1, skipped: 0 });
    return;
  }
  const r = JSON.parse(readFileSync(out, 'utf8'));
  const failedSuites = status !== 0 && r.numFailedTests === 0 ? 1 : 0; // e.g. a file that failed to load
  tallies.push({
    suite,
    passed: r.numPassedTests,
    failed: r.numFailedTests + failedSuites,
    skipped: r.numPendingTests + r.numTodoTests,
  });
}

function playwright(suite: string, env: Record<string, string | undefined>): void {
  const out = join(results, `${suite}.json`);
  const status = run(bin('playwright'), ['test', '--reporter=list,json'], {
    ...env,
    PLAYWRIGHT_JSON_OUTPUT_NAME: out,
  });
  if (!existsSync(out)) {
    tallies.push({ suite, passed: 0, failed: 1, skipped: 0 });
    return;
  }
  const s = JSON.parse(readFileSync(out, 'utf8')).stats;
  const failed = s.unexpected + (status !== 0 && s.unexpected === 0 ? 1 : 0);
  tallies.push({ suite, passed: s.expected + s.flaky, failed, skipped: s.skipped });
}

if (ci && !pgUrl) {
  process.stderr.write('CI=true but TEST_DATABASE_URL is not set: PostgreSQL tests must not be skipped.\n');
  process.exit(1);
}
if (!existsSync('/usr/bin/chromium')) {
  process.stderr.write(
    '/usr/bin/chromium is missing: install it (apt-get install chromium); e2e tests must not be skipped.\n',
  );
  process.exit(1);
}

check('lint', bin('biome'), ['check', '.']);
check('typecheck', 'npm', ['run', '--silent', 'typecheck']);
vitest('vitest-pglite', { TEST_DATABASE_URL: '' });
if (pgUrl) vitest('vitest-postgres', { TEST_DATABASE_URL: pgUrl });
check('build-web', bin('vite'), ['build', 'apps/web', '--logLevel', 'warn']);
playwright('e2e-pglite', { E2E_DATABASE_URL: '' });
if (pgUrl) {
  const name = `e2e_${randomBytes(5).toString('hex')}`;
  const admin = postgres(pgUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`CREATE DATABASE ${name}`);
  try {
    const url = new URL(pgUrl);
    url.pathname = `/${name}`;
    playwright('e2e-postgres', { E2E_DATABASE_URL: url.toString(), E2E_PORT: '3101' });
  } finally {
    await admin.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  }
}

process.stdout.write('\nRésumé :\n');
for (const t of tallies)
  process.stdout.write(
    `  ${t.suite.padEnd(16)} ${t.passed} passed, ${t.failed} failed, ${t.skipped} skipped\n`,
  );
const total = tallies.reduce(
  (a, t) => ({ passed: a.passed + t.passed, failed: a.failed + t.failed, skipped: a.skipped + t.skipped }),
  {
    passed: 0,
    failed: 0,
    skipped: 0,
  },
);
process.stdout.write(`${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped\n`);
process.exit(total.failed > 0 ? 1 : 0);

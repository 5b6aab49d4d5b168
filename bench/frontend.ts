// bench/frontend: the JavaScript a browser downloads (compressed bytes, as sent) to show the sign-in
// page and the dashboard, and the time until each is usable, in the system Chromium on demo data.
// Budget (DESIGN.md §6): ≤ 250 KB of initial JavaScript; usable within 1.5 s.
// Needs the PostgreSQL server (TEST_DATABASE_URL or postgres://postgres@127.0.0.1:5432/test) to
// open a session for the dashboard without a human solving the CAPTCHA.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import postgres from 'postgres';
import { openDb } from '../apps/server/src/db/client.ts';
import { sql } from '../apps/server/src/db/sql.ts';
import { createSession } from '../apps/server/src/modules/portal-session/store.ts';
import { machineLine } from './lib/machine.ts';

const root = join(import.meta.dirname, '..');
const admin = process.env.TEST_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/test';
const dbName = `bench_front_${randomBytes(3).toString('hex')}`;
const url = new URL(admin);
url.pathname = `/${dbName}`;
const port = 3700 + Math.floor(Math.random() * 200);
const base = `http://localhost:${port}`;

spawnSync(
  process.execPath,
  [join(root, 'node_modules/vite/bin/vite.js'), 'build', join(root, 'apps/web'), '--logLevel', 'error'],
  {
    stdio: 'inherit',
  },
);
const pg = postgres(admin, { max: 1, onnotice: () => {} });
await pg.unsafe(`CREATE DATABASE ${dbName}`);
let server: ChildProcess | undefined;
try {
  server = spawn(process.execPath, [join(root, 'apps/server/src/main.ts')], {
    env: {
      ...process.env,
      PORT: String(port),
      PUBLIC_URL: base,
      DATABASE_URL: url.toString(),
      SECRETS_KEY: randomBytes(32).toString('base64'),
      DEMO_DATA: 'true',
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  for (let i = 0; i < 600; i++) {
    if (
      await fetch(`${base}/readyz`)
        .then((r) => r.ok)
        .catch(() => false)
    )
      break;
    await new Promise((r) => setTimeout(r, 200));
  }
  const db = await openDb({ url: url.toString(), maxConnections: 1 });
  const user = await db.one<{ id: number }>(sql`SELECT id FROM app_user WHERE username = 'mic.chef'`);
  const token = await createSession(
    db,
    new Date(),
    { idleMs: 3_600_000, absoluteMs: 43_200_000 },
    { userId: user!.id, remember: false },
  );
  await db.close();

  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu'],
  });
  const jsKb = async (page: Page) =>
    (await page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .filter((e) => e.name.endsWith('.js'))
        .reduce((sum, e) => sum + (e as PerformanceResourceTiming).encodedBodySize, 0),
    )) / 1024;
  const measure = async (
    path: string,
    ready: (p: Page) => Promise<unknown>,
    cookie?: string,
    complete?: (p: Page) => Promise<unknown>,
  ) => {
    const ctx = await browser.newContext();
    if (cookie) await ctx.addCookies([{ name: 'mic_session', value: cookie, url: base }]);
    const page = await ctx.newPage();
    const t0 = Date.now();
    await page.goto(`${base}${path}`);
    await ready(page);
    const ms = Date.now() - t0;
    const kb = await jsKb(page);
    // What follows once the page is usable (the dashboard's charts, a chunk of their own).
    let after: { ms: number; kb: number } | undefined;
    if (complete) {
      await complete(page);
      await page.waitForLoadState('networkidle');
      after = { ms: Date.now() - t0, kb: await jsKb(page) };
    }
    await ctx.close();
    return { ms, kb, after };
  };
  const pages: {
    label: string;
    ready: (p: Page) => Promise<unknown>;
    cookie?: string;
    complete?: (p: Page) => Promise<unknown>;
  }[] = [
    {
      label: 'sign-in page',
      ready: (p: Page) => p.getByRole('heading', { name: 'Accéder à mon espace' }).waitFor(),
    },
    {
      label: 'dashboard',
      ready: (p: Page) => p.locator('main h1').first().waitFor(),
      cookie: token,
      // The charts sit below the first screen and are drawn when scrolled to.
      complete: async (p: Page) => {
        await p.locator('main section[aria-label]').first().scrollIntoViewIfNeeded();
        await p.locator('svg.recharts-surface').first().waitFor();
      },
    },
  ];
  console.log(machineLine('PostgreSQL, demo data'));
  for (const pageSpec of pages) {
    const { ready, cookie, complete } = pageSpec;
    await measure('/portail/tableau-de-bord', ready, cookie); // warms the server
    const m = await measure('/portail/tableau-de-bord', ready, cookie, complete);
    console.log(
      `${pageSpec.label.padEnd(14)} initial JavaScript ${m.kb.toFixed(0).padStart(4)} KB compressed (budget 250) · usable in ${m.ms} ms (budget 1500), empty browser cache`,
    );
    if (m.after)
      console.log(
        `${''.padEnd(14)} then, scrolled to the charts and drawn: ${m.after.kb.toFixed(0).padStart(4)} KB of JavaScript in all, at ${m.after.ms} ms`,
      );
  }
  await browser.close();
} finally {
  server?.kill('SIGTERM');
  await new Promise((r) => setTimeout(r, 1500));
  await pg.unsafe(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
  await pg.end();
}

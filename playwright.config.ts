// E2E in the system Chromium (never a downloaded browser) against a real portal process: a fresh
// embedded database by default, or a fresh database on the PostgreSQL server named by
// E2E_DATABASE_URL (scripts/test-all.ts creates and drops it).
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig, devices } from '@playwright/test';

const port = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://localhost:${port}`;
const dataDir = process.env.E2E_DATA_DIR ?? mkdtempSync(join(tmpdir(), 'portail-e2e-'));
process.env.E2E_DATA_DIR = dataDir; // workers re-evaluate this file: keep one directory

const serverEnv: Record<string, string> = {
  PORT: String(port),
  PUBLIC_URL: baseURL,
  DATA_DIR: dataDir,
  DEMO_DATA: 'true',
  LOG_LEVEL: 'warn',
  // The customs system is played by e2e/support/customs-server.ts (globalSetup).
  CUSTOMS_ENDPOINT_URL: `http://127.0.0.1:${process.env.E2E_CUSTOMS_PORT ?? port + 1000}/badr/decisions`,
  CUSTOMS_INBOUND_TOKEN: 'e2e-douane-inbound-token-0123456789abcdef',
};
if (process.env.E2E_DATABASE_URL) {
  serverEnv.DATABASE_URL = process.env.E2E_DATABASE_URL;
  serverEnv.SECRETS_KEY = Buffer.alloc(32, 7).toString('base64');
}

export default defineConfig({
  testDir: 'e2e',
  testMatch: '**/*.spec.ts',
  globalSetup: './e2e/support/customs-server.ts',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [['list'], ['json', { outputFile: 'test-results/e2e.json' }]] : [['list']],
  use: {
    baseURL,
    locale: 'fr-FR',
    timezoneId: 'Africa/Casablanca',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: {
          executablePath: '/usr/bin/chromium',
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-quic',
            '--no-first-run',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
          ],
        },
      },
    },
  ],
  webServer: {
    command: 'node apps/server/src/main.ts',
    url: `${baseURL}/readyz`,
    env: { ...process.env, ...serverEnv } as Record<string, string>,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});

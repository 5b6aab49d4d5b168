// The real entry point as a process: it starts on a fresh embedded database, stops cleanly on
// SIGTERM, and a SIGKILL (power cut) never leaves the PGlite data unusable.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const dataDir = mkdtempSync(join(tmpdir(), 'portail-main-'));
const port = 3500 + Math.floor(Math.random() * 400);
const base = `http://127.0.0.1:${port}`;
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

function start(): { child: ChildProcess; output: () => string } {
  let out = '';
  const child = spawn(process.execPath, [join(import.meta.dirname, 'main.ts')], {
    env: {
      ...process.env,
      PORT: String(port),
      DATA_DIR: dataDir,
      PUBLIC_URL: `http://localhost:${port}`,
      DATABASE_URL: '',
      LOG_LEVEL: 'info',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (d) => (out += d));
  child.stderr?.on('data', (d) => (out += d));
  return { child, output: () => out };
}

async function waitReady(child: ChildProcess): Promise<void> {
  const t0 = Date.now();
  while (Date.now() - t0 < 60_000) {
    if (child.exitCode !== null) throw new Error(`exited with ${child.exitCode}`);
    try {
      if ((await fetch(`${base}/readyz`)).ok) return;
    } catch {
      // not yet listening
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('not ready in 60 s');
}

const exited = (child: ChildProcess) =>
  new Promise<number | null>((r) => child.once('exit', (code) => r(code)));

describe('the portal process', () => {
  it('starts on a fresh embedded database, logs JSON with request ids, and stops cleanly on SIGTERM', async () => {
    const p = start();
    await waitReady(p.child);
    const res = await fetch(`${base}/healthz`);
    expect(res.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    const done = exited(p.child);
    p.child.kill('SIGTERM');
    expect(await done).toBe(0);
    const lines = p
      .output()
      .trim()
      .split('\n')
      .filter((l) => l.startsWith('{'));
    expect(lines.length).toBeGreaterThan(0);
    for (const l of lines) expect(() => JSON.parse(l)).not.toThrow();
    expect(p.output()).toContain('arrêt demandé');
  });

  it('restarts on the same data after a SIGKILL, with every migration applied', async () => {
    const p = start();
    await waitReady(p.child);
    const killed = exited(p.child);
    p.child.kill('SIGKILL');
    await killed;
    const again = start();
    await waitReady(again.child);
    const ready = await (await fetch(`${base}/readyz`)).json();
    expect(ready).toEqual({ status: 'ok' });
    const done = exited(again.child);
    again.child.kill('SIGTERM');
    expect(await done).toBe(0);
  });
});

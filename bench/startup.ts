// bench/startup: time from `npm start` to /readyz answering, on a fresh embedded database and on an
// existing one, and the process's RSS once idle. Goals: ≤ 10 s fresh, ≤ 3 s existing.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { machineLine } from './lib/machine.ts';

const root = join(import.meta.dirname, '..');
const port = 3300 + Math.floor(Math.random() * 500);
const dataDir = mkdtempSync(join(tmpdir(), 'portail-startup-'));

// Make sure the web client is built, so the measure is the server's start, not a build.
spawnSync(
  process.execPath,
  [join(root, 'node_modules/vite/bin/vite.js'), 'build', join(root, 'apps/web'), '--logLevel', 'error'],
  {
    stdio: 'inherit',
  },
);

async function startAndMeasure(label: string): Promise<{ ms: number; child: ChildProcess }> {
  const t0 = performance.now();
  const child = spawn(process.execPath, [join(root, 'scripts/start.ts')], {
    cwd: root,
    env: {
      ...process.env,
      PORT: String(port),
      DATA_DIR: dataDir,
      PUBLIC_URL: `http://localhost:${port}`,
      LOG_LEVEL: 'warn',
      DATABASE_URL: '',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  for (;;) {
    try {
      const res = await fetch(`http://127.0.0.1:${port}/readyz`);
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    if (child.exitCode !== null) throw new Error(`${label}: the portal exited with ${child.exitCode}`);
    if (performance.now() - t0 > 120_000) throw new Error(`${label}: not ready after 120 s`);
    await new Promise((r) => setTimeout(r, 50));
  }
  return { ms: performance.now() - t0, child };
}

async function stop(child: ChildProcess): Promise<void> {
  const done = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  await done;
}

const rssMb = (pid: number) => {
  const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Number(m[1]) / 1024 : Number.NaN;
};

try {
  console.log(machineLine('PGlite (embedded)'));
  const fresh = await startAndMeasure('fresh');
  console.log(`start → /readyz, fresh embedded database:    ${(fresh.ms / 1000).toFixed(2)} s (goal ≤ 10 s)`);
  await new Promise((r) => setTimeout(r, 5000));
  console.log(`RSS idle after start (fresh):                ${rssMb(fresh.child.pid!).toFixed(0)} MB`);
  await stop(fresh.child);
  const again = await startAndMeasure('existing');
  console.log(`start → /readyz, existing embedded database: ${(again.ms / 1000).toFixed(2)} s (goal ≤ 3 s)`);
  await new Promise((r) => setTimeout(r, 5000));
  console.log(`RSS idle after start (existing):             ${rssMb(again.child.pid!).toFixed(0)} MB`);
  await stop(again.child);
} finally {
  rmSync(dataDir, { recursive: true, force: true });
}

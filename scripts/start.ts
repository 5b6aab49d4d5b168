// `npm start`: builds the web client when it is missing or older than its sources, then starts the
// portal. The build runs in a child process so the server does not carry the bundler in memory.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const web = join(root, 'apps/web');
const dist = join(web, 'dist/index.html');

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(p) : statSync(p).mtimeMs);
  }
  return newest;
}

const sources = [join(web, 'src'), join(root, 'packages/contracts/src')];
const stale =
  !existsSync(dist) ||
  Math.max(...sources.map(newestMtime), statSync(join(web, 'index.html')).mtimeMs) > statSync(dist).mtimeMs;
if (stale) {
  process.stdout.write('Construction du client web…\n');
  const r = spawnSync(
    process.execPath,
    [join(root, 'node_modules/vite/bin/vite.js'), 'build', web, '--logLevel', 'warn'],
    {
      stdio: 'inherit',
    },
  );
  if (r.status !== 0) process.exit(r.status ?? 1);
}
await import('../apps/server/src/main.ts');

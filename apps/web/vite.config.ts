import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

const outDir = join(import.meta.dirname, 'dist');

/** Writes .br and .gz next to every text asset so the server sends them without compressing per request. */
function precompress(): Plugin {
  // The folder actually written: `--outDir` (a parallel e2e run's own folder) overrides the config's.
  let writtenDir = outDir;
  return {
    name: 'portail-precompress',
    apply: 'build',
    configResolved(config) {
      writtenDir = resolve(config.root, config.build.outDir);
    },
    closeBundle() {
      const walk = (dir: string): string[] =>
        readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
          e.isDirectory()
            ? walk(join(dir, e.name))
            : /\.(js|css|html|svg|json)$/.test(e.name)
              ? [join(dir, e.name)]
              : [],
        );
      // Small files too: a first page loads dozens of sub-kilobyte chunks, which brotli still
      // shrinks by about 40 %. A compressed copy is written only when it is smaller.
      for (const file of walk(writtenDir)) {
        const data = readFileSync(file);
        const gz = gzipSync(data, { level: 9 });
        if (gz.length < data.length) writeFileSync(`${file}.gz`, gz);
        const br = brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } });
        if (br.length < data.length) writeFileSync(`${file}.br`, br);
      }
    },
  };
}

export default defineConfig({
  root: import.meta.dirname,
  plugins: [react(), precompress()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: false,
    chunkSizeWarningLimit: 800,
    rolldownOptions: {
      output: {
        codeSplitting: {
          includeDependenciesRecursively: false,
          groups: [
            // floating-ui (menus, popovers, tooltips) in a chunk of its own, without its DOM
            // helpers (ScrollArea needs one): left to the default grouping it shared a chunk with
            // DirectionProvider, which put it in every first page.
            { name: 'floating-ui', test: /node_modules[\\/]@floating-ui[\\/](?!utils[\\/])/ },
          ],
        },
      },
    },
  },
  server: {
    port: 5173,
    proxy: {
      '/api': 'http://localhost:3000',
      '/id': 'http://localhost:3000',
      '/healthz': 'http://localhost:3000',
    },
  },
});

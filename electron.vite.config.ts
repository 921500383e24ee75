import { defineConfig } from 'electron-vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { resolve } from 'node:path';

// Entries are found by convention (src/main/index.ts, src/preload/index.ts, src/renderer/index.html); the
// main build also carries the CLI (out/main/cli.js), which the installed app runs as `factcheck`, and the
// extraction worker (out/main/extract-worker.js), which reads large articles off the main thread.
export default defineConfig({
  main: {
    build: { rolldownOptions: { input: { index: resolve('src/main/index.ts'), cli: resolve('src/cli/run.ts'), 'extract-worker': resolve('src/main/import/extract-worker.ts') } } },
  },
  preload: {
    // Sandboxed preloads must be CommonJS: Electron cannot load an ES module preload with sandbox: true.
    build: { rolldownOptions: { output: { format: 'cjs', entryFileNames: '[name].cjs' } } },
  },
  renderer: {
    plugins: [svelte()],
  },
});

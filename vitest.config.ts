import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  // The Svelte plugin compiles the renderer's `.svelte.ts` state classes, so their runes run under test.
  plugins: [svelte()],
  resolve: { conditions: ['browser'] },
  test: {
    include: ['tests/unit/**/*.test.ts'],
    setupFiles: ['tests/unit/setup-fast-check.ts'],
    // The CLI tests run bin/factcheck.js, which runs the built command: built once, before them.
    globalSetup: ['tests/temp-folder-setup.ts', 'tests/unit/build-cli-setup.ts'],
    environment: 'node',
    testTimeout: 30_000,
  },
});

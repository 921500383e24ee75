import { defineConfig } from 'vitest/config';

// The stress test runs on its own, after the unit tests: it keeps both cores busy with a CPU hog for
// minutes, which must not slow the other tests' runs down around it.
export default defineConfig({
  test: {
    include: ['tests/stress/**/*.test.ts'],
    globalSetup: ['tests/temp-folder-setup.ts'],
    environment: 'node',
    testTimeout: 900_000,
  },
});

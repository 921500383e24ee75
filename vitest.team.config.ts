import { defineConfig } from 'vitest/config';

// The team-library tests run against a real PostgreSQL server: the global setup starts a throwaway
// cluster (scripts/pg-start.mjs) for the run and removes it after, so nothing else is needed.
export default defineConfig({
  test: {
    include: ['tests/team/**/*.test.ts'],
    globalSetup: ['tests/temp-folder-setup.ts', 'tests/team/global-setup.ts', 'tests/unit/build-cli-setup.ts'],
    environment: 'node',
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // One file at a time: the files share the cluster, and two cores are enough for one of them.
    fileParallelism: false,
  },
});

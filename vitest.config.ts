import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    setupFiles: ['tests/unit/setup-fast-check.ts'],
    environment: 'node',
    testTimeout: 30_000,
  },
});

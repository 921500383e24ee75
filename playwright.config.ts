import { defineConfig } from '@playwright/test';

/** Debian's Chromium; Playwright cannot download its own browsers here. */
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results/artifacts',
  // Every store and profile the tests make goes in one temp folder, removed after the run.
  globalSetup: './tests/temp-folder-setup.ts',
  timeout: 60_000,
  workers: 2,
  // The last line of a run names the folder of its screenshots.
  reporter: [['list'], ['./tests/e2e/screenshots-reporter.ts']],
  use: {
    headless: true,
    viewport: { width: 1280, height: 860 },
    launchOptions: {
      executablePath,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
  },
});

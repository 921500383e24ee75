import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Reporter } from '@playwright/test/reporter';

/** A reporter that, after the list reporter's summary, names the folder of the run's screenshots. */
export default class ScreenshotsReporter implements Reporter {
  onEnd(): void {
    const dir = resolve('test-results/screenshots');
    let count = 0;
    try {
      count = readdirSync(dir).length;
    } catch {
      // No screenshots were taken (a run of tests that take none).
    }
    console.log(`\nScreenshots of the views, light and dark, and of the rendered report (${count} files): ${dir}`);
  }
  printsToStdio(): boolean {
    return false;
  }
}

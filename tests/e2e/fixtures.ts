import type { Locator, Page } from '@playwright/test';
import { mkdtemp, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A fresh temp folder for one test's store and exports. */
export async function tempDir(prefix: string): Promise<string> {
  return mkdtemp(join(tmpdir(), `factcheck-${prefix}-`));
}

/** Where screenshots of each state go (ignored by git). */
export async function screenshotPath(name: string): Promise<string> {
  await mkdir('test-results/screenshots', { recursive: true });
  return join('test-results/screenshots', `${name}.png`);
}

/** The shipped seeds folder. */
export const SEEDS_DIR = 'seeds';

/** The selected claim's detail panel, beside the list. */
export const detail = (page: Page): Locator => page.locator('#claim-detail');

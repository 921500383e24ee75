import { mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { tempPathFor } from '../../src/main/store/durable-file.ts';
import { openApp } from './bridge.ts';
import { screenshotPath, SEEDS_DIR, tempDir } from './fixtures.ts';
import { onlyStoredDocument } from '../unit/helpers.ts';

const rows = (page: Page) => page.locator('li.claim');
const noDialogs = { chooseReportPath: async () => null, chooseArticleFiles: async () => [] };

async function docFile(dataDir: string): Promise<string> {
  const [name] = (await readdir(join(dataDir, 'documents'))).filter((n) => /^[a-z0-9-]+\.json$/.test(n));
  return join(dataDir, 'documents', name!);
}

test('a disk that refuses writes: the change is kept, shown as not saved, and saved once the disk takes it', async ({ page }) => {
  const dataDir = await tempDir('disk');
  await openApp(page, { dataDir, seedsDir: SEEDS_DIR }, noDialogs);
  await expect(rows(page).first()).toBeVisible();
  const file = await docFile(dataDir);
  // A folder where the journal and the temp file must go makes every write fail, even for root (EISDIR), like
  // a full disk. The service runs in this test process, so its temp file carries this process's id.
  const blocker = tempPathFor(file);
  const journalBlocker = file.replace(/\.json$/, '.journal');
  await mkdir(blocker);
  await mkdir(journalBlocker);

  await rows(page).nth(1).locator('.claim-body').click();
  await page.keyboard.press('v');
  await expect(rows(page).nth(1)).toHaveAttribute('data-unsaved', 'true');
  await expect(rows(page).nth(1).locator('[data-testid=status]')).toHaveText('Verified · NOT SAVED');
  await page.keyboard.press('j');
  await page.keyboard.press('u');
  await expect(rows(page).nth(2)).toHaveAttribute('data-unsaved', 'true');
  const banner = page.getByRole('alert').filter({ hasText: 'not saved yet' });
  await expect(banner).toContainText('2 changes are not saved yet');
  await expect(banner).toContainText('it is a folder');
  await page.screenshot({ path: await screenshotPath('safety-1-not-saved') });
  let stored = JSON.parse(await readFile(file, 'utf8')).document;
  expect(stored.claims.filter((c: { status: string }) => c.status !== 'unreviewed')).toHaveLength(0);

  await rm(blocker, { recursive: true });
  await rm(journalBlocker, { recursive: true });
  await banner.getByRole('button', { name: 'Retry now' }).click();
  await expect(banner).toBeHidden();
  await expect(rows(page).nth(1)).toHaveAttribute('data-status', 'verified');
  await expect(rows(page).nth(2)).toHaveAttribute('data-status', 'unsourced');
  await expect(rows(page).nth(1)).toHaveAttribute('data-unsaved', 'false');
  stored = await onlyStoredDocument(dataDir);
  expect(stored.claims.filter((c: { status: string }) => c.status !== 'unreviewed').map((c: { status: string }) => c.status)).toEqual(['verified', 'unsourced']);
});

test('a damaged document is moved aside, the rest keeps working, and the backup can be restored', async ({ page, browser }) => {
  const dataDir = await tempDir('damaged');
  const first = await openApp(page, { dataDir, seedsDir: SEEDS_DIR }, noDialogs);
  await rows(page).nth(1).locator('.claim-body').click();
  await page.keyboard.press('v');
  await expect(rows(page).nth(1)).toHaveAttribute('data-saving', 'false');
  // The file is damaged after the app has quit: a running app would write its own good copy over it.
  await first.quit();

  const file = await docFile(dataDir);
  await writeFile(file, (await readFile(file, 'utf8')).slice(0, 500));
  const second = await browser.newPage();
  await openApp(second, { dataDir, seedsDir: SEEDS_DIR }, noDialogs);
  await expect(second.locator('.toast')).toContainText('is damaged: it is not valid JSON');
  await expect(second.locator('nav .doc-progress.damaged')).toBeVisible();
  await second.screenshot({ path: await screenshotPath('safety-2-damaged') });
  expect((await readdir(join(dataDir, 'documents'))).some((n) => n.includes('.damaged-'))).toBe(true);

  await second.getByRole('button', { name: 'Restore backup' }).click();
  await expect(second.locator('.toast')).toContainText('Restored from the latest backup');
  await expect(rows(second).first()).toBeVisible();
  // The backup was taken before the first change of the session: the claims are there, unreviewed.
  await expect(rows(second).nth(1)).toHaveAttribute('data-status', 'unreviewed');
});

test('a pasted hostile HTML page runs no script and shows only text', async ({ page }) => {
  const dataDir = await tempDir('hostile');
  await openApp(page, { dataDir, seedsDir: null }, noDialogs);
  await page.keyboard.press('Control+Shift+V');
  const hostile = `<!doctype html><html><head><title>Flood | Site</title><script>window.__pwned='head'</script></head><body>
    <h1>Flood <img src=x onerror="window.__pwned='img'"></h1>
    <p>The river rose 2 metres on Sunday, <a href="javascript:window.__pwned='link'">officials</a> said.</p>
    <iframe srcdoc="<script>parent.__pwned='frame'</script>"></iframe>
    <p onmouseover="window.__pwned='hover'">Crews evacuated 300 homes, the fire service said.</p></body></html>`;
  await page.getByLabel('Article text').fill(hostile);
  await page.getByRole('dialog', { name: 'Import pasted text' }).getByRole('button', { name: 'Import', exact: true }).click();
  await page.getByRole('alertdialog', { name: 'Import “Flood” anyway?' }).getByRole('button', { name: 'Import anyway' }).click();
  await expect(page.locator('h1')).toHaveText('Flood');
  await expect(rows(page)).toHaveCount(2);
  await rows(page).nth(1).hover();
  await page.locator('.article-text').hover();
  expect(await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned)).toBeUndefined();
  await expect(page.locator('main iframe, main img, main script, .article-text a')).toHaveCount(0);
});

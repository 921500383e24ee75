import { resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { expectAccessible } from './axe.ts';
import { openApp } from './bridge.ts';
import { detail, screenshotPath, SEEDS_DIR, tempDir } from './fixtures.ts';

// Every view, light and dark, at a laptop's and a small window's size: no serious or critical axe finding,
// and a screenshot of each for a reviewer to look at (test-results/screenshots, named by `npm test`).
const SIZES = [
  { width: 1280, height: 800 },
  { width: 1024, height: 700 },
] as const;

for (const colorScheme of ['light', 'dark'] as const) {
  for (const size of SIZES) {
    const tag = `${colorScheme}-${size.width}x${size.height}`;
    test(`every view is accessible and pictured: ${tag}`, async ({ page }) => {
      // Why not the default minute: one test scans twelve views with axe and pictures each, several seconds of CPU
      // apiece; with both cores busy the whole walk took 45 s to over a minute while every view still passed.
      test.setTimeout(180_000);
      await page.setViewportSize(size);
      await page.emulateMedia({ colorScheme });
      const shot = async (view: string) => page.screenshot({ path: await screenshotPath(`views-${tag}-${view}`) });
      const check = async (view: string, include?: string) => {
        await expectAccessible(page, `${view} (${tag})`, include);
        await shot(view);
      };
      const dataDir = await tempDir('views');
      await openApp(page, { dataDir, seedsDir: SEEDS_DIR }, { chooseReportPath: async () => null, chooseArticleFiles: async () => [resolve('tests/fixtures/harbour-news.html')] }, { reviewer: null });

      // First start: the reviewer's name is asked for before anything else.
      const prompt = page.getByRole('dialog', { name: 'Who is reviewing?' });
      await expect(prompt).toBeVisible();
      await check('0-reviewer-prompt');
      await prompt.getByLabel('Your name').fill('Ana Ruiz');
      await prompt.getByLabel('Your name').press('Enter');
      await expect(prompt).toHaveCount(0);
      await expect(page.locator('li.claim').first()).toBeVisible();

      // Main view with a marked claim, a note and evidence.
      await page.keyboard.press('j');
      await page.keyboard.press('v');
      await page.keyboard.press('n');
      await page.keyboard.type('Confirmed with the press office.');
      await page.keyboard.press('Escape');
      await page.keyboard.press('e');
      await page.keyboard.type('https://example.org/statement');
      await page.keyboard.press('Enter');
      await expect(detail(page).locator('.evidence-list a')).toHaveCount(1);
      await check('1-main');

      // The evidence form with a refusal in it.
      await page.keyboard.press('e');
      await page.keyboard.type('https://exa mple.org');
      await page.keyboard.press('Enter');
      await expect(detail(page).locator('.field-error')).toContainText('spaces');
      await check('2-evidence-refused');
      await page.keyboard.press('Escape');

      // Library search results.
      await page.getByLabel('Search all articles').fill('Ukraine');
      await expect(page.locator('.search-results li').first()).toBeVisible();
      await check('3-library-search');
      await page.getByLabel('Search all articles').press('Escape');

      // An imported article with its credit line.
      await page.keyboard.press('Control+o');
      await expect(page.getByTestId('article-credit')).toBeVisible();
      await check('4-imported-article');

      // Export dialog (also where the reviewer and organisation are set) with the rendered report.
      await page.keyboard.press('[');
      await expect(page.locator('h1')).toHaveText(/Joe Biden/);
      await page.keyboard.press('Control+e');
      const exporter = page.getByRole('dialog', { name: 'Export' });
      await expect(exporter.locator('.markdown-preview h2').first()).toContainText('Verification report');
      await check('5-export-dialog');
      await exporter.locator('.export-preview').screenshot({ path: await screenshotPath(`views-${tag}-6-report-preview`) });
      await exporter.getByLabel('CSV spreadsheet').check();
      await expect(exporter.locator('.export-preview pre')).toBeVisible();
      await check('7-export-csv');
      await exporter.getByRole('button', { name: 'Close' }).click();
      await expect(exporter).toBeHidden();

      // Shortcut sheet, paste dialog, delete confirmation.
      await page.keyboard.press('?');
      await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
      await check('8-shortcuts');
      await page.keyboard.press('Escape');
      await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeHidden();
      await page.keyboard.press('Control+Shift+V');
      await expect(page.getByRole('dialog', { name: 'Import pasted text' })).toBeVisible();
      await check('9-paste');
      await page.keyboard.press('Escape');
      await expect(page.getByRole('dialog', { name: 'Import pasted text' })).toBeHidden();
      await page.keyboard.press('Control+Backspace');
      await expect(page.getByRole('alertdialog')).toBeVisible();
      await check('10-delete-confirm');
      await page.keyboard.press('Escape');
      await expect(page.getByRole('alertdialog')).toBeHidden();

      // Hidden and dismissed units shown, with the trash open.
      await page.keyboard.press('a');
      await page.keyboard.press('Shift+X');
      await check('11-all-units');
    });
  }
}


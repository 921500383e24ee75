import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { marked, type Tokens } from 'marked';
import { extractFromText } from '../../src/shared/extract/extract.ts';
import { SCHEMA_VERSION } from '../../src/main/store/schema.ts';
import { openApp } from './bridge.ts';
import { detail, screenshotPath, SEEDS_DIR, tempDir } from './fixtures.ts';
import { onlyStoredDocument } from '../unit/helpers.ts';

const SEED = 'seeds/biden-ukraine-strikes.txt';

/** The check-worthy units the extractor finds in the seed, computed independently of the UI. */
async function expectedClaims(): Promise<string[]> {
  const { units } = extractFromText(await readFile(SEED, 'utf8'));
  return units.filter((u) => u.checkworthy).map((u) => u.text);
}

function rows(page: Page) {
  return page.locator('li.claim');
}

test('first start shows the seed, marks persist to disk and across restarts, export writes the report', async ({ page, browser }) => {
  const dataDir = await tempDir('data');
  const outDir = await tempDir('out');
  const reportPath = join(outDir, 'report.md');
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));

  const firstApp = await openApp(page, { dataDir, seedsDir: SEEDS_DIR }, { chooseReportPath: async () => reportPath, chooseArticleFiles: async () => [] });

  // First start: the seed's claims in article order, with source, badge and status.
  const expected = await expectedClaims();
  await expect(rows(page)).toHaveCount(expected.length);
  await expect(page.locator('h1')).toHaveText('Joe Biden allows Ukraine to use US weapons in strikes on Russia - reports');
  const texts = await page.locator('li.claim .claim-text').allTextContents();
  expect(texts).toEqual(expected);
  const first = rows(page).first();
  await expect(first.locator('.source-name')).toHaveText('reports');
  await expect(first.locator('.badge')).toHaveText('Anonymous');
  await expect(first.locator('[data-testid=status]')).toHaveText('Unreviewed');
  const unattributed = rows(page).filter({ hasText: 'The decision amounts to a policy shift' });
  await expect(unattributed.locator('.source-none')).toHaveText('No source');
  const named = rows(page).filter({ hasText: 'According to the Associated Press' });
  await expect(named.locator('.badge')).toHaveText('Named');
  await page.screenshot({ path: await screenshotPath('foundation-1-first-start'), fullPage: true });

  // Mark claim 2 Verified with the mouse.
  const second = rows(page).nth(1);
  await second.locator('.claim-body').click();
  await expect(second).toHaveClass(/selected/);
  await detail(page).getByRole('button', { name: /^Verified/ }).click();
  await expect(second).toHaveAttribute('data-status', 'verified');
  await expect(second).toHaveAttribute('data-saving', 'false');

  // Mark claim 4 Unsourced with the keyboard: j moves down, u marks.
  await page.keyboard.press('j');
  await page.keyboard.press('k');
  await page.keyboard.press('j');
  await page.keyboard.press('j');
  await expect(rows(page).nth(3)).toHaveClass(/selected/);
  await page.keyboard.press('u');
  await expect(rows(page).nth(3)).toHaveAttribute('data-status', 'unsourced');
  await expect(rows(page).nth(3)).toHaveAttribute('data-saving', 'false');
  // Arrow keys move too, and 0 sets a claim back to Unreviewed.
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('v');
  await expect(rows(page).nth(4)).toHaveAttribute('data-status', 'verified');
  await page.keyboard.press('0');
  await expect(rows(page).nth(4)).toHaveAttribute('data-status', 'unreviewed');
  await expect(page.locator('.count[data-status=verified] .count-value')).toHaveText('1');
  await expect(page.locator('.count[data-status=unsourced] .count-value')).toHaveText('1');
  await page.screenshot({ path: await screenshotPath('foundation-2-marked'), fullPage: true });

  // On disk: exactly one document file (and its journal), holding both marks.
  const docFiles = (await readdir(join(dataDir, 'documents'))).filter((n) => n.endsWith('.json'));
  expect(docFiles).toHaveLength(1);
  expect(JSON.parse(await readFile(join(dataDir, 'documents', docFiles[0]!), 'utf8')).schemaVersion).toBe(SCHEMA_VERSION);
  const stored = { document: await onlyStoredDocument(dataDir) };
  const byText = (t: string) => stored.document.claims.find((c: { text: string }) => c.text === t)!;
  expect(byText(expected[1]!).status).toBe('verified');
  expect(byText(expected[3]!).status).toBe('unsourced');
  expect(byText(expected[4]!).status).toBe('unreviewed');

  // Restart: a new service over the same folder, in a new page. Same store, seed not imported again.
  await firstApp.quit();
  const restarted = await browser.newPage();
  await openApp(restarted, { dataDir, seedsDir: SEEDS_DIR }, { chooseReportPath: async () => reportPath, chooseArticleFiles: async () => [] });
  await expect(rows(restarted)).toHaveCount(expected.length);
  await expect(restarted.locator('nav .doc')).toHaveCount(1);
  await expect(rows(restarted).nth(1)).toHaveAttribute('data-status', 'verified');
  await expect(rows(restarted).nth(3)).toHaveAttribute('data-status', 'unsourced');
  expect((await readdir(join(dataDir, 'documents'))).filter((n) => n.endsWith('.json'))).toHaveLength(1);
  await restarted.screenshot({ path: await screenshotPath('foundation-3-after-restart'), fullPage: true });

  // Export with the button: the dialog previews the report; the native save dialog's answer is the temp path.
  await restarted.getByRole('button', { name: 'Export report…' }).click();
  const dialog = restarted.getByRole('dialog', { name: 'Export' });
  await expect(dialog.locator('.markdown-preview h2').first()).toContainText('Verification report');
  await dialog.getByLabel('Full per-claim record').check();
  // The preview draws a long report a page at a time as the reader scrolls: the record comes last.
  await expect
    .poll(async () => {
      await dialog.locator('.export-preview').evaluate((el) => el.scrollTo(0, el.scrollHeight));
      return dialog.locator('.markdown-preview h3', { hasText: 'Full record' }).count();
    })
    .toBe(1);
  await dialog.getByRole('button', { name: 'Save…' }).click();
  await expect(restarted.locator('.toast')).toContainText(`Saved to ${reportPath}`);
  const markdown = await readFile(reportPath, 'utf8');
  const tables = marked.lexer(markdown).filter((t): t is Tokens.Table => t.type === 'table');
  const byHeader = (h: string) => tables.find((t) => t.header[0]!.text === h)!;
  const summary = Object.fromEntries(byHeader('Standing').rows.map((r) => [r[0]!.text, Number(r[1]!.text.replace(/\*/g, ''))]));
  expect(summary).toMatchObject({ Unreviewed: expected.length - 2, '**Total**': expected.length });
  expect(summary.Verified! + summary.Unsourced! + summary['Verdict without a reason']!).toBe(2);
  const claimRows = byHeader('#').rows;
  expect(claimRows).toHaveLength(expected.length);
  expect(claimRows.map((r) => r[1]!.text).filter((s) => s !== 'Unreviewed').sort()).toEqual(['Unsourced', 'Verified']);
  expect(markdown).toContain('# Verification report: Joe Biden allows Ukraine');
  await restarted.screenshot({ path: await screenshotPath('foundation-4-exported'), fullPage: true });

  await restarted.close();
  expect(errors).toEqual([]);
});

test('the File menu command and Ctrl+E open the export dialog; a cancelled save writes nothing', async ({ page }) => {
  const dataDir = await tempDir('data');
  let asked = 0;
  const app = await openApp(page, { dataDir, seedsDir: SEEDS_DIR }, { chooseReportPath: async () => (asked++, null), chooseArticleFiles: async () => [] });
  await expect(rows(page).first()).toBeVisible();
  await app.menu('export-report');
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Save…' }).click();
  await expect.poll(() => asked).toBe(1);
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  // The dialog's close event comes a task after it hides: the keyboard is the list's again once a row has focus.
  await expect(page.locator('li.claim :focus')).toHaveCount(1);
  await page.keyboard.press('Control+e');
  await expect(dialog).toBeVisible();
});

test('bad seeds and an unusable data folder: the app opens with a clear message', async ({ page, browser }) => {
  const missingSeeds = join(await tempDir('none'), 'no-such-folder');
  await openApp(page, { dataDir: await tempDir('data'), seedsDir: missingSeeds }, { chooseReportPath: async () => null, chooseArticleFiles: async () => [] });
  await expect(page.locator('.notice-warning')).toContainText('seeds folder');
  await expect(page.locator('.empty-state')).toContainText('No article open');
  await page.screenshot({ path: await screenshotPath('foundation-5-no-seeds'), fullPage: true });

  // A data "folder" that is really a file cannot hold a library: say so, change nothing.
  const blocked = join(await tempDir('blocked'), 'library');
  await (await import('node:fs/promises')).writeFile(blocked, 'I am a file');
  const second = await browser.newPage();
  await openApp(second, { dataDir: blocked, seedsDir: SEEDS_DIR }, { chooseReportPath: async () => null, chooseArticleFiles: async () => [] });
  await expect(second.locator('.notice-error')).toContainText(blocked);
  expect(await readFile(blocked, 'utf8')).toBe('I am a file');
  await second.screenshot({ path: await screenshotPath('foundation-6-bad-data-dir'), fullPage: true });
});

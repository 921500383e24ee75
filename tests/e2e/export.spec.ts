import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { parse as parseCsv } from 'csv-parse/sync';
import { marked, type Tokens } from 'marked';
import { openApp } from './bridge.ts';
import { expectAccessible } from './axe.ts';
import { detail, screenshotPath, SEEDS_DIR, tempDir } from './fixtures.ts';

const rows = (page: Page) => page.locator('li.claim');

async function setUp(page: Page) {
  const dataDir = await tempDir('export');
  const outDir = await tempDir('export-out');
  let next = '';
  await openApp(page, { dataDir, seedsDir: SEEDS_DIR }, { chooseReportPath: async (name) => (next = join(outDir, name)), chooseArticleFiles: async () => [] });
  await expect(rows(page).first()).toBeVisible();
  // Mark three claims, dismiss one, add a note with Markdown in it.
  await rows(page).nth(1).locator('.claim-body').click();
  await page.keyboard.press('v');
  await expect(rows(page).nth(1)).toHaveAttribute('data-status', 'verified');
  await page.keyboard.press('n');
  await page.keyboard.type('Seen in | the *AP* wire [x](javascript:alert(1))');
  await page.keyboard.press('Escape');
  await expect(detail(page).locator('.detail-section[aria-label=Note] .hint')).toHaveText('Saved.');
  await page.keyboard.press('j');
  await page.keyboard.press('u');
  await page.keyboard.press('j');
  await page.keyboard.press('d');
  await page.keyboard.press('j');
  await page.keyboard.press('x');
  await expect(rows(page).nth(3)).toHaveAttribute('data-saving', 'false');
  return { path: () => next };
}

async function exportAs(page: Page, label: string, options: Record<string, boolean> = {}) {
  await page.keyboard.press('Control+e');
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await dialog.getByLabel(label).check();
  for (const [name, on] of Object.entries(options)) await dialog.getByLabel(name).setChecked(on);
  return dialog;
}

test('Markdown export with options, previewed and saved', async ({ page }) => {
  const out = await setUp(page);
  const dialog = await exportAs(page, 'Markdown report', { 'Each unreviewed claim': false, 'Full per-claim record': true, 'Dismissed units': true, 'Full article text': true });
  await dialog.getByLabel('Reviewer').fill('Ana Checker');
  await dialog.getByLabel('Reviewer').press('Tab');
  await dialog.getByLabel('Organisation', { exact: true }).fill('Coast Checks');
  await dialog.getByLabel('Organisation', { exact: true }).press('Tab');
  await dialog.getByLabel('Article web address').fill('javascript:alert(1)');
  await dialog.getByLabel('Article web address').press('Tab');
  await expect(dialog.locator('.field-error')).toContainText('Only http and https links');
  await dialog.getByLabel('Article web address').fill('https://news.example.com/biden-ukraine');
  await dialog.getByLabel('Article web address').press('Tab');
  const preview = dialog.locator('.markdown-preview');
  // The preview draws a long report a page at a time as the reader scrolls: scroll until it is all there
  // (once its first part is there: before that, there is no "more follows" either).
  await expect(preview.locator('h3').first()).toBeVisible();
  await expect
    .poll(async () => {
      await dialog.locator('.export-preview').evaluate((el) => el.scrollTo(0, el.scrollHeight));
      return (await preview.getByText('More of the report follows…').count()) + (await preview.locator('h3', { hasText: 'Article text' }).count() === 1 ? 0 : 1);
    })
    .toBe(0);
  // Who signed it comes after the findings and the article, in "About this report".
  await expect(preview).toContainText('Ana Checker');
  await expect(preview).toContainText('Appendix: units dismissed as not claims');
  await expect(preview.locator('a[href^="javascript"]')).toHaveCount(0);
  await expect(preview.locator('a[href="https://news.example.com/biden-ukraine"]')).toHaveCount(1);
  await page.screenshot({ path: await screenshotPath('export-1-markdown-preview') });
  await expectAccessible(page, 'export dialog');
  await dialog.getByRole('button', { name: 'Save…' }).click();
  await expect(page.locator('.toast')).toContainText('Saved to');

  const md = await readFile(out.path(), 'utf8');
  expect(out.path()).toMatch(/-report\.md$/);
  const tokens = marked.lexer(md);
  const claims = tokens.find((t): t is Tokens.Table => t.type === 'table' && t.header[0]!.text === '#')!;
  expect(claims.rows.map((r) => r[1]!.text).filter((s) => s !== 'Unreviewed')).toEqual(['Verified', 'Unsourced', 'Disputed']);
  expect(md).toContain('- **Reviewer:** Ana Checker');
  expect(md).toContain('- **Organisation:** Coast Checks');
  expect(md).toContain('## Appendix: units dismissed as not claims');
  expect(md).toContain('## Article text');
  expect(md).toContain('Seen in \\| the \\*AP\\* wire \\[x\\](javascript:alert(1))');
  const links = JSON.stringify(tokens).match(/"type":"link"[^}]*?"href":"([^"]+)"/g) ?? [];
  expect(links.join()).not.toContain('javascript');
});

test('ClaimReview, CSV and JSON exports', async ({ page }) => {
  const out = await setUp(page);
  let dialog = await exportAs(page, 'ClaimReview JSON-LD');
  await dialog.getByLabel('Organisation', { exact: true }).fill('Coast Checks');
  await dialog.getByLabel('Organisation', { exact: true }).press('Tab');
  await expect(dialog.locator('.export-preview pre')).toContainText('"ClaimReview"');
  await dialog.getByRole('button', { name: 'Save…' }).click();
  // The dialog stays open after a save, for the next format.
  await expect(dialog.getByRole('status')).toContainText(/Saved to .*\.jsonld$/);
  await expect(dialog).toBeVisible();
  const ld = JSON.parse(await readFile(out.path(), 'utf8'));
  expect(out.path()).toMatch(/\.jsonld$/);
  // Only the verdict with a reason is published; the two without one are named in the preflight.
  expect(ld.map((r: { reviewRating: { alternateName: string } }) => r.reviewRating.alternateName)).toEqual(['Verified']);
  expect(ld[0].author.name).toBe('Coast Checks');

  dialog = await exportAs(page, 'CSV spreadsheet', { 'Dismissed units': true });
  await dialog.getByRole('button', { name: 'Save…' }).click();
  await expect(dialog.getByRole('status')).toContainText(/Saved to .*-report\.csv$/);
  const csv = await readFile(out.path(), 'utf8');
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  const records = parseCsv(csv.slice(1), { columns: true }) as Record<string, string>[];
  expect(records.filter((r) => r.dismissed === 'yes')).toHaveLength(1);
  expect(records.find((r) => r.status === 'Verified')!.note).toBe('Seen in | the *AP* wire [x](javascript:alert(1))');

  expect(out.path()).toMatch(/-report\.csv$/);

  dialog = await exportAs(page, 'JSON report', { 'Full per-claim record': true });
  await dialog.getByRole('button', { name: 'Save…' }).click();
  await expect(dialog.getByRole('status')).toContainText(/Saved to .*-report\.json$/);
  const report = JSON.parse(await readFile(out.path(), 'utf8'));
  expect(report).toMatchObject({ format: 'factcheck-workbench-report', version: 1 });
  expect(report.claims.filter((c: { status: string }) => c.status !== 'unreviewed')).toHaveLength(3);
  expect(report.history.length).toBeGreaterThanOrEqual(4);
  expect(JSON.stringify(report)).not.toContain('undoStack');
});

test('the dialog stays open for the next format and keeps the article address it saved', async ({ page }) => {
  const out = await setUp(page);
  let dialog = await exportAs(page, 'Markdown report');
  await dialog.getByLabel('Article web address').fill('https://news.example.com/biden-ukraine');
  await dialog.getByLabel('Article web address').press('Tab');
  await dialog.getByRole('button', { name: 'Save…' }).click();
  await expect(dialog.getByRole('status')).toContainText(/Saved to .*-report\.md$/);
  await dialog.getByLabel('CSV spreadsheet').check();
  await dialog.getByRole('button', { name: 'Save…' }).click();
  await expect(dialog.getByRole('status')).toContainText(/Saved to .*-report\.csv$/);
  expect(out.path()).toMatch(/-report\.csv$/);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page.locator('li.claim :focus')).toHaveCount(1);
  dialog = await exportAs(page, 'Markdown report');
  await expect(dialog.getByLabel('Article web address')).toHaveValue('https://news.example.com/biden-ukraine');
});

test('the saved Markdown report, read as a page, opens with the tally and the Disputed finding', async ({ page, browser }) => {
  const out = await setUp(page);
  // Give the Disputed claim (the fourth row) its reason: it is then a finding beside the Verified one.
  await rows(page).nth(3).locator('.claim-body').click();
  await expect(rows(page).nth(3)).toHaveAttribute('data-status', 'disputed');
  await page.keyboard.press('n');
  await page.keyboard.type('The ministry denied it on the record.');
  await page.keyboard.press('Escape');
  await expect(detail(page).locator('.detail-section[aria-label=Note] .hint')).toHaveText('Saved.');
  const dialog = await exportAs(page, 'Markdown report');
  await dialog.getByRole('button', { name: 'Save…' }).click();
  await expect(page.locator('.toast')).toContainText('Saved to');
  const html = await marked.parse(await readFile(out.path(), 'utf8'));
  const reader = await browser.newPage();
  await reader.setContent(`<!DOCTYPE html><html><body>${html}</body></html>`);
  await expect(reader.locator('h1')).toContainText('Verification report');
  // The first section is the verdict tally, Disputed first.
  await expect(reader.locator('h2').first()).toHaveText('Verdicts');
  await expect(reader.locator('h2').first().locator('xpath=following-sibling::table[1]//tbody/tr[1]/td[1]')).toHaveText('Disputed');
  await expect(reader.locator('h2').first().locator('xpath=following-sibling::table[1]//tbody/tr[1]/td[2]')).toHaveText('1');
  // The first finding after the Findings heading is the Disputed one, then the Verified one.
  const findings = reader.locator('xpath=//h2[.="Findings"]/following-sibling::h3');
  await expect(findings.first()).toHaveText(/^Claim \d+: Disputed$/);
  await expect(findings.nth(1)).toHaveText(/^Claim \d+: Verified$/);
  await reader.screenshot({ path: await screenshotPath('export-report-as-page'), fullPage: true });
  await reader.close();
});

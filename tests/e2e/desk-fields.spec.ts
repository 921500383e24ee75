import { expect, test, type Page } from '@playwright/test';
import { LIMITS } from '../../src/shared/limits.ts';
import { openApp } from './bridge.ts';
import { detail, SEEDS_DIR, tempDir } from './fixtures.ts';
import { onlyStoredDocument } from '../unit/helpers.ts';

const rows = (page: Page) => page.locator('li.claim');

async function storedClaim(dataDir: string, n: number) {
  // On disk: the file with its journal replayed, as the store reads it.
  const doc = await onlyStoredDocument(dataDir);
  return doc.claims.find((c) => c.n === n)!;
}

async function start(page: Page) {
  const dataDir = await tempDir('fields');
  await openApp(page, { dataDir, seedsDir: SEEDS_DIR }, { chooseReportPath: async () => null, chooseArticleFiles: async () => [] });
  await expect(rows(page).first()).toBeVisible();
  return dataDir;
}

test('evidence links: a space is refused for that reason, www. is completed, a refused link is gone after Cancel', async ({ page }) => {
  const dataDir = await start(page);
  const panel = detail(page);
  await page.keyboard.press('e');
  await page.keyboard.type('https://exa mple.org/x');
  await panel.getByRole('button', { name: 'Add evidence' }).click();
  await expect(panel.locator('.field-error')).toContainText('cannot contain spaces');
  await expect(panel.getByLabel('Link')).toHaveAttribute('aria-invalid', 'true');

  await panel.getByRole('button', { name: 'Cancel' }).click();
  await page.keyboard.press('e');
  await expect(panel.getByLabel('Link')).toHaveValue('');
  await expect(panel.locator('.field-error')).toHaveText('');

  await page.keyboard.type('www.example.org/report');
  await page.keyboard.press('Enter');
  await expect(panel.locator('.evidence-list a')).toHaveAttribute('href', 'https://www.example.org/report');
  expect((await storedClaim(dataDir, 1)).evidence.map((e) => e.url)).toEqual(['https://www.example.org/report']);
});

test('notes: a long note gets a tall box, one over the limit is refused and said so, never cut', async ({ page }) => {
  const dataDir = await start(page);
  const note = detail(page).getByRole('textbox', { name: 'Note' });
  await page.keyboard.press('n');
  await page.keyboard.insertText('Checked with the ministry. '.repeat(190));
  const height = await note.evaluate((el) => el.getBoundingClientRect().height);
  const lineHeight = await note.evaluate((el) => parseFloat(getComputedStyle(el).lineHeight) || 20);
  expect(height).toBeGreaterThan(lineHeight * 8);
  await page.keyboard.press('Escape');
  await expect(detail(page).locator('.detail-section[aria-label=Note] .hint')).toHaveText('Saved.');

  await note.focus();
  await page.keyboard.press('Control+a');
  const pasted = 'x'.repeat(LIMITS.note + 5_000);
  await page.keyboard.insertText(pasted);
  await expect(note).toHaveValue(pasted);
  const alert = detail(page).locator('.detail-section[aria-label=Note] [role=alert]');
  await expect(alert).toContainText('Not saved');
  await expect(alert).toContainText('20,000');
  await page.keyboard.press('Escape');
  await expect(detail(page).locator('.detail-section[aria-label=Note]')).not.toContainText('Saved.');
  const stored = await storedClaim(dataDir, 1);
  expect(stored.note.length).toBeLessThan(LIMITS.note);
  expect(stored.note).toContain('Checked with the ministry.');
});

import { expect, test, type Page } from '@playwright/test';
import { openApp } from './bridge.ts';
import { expectAccessible } from './axe.ts';
import { detail, screenshotPath, SEEDS_DIR, tempDir } from './fixtures.ts';

const rows = (page: Page) => page.locator('li.claim');

test('search across the library, and "checked before?" with the earlier verdict', async ({ page }) => {
  const dataDir = await tempDir('search');
  const app = await openApp(page, { dataDir, seedsDir: SEEDS_DIR, searchInBackground: true }, { chooseReportPath: async () => null, chooseArticleFiles: async () => [] });
  await expect(rows(page).first()).toBeVisible();
  // Verify the AP claim in the seed, then import a later article that repeats it in other words.
  const ap = rows(page).filter({ hasText: 'According to the Associated Press' });
  await ap.locator('.claim-body').click();
  await page.keyboard.press('v');
  await expect(ap).toHaveAttribute('data-status', 'verified');
  await app.service.importText(
    'Follow-up on Ukraine strikes\n\nUS policy calling on Ukraine not to use American-provided long-range missiles to strike inside Russia offensively has not changed, the Associated Press reported.\n\nThe bakery on Elm Street reopened on Monday, its owner said.',
    'anyway',
  );
  await page.reload();
  await expect(rows(page).first()).toBeVisible();

  await page.getByLabel('Search all articles').fill('long-range missiles');
  const hits = page.locator('.search-results .search-hit');
  await expect(hits).toHaveCount(2);
  await page.getByLabel('Status').first().selectOption('verified');
  await expect(hits).toHaveCount(1);
  await expect(hits.first()).toContainText('Joe Biden allows Ukraine');
  await page.getByLabel('Status').first().selectOption('');

  await hits.filter({ hasText: 'Follow-up on Ukraine strikes' }).click();
  await expect(page.locator('h1')).toHaveText('Follow-up on Ukraine strikes');
  const selected = page.locator('li.claim.selected');
  await expect(selected).toContainText('long-range missiles');
  const before = detail(page).locator('section[aria-label="Checked before"]');
  await expect(before.locator('.similar-list li').first()).toContainText('According to the Associated Press');
  await expect(before.locator('.similar-list li').first()).toContainText('Verified');
  await page.screenshot({ path: await screenshotPath('search-1-checked-before') });
  await expectAccessible(page, 'search and checked before');

  // Following the link opens the earlier claim in its own article.
  await before.locator('.similar-list li button').first().click();
  await expect(page.locator('h1')).toContainText('Joe Biden allows Ukraine');
  await expect(page.locator('li.claim.selected')).toContainText('According to the Associated Press');

  // A claim with nothing like it elsewhere says so.
  await page.locator('nav .doc').filter({ hasText: 'Follow-up' }).click();
  await rows(page).filter({ hasText: 'bakery' }).locator('.claim-body').click();
  await expect(detail(page).locator('section[aria-label="Checked before"]')).toContainText('No similar claim in other articles.');
});

test('search finds other forms of a word and the start of the last one, marks the words and says where they were found', async ({ page }) => {
  const dataDir = await tempDir('search-forms');
  const app = await openApp(page, { dataDir, seedsDir: SEEDS_DIR, searchInBackground: true }, { chooseReportPath: async () => null, chooseArticleFiles: async () => [] });
  await expect(rows(page).first()).toBeVisible();
  await app.service.importText('Court report\n\nTwo prosecutors said the charges were dropped in March.\n\nThe prosecutor appealed the ruling on Friday, officials said.', 'anyway');
  const doc = (await app.service.getLibrary()).documents.find((d) => d.title === 'Court report')!;
  const claim = (await app.service.getDocument(doc.id)).claims.find((c) => c.text.startsWith('The prosecutor'))!;
  await app.service.editClaim(doc.id, claim.id, { kind: 'note', note: 'Prosecutors confirmed the appeal by email.' });
  await page.reload();
  await expect(rows(page).first()).toBeVisible();

  const hits = page.locator('.search-results .search-hit');
  const box = page.getByLabel('Search all articles');
  await box.fill('prosecutor');
  await expect(hits).toHaveCount(2);
  await expect(hits.filter({ hasText: 'Two prosecutors' }).locator('mark')).toHaveText(['prosecutors']);
  await box.fill('prosec');
  await expect(hits).toHaveCount(2);
  await box.fill('confirmed appeal');
  await expect(hits).toHaveCount(1);
  await expect(hits.first()).toContainText('found in claim, note');
  await expect(hits.first().locator('mark')).toHaveText(['appealed']);
});

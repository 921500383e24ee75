import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { openApp } from './bridge.ts';
import { SEEDS_DIR, tempDir } from './fixtures.ts';

const rows = (page: import('@playwright/test').Page) => page.locator('li.claim');

const PAGE = `<!DOCTYPE html><html lang="en"><head><title>Council caps rents</title><meta property="og:site_name" content="BBC News"><meta name="author" content="BBC News">
<link rel="canonical" href="https://news.example.com/rent-cap"></head><body><article><h1>Council caps rents</h1>
<p>The city council voted 9 to 4 on Thursday to cap annual rent rises at 3 percent, council leader Ruth Okafor said.</p>
<p>Average rents in the city rose 11 percent last year, according to the statistics office.</p>
<p>About 40,000 households rent from private landlords, officials familiar with the plan said.</p>
<p>Landlords warned that the cap would cut the number of homes for rent by a fifth.</p>
<p>The cap takes effect in January and will be reviewed after two years.</p></article></body></html>`;

test('after a restart the app reopens the article being worked on, at the claim last changed; documents can be renamed', async ({ page, browser }) => {
  const dataDir = await tempDir('restart');
  const file = join(await tempDir('restart-in'), 'c7e39ac49f.html');
  await writeFile(file, PAGE);
  const options = { chooseReportPath: async () => null, chooseArticleFiles: async () => [file] };
  const first = await openApp(page, { dataDir, seedsDir: SEEDS_DIR }, options);
  await expect(rows(page).first()).toBeVisible();
  await page.keyboard.press('Control+o');
  await expect(page.locator('h1')).toHaveText('Council caps rents');
  // The outlet that bylines itself is named once; the file's hash-like name is not in the header.
  await expect(page.getByTestId('article-credit')).toHaveText('BBC News · https://news.example.com/rent-cap');
  await expect(page.locator('.doc-meta')).not.toContainText('c7e39ac49f');
  // Work on the third claim.
  await rows(page).nth(2).locator('.claim-body').click();
  await page.keyboard.press('i');
  await expect(rows(page).nth(2)).toHaveAttribute('data-status', 'in-progress');
  const worked = await rows(page).nth(2).locator('.claim-number').textContent();
  // Rename from the keyboard: F2, type, Enter; the list and the library follow.
  await page.keyboard.press('F2');
  const title = page.getByLabel('Title of the document');
  await expect(title).toBeFocused();
  await title.fill('OTTAWA — Council caps rents at 3 percent');
  await title.press('Enter');
  await expect(page.locator('h1')).toHaveText('OTTAWA — Council caps rents at 3 percent');
  await expect(page.locator('nav .doc-item.current')).toContainText('OTTAWA — Council caps rents at 3 percent');
  await expect(page.locator('li.claim :focus')).toHaveCount(1);
  await first.quit();

  const restarted = await browser.newPage();
  await openApp(restarted, { dataDir, seedsDir: SEEDS_DIR }, options);
  // Not the sample article: the one being worked on, at the claim last changed.
  await expect(restarted.locator('h1')).toHaveText('OTTAWA — Council caps rents at 3 percent');
  await expect(restarted.locator('li.claim.selected .claim-number')).toHaveText(worked!);
  await restarted.close();
});

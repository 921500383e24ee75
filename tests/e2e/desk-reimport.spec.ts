import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { openApp } from './bridge.ts';
import { SEEDS_DIR, tempDir } from './fixtures.ts';

const SENTENCES = [
  'The city council voted 9 to 4 on Thursday to cap annual rent rises at 3 percent, council leader Ruth Okafor said.',
  'Average rents in the city rose 11 percent last year, according to the statistics office.',
  'About 40,000 households rent from private landlords, officials familiar with the plan said.',
  'Landlords warned that the cap would cut the number of homes for rent by a fifth.',
  'The cap takes effect in January and will be reviewed after two years.',
  'Tenant groups said the limit was too high to help families already behind on rent.',
];

const page = (sentences: string[]) =>
  `<!DOCTYPE html><html lang="en"><head><title>Council caps rents</title><link rel="canonical" href="https://ledger.example.com/news/rent-cap"><meta property="og:site_name" content="The Riverside Ledger"></head><body><article><h1>Council caps rents</h1>${sentences.map((s) => `<p>${s}</p>`).join('')}</article></body></html>`;

test('a newer version of an article updates it with one plain message; the same version again says so once', async ({ page: win }) => {
  const dir = await tempDir('reimport');
  const v1 = join(dir, 'rent-v1.html');
  const v2 = join(dir, 'rent-v2.html');
  await writeFile(v1, page(SENTENCES));
  await writeFile(v2, page(SENTENCES.map((s) => s.replace('11 percent', '7 percent'))));
  let next: string[] = [v1];
  await openApp(win, { dataDir: await tempDir('reimport-data'), seedsDir: SEEDS_DIR }, { chooseReportPath: async () => null, chooseArticleFiles: async () => next });
  await expect(win.locator('li.claim').first()).toBeVisible();
  const toast = win.locator('.toast');
  await win.keyboard.press('Control+o');
  await expect(toast).toContainText('Imported “Council caps rents”');
  await expect(win.locator('nav .doc')).toHaveCount(2);

  // The update: no question, no warning, one message that says what changed.
  next = [v2];
  await win.keyboard.press('Control+o');
  await expect(toast).toContainText('is a newer version of an article in the library');
  await expect(toast).not.toContainText('Imported');
  await expect(toast).not.toHaveClass(/toast-error/);
  await expect(win.getByRole('alertdialog')).toHaveCount(0);
  await expect(win.locator('nav .doc')).toHaveCount(2);

  // The same version again: the stored fingerprint is the newest version's, so it is the same text.
  await win.keyboard.press('Control+o');
  await expect(toast).toHaveText(/^“Council caps rents” is already in the library with the same text; nothing was added\.\s*×?$/);
  await expect(win.getByRole('alertdialog')).toHaveCount(0);
  await expect(win.locator('nav .doc')).toHaveCount(2);
});

import { expect, test, type Page } from '@playwright/test';
import { openApp } from './bridge.ts';
import { screenshotPath, tempDir } from './fixtures.ts';

const rows = (page: Page) => page.locator('li.claim');

test('"checked before?" offers the earlier verdict, flags "three" against "two", and not a copy of the same article', async ({ page }) => {
  const dataDir = await tempDir('checked-before');
  const app = await openApp(page, { dataDir, seedsDir: null, searchInBackground: true }, { chooseReportPath: async () => null, chooseArticleFiles: async () => [] });
  const svc = app.service;
  const [earlier] = (await svc.importText('Dock strike report\n\nThe strike at the harbour lasted two weeks, the dockers union said.\n\nThe harbour board approved new cranes on Tuesday.', 'anyway')).imported;
  await svc.importText('Union talks\n\nThe dockers union said it would not sign any deal with the harbour board this year.', 'anyway');
  const article = 'Harbour strike ends\n\nThe strike at the harbour lasted three weeks, the dockers union said.\n\nShips queued for days outside the harbour, the port captain said.';
  const [current] = (await svc.importText(article, 'anyway')).imported;
  // The same article imported again (a second download of the page): one article, not a prior check.
  await svc.importText(`${article}\n\n`, 'anyway');
  const claim = (await svc.getDocument(earlier!.id)).claims.find((c) => c.text.includes('two weeks'))!;
  await svc.editClaim(earlier!.id, claim.id, { kind: 'note', note: 'Union statement, 3 May.' });
  await svc.editClaim(earlier!.id, claim.id, { kind: 'status', status: 'verified' });

  await page.reload();
  await page.locator('nav .doc').filter({ hasText: 'Harbour strike ends' }).first().click();
  await expect(page.locator('h1')).toHaveText('Harbour strike ends');
  await rows(page).filter({ hasText: 'three weeks' }).locator('.claim-body').click();
  const before = page.locator('#claim-detail section[aria-label="Checked before"]');
  const prior = before.getByTestId('prior-checks').locator(':scope > li');
  await expect(prior).toHaveCount(1);
  await expect(prior.first()).toContainText('lasted two weeks');
  await expect(prior.first()).toContainText('Verified');
  await expect(prior.first()).toContainText('different number');
  // Neither the copy of this article (same title, same text) nor the union's other, weakly alike claim is offered.
  await expect(before).not.toContainText('Harbour strike ends');
  await expect(before).not.toContainText('would not sign');
  await expect(before.getByTestId('unchecked-matches')).toHaveCount(0);
  await page.screenshot({ path: await screenshotPath('checked-before-1') });
  expect(current).toBeDefined();
});

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

test('"checked before?" finds a reworded claim from either story, among many alike claims about other facts', async ({ page }) => {
  const dataDir = await tempDir('checked-before-both');
  const app = await openApp(page, { dataDir, seedsDir: null, searchInBackground: true }, { chooseReportPath: async () => null, chooseArticleFiles: async () => [] });
  const svc = app.service;
  const [first] = (await svc.importText('Plague case\n\nHunter catches bubonic plague after eating wild rabbit, officials say.', 'anyway')).imported;
  await svc.importText(
    'Rabbit warning\n\nA 55-year-old man who hunted in the mountains was diagnosed with bubonic plague after eating a wild rabbit, health officials in the province said on Tuesday.',
    'anyway',
  );
  // Many claims of another story that share most words with the second one but state other facts.
  const illnesses = ['flu', 'measles', 'a fever', 'pneumonia', 'a cough', 'malaria', 'tuberculosis', 'hepatitis', 'a rash', 'cholera'];
  const bulletin = Array.from({ length: 60 }, (_, i) => `A ${20 + i}-year-old man who hiked in the mountains was diagnosed with ${illnesses[i % 10]}, health officials in the province said on Tuesday.`);
  await svc.importText(`Health bulletin\n\n${bulletin.join('\n\n')}`, 'anyway');
  const checked = (await svc.getDocument(first!.id)).claims.find((c) => c.text.includes('Hunter'))!;
  await svc.editClaim(first!.id, checked.id, { kind: 'status', status: 'verified' });

  await page.reload();
  const before = page.locator('#claim-detail section[aria-label="Checked before"]');
  // From the second story, the verdict on the first one's headline is offered, and no claim about another illness.
  await page.locator('nav .doc').filter({ hasText: 'Rabbit warning' }).first().click();
  await expect(page.locator('h1')).toHaveText('Rabbit warning');
  await rows(page).filter({ hasText: 'bubonic plague' }).locator('.claim-body').click();
  const prior = before.getByTestId('prior-checks').locator(':scope > li');
  await expect(prior).toHaveCount(1);
  await expect(prior.first()).toContainText('Hunter catches bubonic plague');
  await expect(prior.first()).toContainText('Verified');
  await expect(prior.first()).not.toContainText('different number');
  await expect(before).not.toContainText('hiked');
  const alike = (await prior.first().locator('.hint').textContent())?.match(/(\d+)% likely the same claim/)?.[1];
  // From the first story, the second one's claim is offered, equally alike.
  await page.locator('nav .doc').filter({ hasText: 'Plague case' }).first().click();
  await expect(page.locator('h1')).toHaveText('Plague case');
  await rows(page).filter({ hasText: 'Hunter' }).locator('.claim-body').click();
  const unchecked = before.getByTestId('unchecked-matches').locator(':scope > li');
  await expect(unchecked).toHaveCount(1);
  await expect(unchecked.first()).toContainText('55-year-old man');
  await expect(unchecked.first()).toContainText(`${alike}% likely the same claim`);
  await page.screenshot({ path: await screenshotPath('checked-before-2') });
});

import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { expectAccessible } from './axe.ts';
import { openApp } from './bridge.ts';
import { screenshotPath, SEEDS_DIR, tempDir } from './fixtures.ts';

const rows = (page: Page) => page.locator('li.claim');

async function start(page: Page, reviewer: string | null = 'Test Reviewer') {
  const dataDir = await tempDir('desk');
  const outDir = await tempDir('desk-out');
  const app = await openApp(page, { dataDir, seedsDir: SEEDS_DIR }, { chooseReportPath: async (name) => join(outDir, name), chooseArticleFiles: async () => [] }, { reviewer });
  await expect(rows(page).first()).toBeAttached();
  return { app, dataDir, outDir };
}

test('a dismissed claim takes no verdict, and the list never shows more than its claims', async ({ page }) => {
  const { app } = await start(page);
  const total = await rows(page).count();
  await rows(page).first().locator('.claim-body').click();
  for (let i = 0; i < 6; i++) await page.keyboard.press('j');
  const seventh = rows(page).nth(6);
  const id = await seventh.getAttribute('data-claim-id');
  await page.keyboard.press('x');
  await expect(rows(page)).toHaveCount(total - 1);
  // The selection moves on to the claim after the dismissed one, so the verdict lands there, never on #7.
  const eighth = await rows(page).nth(6).getAttribute('data-claim-id');
  await expect(page.locator(`li.claim[data-claim-id="${eighth}"] .claim-body`)).toHaveAttribute('aria-current', 'true');
  await page.keyboard.press('v');
  await expect(page.locator('.toast')).toContainText(/Claim \d+ saved as Verified/);
  await expect(page.locator('.count[data-status=verified] .count-value')).toHaveText('1');
  const doc = await app.service.getDocument((await app.service.getLibrary()).documents[0]!.id);
  expect(doc.claims.find((c) => c.id === id)).toMatchObject({ dismissed: true, status: 'unreviewed' });
  expect(doc.claims.find((c) => c.id === eighth)).toMatchObject({ dismissed: false, status: 'verified' });
  // The service refuses a verdict on a dismissed unit whoever sends it.
  await expect(app.service.editClaim(doc.id, id!, { kind: 'status', status: 'verified' })).rejects.toThrow(/dismissed as not a claim/);

  // Dismissed units shown: counted apart, never "14 shown of 13 claims".
  await page.keyboard.press('Shift+X');
  await expect(rows(page)).toHaveCount(total);
  const hint = page.locator('.claims-section > .hint').first();
  await expect(hint).toContainText(`${total - 1} shown of ${total - 1} claims, and 1 dismissed unit`);
  await expect(page.locator(`li.claim[data-claim-id="${id}"]`)).toHaveAttribute('data-status', 'unreviewed');
  await expect(page.locator(`li.claim[data-claim-id="${eighth}"]`)).toHaveAttribute('data-status', 'verified');
});

test('the report leads with findings and their reasons, then what is open, and says who did what', async ({ page }) => {
  const { outDir, app } = await start(page, null);
  // The reviewer is asked for before anything can be changed, never taken from the computer's login.
  const prompt = page.getByRole('dialog', { name: 'Who is reviewing?' });
  await expect(prompt).toBeVisible();
  await expect(prompt.getByLabel('Your name')).toBeFocused();
  await expectAccessible(page, 'reviewer prompt');
  // Esc does not send it away, and a status key marks nothing while it asks.
  await page.keyboard.press('Escape');
  await expect(prompt).toBeVisible();
  await page.keyboard.press('v');
  const doc = (await app.service.getLibrary()).documents[0]!;
  expect((await app.service.getDocument(doc.id)).history).toEqual([]);
  await prompt.getByLabel('Your name').fill('Ana Ruiz');
  await prompt.getByRole('button', { name: 'Save name' }).click();
  await expect(prompt).toHaveCount(0);
  // The keyboard is back on the claim list.
  await expect(page.locator('li.claim.selected .claim-body')).toBeFocused();

  const first = rows(page).nth(1);
  await first.locator('.claim-body').click();
  await page.keyboard.press('v');
  await expect(first).toHaveAttribute('data-status', 'verified');
  // A verdict without a reason is asked for one and flagged in the list.
  await expect(page.locator('#claim-detail').getByTestId('reason-ask')).toContainText('Verified needs a reason');
  await expect(first.getByTestId('no-reason')).toBeVisible();
  await expectAccessible(page, 'verdict without a reason');
  await page.keyboard.press('n');
  await page.keyboard.type('Matches the Pentagon briefing transcript.');
  await page.keyboard.press('Escape');
  await expect(page.locator('#claim-detail .detail-section[aria-label=Note] .hint')).toHaveText('Saved.');
  await expect(first.getByTestId('no-reason')).toHaveCount(0);
  await first.locator('.claim-body').focus();
  await page.keyboard.press('j');
  await page.keyboard.press('d');
  await expect(rows(page).nth(2)).toHaveAttribute('data-status', 'disputed');
  await page.keyboard.press('j');
  await page.keyboard.press('i');
  await expect(rows(page).nth(3)).toHaveAttribute('data-status', 'in-progress');
  // An undone step must not show in the report.
  await page.keyboard.press('j');
  await page.keyboard.press('u');
  await expect(rows(page).nth(4)).toHaveAttribute('data-status', 'unsourced');
  await page.keyboard.press('Control+z');
  await expect(rows(page).nth(4)).toHaveAttribute('data-status', 'unreviewed');
  const total = await rows(page).count();

  await page.keyboard.press('Control+e');
  const dialog = page.getByRole('dialog', { name: 'Export' });
  const preview = dialog.locator('.markdown-preview');
  // The preview draws a long report a page at a time as the reader scrolls: scroll until it is all there.
  // Why the first heading first: before the preview's first part arrives there is no "more follows" either.
  const scrollToEnd = async () => {
    await expect(preview.locator('h3').first()).toBeVisible();
    await expect
      .poll(async () => {
        await dialog.locator('.export-preview').evaluate((el) => el.scrollTo(0, el.scrollHeight));
        return preview.getByText('More of the report follows…').count();
      })
      .toBe(0);
  };
  await scrollToEnd();
  // The preview draws each heading one level down (the dialog's own title is the h2).
  await expect(preview.locator('h3')).toHaveText(['Verdicts', 'Findings', 'Still open', 'Figures', 'The article', 'About this report']);
  // In progress is not reviewed: one finding and one bare verdict make 2 reviewed.
  await expect(preview).toContainText(`Reviewed: 2 of ${total}`);
  const findings = preview.locator('h4', { hasText: /^Claim \d+: Verified$/ });
  await expect(findings).toHaveCount(1);
  await expect(preview).toContainText('Reason: Matches the Pentagon briefing transcript.');
  await expect(preview).toContainText('Verdict by: Ana Ruiz');
  await expect(preview.locator('h4', { hasText: 'Verdicts without a reason (1)' })).toBeVisible();
  await expect(preview.locator('h4', { hasText: 'In progress (1)' })).toBeVisible();
  await expect(preview).not.toContainText('no changes');
  await expect(preview).not.toContainText('Undid');
  await expect(preview).not.toContainText('root');
  await page.screenshot({ path: await screenshotPath('desk-report-preview') });

  // The full record on request, with who made each change.
  await dialog.getByLabel('Full per-claim record').check();
  // The record comes last, a page or more down: scroll until the refreshed preview shows it.
  await expect
    .poll(async () => {
      await dialog.locator('.export-preview').evaluate((el) => el.scrollTo(0, el.scrollHeight));
      return preview.locator('h3', { hasText: 'Full record' }).count();
    })
    .toBe(1);
  await expect(preview).toContainText('Ana Ruiz, ');
  await expect(preview).not.toContainText('Undid');

  // ClaimReview: what readers will miss is said before saving.
  await dialog.getByLabel('ClaimReview JSON-LD').check();
  const missing = dialog.getByRole('region', { name: 'Missing before export' });
  await expect(missing).toContainText('organisation’s name');
  await expect(missing).toContainText('organisation’s web address');
  await expectAccessible(page, 'export preflight');

  // Markdown saved with its sourcing chart beside it.
  await dialog.getByLabel('Markdown report').check();
  await dialog.getByRole('button', { name: 'Save…' }).click();
  await expect(page.locator('.toast')).toContainText('Saved to');
  const saved = (await page.locator('.toast').textContent())!.match(/Saved to (\S+\.md)/)![1]!;
  const md = await readFile(saved, 'utf8');
  expect(md.indexOf('## Findings')).toBeLessThan(md.indexOf('## Still open'));
  const chart = md.match(/!\[[^\]]*\]\(([^)]+\.svg)\)/)![1]!;
  expect(await readFile(join(outDir, chart), 'utf8')).toContain('<title id="t">Sourcing profile: ');
});

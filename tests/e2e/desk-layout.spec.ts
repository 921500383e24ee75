import { writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { openApp } from './bridge.ts';
import { detail, screenshotPath, SEEDS_DIR, tempDir } from './fixtures.ts';

const rows = (page: Page) => page.locator('li.claim');
const selectedRow = (page: Page) => page.locator('li.claim.selected');

async function start(page: Page, files: string[] = []) {
  const dataDir = await tempDir('layout');
  await openApp(page, { dataDir, seedsDir: SEEDS_DIR }, { chooseReportPath: async () => null, chooseArticleFiles: async () => files });
  await expect(rows(page).first()).toBeVisible();
}

const box = async (page: Page, selector: string) => (await page.locator(selector).first().boundingBox())!;

test('at 1280×800 a compact list beside a fixed detail: j/k never reshuffle it, the selected row stays in view', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await start(page);
  // The detail is a panel of its own, not a part of the list.
  await expect(detail(page)).toBeVisible();
  await expect(page.locator('li.claim #claim-detail')).toHaveCount(0);
  const listBox = await box(page, 'ol.claims');
  const detailBox = await box(page, '#claim-detail');
  expect(detailBox.x).toBeGreaterThanOrEqual(listBox.x + listBox.width);

  const heights = () => rows(page).evaluateAll((els) => els.map((el) => Math.round(el.getBoundingClientRect().height)));
  const before = await heights();
  const count = before.length;
  for (let i = 1; i < count; i++) {
    await page.keyboard.press('j');
    await expect(selectedRow(page).locator('.claim-number')).toHaveText(`#${i + 1}`);
    await expect(selectedRow(page)).toBeInViewport({ ratio: 0.98 });
    await expect(detail(page).locator('.detail-title')).toHaveText(`Claim #${i + 1}`);
  }
  expect(await heights()).toEqual(before);
  for (let i = count - 1; i > 0; i--) await page.keyboard.press('k');
  await expect(selectedRow(page).locator('.claim-number')).toHaveText('#1');
  await expect(selectedRow(page)).toBeInViewport({ ratio: 0.98 });
  expect(await heights()).toEqual(before);
});

test('at 1024×700: the export dialog’s Save is in reach, the filters sit above the list, a switched article starts at its headline', async ({ page }) => {
  await page.setViewportSize({ width: 1024, height: 700 });
  await start(page, [resolve('tests/fixtures/harbour-news.html')]);

  // Filter checkboxes never cover the list.
  const filters = await box(page, '.filters');
  const list = await box(page, 'ol.claims');
  expect(filters.y + filters.height).toBeLessThanOrEqual(list.y);
  for (let i = 0; i < 10; i++) await page.keyboard.press('j');
  const lastCheckbox = await box(page, '.filters label:last-of-type');
  const firstShownRow = await rows(page).evaluateAll((els, top) => els.find((el) => el.getBoundingClientRect().bottom > top)?.getBoundingClientRect().top ?? 0, list.y);
  expect(lastCheckbox.y + lastCheckbox.height).toBeLessThanOrEqual(Math.max(firstShownRow, list.y));

  // Export dialog: Save is inside the window and takes a click.
  await page.keyboard.press('Control+e');
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await expect(dialog).toBeVisible();
  const save = dialog.getByRole('button', { name: 'Save…' });
  await expect(save).toBeInViewport({ ratio: 0.98 });
  await save.click({ trial: true });
  await dialog.getByRole('button', { name: 'Close' }).click();

  // Switching articles: the article starts at its top, its headline not under the article toolbar.
  await page.keyboard.press('Control+o');
  await expect(page.locator('h1')).toHaveText('Harbour cranes idle as dock workers strike for second week');
  for (let i = 0; i < 6; i++) await page.keyboard.press('j');
  await page.keyboard.press('[');
  await expect(page.locator('h1')).toHaveText(/Joe Biden allows Ukraine/);
  const current = page.locator('.article-text .current').first();
  await expect(current).toBeInViewport();
  const toolbar = await box(page, '.article-toolbar');
  const headline = (await current.boundingBox())!;
  expect(headline.y).toBeGreaterThanOrEqual(toolbar.y + toolbar.height);
  await expect(selectedRow(page)).toBeInViewport({ ratio: 0.98 });
});

test('the article’s outlet, byline, date and address show in the header and the library', async ({ page }) => {
  const dir = await tempDir('meta');
  const file = join(dir, 'rents.html');
  await writeFile(
    file,
    `<!DOCTYPE html><html lang="en"><head><title>Rents rise again - City Desk</title>
<meta property="og:site_name" content="City Desk"><meta name="author" content="Ana Ruiz">
<meta property="article:published_time" content="2026-03-04T08:00:00Z"><link rel="canonical" href="https://citydesk.example/rents-rise">
</head><body><article><h1>Rents rise again</h1><p>Rents rose 7 percent in a year, the housing office said on Monday.</p>
<p>About 1,200 families were evicted in 2025, according to the city's own figures.</p></article></body></html>`,
  );
  await start(page, [file]);
  await page.keyboard.press('Control+o');
  // Two sentences are more likely a fragment than an article: the import asks first.
  await page.getByRole('alertdialog', { name: 'Import “Rents rise again” anyway?' }).getByRole('button', { name: 'Import anyway' }).click();
  await expect(page.locator('h1')).toHaveText('Rents rise again');
  const credit = page.getByTestId('article-credit');
  await expect(credit).toContainText('City Desk');
  await expect(credit).toContainText('Ana Ruiz');
  await expect(credit).toContainText('2026');
  await expect(credit.getByRole('link')).toHaveAttribute('href', 'https://citydesk.example/rents-rise');
  const item = page.locator('nav .doc-item.current .doc-credit');
  await expect(item).toContainText('City Desk');
  await expect(item).toContainText('Ana Ruiz');
});

for (const [width, height] of [[1024, 700], [1280, 800]] as const) {
  test(`at ${width}×${height} a 300-character message never makes the page wider than the window`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    // A missing file with a long path: the message that says so runs past 300 characters.
    const folder = await tempDir('long-name');
    const file = join(folder, ...Array.from({ length: 5 }, (_, i) => `newsroom-export-folder-with-a-long-name-${i}`), `${'a-very-long-article-file-name-'.repeat(3)}.html`);
    await start(page, [file]);
    const toast = page.locator('.toast');
    await page.keyboard.press('Control+o');
    await expect(toast).toContainText('does not exist');
    expect(((await toast.textContent()) ?? '').length).toBeGreaterThan(300);
    const widths = () => page.evaluate(() => ({ page: document.documentElement.scrollWidth, body: document.body.scrollWidth, window: window.innerWidth }));
    const w = await widths();
    expect(w.page).toBeLessThanOrEqual(w.window);
    expect(w.body).toBeLessThanOrEqual(w.window);
    // Everything at the window's edge is still in it: the shortcuts link, the Export button, the detail.
    await expect(page.getByRole('button', { name: /Keyboard shortcuts/ })).toBeInViewport();
    await expect(page.getByRole('button', { name: 'Export report…' })).toBeInViewport();
    await expect(detail(page)).toBeInViewport({ ratio: 0.5 });
    // The full text is there on hover.
    await toast.hover();
    await expect(toast).toHaveAttribute('title', /does not exist/);
    // Moving through claims never scrolls the window sideways.
    for (let i = 0; i < 4; i++) await page.keyboard.press('j');
    expect(await page.evaluate(() => window.scrollX)).toBe(0);
    await page.screenshot({ path: await screenshotPath(`layout-long-message-${width}x${height}`) });
  });
}

for (const size of [{ width: 1280, height: 800 }, { width: 1024, height: 700 }] as const) {
  test(`at ${size.width}×${size.height} the detail shows a verdict's reason prompt whole, no row label is cut, and the split moves by key`, async ({ page }) => {
    await page.setViewportSize(size);
    await start(page);
    // A verdict with a note and evidence, and one without a reason: the list shows all their labels whole.
    await page.keyboard.press('j');
    await page.keyboard.press('v');
    await page.keyboard.press('n');
    await page.keyboard.type('Confirmed with the press office.');
    await page.keyboard.press('Escape');
    await page.keyboard.press('e');
    await page.keyboard.type('https://example.org/statement');
    await page.keyboard.press('Enter');
    await expect(detail(page).locator('.evidence-list a')).toHaveCount(1);
    await page.keyboard.press('j');
    await page.keyboard.press('v');
    const ask = detail(page).getByTestId('reason-ask');
    await expect(ask).toBeVisible();
    const panel = (await detail(page).boundingBox())!;
    const prompt = (await ask.boundingBox())!;
    expect(prompt.y).toBeGreaterThanOrEqual(panel.y);
    expect(prompt.y + prompt.height).toBeLessThanOrEqual(panel.y + panel.height);
    const cut = await page.locator('li.claim .claim-source > *').evaluateAll((els) => els.filter((el) => el.scrollWidth > el.clientWidth + 1).map((el) => el.textContent));
    expect(cut).toEqual([]);
    await page.screenshot({ path: await screenshotPath(`layout-detail-${size.width}x${size.height}`) });

    // The split between the detail and the article moves from the keyboard, and stays where it was put.
    const split = page.getByRole('separator', { name: /claim detail and the article/ });
    const before = panel.height;
    await expect(split).toHaveAttribute('aria-valuenow', '64');
    await split.focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expect(split).toHaveAttribute('aria-valuenow', '74');
    await expect.poll(async () => (await detail(page).boundingBox())!.height).toBeGreaterThan(before + 20);
    await page.keyboard.press('Home');
    await expect(split).toHaveAttribute('aria-valuenow', '20');
    await page.reload();
    await expect(page.getByRole('separator', { name: /claim detail and the article/ })).toHaveAttribute('aria-valuenow', '20');
  });
}

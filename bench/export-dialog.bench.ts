import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { openApp } from '../tests/e2e/bridge.ts';
import { WorkbenchService } from '../src/main/service/workbench-service.ts';
import { generateNews } from './generate-news.ts';
import { percentile, result, sized, type BenchResult } from './measure.ts';

const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** How long after the preview shows the window is still watched for tasks that would hold up a key. */
const watchMs = (): number => sized(3000, 200);

/** Counts the page's long tasks (over 50 ms: the browser's own measure of a window not answering input). */
async function watchLongTasks(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __longTasks: number[] };
    w.__longTasks = [];
    new PerformanceObserver((list) => list.getEntries().forEach((e) => w.__longTasks.push(e.duration))).observe({ type: 'longtask' });
  });
}

/**
 * Opens the export dialog with Ctrl+E and measures, inside the page, the time until its Markdown preview
 * shows the report's title, and the longest task the window ran from the key press to watchMs() later.
 */
async function openExport(page: Page): Promise<{ shown: number; longest: number }> {
  const out = await page.evaluate(async (watch) => {
    const w = window as unknown as { __longTasks: number[] };
    w.__longTasks = [];
    const t0 = performance.now();
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'e', ctrlKey: true, bubbles: true, cancelable: true }));
    let shown = 0;
    for (;;) {
      await new Promise((r) => requestAnimationFrame(r));
      const heading = document.querySelector('.export-preview .markdown-preview h2');
      if (!shown && heading?.textContent?.includes('Verification report')) shown = performance.now() - t0;
      if (shown && performance.now() - t0 > shown + watch) break;
      if (performance.now() - t0 > 120_000) throw new Error('the preview never showed');
    }
    return { shown, tasks: w.__longTasks };
  }, watchMs());
  await page.keyboard.press('Escape');
  await page.locator('dialog.export').waitFor({ state: 'detached' });
  return { shown: out.shown, longest: Math.max(0, ...out.tasks) };
}

/**
 * Clicks a document in the library list and measures, inside the page, the time until its title and first claim
 * show, and the longest task the window ran from the click to watchMs() after that.
 */
async function showDocument(page: Page, title: string): Promise<{ shown: number; longest: number }> {
  const out = await page.evaluate(
    async ({ title, watch }) => {
      const w = window as unknown as { __longTasks: number[] };
      w.__longTasks = [];
      const entry = [...document.querySelectorAll<HTMLElement>('nav .doc')].find((e) => e.textContent?.includes(title));
      if (!entry) throw new Error(`no library entry for ${title}`);
      const t0 = performance.now();
      entry.click();
      let shown = 0;
      for (;;) {
        await new Promise((r) => requestAnimationFrame(r));
        const heading = document.querySelector('h1');
        if (!shown && heading?.textContent?.includes(title) && document.querySelector('li.claim')) shown = performance.now() - t0;
        if (shown && performance.now() - t0 > shown + watch) break;
        if (performance.now() - t0 > 120_000) throw new Error('the document never showed');
      }
      return { shown, tasks: w.__longTasks };
    },
    { title, watch: watchMs() },
  );
  return { shown: out.shown, longest: Math.max(0, ...out.tasks) };
}

async function openDocument(page: Page, title: string): Promise<void> {
  await page.locator('nav .doc', { hasText: title }).click();
  await page.locator('h1', { hasText: title }).waitFor();
  await page.waitForTimeout(500);
}

/** Opening the export dialog on a 20,000-claim document, against the seed article in the same run. */
export async function benchExportDialog(): Promise<BenchResult[]> {
  const dataDir = await mkdtemp(join(tmpdir(), 'factcheck-bench-export-'));
  const seeds = await mkdtemp(join(tmpdir(), 'factcheck-bench-export-seeds-'));
  await writeFile(join(seeds, 'a-seed.txt'), await readFile('seeds/biden-ukraine-strikes.txt'));
  // Generated news has about one check-worthy claim per 103 characters.
  await writeFile(join(seeds, 'b-big.txt'), `Twenty thousand claims\n\n${generateNews(sized(20_000, 100) * 103, 5)}`);
  const probe = await WorkbenchService.start({ dataDir, seedsDir: seeds });
  const big = (await probe.getLibrary()).documents.find((d) => d.title === 'Twenty thousand claims')!;
  await probe.flush();

  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ARGS });
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await openApp(page, { dataDir, seedsDir: null }, { chooseReportPath: async () => null, chooseArticleFiles: async () => [] });
  await page.locator('li.claim').first().waitFor();
  await watchLongTasks(page);

  const runs = { seed: [] as { shown: number; longest: number }[], big: [] as { shown: number; longest: number }[] };
  const shows = { seed: [] as { shown: number; longest: number }[], big: [] as { shown: number; longest: number }[] };
  for (let i = 0; i < sized(3, 1); i++) {
    shows.seed.push(await showDocument(page, 'Joe Biden allows'));
    shows.big.push(await showDocument(page, 'Twenty thousand claims'));
  }
  for (let i = 0; i < sized(3, 1); i++) {
    await openDocument(page, 'Joe Biden allows');
    runs.seed.push(await openExport(page));
    await openDocument(page, 'Twenty thousand claims');
    runs.big.push(await openExport(page));
  }
  await browser.close();

  const median = (xs: number[]): number => percentile(xs, 50);
  const shownBig = median(runs.big.map((r) => r.shown));
  const longestBig = Math.max(...runs.big.map((r) => r.longest));
  const same = `seed article (14 claims), same run`;
  const shownDoc = median(shows.big.map((r) => r.shown));
  const longestDoc = Math.max(...shows.big.map((r) => r.longest));
  return [
    result(`showing a ${big.claimCount}-claim document from the library (median)`, 'ms', shownDoc, { name: same, value: median(shows.seed.map((r) => r.shown)) }, 'none (measured)', true),
    result(`showing a ${big.claimCount}-claim document: longest task (max)`, 'ms', longestDoc, { name: same, value: Math.max(1, ...shows.seed.map((r) => r.longest)) }, 'none (measured)', true),
    result(`export dialog on a ${big.claimCount}-claim document: preview shown (median)`, 'ms', shownBig, { name: same, value: median(runs.seed.map((r) => r.shown)) }, '≤ 500 ms', shownBig <= 500),
    result(
      `export dialog on a ${big.claimCount}-claim document: longest task while opening (max)`,
      'ms',
      longestBig,
      { name: same, value: Math.max(1, ...runs.seed.map((r) => r.longest)) },
      '≤ 100 ms',
      longestBig <= 100,
    ),
  ];
}

// Run on its own: `npx tsx bench/export-dialog.bench.ts` (after `electron-vite build`).
if (process.argv[1]?.endsWith('export-dialog.bench.ts')) {
  for (const r of await benchExportDialog()) console.log(JSON.stringify(r));
}

import { readFile } from 'node:fs/promises';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { openApp } from '../tests/e2e/bridge.ts';
import { generateNews } from './generate-news.ts';
import { percentile, result, sized, type BenchResult } from './measure.ts';
import { WorkbenchService } from '../src/main/service/workbench-service.ts';

const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** An article with about `claims` check-worthy sentences. */
function bigArticle(claims: number): string {
  // Generated news has about one check-worthy claim per 103 characters (a quarter of its sentences are
  // questions or opinions, which are not on the list).
  return generateNews(claims * 103, 7);
}

/** Milliseconds from clicking a document in the sidebar to its claim list painted (two animation frames). */
export async function openToPainted(page: Page, title: string, expected: number): Promise<number> {
  return page.evaluate(
    async ({ title, expected }) => {
      const button = [...document.querySelectorAll<HTMLButtonElement>('nav .doc')].find((b) => b.textContent?.includes(title))!;
      const t0 = performance.now();
      button.click();
      for (;;) {
        await new Promise((r) => requestAnimationFrame(r));
        const h1 = document.querySelector('h1')?.textContent ?? '';
        const shown = document.querySelector('.claims-section > .hint')?.textContent ?? '';
        if (h1.includes(title) && document.querySelector('li.claim') && shown.includes(`of ${expected} claims`)) break;
        if (performance.now() - t0 > 30_000) throw new Error('list never painted');
      }
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      return performance.now() - t0;
    },
    { title, expected },
  );
}

/** Key press to the status change being on disk, measured around the real service call, `n` times. */
export async function keyToDisk(page: Page, writes: { done: number[] }, n: number): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    await page.keyboard.press('j');
    const before = writes.done.length;
    const t0 = performance.now();
    await page.keyboard.press(i % 2 ? 'u' : 'v');
    while (writes.done.length === before) await new Promise((r) => setTimeout(r, 1));
    times.push(writes.done.at(-1)! - t0);
  }
  return times;
}

/** The review benchmarks of a large document against the seed article, in headless Chromium via the bridge. */
export async function benchReview(): Promise<BenchResult[]> {
  const dataDir = await mkdtemp(join(tmpdir(), 'factcheck-bench-'));
  const seeds = await mkdtemp(join(tmpdir(), 'factcheck-bench-seeds-'));
  await writeFile(join(seeds, 'a-seed.txt'), await readFile('seeds/biden-ukraine-strikes.txt'));
  await writeFile(join(seeds, 'b-big.txt'), `Big document of generated claims\n\n${bigArticle(sized(2000, 100))}`);
  const probe = await WorkbenchService.start({ dataDir, seedsDir: seeds });
  const docs = (await probe.getLibrary()).documents;
  const seed = docs[0]!;
  const big = docs[1]!;

  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ARGS });
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  const writes = { done: [] as number[] };
  const app = await openApp(page, { dataDir, seedsDir: null }, { chooseReportPath: async () => null, chooseArticleFiles: async () => [] });
  const original = app.service.editClaim.bind(app.service);
  app.service.editClaim = async (...args) => {
    const r = await original(...args);
    writes.done.push(performance.now());
    return r;
  };
  await page.locator('li.claim').first().waitFor();

  const open = { seed: [] as number[], big: [] as number[] };
  for (let i = 0; i < sized(6, 2); i++) {
    open.big.push(await openToPainted(page, big.title, big.claimCount));
    open.seed.push(await openToPainted(page, 'Joe Biden allows', seed.claimCount));
  }
  const seedKeys = await keyToDisk(page, writes, sized(30, 3));
  await openToPainted(page, big.title, big.claimCount);
  const bigKeys = await keyToDisk(page, writes, sized(40, 3));
  await browser.close();

  const median = (xs: number[]): number => percentile(xs, 50);
  const baseOpen = { name: `seed article (${seed.claimCount} claims), same run`, value: median(open.seed.slice(1)) };
  const openBig = median(open.big.slice(1));
  const baseKey = { name: `seed article (${seed.claimCount} claims), same run`, value: percentile(seedKeys, 95) };
  const keyBig = percentile(bigKeys, 95);
  return [
    result(`open a ${big.claimCount}-claim document to list painted (median)`, 'ms', openBig, baseOpen, '≤ 200 ms', openBig <= 200),
    result(`status key press to change on disk, ${big.claimCount}-claim document (p95)`, 'ms', keyBig, baseKey, '≤ 50 ms p95', keyBig <= 50),
  ];
}

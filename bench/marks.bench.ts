import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { chromium } from '@playwright/test';
import { openApp } from '../tests/e2e/bridge.ts';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { documentFrom } from '../src/main/service/build-document.ts';
import { WorkbenchService } from '../src/main/service/workbench-service.ts';
import { LibraryStore } from '../src/main/store/library-store.ts';
import { extractFromText } from '../src/shared/extract/extract.ts';
import type { FactDocument, HistoryEntry } from '../src/shared/model.ts';
import { STATUSES } from '../src/shared/status.ts';
import { generateNews } from './generate-news.ts';
import { percentile, result, sized, type BenchResult } from './measure.ts';
import { keyToDisk, openToPainted } from './review.bench.ts';

const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** Status key presses to the change on disk through the Chromium bridge the e2e tests use: seed, then the large document. */
async function bridgeTimes(dataDir: string, seed: { title: string; claimCount: number }, big: { title: string; claimCount: number }, n: number): Promise<number[][]> {
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ARGS });
  try {
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
    const out: number[][] = [];
    for (const doc of [seed, big]) {
      await openToPainted(page, doc.title, doc.claimCount);
      // One unmeasured press: the first change of a session takes the document's backup.
      await keyToDisk(page, writes, 1);
      out.push(await keyToDisk(page, writes, n));
    }
    return out;
  } finally {
    await browser.close();
  }
}

/** A generated article of about `claims` claims with `entries` history entries, as a long review leaves it. */
function reviewedDocument(claims: number, entries: number): FactDocument {
  const doc = documentFrom(extractFromText(`Long reviewed article\n\n${generateNews(claims * 103, 21)}`), 'long.txt', new Date('2026-01-01T00:00:00Z'));
  for (let i = 0; i < entries; i++) {
    const at = new Date(Date.UTC(2026, 0, 2, 0, 0, i)).toISOString();
    const k = (i * 7919) % doc.claims.length;
    const before = doc.claims[k]!;
    const after = { ...before, status: STATUSES[(i % 4) + 1]!, statusChangedAt: at };
    doc.claims[k] = after;
    const entry: HistoryEntry = { id: `h-bench${i}`, at, claimId: before.id, label: `Status: ${after.status}`, before, after, kind: 'status' };
    doc.history.push(entry);
    doc.undoStack.push(entry.id);
  }
  return doc;
}

/** Status changes to disk through the service, `n` of them, alternating between the two documents. */
async function markTimes(svc: WorkbenchService, ids: string[], n: number): Promise<number[][]> {
  const docs = await Promise.all(ids.map((id) => svc.getDocument(id)));
  const times = ids.map(() => [] as number[]);
  for (let i = 0; i < n; i++) {
    for (const [d, doc] of docs.entries()) {
      const claim = doc.claims[(i * 31) % doc.claims.length]!;
      const t0 = performance.now();
      await svc.editClaim(doc.id, claim.id, { kind: 'status', status: STATUSES[(i % 4) + 1]! });
      times[d]!.push(performance.now() - t0);
    }
  }
  return times;
}

/**
 * A status change to disk on a 20,000-claim document with 5,000 history entries, against the same on the seed
 * article, in the same run (p95 of 200 each, taken in turns so both see the same disk and load).
 */
export async function benchMarks(): Promise<BenchResult[]> {
  const dir = await mkdtemp(join(tmpdir(), 'factcheck-marks-'));
  try {
    const seeds = join(dir, 'seeds');
    await mkdir(seeds);
    await writeFile(join(seeds, 'a-seed.txt'), await readFile('seeds/biden-ukraine-strikes.txt'));
    const dataDir = join(dir, 'library');
    const setup = await WorkbenchService.start({ dataDir, seedsDir: seeds });
    const seed = (await setup.getLibrary()).documents[0]!;
    await setup.flush();
    const big = reviewedDocument(sized(20_000, 300), sized(5_000, 50));
    // Added as the store adds a document, then read by a fresh start, as a library opened the next day.
    const store = await LibraryStore.open(dataDir);
    await store.addDocument(big);
    await store.flush();
    const svc = await WorkbenchService.start({ dataDir, seedsDir: null });
    const n = sized(200, 10);
    // The first change of a session takes a backup of each document: done before measuring, as in a session.
    await markTimes(svc, [seed.id, big.id], 1);
    const [seedTimes, bigTimes] = await markTimes(svc, [seed.id, big.id], n);
    await svc.flush();
    const base = { name: `seed article (${seed.claimCount} claims), same run`, value: percentile(seedTimes!, 95) };
    const p95 = percentile(bigTimes!, 95);
    const size = `${big.claims.length}-claim document with ${big.history.length} history entries`;
    const bigSummary = (await svc.getLibrary()).documents.find((d) => d.id === big.id)!;
    const [seedKeys, bigKeys] = await bridgeTimes(dataDir, seed, bigSummary, sized(40, 3));
    const keyBase = { name: `seed article (${seed.claimCount} claims), same run`, value: percentile(seedKeys!, 95) };
    const keyP95 = percentile(bigKeys!, 95);
    return [
      result(`status change to disk in the service, ${size} (p95 of ${n})`, 'ms', p95, base, '≤ 2× the seed article', p95 <= 2 * base.value),
      result(`status key press to change on disk through the Chromium bridge, ${size} (p95 of ${bigKeys!.length})`, 'ms', keyP95, keyBase, '≤ 2× the seed article', keyP95 <= 2 * keyBase.value),
    ];
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

// Measures the real service over a large library, in its own process so its resident memory is its own.
// Prints one JSON line of figures.
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Low } from 'lowdb';
import { JSONFile } from 'lowdb/node';
import { WorkbenchService } from '../src/main/service/workbench-service.ts';
import type { FactDocument } from '../src/shared/model.ts';
import { STATUSES } from '../src/shared/status.ts';

const [mode, dataDir, size, projectRoot] = process.argv.slice(2);
/** Rounds of each measurement: a smoke run only checks that they run. */
const scale = (full: number): number => (size === 'smoke' ? Math.max(1, Math.round(full / 20)) : full);
const QUERIES = ['power homes', 'billion spending', 'regulator inquiry', 'trucks driver', 'plan approved', 'workers hired', 'jan 9', 'officials said plan', 'spending rose', 'inquiry regulator shares'];
const p95 = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.ceil(xs.length * 0.95) - 1]!;
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function real(): Promise<Record<string, number>> {
  const t0 = performance.now();
  const svc = await WorkbenchService.start({ dataDir: dataDir!, seedsDir: null, searchInBackground: true });
  const lib = await svc.getLibrary();
  const startup = performance.now() - t0;
  const ids = lib.documents.map((d) => d.id);
  const open: number[] = [];
  for (let i = 0; i < scale(30); i++) {
    const t = performance.now();
    await svc.viewDocument(ids[(i * 37) % ids.length]!);
    open.push(performance.now() - t);
  }
  const doc = await svc.getDocument(ids[0]!);
  const status: number[] = [];
  const mark = async (count: number): Promise<void> => {
    const from = status.length;
    for (let i = from; i < from + count; i++) {
      const t = performance.now();
      await svc.editClaim(doc.id, doc.claims[i % doc.claims.length]!.id, { kind: 'status', status: STATUSES[(i % 4) + 1]! });
      status.push(performance.now() - t);
    }
  };
  const search: number[] = [];
  const find = async (rounds: number): Promise<void> => {
    for (let r = 0; r < rounds; r++)
      for (const q of QUERIES) {
        const t = performance.now();
        await svc.searchLibrary({ text: q, limit: 20 });
        search.push(performance.now() - t);
      }
  };
  await mark(scale(60));
  const t1 = performance.now();
  await svc.searchLibrary({ text: 'warm up' });
  const indexReady = performance.now() - t1;
  await find(scale(5));
  // Memory is taken after the same work as always (30 opens, 60 changes, 50 searches), so runs compare.
  const memory = process.memoryUsage();
  const rss = memory.rss / 1048576;
  // More samples for the latencies, so a p95 is the 10th slowest of 200 and not one hiccup of the disk.
  await mark(scale(140));
  await find(scale(5));
  const mb = (x: number): number => Math.round(x / 104857.6) / 10;
  return { startup, open: median(open), status: p95(status), search: p95(search), indexReady, rss, claims: lib.documents.reduce((a, d) => a + d.claimCount, 0), heapUsed: mb(memory.heapUsed), heapTotal: mb(memory.heapTotal), arrayBuffers: mb(memory.arrayBuffers) };
}

/** The naive design: one lowdb file holding every document, and a linear scan to search. */
async function naive(): Promise<Record<string, number>> {
  const t0 = performance.now();
  const db = new Low<{ documents: FactDocument[] }>(new JSONFile(`${dataDir}/everything.json`), { documents: [] });
  await db.read();
  const titles = db.data.documents.map((d) => d.title);
  const startup = performance.now() - t0;
  void titles;
  const open: number[] = [];
  for (let i = 0; i < 30; i++) {
    const t = performance.now();
    JSON.parse(JSON.stringify(db.data.documents[(i * 37) % db.data.documents.length]));
    open.push(performance.now() - t);
  }
  const status: number[] = [];
  for (let i = 0; i < 5; i++) {
    const t = performance.now();
    db.data.documents[0]!.claims[i]!.status = 'verified';
    await db.write();
    status.push(performance.now() - t);
  }
  const search: number[] = [];
  for (const q of QUERIES) {
    const words = q.split(' ');
    const t = performance.now();
    const hits = [];
    for (const d of db.data.documents) for (const c of d.claims) if (words.every((w) => c.text.toLowerCase().includes(w))) hits.push(c);
    search.push(performance.now() - t);
  }
  return { startup, open: median(open), status: p95(status), search: p95(search), indexReady: 0, rss: process.memoryUsage().rss / 1048576, claims: 0 };
}

/** A query as FTS5 reads it: every word required, the last one also as a prefix, as the product's search does. */
function ftsQuery(q: string): string {
  const words = q.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  return words.map((w, i) => `"${w}"${i === words.length - 1 ? '*' : ''}`).join(' ');
}

/**
 * SQLite FTS5 (SQLite's own WebAssembly build through node-sqlite3-wasm) over the same claims: their text,
 * source, note and evidence titles, Porter stemming, ranked by bm25, the same queries and limit.
 */
async function fts5(): Promise<Record<string, number>> {
  // Loaded from the checkout: the bundle lives in a temporary folder and leaves this package out.
  const { Database } = createRequire(join(projectRoot!, 'package.json'))('node-sqlite3-wasm') as typeof import('node-sqlite3-wasm');
  const t0 = performance.now();
  const everything = new Low<{ documents: FactDocument[] }>(new JSONFile(`${dataDir}/everything.json`), { documents: [] });
  await everything.read();
  const db = new Database();
  db.exec("CREATE VIRTUAL TABLE claims USING fts5(doc UNINDEXED, claim UNINDEXED, text, source, note, evidence, tokenize = 'porter unicode61')");
  db.exec('BEGIN');
  const insert = db.prepare('INSERT INTO claims VALUES (?, ?, ?, ?, ?, ?)');
  for (const d of everything.data.documents)
    for (const c of d.claims) if (!c.dismissed) insert.run([d.id, c.id, c.text, c.attribution?.source ?? '', c.note, c.evidence.map((e) => e.title).join(' ')]);
  insert.finalize();
  db.exec('COMMIT');
  everything.data.documents = [];
  const indexReady = performance.now() - t0;
  const search: number[] = [];
  const select = db.prepare('SELECT doc, claim, substr(text, 1, 240) AS text FROM claims WHERE claims MATCH ? ORDER BY rank LIMIT 20');
  // One query first, as the service's warm-up search: the first one builds SQLite's caches.
  select.all(ftsQuery('warm up'));
  for (let r = 0; r < scale(10); r++)
    for (const q of QUERIES) {
      const t = performance.now();
      select.all(ftsQuery(q));
      search.push(performance.now() - t);
    }
  select.finalize();
  const rss = process.memoryUsage().rss / 1048576;
  db.close();
  return { startup: 0, open: 0, status: 0, search: p95(search), indexReady, rss, claims: 0 };
}

const run = { naive, fts5, real }[mode as 'naive' | 'fts5' | 'real'];
process.stdout.write(`${JSON.stringify(await run())}\n`);

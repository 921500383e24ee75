import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { documentFrom } from '../src/main/service/build-document.ts';
import { summarize } from '../src/shared/summary.ts';
import { emptyIndex, SCHEMA_VERSION } from '../src/main/store/schema.ts';
import { extractFromText } from '../src/shared/extract/extract.ts';
import type { FactDocument } from '../src/shared/model.ts';
import { generateNews } from './generate-news.ts';
import { bundleForNode } from './bundle.ts';
import { result, sized, withReference, type BenchResult } from './measure.ts';

/** The library's size: 1,000 documents of 200 claims (a smoke run: 5 of 20). */
const size = () => ({ documents: sized(1000, 5), claims: sized(200, 20) });

/** Writes a generated library in the store's format, and the same documents as one file for the naive baseline. */
async function generateLibrary(dir: string): Promise<void> {
  await mkdir(join(dir, 'documents'), { recursive: true });
  const index = emptyIndex();
  const all: FactDocument[] = [];
  const { documents, claims } = size();
  for (let i = 0; i < documents; i++) {
    const extraction = extractFromText(`Generated article ${i}\n\n${generateNews(claims * 103, 1000 + i)}`);
    const doc = documentFrom(extraction, `generated-${i}.txt`, new Date(Date.UTC(2026, 0, 1 + (i % 300))));
    await writeFile(join(dir, 'documents', `${doc.id}.json`), JSON.stringify({ schemaVersion: SCHEMA_VERSION, document: doc }));
    index.documents.push(summarize(doc));
    all.push(doc);
  }
  await writeFile(join(dir, 'index.json'), JSON.stringify(index));
  await writeFile(join(dir, 'everything.json'), JSON.stringify({ documents: all }));
}

/** Runs the measuring child in its own process and reads its figures. */
function measure(script: string, mode: 'real' | 'naive' | 'fts5', dir: string): Record<string, number> {
  const out = execFileSync(process.execPath, ['--max-old-space-size=4096', script, mode, dir, sized('full', 'smoke'), process.cwd()], { encoding: 'utf8', maxBuffer: 1 << 20 });
  return JSON.parse(out.trim().split('\n').at(-1)!) as Record<string, number>;
}

/** The library-scale benchmarks against the naive single-file design, in the same run. */
export async function benchScale(): Promise<BenchResult[]> {
  const dir = await mkdtemp(join(tmpdir(), 'factcheck-scale-'));
  let real: Record<string, number>;
  let naive: Record<string, number>;
  let fts5: Record<string, number>;
  try {
    await generateLibrary(dir);
    const script = join(dir, 'child.mjs');
    await bundleForNode('bench/scale-child.ts', script);
    real = measure(script, 'real', dir);
    naive = measure(script, 'naive', dir);
    fts5 = measure(script, 'fts5', dir);
  } finally {
    // The generated library is about a gigabyte; it is not left behind.
    await rm(dir, { recursive: true, force: true });
  }
  const base = (key: string) => ({ name: 'one lowdb file holding everything, linear-scan search', value: naive[key]! });
  const n = `${size().documents} documents, ${Math.round(real.claims! / 1000)}k claims`;
  return [
    result(`start-up to library shown (${n})`, 'ms', real.startup!, base('startup'), '≤ 500 ms', real.startup! <= 500),
    result(`open a document (${n}, median)`, 'ms', real.open!, base('open'), '≤ 50 ms', real.open! <= 50),
    result(`status change on disk (${n}, p95 of 200)`, 'ms', real.status!, base('status'), '≤ 10 ms p95', real.status! <= 10),
    withReference(
      result(`ranked search of the library, 20 best (${n}, p95 of 100)`, 'ms', real.search!, { name: 'SQLite FTS5, bm25, the same claims and queries', value: fts5.search! }, '≤ 5 ms p95', real.search! <= 5),
      { name: 'one lowdb file, linear scan', value: naive.search! },
    ),
    withReference(
      result(`resident memory of the service after start-up, 30 opens, 60 changes, 50 searches (${n})`, 'MB', real.rss!, base('rss'), '≤ 150 MB', real.rss! <= 150),
      { name: 'SQLite FTS5 holding the same claims, in memory', value: fts5.rss! },
    ),
    result(`search index built in the background (${n})`, 'ms', real.indexReady!, null, 'not blocking start-up', true),
  ];
}

import { Index } from 'flexsearch';
import { SearchIndex } from '../src/main/search/search-index.ts';
import type { FactDocument } from '../src/shared/model.ts';
import { differences, MATCH_THRESHOLD, similarity } from '../src/shared/similarity.ts';
import { compareClaims as oldCompare, searchWords as oldSearchWords } from './checked-before-old.ts';
import { curve, evaluate, libraryCompare, libraryWeights, readPairs, type Compare, type Figures, type Pair } from './checked-before-eval.ts';
import { generateNews } from './generate-news.ts';

const pct = (x: number): string => `${Math.round(x * 1000) / 10}%`;
const line = (name: string, f: Figures): string => `  ${name.padEnd(40)} precision ${pct(f.precision).padStart(6)}  recall ${pct(f.recall).padStart(6)}  (tp ${f.truePositives}, fp ${f.falsePositives}, fn ${f.falseNegatives})`;

/** The plain baseline: how many lower-cased words two claims share (Dice), nothing else, at the old threshold of 0.5. */
const PLAIN_STOP = new Set('a an the of to in on at for by with from and or but as is are was were be been it its this that said'.split(' '));
const plainWords = (s: string): Set<string> => new Set((s.toLowerCase().match(/[\p{L}\d]+/gu) ?? []).filter((w) => !PLAIN_STOP.has(w)));
const baseline: Compare = (a, b) => {
  const x = plainWords(a);
  const y = plainWords(b);
  const shared = [...x].filter((w) => y.has(w)).length;
  return x.size + y.size > 0 && (2 * shared) / (x.size + y.size) >= 0.5 ? { differences: [] } : null;
};

/** The rule before the pair model: the weighted Dice of the claims' terms, under the library's word weights, at 0.5. */
function wordWeights(pairs: Pair[]): Compare {
  const weigh = libraryWeights(pairs);
  return (a, b) => (similarity(a, b, weigh) >= 0.5 ? { differences: differences(a, b) } : null);
}

/** The thresholds of the pair model's score the precision/recall curve is printed at. */
const CURVE = [0.2, 0.26, 0.3, 0.4, 0.5, 0.6, 0.7];

/** Precision and recall of the three rules on one set, on its tuning half and on its held-out half. */
function report(title: string, pairs: Pair[], showMistakes: boolean): void {
  const rules: Array<[string, Compare]> = [
    ['plain word overlap (baseline)', baseline],
    ['before: stems, no word weights', (a, b) => oldCompare(a, b)],
    ['before: library word weights (Dice 0.5)', wordWeights(pairs)],
    [`now: pair model (${MATCH_THRESHOLD})`, libraryCompare(pairs)],
  ];
  for (const [half, set] of [
    ['tuning half', pairs.filter((p) => !p.heldOut)],
    ['held-out half', pairs.filter((p) => p.heldOut)],
  ] as const) {
    console.log(`${title}, ${half}: ${set.length} pairs (${set.filter((p) => p.match).length} the same claim)`);
    for (const [name, compare] of rules) {
      const result = evaluate(set, compare);
      console.log(line(name, result.match));
      if (name.startsWith('now')) for (const [flag, f] of Object.entries(result.flags)) console.log(line(`  flag "${flag}"`, f));
      if (name.startsWith('now')) console.log(`    curve (threshold: precision/recall) ${curve(pairs, set, CURVE).map((c) => `${c.threshold}: ${pct(c.precision)}/${pct(c.recall)}`).join('  ')}`);
      if (name.startsWith('now') && showMistakes && half === 'held-out half') for (const m of result.mistakes) console.log(`      ${m}`);
    }
  }
}

/** Median and 95th percentile in ms of one look-up per query. */
function timeLookups(lookup: (q: string) => unknown, queries: string[]): string {
  for (const q of queries.slice(0, 20)) lookup(q);
  const times = queries.map((q) => {
    const t0 = performance.now();
    lookup(q);
    return performance.now() - t0;
  });
  times.sort((a, b) => a - b);
  return `median ${times[Math.floor(times.length / 2)]!.toFixed(3)} ms, p95 ${times[Math.floor(times.length * 0.95)]!.toFixed(3)} ms`;
}

/** The look-up for one claim on a library of `size` claims: before (full-text candidates, then compare) and now. */
function speed(pairs: Pair[], size: number): void {
  const own = [...new Set(pairs.flatMap((p) => [p.claim, p.earlier]))];
  const generated = generateNews(size * 130, 7)
    .split(/(?<=[.?!])\s+|\n\n/)
    .filter((s) => s.length > 20);
  const library = [...own, ...generated].slice(0, size);
  const t0 = performance.now();
  const before = new Index({ tokenize: 'strict', resolution: 9, cache: false });
  library.forEach((text, id) => before.add(id, text));
  const t1 = performance.now();
  const now = new SearchIndex();
  library.forEach((text, id) => now.indexDocument({ id: `d${id}`, title: '', importedAt: '2026-01-01T00:00:00Z', claims: [{ id: 'c1', n: 1, text, status: 'unreviewed', note: '', evidence: [], attribution: null, dismissed: false }] } as unknown as FactDocument, 'v'));
  const t2 = performance.now();
  const lookBefore = (q: string): unknown => {
    const words = oldSearchWords(q).slice(0, 32);
    const raw = before.search(words.join(' '), { limit: 160, suggest: true }) as number[];
    return raw.slice(0, 40).map((id) => oldCompare(q, library[id]!));
  };
  const lookNow = (q: string): unknown => now.alike(q, '');
  const queries = own.slice(0, 300);
  console.log(`Look-up for one claim in a library of ${library.length} claims (${queries.length} claims looked up)`);
  console.log(`  before (full-text candidates, then compared)  ${timeLookups(lookBefore, queries)}; index built in ${(t1 - t0).toFixed(0)} ms`);
  console.log(`  now (weighted terms, every match scored)      ${timeLookups(lookNow, queries)}; index built in ${(t2 - t1).toFixed(0)} ms`);
}

const pairs = await readPairs('tests/fixtures/checked-before-pairs.json');
report('Same events from two outlets, and hard negatives (checked-before-pairs.json)', pairs, process.argv.includes('--mistakes'));
report('Earlier set of paraphrases, numbers, negations and unrelated claims (checked-before.json)', await readPairs('tests/fixtures/checked-before.json'), false);
for (const size of [2000, 10000]) speed(pairs, size);

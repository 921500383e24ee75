import { readFile } from 'node:fs/promises';
import { claimTerms, compareClaims, sameClaimScore, termWeight } from '../src/shared/similarity.ts';

/** One pair of the test set: does `earlier` state the same claim, and which differences must be flagged. */
export interface Pair {
  kind: string;
  claim: string;
  earlier: string;
  match: boolean;
  flags: string[];
  /** Not looked at while the word lists and the threshold were set (they were set on the other pairs). */
  heldOut?: boolean;
  /** The event both claims report (pairs of one event share it). */
  event?: string;
}

/** How one rule compares two claims: null when it sees no match. */
export type Compare = (claim: string, earlier: string) => { differences: string[] } | null;

/** Precision and recall of one decision over the test set. */
export interface Figures {
  precision: number;
  recall: number;
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
}

/** What the "checked before?" rules get right on the test set: matches, and each kind of flag. */
export interface Evaluation {
  pairs: number;
  match: Figures;
  flags: Record<string, Figures>;
  mistakes: string[];
}

/** Reads a test set. */
export async function readPairs(path = 'tests/fixtures/checked-before.json'): Promise<Pair[]> {
  return (JSON.parse(await readFile(path, 'utf8')) as { pairs: Pair[] }).pairs;
}

function figures(tp: number, fp: number, fn: number): Figures {
  return { precision: tp + fp === 0 ? 1 : tp / (tp + fp), recall: tp + fn === 0 ? 1 : tp / (tp + fn), truePositives: tp, falsePositives: fp, falseNegatives: fn };
}

/** Runs `compare` (the service's rule by default) on every pair. */
export function evaluate(pairs: readonly Pair[], compare: Compare = libraryCompare(pairs)): Evaluation {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const flagCounts = new Map<string, { tp: number; fp: number; fn: number }>();
  const mistakes: string[] = [];
  for (const p of pairs) {
    const found = compare(p.claim, p.earlier);
    if (found && p.match) tp++;
    else if (found) fp++;
    else if (p.match) fn++;
    if (Boolean(found) !== p.match) mistakes.push(`${p.kind}: ${found ? 'matched' : 'missed'} “${p.claim}” / “${p.earlier}”`);
    const got = new Set(found?.differences ?? []);
    for (const flag of new Set([...got, ...p.flags, 'different number', 'negation differs'])) {
      const c = flagCounts.get(flag) ?? { tp: 0, fp: 0, fn: 0 };
      const want = p.flags.includes(flag);
      if (got.has(flag) && want) c.tp++;
      else if (got.has(flag)) c.fp++;
      else if (want) c.fn++;
      flagCounts.set(flag, c);
      if (got.has(flag) !== want) mistakes.push(`${p.kind}: ${got.has(flag) ? 'flagged' : 'did not flag'} ${flag} on “${p.claim}” / “${p.earlier}”`);
    }
  }
  return { pairs: pairs.length, match: figures(tp, fp, fn), flags: Object.fromEntries([...flagCounts].map(([k, c]) => [k, figures(c.tp, c.fp, c.fn)])), mistakes };
}

/**
 * A term's weight as the app gives it in a library that holds every claim of `pairs` (each distinct sentence
 * once): the library-wide word weights the app's index keeps.
 */
export function libraryWeights(pairs: readonly Pair[]): (term: string) => number {
  const sentences = new Set(pairs.flatMap((p) => [p.claim, p.earlier]));
  const df = new Map<string, number>();
  for (const s of sentences) for (const t of claimTerms(s)) df.set(t, (df.get(t) ?? 0) + 1);
  return (term) => termWeight(term, df.get(term) ?? 0, sentences.size);
}

/** The app's rule, with the word weights of a library holding the set's claims. */
export function libraryCompare(pairs: readonly Pair[]): Compare {
  const weigh = libraryWeights(pairs);
  return (a, b) => compareClaims(a, b, weigh);
}

/**
 * Precision and recall of the app's score at each threshold on `set`, with the word weights of a library
 * holding every claim of `library` (the points of its precision/recall curve).
 */
export function curve(library: readonly Pair[], set: readonly Pair[], thresholds: readonly number[]): Array<{ threshold: number } & Figures> {
  const weigh = libraryWeights(library);
  const scored = set.map((p) => ({ match: p.match, score: sameClaimScore(p.claim, p.earlier, weigh) }));
  return thresholds.map((threshold) => {
    const found = scored.filter((s) => s.score >= threshold);
    const tp = found.filter((s) => s.match).length;
    return { threshold, ...figures(tp, found.length - tp, scored.filter((s) => s.match).length - tp) };
  });
}

import { readFile } from 'node:fs/promises';
import { compareClaims } from '../src/shared/similarity.ts';

/** One pair of the test set: does `earlier` state the same claim, and which differences must be flagged. */
export interface Pair {
  kind: string;
  claim: string;
  earlier: string;
  match: boolean;
  flags: string[];
  /** Written after the word lists were tuned on the other pairs. */
  heldOut?: boolean;
}

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

/** Reads the test set. */
export async function readPairs(path = 'tests/fixtures/checked-before.json'): Promise<Pair[]> {
  return (JSON.parse(await readFile(path, 'utf8')) as { pairs: Pair[] }).pairs;
}

function figures(tp: number, fp: number, fn: number): Figures {
  return { precision: tp + fp === 0 ? 1 : tp / (tp + fp), recall: tp + fn === 0 ? 1 : tp / (tp + fn), truePositives: tp, falsePositives: fp, falseNegatives: fn };
}

/** Runs `compare` (the service's rule by default) on every pair. */
export function evaluate(pairs: readonly Pair[], compare: (a: string, b: string) => { differences: string[] } | null = compareClaims): Evaluation {
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

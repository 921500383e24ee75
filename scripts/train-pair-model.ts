/**
 * Trains the "checked before?" pair model (src/shared/similarity/pair-model.json): a logistic regression over
 * the pair features of src/shared/similarity/pair-features.ts, computed by the product's own code, on the
 * TUNING halves only (heldOut: false) of tests/fixtures/checked-before-pairs.json and checked-before.json, with
 * word weights from those tuning pairs' sentences alone. See src/shared/similarity/README.md.
 *
 * usage: npx tsx scripts/train-pair-model.ts [--check]
 * (--check writes nothing, and fails when the committed model is not what training gives.) Deterministic:
 * full-batch gradient descent from zero weights over the pairs in file order, no random draw, so training
 * twice writes the same bytes.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { libraryWeights, readPairs, type Pair } from '../bench/checked-before-eval.ts';
import { claimProfile } from '../src/shared/similarity.ts';
import { PAIR_FEATURES, pairFeatures } from '../src/shared/similarity/pair-features.ts';
import { scoreFeatures, type PairModel } from '../src/shared/similarity/pair-model.ts';

const OUT = 'src/shared/similarity/pair-model.json';
/** Pairs in which a claim holds less than this share of its term weight in terms the other holds score 0 and are not trained on. */
const CANDIDATE_OVERLAP = 0.2;
/** The L2 penalties tried; the one of least log loss in cross-validation over the tuning pairs' events is kept. */
const L2S = [0, 0.00003, 0.0001, 0.0003, 0.001, 0.003, 0.01, 0.03];
/** How many folds cross-validation splits the tuning pairs into (by event, so one event's pairs stay together). */
const FOLDS = 5;
const STEPS = 3000;
const RATE = 1;

interface Row {
  match: boolean;
  features: number[] | null;
  /** The cross-validation fold: by event number for the pair set, by place for the earlier set. */
  fold: number;
}

/** Each tuning pair's features (null below the candidate overlap), under the word weights of the tuning pairs. */
function rows(pairs: readonly Pair[]): Row[] {
  const tuning = pairs.filter((p) => !p.heldOut);
  const weigh = libraryWeights(tuning);
  return tuning.map((p, i) => {
    const features = pairFeatures(claimProfile(p.claim), claimProfile(p.earlier), weigh);
    const fold = (p.event ? Number(p.event.replace(/\D/g, '')) : i) % FOLDS;
    return { match: p.match, features: features[0]! < CANDIDATE_OVERLAP ? null : features, fold };
  });
}

/** Logistic regression by full-batch gradient descent with a small L2 penalty (not on the bias). */
function fit(x: number[][], y: number[], l2: number): { weights: number[]; bias: number } {
  const d = x[0]!.length;
  const m = { weights: new Array<number>(d).fill(0), bias: 0 };
  for (let step = 0; step < STEPS; step++) {
    const g = new Array<number>(d).fill(0);
    let gb = 0;
    x.forEach((row, i) => {
      const e = scoreFeatures(row, m) - y[i]!;
      row.forEach((v, j) => (g[j]! += e * v));
      gb += e;
    });
    m.weights = m.weights.map((w, j) => w - RATE * (g[j]! / x.length + l2 * w));
    m.bias -= (RATE * gb) / x.length;
  }
  return m;
}

/** The L2 penalty of least mean log loss on held-out folds of the rows (cross-validation by fold). */
function chooseL2(rows: readonly Row[]): number {
  const loss = (l2: number): number => {
    let sum = 0;
    for (let k = 0; k < FOLDS; k++) {
      const train = rows.filter((r) => r.fold !== k);
      const m = fit(train.map((r) => r.features!), train.map((r) => (r.match ? 1 : 0)), l2);
      for (const r of rows.filter((r) => r.fold === k)) {
        const p = scoreFeatures(r.features!, m);
        sum -= Math.log(Math.max(1e-9, r.match ? p : 1 - p));
      }
    }
    return sum / rows.length;
  };
  const losses = L2S.map(loss);
  return L2S[losses.indexOf(Math.min(...losses))]!;
}

/** Precision, recall and F1 of a model at a threshold over some rows. */
function measure(set: readonly Row[], m: { weights: number[]; bias: number }, t: number): { precision: number; recall: number; f1: number } {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const r of set) {
    const found = r.features !== null && scoreFeatures(r.features, m) >= t;
    if (found && r.match) tp++;
    else if (found) fp++;
    else if (r.match) fn++;
  }
  return { precision: tp + fp === 0 ? 1 : tp / (tp + fp), recall: tp + fn === 0 ? 1 : tp / (tp + fn), f1: (2 * tp) / (2 * tp + fp + fn) };
}

/**
 * The model training gives: weights fitted on both sets' tuning pairs; the threshold (of 0.05, 0.06, ... 0.95)
 * of the best F1 on the pair set's tuning half (the larger on a tie) among those that keep precision 0.95 and
 * recall 0.9 on the earlier set's tuning half.
 */
export async function trainPairModel(): Promise<PairModel> {
  const pairs = rows(await readPairs('tests/fixtures/checked-before-pairs.json'));
  const earlier = rows(await readPairs('tests/fixtures/checked-before.json'));
  const judged = [...pairs, ...earlier].filter((r) => r.features !== null);
  const l2 = chooseL2(judged);
  const fitted = fit(judged.map((r) => r.features!), judged.map((r) => (r.match ? 1 : 0)), l2);
  const round = (v: number): number => Math.round(v * 1e6) / 1e6;
  const m = { weights: fitted.weights.map(round), bias: round(fitted.bias) };
  let threshold = 0;
  let best = -1;
  for (let k = 5; k <= 95; k++) {
    const old = measure(earlier, m, k / 100);
    const f1 = measure(pairs, m, k / 100).f1;
    if (old.precision >= 0.95 && old.recall >= 0.9 && f1 >= best) [threshold, best] = [k / 100, f1];
  }
  if (threshold === 0) throw new Error('no threshold keeps the earlier set\'s tuning half right');
  return {
    about: 'Learned by scripts/train-pair-model.ts on the tuning halves of tests/fixtures/checked-before-pairs.json and checked-before.json; see README.md beside it.',
    features: [...PAIR_FEATURES],
    candidateOverlap: CANDIDATE_OVERLAP,
    l2,
    ...m,
    threshold,
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const text = `${JSON.stringify(await trainPairModel(), null, 2)}\n`;
  if (process.argv.includes('--check')) {
    if (readFileSync(OUT, 'utf8') !== text) throw new Error(`${OUT} is not what training gives: run scripts/train-pair-model.ts`);
    console.log(`${OUT} is what training gives`);
  } else {
    writeFileSync(OUT, text);
    console.log(`${OUT}:\n${text}`);
  }
}

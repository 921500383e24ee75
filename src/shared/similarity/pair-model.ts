import { PAIR_FEATURES, pairFeatures, type ClaimProfile } from './pair-features.ts';
import model from './pair-model.json' with { type: 'json' };

/** The learned pair model: a weight per feature, a bias, and the score at or above which a pair is offered. */
export interface PairModel {
  about: string;
  features: string[];
  candidateOverlap: number;
  /** The L2 penalty training chose (by cross-validation on the tuning pairs). */
  l2: number;
  weights: number[];
  bias: number;
  threshold: number;
}

const MODEL = model as PairModel;
if (MODEL.features.join('|') !== PAIR_FEATURES.join('|')) throw new Error('pair-model.json was trained on other features: run scripts/train-pair-model.ts');

/**
 * Two claims are judged only when each holds at least this share of its term weight in terms the other holds
 * too (the leastShared feature): below it they score 0, which lets the library's index gather candidates from
 * its word lists, the claim looked up needing only its own weight to bound them, and still find every match.
 */
export const CANDIDATE_OVERLAP: number = MODEL.candidateOverlap;

/** The score at or above which a claim of another article is offered as "checked before?" (set on the tuning half). */
export const PAIR_THRESHOLD: number = MODEL.threshold;

/** The features of the pair being scored, kept between pairs. */
const FEATURES: number[] = [];

/** The model's score for a pair's features (see pairFeatures): the probability, 0..1, that they state one fact. */
export function scoreFeatures(features: readonly number[], m: Pick<PairModel, 'weights' | 'bias'> = MODEL): number {
  let z = m.bias;
  for (let i = 0; i < features.length; i++) z += m.weights[i]! * features[i]!;
  return 1 / (1 + Math.exp(-z));
}

/**
 * How likely two claims state the same fact, 0..1: 0 when their terms share less than CANDIDATE_OVERLAP,
 * else the model's score. The same, to the last bit, whichever claim comes first.
 */
export function scorePair(a: ClaimProfile, b: ClaimProfile, weigh: (term: string) => number): number {
  if (a.terms.length === 0 || b.terms.length === 0) return 0;
  const features = pairFeatures(a, b, weigh, FEATURES);
  // features[0] is leastShared (see PAIR_FEATURES).
  return features[0]! < CANDIDATE_OVERLAP ? 0 : scoreFeatures(features);
}

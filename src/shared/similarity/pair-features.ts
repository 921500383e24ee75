/** What "checked before?" compares of one claim (claimProfile in ../similarity.ts reads it from the text). */
export interface ClaimProfile {
  /** The claim's terms (stemmed content words, synonyms joined), sorted, each once. */
  readonly terms: readonly string[];
  /** The numbers it states, as values, sorted. */
  readonly numbers: readonly string[];
  /** The terms it writes with a capital inside the sentence: names of people, places, bodies. */
  readonly names: readonly string[];
  /** For each term, the stems of one meaning with it (word-relations.ts: synonymsOf). */
  readonly synonyms: ReadonlyArray<ReadonlySet<string>>;
  /** For each term, the stems of opposite meaning (word-relations.ts: oppositesOf). */
  readonly opposites: ReadonlyArray<ReadonlySet<string>>;
}

/** The features a pair of claims is judged on, in this order (pair-model.json names them too). */
export const PAIR_FEATURES = ['leastShared', 'dice', 'aligned', 'leastCovered', 'mostMissing', 'numbersAgree', 'numbersDiffer', 'namesShared', 'namesApart', 'lengthRatio', 'opposed'] as const;

/** A term that meets no like in the other claim but its kin ("hunter" for "hunted") or a synonym ("sack", "fire") counts this much. */
const KIN = 0.8;

/** Two different terms of one root: a shared start of at least four letters and three quarters of the shorter. */
function kin(x: string, y: string): boolean {
  let k = 0;
  while (k < x.length && k < y.length && x[k] === y[k]) k++;
  return k >= 4 && k >= 0.75 * Math.min(x.length, y.length);
}

/** Two arrays kept between comparisons and zeroed for each, so scoring thousands of candidates makes no garbage. */
let scratch = [new Float64Array(64), new Float64Array(64)] as const;

/**
 * How well each term of `a` and of `b` meets its like in the other claim, into scratch[0] and scratch[1]: 1
 * for the same term, KIN for its kin or a synonym, else 0; true when a term of one is the opposite of a term
 * the other alone has.
 */
function align(a: ClaimProfile, b: ClaimProfile): boolean {
  const n = a.terms.length;
  const m = b.terms.length;
  if (scratch[0].length < n || scratch[1].length < m) scratch = [new Float64Array(2 * Math.max(n, m)), new Float64Array(2 * Math.max(n, m))];
  const [forA, forB] = scratch;
  forA.fill(0, 0, n);
  forB.fill(0, 0, m);
  // Both lists are sorted: one merge finds the terms they share.
  for (let i = 0, j = 0; i < n && j < m; ) {
    const x = a.terms[i]!;
    const y = b.terms[j]!;
    if (x === y) forA[i++] = forB[j++] = 1;
    else if (x < y) i++;
    else j++;
  }
  let opposed = false;
  for (let i = 0; i < n; i++) {
    if (forA[i] === 1) continue;
    const x = a.terms[i]!;
    for (let j = 0; j < m; j++) {
      if (forB[j] === 1) continue;
      const y = b.terms[j]!;
      if (kin(x, y) || a.synonyms[i]!.has(y)) forA[i] = forB[j] = KIN;
      else if (a.opposites[i]!.has(y)) opposed = true;
    }
  }
  return opposed;
}

/** What cover() finds of one claim: its weight, the weight the other holds exactly and aligned, its heaviest share found nowhere. */
interface Cover {
  own: number;
  exact: number;
  aligned: number;
  missing: number;
}

const COVERS: [Cover, Cover] = [
  { own: 0, exact: 0, aligned: 0, missing: 0 },
  { own: 0, exact: 0, aligned: 0, missing: 0 },
];

/** How much of a claim's term weight the other claim holds, exactly and aligned, and its heaviest term found nowhere (into `c`). */
function cover(terms: readonly string[], found: Float64Array, weigh: (term: string) => number, c: Cover): Cover {
  let own = 0;
  let exact = 0;
  let aligned = 0;
  let missing = 0;
  for (let i = 0; i < terms.length; i++) {
    const w = weigh(terms[i]!);
    own += w;
    if (found[i] === 1) exact += w;
    aligned += w * found[i]!;
    missing = Math.max(missing, w * (1 - found[i]!));
  }
  c.own = own;
  c.exact = exact;
  c.aligned = aligned;
  c.missing = own === 0 ? 0 : missing / own;
  return c;
}

/** A share of a claim's own weight, 0 when it has none. */
const part = (x: number, own: number): number => (own === 0 ? 0 : x / own);

/** How many of `x` are in `y`. */
function sharedCount(x: readonly string[], y: readonly string[]): number {
  let n = 0;
  for (const v of x) if (y.includes(v)) n++;
  return n;
}

/** True when every number of `x` is among `y`'s. */
function within(x: readonly string[], y: readonly string[]): boolean {
  for (const v of x) if (!y.includes(v)) return false;
  return true;
}

/**
 * The features of a pair of claims, the same whichever comes first (each side's sums added, or the smaller or
 * larger of the two taken, and terms summed in sorted order):
 * - leastShared: the smaller of the two claims' shares of their own weight in terms the other holds too;
 * - dice: the weight of the terms both hold, over the weight of both claims (weighted Dice, 0..1);
 * - aligned: the same, a term also meeting its kin ("hunted", "hunter") or a synonym for a little less;
 * - leastCovered: the smaller of the two claims' shares of their own weight that the other holds (aligned);
 * - mostMissing: the largest share of one claim's weight held by one term the other lacks (what one states and
 *   the other does not: "wife tested negative" against "a hunter caught plague");
 * - numbersAgree, numbersDiffer: 1 when both claims state numbers and one's are all among the other's, or
 *   not; both 0 when a claim states none (a number on one side only is no difference);
 * - namesShared, namesApart: when both claims name someone or somewhere, the share of the fewer names the
 *   other holds, and 1 when they share none; both 0 when a claim names nothing;
 * - lengthRatio: the shorter claim's number of terms over the longer's;
 * - opposed: 1 when a term one claim alone has is the opposite of a term the other alone has ("approved"
 *   against "rejected", "rose" against "fell").
 */
export function pairFeatures(a: ClaimProfile, b: ClaimProfile, weigh: (term: string) => number, out: number[] = []): number[] {
  const opposed = align(a, b);
  const ab = cover(a.terms, scratch[0], weigh, COVERS[0]);
  const ba = cover(b.terms, scratch[1], weigh, COVERS[1]);
  const own = ab.own + ba.own;
  const bothNumbers = a.numbers.length > 0 && b.numbers.length > 0;
  const agree = bothNumbers && (within(a.numbers, b.numbers) || within(b.numbers, a.numbers));
  const bothNames = a.names.length > 0 && b.names.length > 0;
  const names = bothNames ? sharedCount(a.names, b.names) / Math.min(a.names.length, b.names.length) : 0;
  const shorter = Math.min(a.terms.length, b.terms.length);
  const longer = Math.max(a.terms.length, b.terms.length);
  out[0] = Math.min(part(ab.exact, ab.own), part(ba.exact, ba.own));
  out[1] = part(ab.exact + ba.exact, own);
  out[2] = part(ab.aligned + ba.aligned, own);
  out[3] = Math.min(part(ab.aligned, ab.own), part(ba.aligned, ba.own));
  out[4] = Math.max(ab.missing, ba.missing);
  out[5] = agree ? 1 : 0;
  out[6] = bothNumbers && !agree ? 1 : 0;
  out[7] = names;
  out[8] = bothNames && names === 0 ? 1 : 0;
  out[9] = longer === 0 ? 0 : shorter / longer;
  out[10] = opposed ? 1 : 0;
  out.length = PAIR_FEATURES.length;
  return out;
}

import { MONTH_ABBREVIATIONS, NEGATION_WORDS, NUMBER_WORDS, ORDINAL_WORDS, SCALE_WORDS, STOP_WORDS, SYNONYM_GROUPS, VAGUE_QUANTITIES, WEAK_WORDS } from './similarity/number-words.ts';
import type { ClaimProfile } from './similarity/pair-features.ts';
import { PAIR_THRESHOLD, scorePair } from './similarity/pair-model.ts';
import { BASE_FORMS, oppositesOf, synonymsOf } from './similarity/word-relations.ts';
import { rawTokens } from './similarity/raw-tokens.ts';
import { stem } from './stem.ts';

/**
 * At or above this score (sameClaimScore), a claim of another article is offered as "checked before?". Learned
 * with the pair model on the tuning half of tests/fixtures/checked-before-pairs.json (`npm run
 * bench:checked-before` reports both halves; src/shared/similarity/README.md says how it is trained).
 */
export const MATCH_THRESHOLD = PAIR_THRESHOLD;

/** How much a word of time or place counts beside a word of what is claimed. */
const WEAK_FACTOR = 0.4;

/** One token of a claim: a word, or a number already read as a value. */
type Token = { word: string } | { value: number };

/** A digit token's value: "2,000" is 2000, "14th" is 14, "2.1bn" is 2.1 billion, "4m" 4 million. */
function digitValue(token: string): number | null {
  const m = /^(\d+(?:[.,]\d+)*)(st|nd|rd|th|bn|m|k)?$/.exec(token);
  if (!m) return null;
  const body = m[1]!;
  // "2,000" and "1,200,000" are thousands; "5,25" is left as it is read in English (a list), not a decimal.
  const value = Number(/^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/.test(body) ? body.replace(/,/g, '') : body.replace(/,.*$/, ''));
  if (!Number.isFinite(value)) return null;
  const scale = m[2] === 'bn' ? 1e9 : m[2] === 'm' ? 1e6 : m[2] === 'k' ? 1e3 : 1;
  return value * scale;
}

/**
 * The tokens of a text with numbers read as values: digits and number words alike ("seven thousand" and
 * "7,000" are 7000, "twenty-three" is 23), scaled ("2.1 billion"), shares ("a quarter", "one in four" and
 * "25 percent" are all 0.25), ordinals ("sixth", "6th" are 6).
 */
function tokens(text: string): Token[] {
  const raw = rawTokens(text);
  const out: Token[] = [];
  for (let i = 0; i < raw.length; i++) {
    const w = raw[i]!;
    let value = digitValue(w) ?? NUMBER_WORDS.get(w) ?? ORDINAL_WORDS.get(w) ?? null;
    if (value === null) {
      if (w !== '%') out.push({ word: MONTH_ABBREVIATIONS.get(w) ?? w });
      continue;
    }
    // "twenty three" (the hyphen is gone by now), then "seven thousand", "2.1 billion", "4 million".
    if (value >= 20 && value < 100 && value % 10 === 0 && raw[i + 1] && (NUMBER_WORDS.get(raw[i + 1]!) ?? 10) < 10) value += NUMBER_WORDS.get(raw[++i]!)!;
    while (raw[i + 1] && SCALE_WORDS.has(raw[i + 1]!)) value *= SCALE_WORDS.get(raw[++i]!)!;
    // "one in four" is a share, as is "25 percent"; "half", "a third" and "a quarter" already are.
    // ("a third in five years" is no share: only a whole number is, and not "in five years").
    if (raw[i + 1] === 'in' && raw[i + 2] && Number.isInteger(value) && !/^(?:year|month|week|day|hour|minute)s?$/.test(raw[i + 3] ?? '')) {
      const of = digitValue(raw[i + 2]!) ?? NUMBER_WORDS.get(raw[i + 2]!) ?? null;
      if (of) {
        value /= of;
        i += 2;
      }
    } else if (raw[i + 1] === '%' || raw[i + 1] === 'percent' || raw[i + 1] === 'per' && raw[i + 2] === 'cent') {
      value /= 100;
      i += raw[i + 1] === 'per' ? 2 : 1;
    }
    out.push({ value: Math.round(value * 1e6) / 1e6 });
  }
  return out;
}

/** The term a word gives: the stem of its base form ("ate": "eat"), or of the first word of its synonym group. */
function termOf(word: string): string {
  const s = stem(BASE_FORMS.get(word) ?? word);
  return SYNONYM.get(s) ?? s;
}

/** Each synonym's stem, to the stem of its group's first word. */
const SYNONYM: ReadonlyMap<string, string> = new Map(SYNONYM_GROUPS.flatMap((group) => group.map((w) => [stem(w), stem(group[0]!)] as const)));
const WEAK = new Set([...WEAK_WORDS].map((w) => SYNONYM.get(stem(w)) ?? stem(w)));

/** For each claim term, the stems of the words that give it: itself, its synonyms, the abbreviations of its month. */
const TERM_STEMS: ReadonlyMap<string, readonly string[]> = (() => {
  const out = new Map<string, Set<string>>();
  const add = (term: string, s: string) => (out.get(term) ?? out.set(term, new Set([term])).get(term)!).add(s);
  for (const [s, term] of SYNONYM) add(term, s);
  for (const [form, base] of BASE_FORMS) add(termOf(base), stem(form));
  for (const [abbreviation, month] of MONTH_ABBREVIATIONS) {
    const s = stem(month);
    add(SYNONYM.get(s) ?? s, stem(abbreviation));
  }
  return new Map([...out].map(([term, stems]) => [term, [...stems]]));
})();

/** The stems of the words a claim term comes from (see claimTerms): the term itself, and any synonym or abbreviation of it. */
export function termStems(term: string): readonly string[] {
  return TERM_STEMS.get(term) ?? [term];
}

/** True for a term that places a claim in time or space more than it says what is claimed: it counts for less. */
export function isWeakTerm(term: string): boolean {
  return WEAK.has(term);
}

/**
 * The terms two claims are compared by: content words, stemmed and synonyms joined, without stop words,
 * numbers or negations (those are compared apart), each once, sorted (so sums over them come out the same
 * whichever claim is compared with which).
 */
export function claimTerms(text: string): string[] {
  return termsOf(tokens(text));
}

/** The terms of a claim's tokens (see claimTerms). */
function termsOf(all: readonly Token[]): string[] {
  const out = new Set<string>();
  for (const t of all) {
    if (!('word' in t) || STOP_WORDS.has(t.word) || NEGATION_WORDS.has(t.word) || VAGUE_QUANTITIES.has(t.word)) continue;
    out.add(termOf(t.word));
  }
  return [...out].sort();
}

/**
 * How much a term counts when `df` of the library's `n` claims hold it: rare words tell more than common
 * ones (smoothed inverse document frequency), and words of time and place count for less.
 */
export function termWeight(term: string, df: number, n: number): number {
  return (Math.log((n + 1) / (df + 1)) + 1) * (WEAK.has(term) ? WEAK_FACTOR : 1);
}

/** A term's weight when nothing is known of the library: every content word alike, time and place less. */
export const plainWeight = (term: string): number => (WEAK.has(term) ? WEAK_FACTOR : 1);

/**
 * How alike two claims are, 0..1, from their terms and the terms' weights: the weighted Dice coefficient
 * (twice the weight they share over the weight of both). It is the same whichever claim comes first, to
 * the last bit when both lists are sorted as claimTerms gives them.
 */
export function scoreTerms(x: readonly string[], y: readonly string[], weigh: (term: string) => number): number {
  if (x.length === 0 || y.length === 0) return 0;
  const ys = new Set(y);
  let shared = 0;
  let ownX = 0;
  let ownY = 0;
  for (const t of x) {
    const w = weigh(t);
    ownX += w;
    if (ys.has(t)) shared += w;
  }
  for (const t of y) ownY += weigh(t);
  const total = ownX + ownY;
  return total === 0 ? 0 : (2 * shared) / total;
}

/** How alike two texts are in their content words alone, 0..1 (numbers and negations left out): for versions of one article. */
export function similarity(a: string, b: string, weigh: (term: string) => number = plainWeight): number {
  return scoreTerms(claimTerms(a), claimTerms(b), weigh);
}

/** A word written with a capital where no sentence starts: a name ("in Ohio", "the World Health Organization"). */
const NAME = /(?<=[\p{L}\d,;)’'\]]\s+)\p{Lu}[\p{L}'’]*/gu;

/** What "checked before?" compares of a claim: its terms and their relations, its numbers, and which terms are names. */
export function claimProfile(text: string): ClaimProfile {
  const all = tokens(text);
  const terms = termsOf(all);
  const named = new Set((text.match(NAME) ?? []).map((w) => termOf(w.toLowerCase().replace(/['’]s?$/, ''))));
  return {
    terms,
    numbers: valuesOf(all),
    names: terms.filter((t) => named.has(t)),
    synonyms: terms.map(synonymsOf),
    opposites: terms.map(oppositesOf),
  };
}

/**
 * How likely two claims state the same fact, 0..1, by the learned pair model (src/shared/similarity/): the
 * same whichever claim comes first. `weigh` gives each term its weight in the library (see termWeight).
 */
export function sameClaimScore(a: string, b: string, weigh: (term: string) => number = plainWeight): number {
  return scorePair(claimProfile(a), claimProfile(b), weigh);
}

/** The numbers a claim states, in digits or words ("$6.4 billion", "40 percent", "three weeks"), as values, sorted. */
export function numbersIn(text: string): string[] {
  return valuesOf(tokens(text));
}

/** The numbers among a claim's tokens, sorted (see numbersIn). */
const valuesOf = (all: readonly Token[]): string[] => all.flatMap((t) => ('value' in t ? [String(t.value)] : [])).sort();

/** How many negations a claim has (an odd count flips its meaning). */
export function negations(text: string): number {
  return tokens(text).filter((t) => 'word' in t && NEGATION_WORDS.has(t.word)).length;
}

/**
 * What makes an earlier claim say something different although it reads alike. A number counts only when
 * both claims state numbers and neither's are all among the other's: "a 55-year-old man" against "a man"
 * states no other number, "three weeks" against "two weeks" does.
 */
export function differences(claim: string, earlier: string): string[] {
  const out: string[] = [];
  const a = new Set(numbersIn(claim));
  const b = new Set(numbersIn(earlier));
  const within = (x: Set<string>, y: Set<string>): boolean => [...x].every((n) => y.has(n));
  if (a.size > 0 && b.size > 0 && !within(a, b) && !within(b, a)) out.push('different number');
  if (negations(claim) % 2 !== negations(earlier) % 2) out.push('negation differs');
  return out;
}

/**
 * Compares a claim with one from another article: null when the pair model does not take them for the same
 * claim; otherwise how likely they are, and the differences a checker must see (flagged only on an actual paraphrase).
 * `weigh` gives each term its weight in the library (see termWeight); without it every word counts alike.
 */
export function compareClaims(claim: string, earlier: string, weigh: (term: string) => number = plainWeight): { similarity: number; differences: string[] } | null {
  const score = sameClaimScore(claim, earlier, weigh);
  if (score < MATCH_THRESHOLD) return null;
  return { similarity: Math.round(score * 100) / 100, differences: differences(claim, earlier) };
}

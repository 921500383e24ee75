/** "Checked before?" as it was before library-wide word weights: kept only so the bench can set it beside the current rules. */
import { NEGATION_WORDS, NUMBER_WORDS, SYNONYM_GROUPS, WEAK_WORDS } from './checked-before-old-words.ts';

/** Words that carry no meaning for comparing claims (negations are counted apart, numbers compared apart). */
const STOP = new Set(
  'a an the of to in on at for by with from and or but as is are was were be been being has have had it its this that these those he she they we i you his her their our said says say told according after before over under than then there here who whom which what when where why how also just will would did do does some about since because'.split(
    ' ',
  ),
);

/** Below this, a claim of another article is not offered as "checked before": 30–40 % alike is noise to a checker. */
export const MATCH_THRESHOLD = 0.5;

/** A word cut to a rough stem, so "approved" meets "approve", "arrested" meets "arrest" and "roads" meets "road". */
function stem(word: string): string {
  return word
    .replace(/(?:ings?|ed|es|s|ly)$/, '')
    .replace(/(.)\1$/, '$1')
    .replace(/e$/, '');
}

/** The words of a text, lower-cased, contractions split ("isn't" gives "is" and "not"). */
function words(text: string): string[] {
  return (text.toLowerCase().replace(/n['’]t\b/g, ' not').match(/\p{L}[\p{L}'’-]*|\d[\d.,]*/gu) ?? []).map((w) => w.replace(/['’](?:s)?$/, '').replace(/[.,]$/, ''));
}

/** A number word or digits as a comparable value ("three" and "3" both give "3"; "2,000" gives "2000"). */
function numberValue(word: string): string | null {
  if (/^\d/.test(word)) return word.replace(/,/g, '');
  return NUMBER_WORDS.get(word) ?? null;
}

/** Each synonym's stem, to the stem of its group's first word. */
const SYNONYM: ReadonlyMap<string, string> = new Map(SYNONYM_GROUPS.flatMap((group) => group.map((w) => [stem(w), stem(group[0]!)] as const)));

/** How much a content word counts: words of time and place count for less than what is claimed. */
const WEAK = new Set([...WEAK_WORDS].map(stem));
const weight = (w: string): number => (WEAK.has(w) ? 0.4 : 1);

/** The content words of a text, stemmed and synonyms joined, without numbers or negations (those are compared apart). */
export function contentWords(text: string): Set<string> {
  const out = new Set<string>();
  for (const w of words(text)) {
    if (STOP.has(w) || NEGATION_WORDS.has(w) || numberValue(w) !== null) continue;
    const s = stem(w.replace(/-/g, ''));
    out.add(SYNONYM.get(s) ?? s);
  }
  return out;
}

/** Words to look up candidates by in a whole-word index: the text's own content words, and their synonyms. */
export function searchWords(text: string): string[] {
  const out = new Set<string>();
  for (const w of words(text)) {
    if (STOP.has(w) || NEGATION_WORDS.has(w) || numberValue(w) !== null || w.length < 3) continue;
    out.add(w);
    const group = SYNONYM_GROUPS.find((g) => g.some((x) => stem(x) === stem(w)));
    for (const x of group ?? []) out.add(x);
  }
  return [...out];
}

/** How alike two claims are in their content words, 0..1 (weighted Dice coefficient; numbers and negations left out). */
export function similarity(a: string, b: string): number {
  const x = contentWords(a);
  const y = contentWords(b);
  if (x.size === 0 || y.size === 0) return 0;
  let shared = 0;
  let total = 0;
  for (const w of x) {
    total += weight(w);
    if (y.has(w)) shared += weight(w);
  }
  for (const w of y) total += weight(w);
  return (2 * shared) / total;
}

/** The numbers a claim states, in digits or words ("$6.4 billion", "40 percent", "three weeks"), normalised and sorted. */
export function numbersIn(text: string): string[] {
  return words(text)
    .map(numberValue)
    .filter((n): n is string => n !== null)
    .sort();
}

/** How many negations a claim has (an odd count flips its meaning). */
export function negations(text: string): number {
  return words(text).filter((w) => NEGATION_WORDS.has(w)).length;
}

/** What makes an earlier claim say something different although it reads alike. */
export function differences(claim: string, earlier: string): string[] {
  const out: string[] = [];
  const a = numbersIn(claim);
  const b = numbersIn(earlier);
  if ((a.length || b.length) && a.join(' ') !== b.join(' ')) out.push('different number');
  if (negations(claim) % 2 !== negations(earlier) % 2) out.push('negation differs');
  return out;
}

/**
 * Compares a claim with one from another article: null when they are too little alike to be the same claim;
 * otherwise how alike, and the differences a checker must see (flagged only on an actual paraphrase).
 */
export function compareClaims(claim: string, earlier: string): { similarity: number; differences: string[] } | null {
  const score = similarity(claim, earlier);
  if (score < MATCH_THRESHOLD) return null;
  return { similarity: Math.round(score * 100) / 100, differences: differences(claim, earlier) };
}

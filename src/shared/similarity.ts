/** Words that carry no meaning for comparing claims. */
const STOP = new Set(
  'a an the of to in on at for by with from and or but as is are was were be been being has have had it its this that these those he she they we i you his her their our said says say told according after before over under than then there here who whom which what when where why how also just not no'.split(
    ' ',
  ),
);

/** A word cut to a rough stem, so "approved" meets "approve" and "roads" meets "road". */
function stem(word: string): string {
  return word.replace(/(?:ing|ed|es|s)$/, '').replace(/(.)\1$/, '$1');
}

/** The content words of a text, stemmed (numbers kept as they are). */
export function contentWords(text: string): Set<string> {
  const words = text.toLowerCase().match(/\p{L}[\p{L}'’-]*|\d[\d.,]*/gu) ?? [];
  return new Set(words.filter((w) => !STOP.has(w)).map((w) => (/^\d/.test(w) ? w.replace(/[.,]$/, '') : stem(w.replace(/['’].*$/, '')))));
}

/** How alike two claims are in their content words, 0..1 (Dice coefficient). */
export function similarity(a: string, b: string): number {
  const x = contentWords(a);
  const y = contentWords(b);
  if (x.size === 0 || y.size === 0) return 0;
  let shared = 0;
  for (const w of x) if (y.has(w)) shared++;
  return (2 * shared) / (x.size + y.size);
}

/** The numbers a claim states ("$6.4 billion", "40 percent", "2,300"), normalised for comparison. */
export function numbersIn(text: string): string[] {
  return (text.match(/\d[\d,]*(?:\.\d+)?/g) ?? []).map((n) => n.replace(/,/g, '')).sort();
}

const NEGATION = /\b(?:not|no|never|none|neither|nor|without|cannot|n['’]t|denied|denies|refused|rejected)\b|n['’]t\b/gi;

/** How many negations a claim has (an odd count flips its meaning). */
export function negations(text: string): number {
  return (text.match(NEGATION) ?? []).length;
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

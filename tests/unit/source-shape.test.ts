import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { htmlToArticle } from '../../src/main/import/html-article.ts';
import { decodeText } from '../../src/shared/decode-text.ts';
import { extractFromArticle, extractFromText } from '../../src/shared/extract/extract.ts';

/** The annotated news of the external evaluation, beside the checkout (shared/), when it is there. */
const DATA = fileURLToPath(new URL('../../../shared/eval/external/data/', import.meta.url));
const SETS = ['ggt', 'polnear'].map((set) => `${DATA}${set}/texts`).filter((dir) => existsSync(dir));
/** The real news pages of the external evaluation (gzipped HTML): the article-extraction sets. */
const PAGES = [
  ...(existsSync(`${DATA}zyte/html`) ? readdirSync(`${DATA}zyte/html`).sort().map((f) => `${DATA}zyte/html/${f}`) : []),
  ...(existsSync(`${DATA}readability`) ? readdirSync(`${DATA}readability`).sort().map((d) => `${DATA}readability/${d}/source.html.gz`) : []),
].filter((f) => f.endsWith('.gz') && existsSync(f));

/** Words that stand for someone only once resolved: never a source on their own. */
const PRONOUNS = new Set(['he', 'she', 'it', 'they', 'we', 'i', 'you', 'him', 'her', 'them', 'us', 'me']);
/** Pronouns that make a clause, not a noun phrase, when inside a longer source ("Witnesses heard him"). */
const CLAUSE_PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i', 'you', 'him', 'them', 'us', 'me']);
const PREPOSITIONS = new Set(['to', 'of', 'for', 'with', 'by', 'from', 'about', 'near', 'around', 'behind']);
/** Auxiliaries and modals: a source holding one is a clause cut short ("has always", "the government has"). */
const AUXILIARIES = new Set(['has', 'have', 'had', 'is', 'was', 'were', 'are', 'will', 'would', 'did', 'does', 'do', 'can', 'could', 'should', 'may', 'might']);
/** Adverbs of time and manner that belong to the verb, not the speaker ("The Wikileaks founder always"). */
const ADVERBS = new Set(['always', 'long', 'never', 'often', 'just', 'ever', 'already', 'still', 'also', 'even', 'again', 'later', 'earlier', 'previously', 'repeatedly', 'reportedly', 'vigorously', 'frequently', 'once', 'recently']);

/** Verbs in the simple past that are never nouns or participles: a source ending on one is its clause cut short ("The minister went"). */
const SIMPLE_PASTS = new Set(['went', 'took', 'came', 'gave', 'began', 'got', 'ran', 'rose', 'spoke', 'saw', 'knew', 'grew', 'drove', 'flew', 'threw', 'chose']);

/** What is wrong with a source as a named source, or null when it is a noun phrase. */
export function sourceFault(source: string): string | null {
  const words = source.trim().split(/\s+/);
  const lower = words.map((w) => w.toLowerCase().replace(/['’].*$/u, ''));
  if (words.length === 1 && PRONOUNS.has(lower[0]!)) return 'bare pronoun';
  // Lower-case words only: "Long" or "Will" can be part of a name.
  const small = lower.filter((_, i) => /^\p{Ll}/u.test(words[i]!));
  if (small.some((w) => AUXILIARIES.has(w))) return 'auxiliary';
  if (small.some((w) => ADVERBS.has(w))) return 'adverb';
  if (words.length > 1 && /^\p{Ll}/u.test(words.at(-1)!) && SIMPLE_PASTS.has(lower.at(-1)!)) return 'verb';
  // After a preposition a pronoun is part of the phrase ("a source close to him").
  if (small.some((w, i) => CLAUSE_PRONOUNS.has(w) && !PREPOSITIONS.has(small[i - 1] ?? ''))) return 'clause';
  return null;
}

/** Each fault of the sources given to `units`, named by where they come from. */
function faultsIn(where: string, units: ReadonlyArray<{ attribution: { source: string } | null }>): string[] {
  return units.flatMap((u) => {
    const fault = u.attribution ? sourceFault(u.attribution.source) : null;
    return fault ? [`${where}: ${fault}: "${u.attribution!.source}"`] : [];
  });
}

describe('sources are noun phrases', () => {
  it('tells a fragment from a noun phrase', () => {
    expect(sourceFault('She')).toBe('bare pronoun');
    expect(sourceFault('Economists have long')).toBe('auxiliary');
    expect(sourceFault('The Wikileaks founder always')).toBe('adverb');
    expect(sourceFault('Witnesses heard him')).toBe('clause');
    expect(sourceFault('He’d')).toBe('bare pronoun');
    expect(sourceFault('The minister went')).toBe('verb');
    expect(sourceFault('Officials took')).toBe('verb');
    expect(sourceFault('her office')).toBeNull();
    expect(sourceFault('a source close to him')).toBeNull();
    expect(sourceFault('Will Long')).toBeNull();
  });

  // About 10 s: every article of the external evaluation, extracted in process.
  it.skipIf(SETS.length === 0)('gives no fragment, adverb or bare pronoun as a source on unseen news', () => {
    const faults = SETS.flatMap((dir) => readdirSync(dir).sort().flatMap((file) => faultsIn(file, extractFromText(readFileSync(`${dir}/${file}`, 'utf8')).units)));
    expect(faults).toEqual([]);
  }, 120_000);

  // About 20 s: every real news page of the external evaluation, read as the app imports a page.
  it.skipIf(PAGES.length === 0)('gives no fragment, adverb or bare pronoun as a source on real news pages', () => {
    const faults = PAGES.flatMap((file) => faultsIn(file.slice(DATA.length), extractFromArticle(htmlToArticle(decodeText(gunzipSync(readFileSync(file)), file.replace(/\.gz$/, '')))).units));
    expect(faults).toEqual([]);
  }, 240_000);
});

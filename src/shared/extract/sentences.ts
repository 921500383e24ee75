import { appendAll } from '../append.ts';
import { BEFORE_NUMBER, MAYBE_FINAL, MONTHS, NEVER_FINAL, SENTENCE_OPENERS, TIME_FOLLOWERS } from './abbreviations.ts';
import { INVERTIBLE_CUES } from './lexicon.ts';

/** A half-open character range [start, end). */
export interface Span {
  start: number;
  end: number;
}

const CLOSERS = new Set([')', ']', '}', '"', "'", '”', '’', '»']);
const TERMINALS = new Set(['.', '!', '?', '…']);

/** A speaker and a verb of speech, or the verb and its speaker, right after a quotation ("Ross asked", "said Ross"). */
const SPEAKER_AFTER = new RegExp(
  `^(?:(?:he|she|they|we|I|(?:the|a|an)\\s+[\\p{L}-]+|(?:\\p{Lu}[\\p{L}.'’-]*\\s+){1,4})(?:(?:then|also|later)\\s+)?(?:${INVERTIBLE_CUES.join('|')})|(?:${INVERTIBLE_CUES.join('|')})\\s+(?:the\\s+|a\\s+)?\\p{Lu})\\b`,
  'u',
);

/** True when `ch` at `i` opens a straight double quote (start of text, after space or an opening bracket). */
function opensStraightQuote(text: string, i: number): boolean {
  const prev = i > 0 ? text[i - 1] : ' ';
  return prev === undefined || /[\s([{\u2014\u2013-]/.test(prev);
}

/** The word (letters and inner dots) that ends just before position `dot`, lower-cased, without the final dot. */
function wordBefore(text: string, dot: number): string {
  let i = dot;
  while (i > 0 && /[\p{L}.]/u.test(text[i - 1] ?? '')) i--;
  return text.slice(i, dot).toLowerCase();
}

/** The word starting at `i`, lower-cased and without punctuation. */
function wordAt(text: string, i: number): string {
  const m = /^[\p{L}\p{N}]+/u.exec(text.slice(i, i + 40));
  return m ? m[0].toLowerCase() : '';
}

/** Decides whether a period at `dot` belongs to an abbreviation that does not end the sentence here. */
function isAbbreviationStop(text: string, dot: number, next: number): boolean {
  const word = wordBefore(text, dot);
  if (word === '') return false;
  const nextWord = wordAt(text, next);
  const opener = SENTENCE_OPENERS.has(nextWord);
  if (NEVER_FINAL.has(word)) return true;
  if (BEFORE_NUMBER.has(word)) return /^(?:\d|[IVXL]+\b)/u.test(text.slice(next, next + 8));
  // A single capital letter is an initial ("Jane R. Doe"), unless it is a pronoun-like "I".
  if (/^\p{Lu}$/u.test(text.slice(dot - 1, dot)) && word.length === 1 && word !== 'i') return !opener;
  if (MONTHS.has(word)) return /\d/.test(text[next] ?? '') || !opener;
  // "at 5 p.m. Monday", "9 a.m. GMT" go on; "at 9 a.m. Tickets sold out" is a new sentence.
  if (word === 'a.m' || word === 'p.m') return TIME_FOLLOWERS.has(nextWord);
  // Dotted acronyms (U.S., U.N., a.m.) and company or state abbreviations end a sentence only before an opener.
  if (word.includes('.') || MAYBE_FINAL.has(word)) return !opener;
  return false;
}

/**
 * Splits `text[start, end)` into sentences. Abbreviations, initials, decimals and quotations that run over
 * several sentences stay inside one sentence; a quote followed by its attribution clause is one sentence.
 */
export function splitSentences(text: string, start = 0, end = text.length, trackQuotes = true): Span[] {
  const spans: Span[] = [];
  let sentenceStart = start;
  let inQuote = false;
  let unclosedQuoteAt = -1;
  for (let i = start; i < end; i++) {
    const ch = text[i] ?? '';
    if (trackQuotes && (ch === '"' || ch === '“' || ch === '”')) {
      const opening: boolean = ch === '“' || (ch === '"' && !inQuote && opensStraightQuote(text, i));
      inQuote = opening;
      unclosedQuoteAt = opening ? i : -1;
      continue;
    }
    if (!TERMINALS.has(ch)) continue;
    // Consume the run of terminals and closing quotes/brackets that belong to this sentence end.
    let j = i + 1;
    let quoteAfter = inQuote;
    while (j < end && (TERMINALS.has(text[j] ?? '') || CLOSERS.has(text[j] ?? ''))) {
      const c = text[j];
      if (trackQuotes && (c === '"' || c === '”')) quoteAfter = false;
      j++;
    }
    if (quoteAfter) continue; // still inside a quotation: "A. B," she said.
    // The run closed the quotation ("... people.""): it is closed even if this is the paragraph's end.
    if (trackQuotes && inQuote) {
      inQuote = false;
      unclosedQuoteAt = -1;
    }
    if (j >= end) break;
    if (!/\s/.test(text[j] ?? '')) continue; // 3.5, U.S.-led, "end."Next
    let k = j;
    while (k < end && /\s/.test(text[k] ?? '')) k++;
    if (k >= end) break;
    const nextCh = text[k] ?? '';
    if (!/[\p{Lu}\p{N}"“‘'([$£€]/u.test(nextCh)) continue;
    // `"Where is the money?" Ross asked.`: a question or exclamation quoted, then who said it, is one sentence.
    if ((ch === '?' || ch === '!') && /["”]/.test(text.slice(i + 1, j)) && SPEAKER_AFTER.test(text.slice(k, k + 80))) continue;
    if (ch === '.' && isAbbreviationStop(text, i, k)) continue;
    if (j > i + 1 && trackQuotes) inQuote = false;
    spans.push({ start: sentenceStart, end: j });
    sentenceStart = k;
    i = k - 1;
  }
  if (trackQuotes && inQuote && unclosedQuoteAt >= 0) {
    // A quotation that never closes (common when a quote runs on into the next paragraph) must not swallow
    // the rest of the paragraph: split the remainder as if it held no quotes.
    return appendAll(spans, splitSentences(text, sentenceStart, end, false));
  }
  let tailEnd = end;
  while (tailEnd > sentenceStart && /\s/.test(text[tailEnd - 1] ?? '')) tailEnd--;
  if (tailEnd > sentenceStart) spans.push({ start: sentenceStart, end: tailEnd });
  return spans;
}

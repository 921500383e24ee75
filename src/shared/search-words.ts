import { rawTokens } from './similarity/raw-tokens.ts';
import { stem } from './stem.ts';

/**
 * The lower-cased words and numbers of a text, in order, cut as "checked before?" cuts them (so a claim
 * term always has its words in the search index): "Prosecutors' case" gives "prosecutors", "case".
 */
export function searchWords(text: string): string[] {
  return rawTokens(text).filter((w) => w !== '%' && w !== '');
}

/** The term a word is found by: its stem, so "prosecutors" finds "prosecutor" and "approved" finds "approves"; a number as written. */
export function searchTerm(word: string): string {
  return /^\d/.test(word) ? word : stem(word);
}

/** The last word of a query is also the start of a word while it is being typed, when it is at least this long. */
const PREFIX_MIN = 3;

/** The query's last word when it is also to be matched as the start of a word (typed, no space after it yet, long enough). */
export function prefixWord(query: string): string | null {
  const words = searchWords(query);
  const last = words.at(-1);
  return last && !/\s$/.test(query) && last.length >= PREFIX_MIN ? last : null;
}

/** A piece of a found claim's text, marked when it is a word the search matched. */
export interface MarkedPiece {
  text: string;
  marked: boolean;
}

/**
 * A found claim's text in pieces, the words the query matched marked, as the index matched them: by stem,
 * and the query's last word also as the start of a word while it is being typed (no space after it).
 */
export function markMatches(text: string, query: string): MarkedPiece[] {
  const words = searchWords(query);
  const terms = new Set(words.map(searchTerm));
  const typing = prefixWord(query);
  const pieces: MarkedPiece[] = [];
  let last = 0;
  for (const m of text.matchAll(/[\p{L}\p{N}]+(?:['’]\p{L}+)*/gu)) {
    const word = m[0].toLowerCase().replace(/['’]s$/, '');
    if (!terms.has(searchTerm(word)) && !(typing && word.startsWith(typing))) continue;
    if (m.index > last) pieces.push({ text: text.slice(last, m.index), marked: false });
    pieces.push({ text: m[0], marked: true });
    last = m.index + m[0].length;
  }
  if (last < text.length) pieces.push({ text: text.slice(last), marked: false });
  return pieces;
}

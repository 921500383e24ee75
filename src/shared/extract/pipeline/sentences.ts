import { splitSentences } from '../sentences.ts';
import type { Doc } from './doc.ts';

const CITY_CAPS = `\\p{Lu}[\\p{Lu} .'’-]{1,40}`;
const CITY = `\\p{Lu}[\\p{L}.'’-]+(?: \\p{Lu}[\\p{L}.'’-]+){0,3}`;
const REGION = `(?:,\\s*${CITY})`;
const DAY = `(?:,?\\s*\\p{Lu}\\p{Ll}{2,8}\\.?\\s+\\d{1,2})`;
const AGENCY = `(?:\\s*\\([^)]{1,30}\\))`;
/**
 * A dateline: "MADRID (Reuters) - ", "LONDON, May 3 (Reuters) - ", "KYIV, Ukraine (AP) — ", "Kyiv, Ukraine — ".
 * A city in capitals may stand alone; a city in mixed case needs a region, a day or an agency after it.
 */
export const DATELINE = new RegExp(`^(?:${CITY_CAPS}${REGION}{0,2}${DAY}?${AGENCY}?|${CITY}(?:${REGION}{1,2}${DAY}?${AGENCY}?|${DAY}${AGENCY}?|${AGENCY}))\\s*(?:--|[-–—])\\s+`, 'u');

/**
 * Component "sentences": splits each prose block into sentences, once. A dateline ("MADRID (Reuters) - ") opens a
 * story but is not part of its first sentence.
 */
export function sentences(doc: Doc): void {
  const { text, view } = doc;
  doc.sentences = doc.blocks.map((block) => {
    if (block.kind !== 'prose') return [];
    const dateline = DATELINE.exec(text.slice(block.start, Math.min(block.end, block.start + 80)));
    return splitSentences(view, block.start + (dateline ? dateline[0].length : 0), block.end).map((span) => {
      const end = closesDoubledMark(text, view, span.end) ? span.end + 1 : span.end;
      return { ...span, end, said: view.slice(span.start, end), cue: null };
    });
  });
}

/**
 * True when a sentence ends on the first of two single marks read as one double mark (quotes.ts: quoteView): the
 * second, a space in the view, still belongs to the sentence, so its text keeps both marks (“... content.’’).
 */
function closesDoubledMark(text: string, view: string, end: number): boolean {
  return view[end - 1] === '"' && view[end] === ' ' && /['‘’]/u.test(text[end] ?? '');
}

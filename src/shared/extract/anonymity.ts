import { ANONYMOUS_HEADS, DOCUMENT_HEADS } from './lexicon.ts';

const HEAD_CUT = /\s+(?:familiar|close|with|of|for|from|at|in|on|who|whom|that|which|briefed|involved|speaking|knowledgeable|aware|outside|inside|within|across|near|under|to)\b.*$/i;

/** The head noun of a source phrase: "three US officials who spoke..." → "officials". */
export function headNoun(source: string): string {
  const core = source.replace(HEAD_CUT, '').trim();
  const words = core.split(/\s+/);
  return (words[words.length - 1] ?? '').toLowerCase().replace(/[^\p{L}.-]/gu, '');
}

/**
 * True when the source names no specific person, organisation, publication or document a reader could look
 * up ("officials", "people familiar with the plans", "a report"); false for names and identifiable records.
 */
export function isAnonymousSource(source: string): boolean {
  const head = headNoun(source);
  if (ANONYMOUS_HEADS.has(head)) return true;
  if (DOCUMENT_HEADS.has(head)) return /^(?:a|an|one|another|some|unnamed|new|recent)\b/i.test(source.trim());
  return false;
}

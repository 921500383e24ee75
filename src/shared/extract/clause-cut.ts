/**
 * `text` up to the first of `words` (a global pattern whose first group is the word) that is not an acronym in
 * capitals: "the analyst who wrote it" → "the analyst", but "the WHO" stays whole. (A regular expression cannot
 * tell the two apart itself: with the i flag, even [A-Z] matches lower case.)
 */
export function cutAtWord(text: string, words: RegExp): string {
  for (const m of text.matchAll(words)) {
    if (/^[A-Z]{2,}$/.test(m[1] ?? '')) continue;
    return text.slice(0, m.index);
  }
  return text;
}

import { stemmer } from 'stemmer';

const cache = new Map<string, string>();

/** A lower-cased word cut to its stem (Porter's algorithm), so "approved" meets "approve" and "prosecutors" meets "prosecutor". */
export function stem(word: string): string {
  let s = cache.get(word);
  if (s === undefined) {
    s = stemmer(word.replace(/['’]/g, ''));
    if (cache.size > 50_000) cache.clear();
    cache.set(word, s);
  }
  return s;
}

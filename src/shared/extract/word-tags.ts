import nlp from 'compromise';

const LEXICON = (nlp.model() as { one: { lexicon: Record<string, string | string[] | undefined> } }).one.lexicon;

/** The tags compromise's lexicon gives a word ("wendy" → FemaleName, "defiant" → Adjective); none for an unknown word. */
export function wordTags(word: string): string[] {
  return [LEXICON[word.toLowerCase()] ?? []].flat();
}

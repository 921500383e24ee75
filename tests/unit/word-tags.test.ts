import { describe, expect, it } from 'vitest';
import { endsSubject, isVerbWord } from '../../src/shared/extract/word-tags.ts';

describe('the word classes that end a subject, from the lexicon', () => {
  it('reads verbs and auxiliaries as verbs, an unknown -ed word too, but no bare noun', () => {
    for (const word of ['declared', 'didn’t', 'has', 'insists', 'deadpanned', 'harrumphed']) expect(isVerbWord(word), word).toBe(true);
    for (const word of ['room', 'board', 'fees', 'red']) expect(isVerbWord(word), word).toBe(false);
  });

  it('ends a subject at an adverb before the verb, but not at a word that grades one, or a noun in -ly', () => {
    for (const word of ['meanwhile', 'instead', 'tersely', 'unhelpfully', 'said']) expect(endsSubject(word), word).toBe(true);
    for (const word of ['more', 'family', 'harbour']) expect(endsSubject(word), word).toBe(false);
  });
});

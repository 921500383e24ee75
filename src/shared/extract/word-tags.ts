import nlp from 'compromise';
import { NOT_BEFORE_VERB, SPEECH_ADVERBS } from './lists/adverbs.ts';
import { LY_NOUNS } from './lists/ly-nouns.ts';

const LEXICON = (nlp.model() as { one: { lexicon: Record<string, string | string[] | undefined> } }).one.lexicon;

/** The tags compromise's lexicon gives a word ("wendy" → FemaleName, "defiant" → Adjective); none for an unknown word. */
export function wordTags(word: string): string[] {
  return [LEXICON[word.toLowerCase()] ?? []].flat();
}

const SPEECH_ADVERB_SET = new Set(SPEECH_ADVERBS);

/** True for an adverb of the way words are said ("angrily", "later"): the list in lists/adverbs.ts, in any case. */
export function isSpeechAdverb(word: string): boolean {
  return SPEECH_ADVERB_SET.has(word.toLowerCase());
}

/**
 * True for a lower-case word that can stand as an adverb before a verb ("instead", "meanwhile", "tersely"): a class,
 * not a list. The lexicon's adverbs but those that grade a word, the lists' adverbs of speech, and any "-ly" word
 * that is no noun ("family", "bully").
 */
export function isAdverb(word: string): boolean {
  if (!/^\p{Ll}+$/u.test(word)) return false;
  if (isSpeechAdverb(word)) return true;
  if (/ly$/u.test(word)) return !LY_NOUNS.has(word) && !wordTags(word).some((t) => t !== 'Adverb');
  return wordTags(word).includes('Adverb') && !NOT_BEFORE_VERB.has(word);
}

/** Tags of a finite or auxiliary verb; a bare infinitive is left out, as after a subject it is mostly a noun ("the control room"). */
const VERB_TAGS = /Verb|Tense|Modal|Copula|Auxiliary|Gerund|Participle/;

/**
 * True for a lower-case word that is a verb or an auxiliary ("declared", "didn't", "has"): by the lexicon, or a
 * word ending in -ed the lexicon does not know, or knows only as an adjective ("deadpanned", "teased").
 */
export function isVerbWord(word: string): boolean {
  if (/^(?:is|was|has|had|does|did|will|would|can|could|says|said)$|n['’]t$/u.test(word)) return true;
  const tags = wordTags(word);
  // An -ed word the lexicon knows only as an adjective is a verb as often ("Simmons teased the tour").
  if (tags.length === 0 || tags.every((t) => t === 'Adjective')) return /\p{Ll}{2,}ed$/u.test(word);
  return tags.some((t) => VERB_TAGS.test(t));
}

/** True for a word that ends a subject: its verb, or an adverb before the verb ("Okafor meanwhile told ..."). */
export function endsSubject(word: string): boolean {
  return isVerbWord(word) || isAdverb(word);
}

import { DATA_VERB_BASES, INVERTIBLE_VERB_BASES, NOUN_LIKE_BASES, SPEECH_VERB_BASES } from './lists/speech-verbs.ts';
import { allForms, verbForms } from './lists/verb-forms.ts';
import { wordsWith, wordTable } from './lists/word-table.ts';
import { WORDS } from './lists/words.ts';

/** The lexicon table: each word the rules know, with its features (lists/words.ts). */
const TABLE = wordTable(WORDS);

/** Verbs that attribute what follows (or precedes) to a speaker or a record: every form of lists/speech-verbs.ts. */
export const SPEECH_VERBS: readonly string[] = SPEECH_VERB_BASES.flatMap(verbForms).filter((form) => !NOUN_LIKE_BASES.has(form));

/** Speech verbs that can come before their speaker ("said Ana Pires"), from lists/speech-verbs.ts; no bare forms but "say". */
// The -s form and the simple past only: a participle before a name is no cue ("written Ana Pires").
export const INVERTIBLE_CUES: readonly string[] = INVERTIBLE_VERB_BASES.flatMap((line) => verbForms(line).slice(1, 3)).concat('say');

/** Verbs for which only records, data and documents are a source ("state records show"). */
const DATA_VERBS: ReadonlySet<string> = new Set(allForms(DATA_VERB_BASES));

/** True for a cue of DATA_VERBS, perhaps after "has" ("has shown"). */
export function isDataCue(cue: string): boolean {
  return DATA_VERBS.has(cue.toLowerCase().replace(/^(?:has|have|had)\s+/, ''));
}

/** Head nouns of sources that do not identify anyone a reader could look up. */
export const ANONYMOUS_HEADS: ReadonlySet<string> = new Set(wordsWith(TABLE, 'anonymous-head'));

/** Words that identify a document only when a determiner makes it specific ("its report" vs "a report"). */
export const DOCUMENT_HEADS: ReadonlySet<string> = new Set(wordsWith(TABLE, 'document-head'));

/** Other records that can give a list its source ("The ruling lists three violations:"). */
export const RECORD_NOUNS: readonly string[] = wordsWith(TABLE, 'record-noun');

/** Pieces someone published or sent, whose source is their author ("a Trump tweet", "an FBI affidavit"). */
export const PUBLICATIONS: ReadonlySet<string> = new Set(wordsWith(TABLE, 'publication'));

/** Plural heads of records and documents a reader can look up ("state records", "meeting minutes"). */
export const DOCUMENT_PLURALS: ReadonlySet<string> = new Set(wordsWith(TABLE, 'document-plural'));

/** Personal pronouns that stand for a named speaker. */
export const PERSON_PRONOUNS: ReadonlySet<string> = new Set(wordsWith(TABLE, 'person-pronoun'));

/** Nouns for an organisation or record that "it said" can refer back to ("The company ..., it said"), as a set. */
export const BODY_HEADS: ReadonlySet<string> = new Set(wordsWith(TABLE, 'body-noun'));
/** The same bodies as a regex alternation. */
export const BODY_NOUNS = [...BODY_HEADS].join('|');

/** Role words that precede a name ("Mayor Carlos Duarte"); dropped when a pronoun is resolved to that name. */
export const TITLE_WORDS: ReadonlySet<string> = new Set(wordsWith(TABLE, 'title'));

/** Role words that mark the name after them as a person ("Transport Minister Alan Greaves"). */
export const PERSON_TITLES = /\b(?:Mayor|President|Judge|Senator|Sen\.|Governor|Gov\.|Minister|Secretary|Gen\.|General|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|Professor|Prof\.|Chief|Director|Commissioner|Representative|Rep\.|Ambassador|Chancellor|Councillor|Councilor|Councilman|Councilwoman|Alderman|leader|spokesman|spokeswoman|spokesperson|Sheriff|Captain|Colonel|Lieutenant|Sergeant|Inspector|Detective|Prosecutor|Attorney|Speaker|Premier|Coach|CEO|chairman|chairwoman|founder|[Ll]awmaker|[Rr]esident|farmer|teacher|nurse|doctor|owner)\s+((?:\p{Lu}[\p{L}'’-]+|\p{Lu}\.)(?:\s+(?:\p{Lu}[\p{L}'’-]+|\p{Lu}\.)){0,3})/gu;

/** Clause openers that may precede the subject of an attribution ("Although officials insist ..."). */
export const SUBORDINATORS = /^(?:although|though|while|whereas|as|because|but|and|yet|so|still|however|meanwhile|now|since|then)\s+/i;

/** Words that cannot be part of a source noun phrase: auxiliaries and clause words. */
export const NON_NP_WORDS: ReadonlySet<string> = new Set(wordsWith(TABLE, 'not-in-source'));

/** Speech verbs that are also nouns ("the claims", "an inspection report"); they count only before a clause. */
export const NOUN_LIKE_CUES: ReadonlySet<string> = new Set(wordsWith(TABLE, 'noun-like-cue'));

/** Words after which "but" means "except" and goes on with the phrase ("all but two", "everyone but the mayor"). */
export const BUT_AS_EXCEPT = 'all|none|everyone|everybody|anyone|anybody|nobody|no one';

const EXCEPT_WORD = new RegExp(`^(?:${BUT_AS_EXCEPT})$`, 'i');

/** True when a word (or "no one") is one of BUT_AS_EXCEPT. */
export function isExceptWord(word: string): boolean {
  return EXCEPT_WORD.test(word);
}

/** Words that can open the clause after a speech verb ("officials say that", "data show the river ..."). */
export const CLAUSE_OPENERS = /^(?:(?:that|the|a|an|it|he|she|they|we|i|there|this|these|those|its|his|her|their|our|no|not|some|many|most|all|only|more|fewer|about|nearly|almost|at|in|on|by|how|what|why|when|whether)\b|\d)/i;

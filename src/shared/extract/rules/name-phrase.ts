import { PARTICLES_BEFORE_NAME } from '../lists/name-particles.ts';
import { isNameLike } from '../people.ts';
import { ANONYMOUS_HEADS } from '../lexicon.ts';
import { isRoleWord } from '../speakers.ts';

/** A personal title that may open a name ("Mr.", "Sen.", "Lt. Gov."). */
const TITLE = `(?:(?:Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gov|Lt|Gen|Col|Sgt|Capt|Rev|St)\\.\\s+)`;
/** A capitalised word of a name, an initial, or a lower-case particle inside it ("de", "van"). */
const NAME_WORD = `(?:\\p{Lu}[\\p{L}'’-]*\\.?|\\p{Lu}\\.)`;

/** A name at the start of a text: an optional title, then one to five capitalised words ("Lt. Gov. Dan Patrick"). */
export const LEADING_NAME = new RegExp(`^\\s*(${TITLE}{0,2}${NAME_WORD}(?:\\s+(?:${TITLE}|${NAME_WORD}|${PARTICLES_BEFORE_NAME})){0,5})`, 'u');

/** True when a whole text is a name and nothing else ("Will Young", "Sen. Ted Cruz (R-Tex.)" after masking). */
export function isName(text: string): boolean {
  const m = LEADING_NAME.exec(text);
  // A name never opens with a determiner, pronoun or conjunction ("But Tom Miller" is "Tom Miller" after "But").
  return !!m && m[0].trim() === text.trim() && !/^\s*(?:The|A|An|This|That|It|He|She|They|We|I|But|And|In|On|At)(?:\s|$)/u.test(m[1]!);
}

/**
 * True when the one capitalised word opening a sentence is a common word the lexicon knows before a role ("Former
 * president Barack Obama ...") or any word before a plural word for people ("Health officials are ..."): no name,
 * but the first word of a phrase.
 * Why: taken for a name, it became a source of one fragment word.
 */
export function isCommonOpening(name: string, rest: string): boolean {
  const word = name.trim();
  const next = /^\s+(\p{Ll}[\p{L}'’-]*)/u.exec(rest)?.[1];
  if (/\s/u.test(word) || !next) return false;
  // Only before a word for people: a surname that is also a common word ("Pence said", "Green told") stays a name.
  return ANONYMOUS_HEADS.has(next) || (isRoleWord(next) && !isNameLike(word.replace(/\.$/u, '')));
}

import { FEMALE_NOUNS, MALE_NOUNS } from './lists/person-nouns.ts';
import type { Gender } from './speakers.ts';

/** Nouns of kin that say a woman or a man ("wife", "son"), by word. */
const KIN = new Map<string, Gender>([...FEMALE_NOUNS.map((w) => [w, 'female'] as const), ...MALE_NOUNS.map((w) => [w, 'male'] as const)]);

const POSSESSIVE = String.raw`(?:[Hh]is|[Hh]er|[Tt]heir)`;
/** One of the kin nouns, a whole word (so an adjective before it is never taken for it). */
const KIN_WORD = String.raw`(${[...KIN.keys()].join('|')})(?![\p{L}'’-])`;
const NAME = String.raw`\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{Ll}'’-]+)?`;
/** An opening phrase and its comma ("Today, ..."), with no quotation in it. */
const OPENING = String.raw`(?:[^,;:"“”]{1,40},\s+)?`;

/**
 * "His wife, Anne, works two jobs now." or "His wife Anne works ...": the relative is the subject, by their name
 * when the text gives it. Then a verb in lower case, so the words are a clause's subject and nothing else.
 */
const KIN_THEN_NAME = new RegExp(String.raw`^${OPENING}(${POSSESSIVE}\s+(?:[\p{Ll}-]+\s+)?${KIN_WORD})(?:,\s+(${NAME}),|\s+(${NAME}))?\s+\p{Ll}`, 'u');

/** "Anne, his wife, works two jobs now.": the name first, the kinship between commas. */
const NAME_THEN_KIN = new RegExp(String.raw`^${OPENING}(${NAME}),\s+${POSSESSIVE}\s+(?:[\p{Ll}-]+\s+)?${KIN_WORD},\s+\p{Ll}`, 'u');

/** A relative a sentence is about, as its subject: who (their name, or the words "His wife"), where, and their gender. */
export interface KinSubject {
  name: string;
  at: number;
  gender: Gender;
  /** True when the text gives no name, only the kinship ("His wife"). */
  unnamed: boolean;
}

/**
 * The relative of someone named before a sentence opens on ("His wife, Anne, works two jobs now."): the one a later
 * "she said" can mean when no one else of that gender has spoken lately. Kin nouns from the lists only.
 */
export function kinSubject(sentence: string): KinSubject | null {
  const first = NAME_THEN_KIN.exec(sentence);
  if (first) {
    const gender = KIN.get(first[2]!);
    return gender ? { name: first[1]!, at: sentence.indexOf(first[1]!), gender, unnamed: false } : null;
  }
  const m = KIN_THEN_NAME.exec(sentence);
  const gender = m ? KIN.get(m[2]!) : undefined;
  if (!m || !gender) return null;
  const name = m[3] ?? m[4];
  const at = sentence.indexOf(m[1]!);
  return name ? { name, at: sentence.indexOf(name, at + m[1]!.length), gender, unnamed: false } : { name: m[1]!, at, gender, unnamed: true };
}

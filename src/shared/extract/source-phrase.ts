import { headNoun, isAnonymousSource } from './anonymity.ts';
import { cutAtWord } from './clause-cut.ts';
import { CUE_NOUNS } from './lists/cue-nouns.ts';
import { NAME_NOUNS } from './lists/name-nouns.ts';
import { BUT_AS_EXCEPT, isDataCue, isExceptWord, NON_NP_WORDS, PERSON_PRONOUNS } from './lexicon.ts';
import { isAdverb } from './word-tags.ts';
import { SIMPLE_PASTS } from './lists/simple-pasts.ts';
import { PARTICLES_BEFORE_NAME } from './lists/name-particles.ts';
import { isRoleWord } from './speakers.ts';

/** A name opening with a lower-case particle: "al-Shabaab", "de Blasio", "van der Berg". */
const PARTICLE_NAME = new RegExp(`^(?:(?:al|el|ad|de|van|von|bin|ibn)-?|${PARTICLES_BEFORE_NAME})\\p{Lu}`, 'u');

/** The last word of a phrase, after a space. */
const TRAILING_WORD = /\s(\p{Ll}+)$/u;

/** An attribution found inside one unit; offsets are relative to the unit's text. */
export interface LocalAttribution {
  source: string;
  cue: string;
  start: number;
  end: number;
  anonymous: boolean;
  /**
   * Set when the source is a pronoun still to be resolved: "she" to a person, "it" to an organisation or record,
   * "they" to a group or body.
   */
  pronoun: 'person' | 'body' | 'group' | null;
  /** The name of the rule that found it (set by findAttribution). */
  rule?: string;
}

/** The words that open a clause after a source ("Ann Ross who ...", "the board because ..."); an acronym in capitals ("the WHO") is a name. */
const CLAUSE_OPENERS = new RegExp(`\\s+(who|whom|whose|which|that|because|after|before|when|while|as|and said)\\b|(?<!^\\s*(?:${BUT_AS_EXCEPT}))\\s+(but)\\b`, 'giu');

/** Trims a source phrase to the words that name the source: no relative clause, time phrase or adverb tail. */
export function trimSource(raw: string): string {
  const s = cutAtWord(raw.replace(/\s*\([^()]{1,40}\)\s*$/u, ''), CLAUSE_OPENERS)
    .replace(/\s+(?:on|last|this|earlier|late|early|in a|in an|in its|in his|in her|in their|at a|during)\s.*$/iu, '')
    // Nor is the town after a person's name: "political scientist Ana Diaz in Almaty".
    // (The place is matched from " in ", and the name before it checked apart: a pattern starting at the name was
    // tried from every capital of a long word run, in time that grew with the square of its length.)
    .replace(/\s+in\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)?$/u, (m, at: number, all: string) => (/\p{Lu}[\p{L}'’-]+$/u.test(all.slice(0, at)) ? '' : m))
    // "said Helen Bartlett of the ruling": "of" and a thing in lower case after a full name is what was spoken of,
    // not the body the person is from ("Tom Berg of the United Steelworkers" keeps it; "Some of the ..." is no name).
    .replace(/(?<=\p{Lu}[\p{L}'’-]+\s+\p{Lu}[\p{L}'’-]+)\s+of\s+(?:the|his|her|its|their|this|that|these|those)(?:\s+\p{Ll}[\p{L}'’-]*)+[\s.!?:;"”’)]*$/u, '')
    // A time after the source is not part of it: "a study by the trust in June", "a poll in 2016".
    .replace(/\s+in\s+(?:January|February|March|April|May|June|July|August|September|October|November|December|\d{4})\b.*$/u, '')
    .replace(/[\s.!?:;"”’)]+$/u, '');
  return withoutVerbTail(s).trim();
}

/**
 * A phrase without the adverbs that stood before its verb ("one US official reportedly", "Ortiz instead"); "the
 * family" keeps its noun. A "would" before such an adverb goes too: "Ortiz would later say" tells of speech, while
 * "would" alone is a guess or a habit ("Few would argue"), so the phrase keeps it and is no source.
 */
function withoutVerbTail(phrase: string): string {
  let s = phrase;
  let adverb = false;
  for (let m = TRAILING_WORD.exec(s); m; m = TRAILING_WORD.exec(s)) {
    const word = m[1]!;
    // "would" goes only right after an adverb went: "Ortiz would later", not "Few would".
    if (!isAdverb(word) && !(adverb && word === 'would')) break;
    adverb = isAdverb(word);
    s = s.slice(0, m.index);
  }
  return s;
}

/** True when `np` can be a source noun phrase: short, no auxiliaries or clause words. */
export function isSourcePhrase(np: string): boolean {
  const words = np.trim().split(/\s+/);
  // Up to nine words, or fourteen when names make it long ("a study by the Council of the Great City Schools").
  const capitalised = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  if (words.length === 0 || words.length > (capitalised >= 3 ? 14 : 9)) return false;
  // A personal pronoun or a question word opens a clause, never a longer source ("He pointed to a memo", "What she").
  if (words.length > 1 && /^(?:[Hh]e|[Ss]he|[Ii]t|[Tt]hey|[Ww]e|I|[Yy]ou|[Ww]hat|[Ww]ho|[Ww]hich|[Hh]ow|[Ww]hy|[Ww]here)$/u.test(words[0]!)) return false;
  const first = words[0]!.toLowerCase();
  // A question word alone asks who ("What say you?"); "WHO" in capitals is the World Health Organization.
  if (words.length === 1 && (/^(?:what|which|how|why|where|when|whatever|whoever)$/.test(first) || /^[Ww]ho$/u.test(words[0]!))) return false;
  if (words.length === 1 && (PERSON_PRONOUNS.has(first) || first === 'it' || first === 'they')) return true;
  // A clause word cannot be in a source, unless it is part of a name: "Theresa May", "Will Young".
  const inName = (i: number): boolean => /^\p{Lu}/u.test(words[i]!) && (/^\p{Lu}/u.test(words[i - 1] ?? '') || /^\p{Lu}/u.test(words[i + 1] ?? ''));
  // A word in capitals is an acronym, not a pronoun ("US officials", not "us").
  const clauseWord = (w: string): boolean => {
    // A negated auxiliary ("wasn’t", "haven’t") is a verb, never a word of a noun phrase: "The price wasn’t announced".
    if (/\p{Ll}n['’]t$/iu.test(w)) return true;
    const bare = w.replace(/['’].*$/u, '');
    return NON_NP_WORDS.has(bare.toLowerCase()) && !/^\p{Lu}{2,}$/u.test(bare);
  };
  // "all but two", "everyone but the mayor": a "but" that means "except" goes on with the phrase.
  const except = (i: number): boolean => /^but$/i.test(words[i] ?? '') && isExceptWord(words.slice(0, i).join(' '));
  if (words.some((w, i) => clauseWord(w) && !inName(i) && !except(i))) return false;
  // A determiner inside a phrase follows a preposition ("a spokesman for the firm"), "all" or a participle ("all the
  // Democrats", "Republicans backing the bill"), never a noun ("a change the operator", where a clause begins).
  if (words.some((w, i) => i > 0 && /^(?:the|a|an)$/.test(w) && !except(i - 1) && !/^(?:of|for|at|in|on|by|from|with|to|and|or|&|near|inside|outside|across|all|both|half|\p{L}+ing)$/iu.test(words[i - 1]!))) return false;
  if (/^(?:to|of|for|with|in|on|at|by|from|and|or|but|a|an|the|his|her|its|their|our|my|your|no)$/i.test(words[words.length - 1]!)) return false;
  // A simple past closing the phrase is the subject's own verb: "The minister went" (on television to say ...) is a
  // fragment. After a pronoun it is a relative clause's: "Every doctor she saw", "The lawyer he chose".
  if (words.length > 1 && SIMPLE_PASTS.has(words.at(-1)!) && !/^(?:i|he|she|we|they|you)$/i.test(words.at(-2)!)) return false;
  // A quantifier after other words is an object's ("wanted some say in", "want more say"): the cue was a noun. Alone
  // it is the subject ("Some say ..."), and so after "many" ("Many more said ...").
  if (words.length > 1 && /^(?:some|any|more|every|each|little|final)$/i.test(words.at(-1)!) && !/^(?:many|far|even|some|several)$/i.test(words.at(-2)!)) return false;
  // A source is a name ("Delmar"), a determiner phrase ("the officials") or a bare plural ("residents").
  return (
    /^[\p{Lu}\p{N}$]/u.test(words[0]!) ||
    PARTICLE_NAME.test(np.trim()) ||
    // A role before a name: "union leader Mia Kern".
    (words.length >= 2 && /^\p{Lu}/u.test(words[words.length - 1]!) && /^\p{Lu}/u.test(words[words.length - 2]!)) ||
    roleBeforeName(words) ||
    /^(?:the|a|an|one|two|three|four|five|several|some|many|most|its|his|her|their|our|my|your|other|senior|local|state|federal)$/i.test(first) ||
    // "all but two", "all of them"; "all" alone is what is left of a cut phrase ("all this effort ... contradicts his claim").
    (first === 'all' && words.length > 1) ||
    /[^s]s$/i.test(headNoun(np)) ||
    /^(?:people|police|staff|media|data)$/i.test(headNoun(np))
  );
}

/** Words that may stand before a role in lower case: "former coach Dunn", "acting police chief Ana Ruiz". */
const ROLE_MODIFIERS = new Set(['former', 'acting', 'interim', 'deputy', 'assistant', 'associate', 'senior', 'junior', 'chief', 'head', 'lead', 'retired', 'veteran', 'then', 'vice', 'co']);
/** A day or month is no part of a name ("coach Dunn Tuesday"). */
const TIME_NAME = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|june|july|august|september|october|november|december)$/i;

/**
 * A role in lower case, perhaps after another role or a modifier, then a name, then perhaps the body the person is
 * from: "judge Inaba", "coach Dunn", "chief inspector Ana Mattis from the West Mercia police", "engineer Robin Bies of
 * the CDF". Any other word before ("unless governor Bailey") or after ("coach Dunn glumly") makes no source.
 */
export function roleBeforeName(words: readonly string[]): boolean {
  const c = words.findIndex((w) => /^\p{Lu}/u.test(w));
  if (c < 1 || c > 3 || !isRoleWord(words[c - 1]!)) return false;
  if (!words.slice(0, c - 1).every((w) => isRoleWord(w) || ROLE_MODIFIERS.has(w))) return false;
  let k = c;
  while (k < words.length && /^\p{Lu}/u.test(words[k]!) && !TIME_NAME.test(words[k]!)) k++;
  if (k === words.length) return true;
  // The body they are from: "of the CDF", "from the West Mercia police".
  return /^(?:of|from)$/.test(words[k]!) && k + 1 < words.length && words.slice(k + 1).every((w, i) => /^\p{Lu}/u.test(w) || (i === 0 && w === 'the') || /^(?:of|and|police|department|office|council|university|ministry|agency|service|force)$/.test(w));
}

/** True when `np` is short enough and clause-free enough to follow a strong cue ("according to ..."). */
export function isLooseSourcePhrase(np: string): boolean {
  const words = np.trim().split(/\s+/);
  return words.length > 0 && words.length <= 14 && !words.some((w) => /^(?:is|was|were|are|will|would|has|have|had)$/i.test(w));
}

/** A possessive ending. */
const POSSESSIVE = /['’]s?$/u;
/**
 * A pronoun with an auxiliary contracted onto it: "He’d say", "She’ll tell", "They’ve said". Only a pronoun: a name
 * may end so ("Ahmed Sa’d").
 */
const CONTRACTED_AUXILIARY = /^(?:he|she|they|we|i|you|it|who)(['’](?:d|ll|ve|re))$/iu;

/** Builds the attribution for a source phrase found at `index` in the unit text. */
export function build(text: string, index: number, raw: string, cue: string, strong = false): LocalAttribution | null {
  let source = trimSource(raw);
  // "It's something she said ...": a pronoun closing a longer phrase is the subject of its own clause, and the source.
  // Not after a preposition ("Critics of it say"), nor a question word ("what he said").
  const lastWord = /(?<!\b(?:what|how|why|when|where|if|whether|of|for|on|about|to|with|from|by|at|in|against|over|under|like|than))\s(he|she|it)$/iu.exec(source);
  if (lastWord) {
    index += raw.length - raw.trimStart().length + lastWord.index + 1;
    raw = lastWord[1]!;
    source = raw;
  }
  // "What the commission described as ...": the question word opens an object clause; its subject is the source.
  const wh = /^(?:what|how)\s+(?=(?:the|a|an|his|her|its|their)\s)/iu.exec(source);
  if (wh) {
    index += raw.length - raw.trimStart().length + wh[0].length;
    raw = source.slice(wh[0].length);
    source = raw;
  }
  // A cue that is also a noun, after a verb or "a 2022", is that noun: "rejected claims", "a 2022 report".
  if (CUE_NOUNS.has(cue.toLowerCase()) && /(?:\s\p{Ll}{2,}ed|\b(?:a|an|the|its|his|her|their)\s+\d[\d,.]*)$/u.test(raw.trimEnd())) return null;
  // Why: the auxiliary is not part of who speaks, and "He’d" kept whole would be stored as a name, not a pronoun.
  const contracted = CONTRACTED_AUXILIARY.exec(source);
  if (contracted) source = source.slice(0, -contracted[1]!.length);
  else if (POSSESSIVE.test(source)) {
    // "Curiel's alleged bias", "the firm's stated aim": a participle after a possessive describes a noun; nobody speaks.
    if (/ed$/i.test(cue)) return null;
    // "Trump's comments", "Freeland's remarks": the one whose words they are is the source.
    source = source.replace(POSSESSIVE, '');
  }
  if (source === '' || !(strong ? isLooseSourcePhrase(source) : isSourcePhrase(source))) return null;
  // "as its name suggests": what a thing is called says nothing of its own.
  if (NAME_NOUNS.has(headNoun(source).toLowerCase())) return null;
  const lead = raw.length - raw.trimStart().length;
  const start = index + lead;
  const lower = source.toLowerCase();
  // "in her words": a possessive pronoun alone stands for a person as "she" does; it is never stored as a name.
  const pronoun = PERSON_PRONOUNS.has(lower) || lower === 'his' || lower === 'her' ? 'person' : lower === 'it' ? 'body' : lower === 'they' ? 'group' : null;
  if (pronoun && isDataCue(cue)) return null;
  return {
    source,
    cue: cue.toLowerCase(),
    start,
    end: start + source.length,
    anonymous: pronoun === null && isAnonymousSource(source),
    pronoun,
  };
}

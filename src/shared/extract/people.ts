import { ORGANISATION_SUFFIXES } from './lists/person-nouns.ts';
import { FEMALE_FIRST_NAMES } from './lists/female-first-names.ts';
import { MALE_FIRST_NAMES } from './lists/male-first-names.ts';
import { UNISEX_NAMES } from './lists/unisex-names.ts';
import { isVerbWord, wordTags } from './word-tags.ts';
import { PLACE_NOUNS } from './lists/place-nouns.ts';
import type { CompromisePerson } from './nlp-reading.ts';
import { isAboutPerson, personName, titledPeople, type Gender } from './speakers.ts';

/** A person named in a sentence: where, who, and the gender their first name or title suggests. */
export interface Mention {
  at: number;
  name: string;
  gender: Gender | null;
}

/**
 * The people a sentence names, in order: by role words ("Transport Minister Alan Greaves") and known first names
 * always, and, for a sentence compromise has read, also those it knows as people ("Theresa May", "Will Young"),
 * with their likely gender.
 */
export function peopleIn(sentence: string, read: ReadonlyMap<string, CompromisePerson[]> = NONE_READ, byRules?: readonly Mention[]): Mention[] {
  const found = byRules ? [...byRules] : namedByRules(sentence);
  for (const p of read.get(sentence) ?? []) {
    // An owner before a name ("The Herald's Richard Cole") is a paper or a body, not a person of its own.
    const after = p.offset ? sentence.slice(p.offset.start + p.text.length) : '';
    if (/['’]s$/u.test(p.text) && /^\s+\p{Lu}/u.test(after)) continue;
    // A sentence opener the library takes as part of the name ("After Kody died") is not part of it.
    const raw = p.text.replace(/['’]s$/u, '').replace(/[\s,.;:!?"“”'’)]+$/u, '').replace(NAME_OPENERS, '');
    const name = personName(raw) ?? (/^\p{Lu}[\p{L}'’-]+$/u.test(raw) ? raw : null);
    if (!name || isPlace(name) || found.some((f) => f.name === name)) continue;
    const presumed = p.person?.presumed_gender;
    const gender = (presumed === 'male' || presumed === 'female') && /\s/.test(name) && !UNISEX_NAMES.has(firstWord(name)) ? presumed : genderOfName(name);
    found.push({ at: (p.offset?.start ?? sentence.indexOf(raw)) + raw.length - name.length, name, gender });
  }
  // Why: a photographer's credit ("(Lauren Pelley / CBC News)", "Photo: Maria Stone/Reuters") names no one the story
  // is about, so no later "she said" may point to them.
  return found.filter((p) => !isCredit(sentence, p)).sort((a, b) => a.at - b.at);
}

/** The words before a name that make it a picture's credit. */
const CREDIT_LEAD = /\b(?:photo|photograph|image|picture|video|credit|illustration)s?(?:\s+by)?\s*:?\s*$/iu;

/** True when a name is a picture's credit: followed by a slash and an outlet, or led by "Photo:" and the like. */
function isCredit(sentence: string, p: Mention): boolean {
  return /^\s*\/\s*\p{Lu}/u.test(sentence.slice(p.at + p.name.length)) || CREDIT_LEAD.test(sentence.slice(Math.max(0, p.at - 30), p.at));
}

const NONE_READ: ReadonlyMap<string, CompromisePerson[]> = new Map();

/** The people the rules alone find in a sentence: after a role word, opening it, or with a known first name. */
export function namedByRules(sentence: string): Mention[] {
  const found: Mention[] = titledPeople(sentence).map((p) => ({ ...p, gender: genderOfTitle(sentence, p.at) ?? genderOfName(p.name) }));
  // A sentence that opens with a full name and a verb ("Wendy Golden now lives ...") introduces that person.
  const subject = openingName(sentence);
  if (subject && !found.some((f) => f.name === subject.name)) found.push({ ...subject, gender: genderOfName(subject.name) });
  // "For Megda Belkacemi, Friday is a day she has awaited": the person a sentence opens on, then calls "she".
  const topic = TOPIC_NAME.exec(sentence);
  // So is one a "who" clause follows ("For Linda Morrow, who owns the bakery, ..."): a place is no "who".
  const pronoun = topic && /,\s+(?:[^,]*\s)?(he|she)\b/iu.exec(sentence.slice(topic[0].length - 1))?.[1]?.toLowerCase();
  if (topic && (pronoun || isAboutPerson(sentence)) && !isPlace(topic[2]!) && !found.some((f) => f.name === topic[2])) {
    found.push({ at: topic[1]!.length, name: topic[2]!, gender: pronoun ? (pronoun === 'she' ? 'female' : 'male') : genderOfName(topic[2]!) });
  }
  // "In her speech, Rhimes declared ...": one capitalised word opening a clause before a verb is a person named by
  // surname or first name when the dictionary knows it as one ("Mulder", "Marcus"), or does not know it at all; a
  // sentence's first word is capitalised whatever it is, so there a word ending in "s" may be a plural the
  // dictionary lacks ("Crews pulled").
  for (const m of sentence.matchAll(SURNAME_SUBJECT)) {
    const at = m.index + m[1]!.length;
    const word = m[2]!;
    const tags = wordTags(word);
    const surname = tags.length > 0 ? tags.every((t) => ONE_NAME_TAGS.has(t)) : at > 0 || !/s$/u.test(word);
    if (!surname || !isVerbWord(m[3]!) || isPlace(word) || isCovered(found, at)) continue;
    found.push({ at, name: word, gender: null });
  }
  // "Asked whether she would run again, Grace Kim smiled.": a full name opening a clause, then its verb.
  for (const m of sentence.matchAll(CLAUSE_NAME)) {
    const at = m.index + m[1]!.length;
    const name = m[2]!;
    if (at === 0 || !isVerbWord(m[3]!) || isPlace(name) || NAME_OPENERS.test(`${name} `) || !name.split(/\s+/).every(isNameLike) || isCovered(found, at)) continue;
    found.push({ at, name, gender: genderOfName(name) });
  }
  // A known first name before a capitalised word is a person wherever they stand ("..., Kevin Haley, agreed"): a
  // dictionary look-up, so every sentence gets it, not only those the NLP library reads.
  for (const m of sentence.matchAll(FIRST_NAME_THEN_SURNAME)) {
    const gender = genderOfName(m[0]);
    if (gender && !isPlace(m[0]) && !found.some((f) => f.name.includes(m[0]))) found.push({ at: m.index, name: m[0], gender });
  }
  return found;
}

/**
 * Tags of a word that is a person's name and nothing else: a surname, or a first name alone ("Marcus is less
 * certain."), as features call people they met by first name.
 */
const ONE_NAME_TAGS = new Set(['LastName', 'Person', 'FirstName', 'MaleName', 'FemaleName']);

/** A clause's opening (sentence start, or after a comma), one capitalised word, then a lower-case word. */
const SURNAME_SUBJECT = /((?:^|,\s+))(\p{Lu}\p{Ll}{2,})\s+(\p{Ll}[\p{L}'’]*)/gu;

/**
 * A surname, capitals inside it too: "Smith", "O'Brien", "D’Souza", "McCarthy", "MacKenzie", "LeBlanc",
 * "Smith-Jones". Why: names of these shapes are common in news, and one missed leaves its person's words to whoever
 * was named before.
 */
const SURNAME_WORD = String.raw`\p{Lu}(?:['’]\p{Lu})?[\p{Ll}'’]+(?:\p{Lu}\p{Ll}+)?(?:-\p{Lu}?[\p{Ll}'’]+)?`;

/** After a comma, two or three capitalised words, then a lower-case word: a person opening a clause, with its verb. */
const CLAUSE_NAME = new RegExp(String.raw`(,\s+)(\p{Lu}\p{Ll}+(?:\s+${SURNAME_WORD}){1,2})\s+(\p{Ll}[\p{L}'’]*)`, 'gu');

/** Tags the lexicon gives a word of a personal name. */
const NAME_TAGS = new Set(['FirstName', 'LastName', 'MaleName', 'FemaleName', 'Person', 'ProperNoun', 'Honorific']);

/** True when the lexicon knows a capitalised word as part of a name, or does not know it at all ("Okafor"). */
export function isNameLike(word: string): boolean {
  return wordTags(word).every((t) => NAME_TAGS.has(t));
}

/** True when a person already found covers the offset `at`. */
function isCovered(found: readonly Mention[], at: number): boolean {
  return found.some((f) => f.at <= at && at < f.at + f.name.length);
}

/** "For" or "As for", then a name of at least 1 + `fewestMore` words and a comma, opening a sentence. */
const topicName = (fewestMore: number): RegExp => new RegExp(`^((?:As for|For)\\s+)(\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+){${fewestMore},2}),`, 'u');
/** The opening with a full name ("For Megda Belkacemi, ..."). */
const TOPIC_NAME = topicName(1);
/** The same opening with a name of one word too ("For Okafor, ..."): only for a person already known as such. */
const TOPIC_ANY_NAME = topicName(0);

/** True when a person is the one a sentence opens on ("For Megda Belkacemi, ..."): who it is about. */
export function isTopicAt(sentence: string, at: number): boolean {
  return topicAt(sentence)?.at === at;
}

/** The full name (or, asked, a surname alone) a sentence opens on after "For" or "As for" ("For Megda Belkacemi, ..."). */
export function topicAt(sentence: string, surnameAlone = false): { at: number; name: string } | null {
  const m = (surnameAlone ? TOPIC_ANY_NAME : TOPIC_NAME).exec(sentence);
  return m ? { at: m[1]!.length, name: m[2]! } : null;
}

/** The person a sentence opens with ("Wendy Golden now lives ..."), past a headline's modifier ("Understated Perez raises ..."). */
function openingName(sentence: string): { at: number; name: string } | null {
  const m = OPENING_NAME.exec(sentence);
  if (!m || NOT_A_NAME.test(m[1]!) || NAME_OPENERS.test(m[1]!) || isPlace(m[1]!)) return null;
  const [first, ...rest] = m[1]!.split(/\s+/);
  if (!isModifier(first!)) return { at: 0, name: m[1]! };
  // "Embattled Okafor defends ...": the name is what follows the modifier.
  const name = rest.join(' ');
  return { at: m[1]!.length - name.length, name };
}

/** Tags of words that describe a person and are no first name ("Defiant", "Understated", "Embattled"). */
const MODIFIER_TAGS = new Set(['Adjective', 'PastTense', 'Participle', 'Gerund']);

/** True when a capitalised word is an adjective or a participle, never a first name ("Frank" and "Irving" are names). */
function isModifier(word: string): boolean {
  const tags = wordTags(word);
  if (tags.length > 0) return tags.every((t) => MODIFIER_TAGS.has(t));
  return /^\p{Lu}\p{Ll}{3,}(?:ed|ing)$/u.test(word);
}

/** Two or three capitalised words opening a sentence, then a lower-case word: a person as its subject. */
const OPENING_NAME = new RegExp(String.raw`^(\p{Lu}\p{Ll}+(?:\s+\p{Lu}\.)?(?:\s+${SURNAME_WORD}){1,2})\s+(?!of\b|and\b)\p{Ll}`, 'u');

/** A first name and a surname: two or three capitalised words, the first a known first name (checked on match). */
const FIRST_NAME_THEN_SURNAME = new RegExp(String.raw`(?<![\p{L}.'’-])\p{Lu}\p{Ll}+(?:\s+\p{Lu}\.)?(?:\s+${SURNAME_WORD}){1,2}(?![\p{L}'’-])`, 'gu');

/** True when a capitalised name ends in a word for a place or body ("Fraser Highway"): not a person. */
function isPlace(name: string): boolean {
  const last = name.split(/\s+/).at(-1)!;
  // An organisation's last word too: "Winnipeg Transit", "Air Canada" are no person a "he" can mean.
  return PLACE_NOUNS.has(last.toLowerCase()) || ORGANISATION_LAST_WORDS.has(last);
}

const ORGANISATION_LAST_WORDS = new Set(ORGANISATION_SUFFIXES);

/** A determiner or pronoun opening a run of capitalised words: "The Fraser Highway", "This Monday" name no one. */
const NOT_A_NAME = /^(?:The|A|An|This|That|These|Those|Its|His|Her|Their|Our|My|Your|Every|Each|Some|Many|Most|All|No)\s/u;

/** Words that open a sentence or clause and are never the first word of a name. */
const NAME_OPENERS = /^(?:After|Before|When|While|As|If|But|And|Since|Until|Although|Though|Because|Once|Then|So|Yet|Asked|According|Like|Unlike|For|With|Without|In|On|At|By|From|To|Of)\s+/u;

/** The gender a first name suggests, from compromise's lexicon of first names ("Wendy" female, "Dave" male). */
export function genderOfName(name: string): Gender | null {
  const words = name.replace(/^(?:\p{Lu}\p{Ll}{0,4}\.\s+)+/u, '').split(/\s+/);
  // A name of one word is most often a surname ("Kim said", "Green said"): it tells no gender.
  if (words.length < 2) return null;
  const first = words[0]!.toLowerCase();
  if (UNISEX_NAMES.has(first)) return null;
  const tag = wordTags(first);
  if (tag.includes('MaleName')) return 'male';
  if (tag.includes('FemaleName')) return 'female';
  // A first name the tagger knows without its gender ("Mark", "Leif"): the name lists tell. A word it knows as something
  // else ("Will", "Dean") or not at all ("Duke", "Wells": surnames and words in company names) is left alone, so
  // neither "Will Democrats" nor "Duke Energy" is a man.
  if (!tag.includes('FirstName')) return null;
  return MALE_FIRST_NAMES.has(first) ? 'male' : FEMALE_FIRST_NAMES.has(first) ? 'female' : null;
}

/** A name's first word past any courtesy title, lower-cased ("Dr. Minh Dinh" → "minh"). */
function firstWord(name: string): string {
  return name.replace(/^(?:\p{Lu}\p{Ll}{0,4}\.\s+)+/u, '').split(/\s+/)[0]!.toLowerCase();
}

/** The gender a courtesy title before a name gives ("Mr. Allen", "Ms. Conway"). */
function genderOfTitle(sentence: string, at: number): Gender | null {
  const before = sentence.slice(Math.max(0, at - 6), at);
  if (/\bMr\.?\s+$/.test(before)) return 'male';
  if (/\b(?:Mrs|Ms|Miss)\.?\s+$/.test(before)) return 'female';
  return null;
}

import { ANONYMOUS_HEADS, PERSON_TITLES, TITLE_WORDS } from './lexicon.ts';
import { FEMALE_NOUNS, MALE_NOUNS, NOT_A_ROLE } from './lists/person-nouns.ts';
import { wordTags } from './word-tags.ts';
import { isNameParticle } from './lists/name-particles.ts';

/** A capitalised word of a name. A possessive is never inside one: "The CBC's Richard Cuthbertson" is Richard Cuthbertson. */
function isNameWord(word: string): boolean {
  return /^\p{Lu}[\p{L}.'’-]*$/u.test(word) && !/['’]s$/u.test(word);
}

/** Words that open a group, never a personal name. */
const QUANTIFIERS = /^(?:Many|Some|Most|All|Both|Several|Few|Other|Others|Those|These|Every|Each|No|Any)$/u;

/** The personal name at the end of a source phrase ("Union leader Tomas Berg" → "Tomas Berg"), if it is one. */
export function personName(source: string): string | null {
  // "Prof. Anika Sharma of the Alpine Institute": the person comes before "of", "from", "at".
  const words = source.replace(/,.*$/, '').replace(/\s+(?:of|from|at|for|with|in)\s.*$/, '').trim().split(/\s+/);
  let i = words.length;
  while (i > 0 && isNameWord(words[i - 1]!)) i--;
  // "Ana de la Cruz", "de Miranda": particles before a surname are part of the name, and so is a first name before them.
  while (i > 0 && i < words.length && isNameParticle(words[i - 1]!)) {
    i--;
    while (i > 0 && isNameWord(words[i - 1]!)) i--;
  }
  // The name starts after the last role word ("Agriculture Minister Luis Planas" → "Luis Planas").
  for (let k = words.length - 2; k >= i; k--) {
    if (TITLE_WORDS.has(words[k]!.toLowerCase()) && !/^(?:mr|mrs|ms|dr)\.?$/i.test(words[k]!)) {
      i = k + 1;
      break;
    }
  }
  while (i < words.length - 1 && TITLE_WORDS.has(words[i]!.toLowerCase())) i++;
  // A quantifier or determiner opening the words is a group's ("Many Out of the Cold users"), never a person's name.
  if (i < words.length - 1 && QUANTIFIERS.test(words[i]!)) return null;
  // "The Doobie Brothers", "The Globe": a name that opens with "The" is a band, a paper or a body, never a person.
  if (/^(?:The|A|An)$/u.test(words[i] ?? '')) return null;
  const name = words.slice(i);
  if (name.length === 1 && i > 0 && /^(?:mr|mrs|ms|dr)\.?$/i.test(words[i - 1]!)) return `${words[i - 1]} ${name[0]}`;
  return name.length >= 2 && name.length <= 4 ? name.join(' ') : null;
}

/** A role, then the person's name set off by commas: "The finance minister, Lena Ortiz, ruled out ...". */
const ROLE_THEN_NAME = /\b(\p{Ll}+),\s+(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2}),/gu;

const KIN = new Set([...FEMALE_NOUNS, ...MALE_NOUNS]);
const NOT_ROLES = new Set(NOT_A_ROLE);

/** True for a lower-case word naming a person's role: a title, an unnamed person's head noun, kin, a trade ("vice-president", "critic", "sister", "accountant"). */
export function isRoleWord(word: string): boolean {
  if (!/^\p{Ll}/u.test(word)) return false;
  const w = word.slice(word.lastIndexOf('-') + 1);
  // One person: no plural ("critics"), and no word of a title that names a field or body ("finance", "state").
  if (NOT_ROLES.has(w) || /[^s]s$/.test(w)) return false;
  // Besides the lists, any word the tagger's lexicon calls a person by trade ("accountant", "plumber"): a class, not a list.
  // So is one of the people a plural head names ("advocate" for "advocates", "student" for "students").
  return TITLE_WORDS.has(w) || ANONYMOUS_HEADS.has(w) || ANONYMOUS_HEADS.has(`${w}s`) || KIN.has(w) || wordTags(w).includes('Actor');
}

/** A lower-case word, then a full name of two or three capitalised words ("finance critic Jasraj Hallan"). */
const WORD_THEN_FULL_NAME = /(?<![\p{L}'’-])(\p{Ll}[\p{L}'’-]+)\s+(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2})(?=\s+\p{Ll}|\s*[,.;:!?]|\s*$)/gu;

/** People named in a sentence with a role word before them ("Transport Minister Alan Greaves"), in order. */
export function titledPeople(sentence: string): Array<{ at: number; name: string }> {
  const out: Array<{ at: number; name: string }> = [];
  for (const m of sentence.matchAll(PERSON_TITLES)) {
    const name = personName(m[0]);
    if (name) out.push({ at: m.index + m[0].length - m[1]!.length, name });
  }
  // Any role in lower case before a full name ("Head coach Kris Knoblauch", "Gabriola Island resident Tom Ridley").
  for (const m of sentence.matchAll(WORD_THEN_FULL_NAME)) {
    const at = m.index + m[0].length - m[2]!.length;
    if (isRoleWord(m[1]!) && !out.some((o) => o.at === at)) out.push({ at, name: m[2]! });
  }
  for (const m of sentence.matchAll(ROLE_THEN_NAME)) {
    if (TITLE_WORDS.has(m[1]!) && m[1] !== 'of') out.push({ at: m.index + m[0].indexOf(m[2]!), name: m[2]! });
  }
  return out.sort((a, b) => a.at - b.at);
}

/** A person or body the text has named, where (document offsets: `start`, and `start + name.length`). */
export interface Named {
  name: string;
  /** True for a person the text describes but does not name ("a security guard"). */
  unnamed?: boolean;
  /** Where the name stands in the document, when known; a source is only ever pointed at text that says it. */
  start?: number;
}

/** How a sentence names a person: as the one speaking, as its subject, or merely in passing (an object, a quotation). */
export type Role = 'speaker' | 'subject' | 'mention';

/**
 * True when a sentence opening on "For" and a name ("For Espinos, ...") is about a person, not a place: it goes on
 * about them as "he" or "she" ("For Espinos, ..., he's filling a niche"), or a "who" clause follows the name ("For
 * Linda Morrow, who owns the bakery, ...").
 */
export function isAboutPerson(sentence: string): boolean {
  return /,\s+(?:he|she)\b/u.test(sentence) || /^(?:As for|For)\s+[^,]+,\s+who\b/u.test(sentence);
}

/** What may come before the person a sentence opens on: nothing, or a conjunction. */
const OPENING = /^(?:(?:But|And|Yet|Still|Now)\s+)?$/u;

/** How many sentences the last speaker or subject stays current: a name merely mentioned since does not displace them. */
const SALIENCE_REACH = 4;

/** A person the text has named, with the gender its pronouns or first name give (null when unknown). */
interface Person extends Named {
  gender: Gender | null;
  /** How the person was last named, and in which sentence. */
  role: Role;
  seen: number;
  /** The last word of the name, kept so every sentence is not split again for each person remembered. */
  surname: string;
  /** The role words the text has given them ("mayor" for "Mayor Jane Cole"), so "the mayor" later is them. */
  titles?: Set<string>;
}

/** The last word of a name. */
function surnameOf(name: string): string {
  return name.slice(name.search(/\S+$/));
}

/** A person a pronoun was resolved to; the pronoun teaches the gender of a name that had none ("Darian Lonechild ... she said"). */
function taught(p: Person, gender: Gender | null): Person {
  if (gender && !p.gender) p.gender = gender;
  return p;
}

/**
 * True when `titled` is `name` with only role words before it ("Mayor Ann Lee", "Engineer Tom Hart"); never a
 * longer name ("Jean-Marie Le Pen" is not "Le Pen").
 */
function isTitled(titled: string, name: string): boolean {
  if (!titled.endsWith(` ${name}`)) return false;
  const roles = titled.slice(0, -name.length).trim().split(/\s+/);
  return roles.every((w) => /^(?:Mr|Mrs|Ms|Dr)\.?$/u.test(w) || TITLE_WORDS.has(w.toLowerCase()) || isRoleWord(w.toLowerCase()));
}

/** No names to pass over. */
const NONE: ReadonlySet<string> = new Set();

/** The gender a personal pronoun or a first name points to. */
export type Gender = 'male' | 'female';

/** Tracks the people and bodies a text has named, so "she said" and "it said" can be resolved. */
export class SpeakerMemory {
  /** People in order of their last mention, most recent last. */
  #people: Person[] = [];
  #body: Named | null = null;
  #group: Named | null = null;
  #sentence = 0;
  #subject: Named | null = null;

  /** Moves on to the next sentence: how recently a person spoke or was a subject is counted in sentences. */
  nextSentence(): void {
    this.#sentence++;
    this.#subject = null;
  }

  /** The person the current sentence is about, as its subject ("Head coach Kris Knoblauch was blunter."), if named. */
  get sentenceSubject(): Named | null {
    return this.#subject;
  }

  /** Remembers who the current sentence's subject is (see sentenceSubject). */
  markSubject(person: Named): void {
    this.#subject = person;
  }

  /**
   * The person "he" or "she" most likely stands for: the most recent one whose gender does not rule them out, unless
   * they were only mentioned in passing and the current speaker or subject before them, named lately, can be meant.
   * Names in `notNamed` (the people the pronoun's own reported words name) are passed over.
   */
  resolve(gender: Gender | null, notNamed: ReadonlySet<string> = NONE): Named | null {
    const found = this.#salient(gender);
    if (found && (notNamed.has(found.name) || notNamed.has(found.surname))) return this.#other(found, gender, notNamed);
    return found ? taught(found, gender) : null;
  }

  /** The most recent person of that gender, unless only mentioned and a speaker or subject before them is recent. */
  #salient(gender: Gender | null): Person | null {
    let first: Person | null = null;
    for (let i = this.#people.length - 1; i >= 0; i--) {
      const p = this.#people[i]!;
      if (gender && p.gender && p.gender !== gender) continue;
      first ??= p;
      if (p.role === 'mention') continue;
      if (p === first || this.#sentence - p.seen <= SALIENCE_REACH) return p;
      break;
    }
    return first;
  }

  /**
   * "Macharia hid under a desk, he said": whoever the reported words name is most likely not the one reporting
   * them, when someone else of that gender, named, was met lately; otherwise the person found stands ("Ford will
   * build the plant, he said" after Bill Ford).
   */
  #other(found: Person, gender: Gender | null, notNamed: ReadonlySet<string>): Named {
    for (let i = this.#people.length - 1; i >= 0; i--) {
      const p = this.#people[i]!;
      if (this.#sentence - p.seen > SALIENCE_REACH) break;
      if (p.unnamed || !gender || p.gender !== gender || p.role === 'mention' || notNamed.has(p.name) || notNamed.has(p.surname)) continue;
      return p;
    }
    return taught(found, gender);
  }

  /**
   * The named person the text is about right now: the most recent one who spoke or was a subject within the last
   * few sentences, if their gender does not rule them out; null when the last person met was only mentioned.
   */
  current(gender: Gender | null): Named | null {
    const p = this.#people.at(-1);
    if (!p || p.unnamed || p.role === 'mention' || this.#sentence - p.seen > SALIENCE_REACH) return null;
    return gender && p.gender && p.gender !== gender ? null : p;
  }

  /** The gender known for a person remembered by this name or surname; null for anyone not known as a man or woman. */
  genderOf(name: string): Gender | null {
    return this.#people.find((p) => p.name === name || p.surname === name)?.gender ?? null;
  }

  /** The organisation or record an "it" most likely refers to. */
  get body(): Named | null {
    return this.#body;
  }

  /** Remembers a named person; a surname alone ("Lonechild") is the full name met before it. */
  note(name: string | null, gender: Gender | null = null, start?: number, role: Role = 'subject', unnamed = false): void {
    // A possessive ("Mr. Trump's plan") names the person without its ending.
    name = name?.replace(/['’]s?$/u, '') ?? null;
    if (!name) return;
    const words = name.split(/\s+/);
    const i = this.#people.findIndex((p) => p.name === name || (words.length === 1 && p.surname === name));
    // A full name after its surname alone ("Perez ... Thomas Perez") is the same person, now known in full.
    const j = i < 0 && words.length > 1 ? this.#people.findIndex((p) => p.name === words.at(-1)) : -1;
    if (j >= 0) this.#people.splice(j, 1);
    const known: Person = i >= 0 ? this.#people.splice(i, 1)[0]! : { name, gender: null, start, surname: surnameOf(name), role, seen: this.#sentence };
    if (known.name === name && start !== undefined) known.start = start;
    known.gender ??= gender;
    // A name with a role before it and the name alone ("Mayor Ann Lee", "Ann Lee") are one person: a gender known
    // for either holds for both, so a later "he" passes over both.
    for (const p of words.length > 1 ? this.#people : []) {
      if (!p.name.includes(' ') || !(isTitled(name, p.name) || isTitled(p.name, name))) continue;
      known.gender ??= p.gender;
      p.gender ??= known.gender;
    }
    known.role = role;
    known.unnamed = unnamed;
    known.seen = this.#sentence;
    this.#people.push(known);
    if (this.#people.length > 50) this.#people.shift();
  }

  /**
   * The people named before whom a sentence names again by surname alone ("It was a remark Scheer found odd"), where
   * and who, so a later "he" can point back to them.
   */
  mentionedAgain(sentence: string): Array<{ at: number; name: string; gender: Gender | null }> {
    const out: Array<{ at: number; name: string; gender: Gender | null }> = [];
    if (this.#people.length === 0) return out;
    // The sentence's capitalised words, found once: most people remembered are not named again in a given sentence.
    const words = new Set((sentence.match(/\p{Lu}[\p{L}'’-]{2,}/gu) ?? []).map((w) => w.replace(/['’]s?$/u, '')));
    for (const p of this.#people) {
      const surname = p.surname;
      if (!words.has(surname)) continue;
      if (!/^\p{Lu}[\p{L}'’-]{2,}$/u.test(surname)) continue;
      let at = sentence.indexOf(surname);
      while (at >= 0 && (/[\p{L}'’-]/u.test(sentence[at - 1] ?? '') || /[\p{L}-]/u.test(sentence[at + surname.length] ?? ''))) at = sentence.indexOf(surname, at + 1);
      // Only as a subject: followed by a verb, not the object of a preposition ("met with Scheer"); after "that" a
      // name and a verb open a clause ("a comment that Scheer found odd").
      const subject = at >= 0 && /^\s+\p{Ll}/u.test(sentence.slice(at + surname.length)) && !/\b(?:a|an|the|this|to|with|by|for|from|of|at|on|in|against|about|like|than|and|or)\s+$/i.test(sentence.slice(0, at));
      // "For Espinos, who knows the trade, ...": the person a sentence opens on is what it is about.
      // Only when the sentence shows a person is meant (isAboutPerson).
      const topic = at >= 0 && /^(?:As for|For)\s+$/u.test(sentence.slice(0, at)) && /^[,\s]/u.test(sentence.slice(at + surname.length)) && isAboutPerson(sentence);
      // "Fox's verdict was blunt.": a sentence opening on a person's possessive is about that person.
      const owner = at >= 0 && /^['’]s\s+\p{Ll}/u.test(sentence.slice(at + surname.length)) && OPENING.test(sentence.slice(0, at).replace(p.name.slice(0, -surname.length), ''));
      if (subject || topic || owner) out.push({ at, name: surname, gender: p.gender });
    }
    return out;
  }

  /** Records a role word the text gives a person remembered ("Jane Cole, the city's mayor"). */
  entitle(name: string, title: string): void {
    const p = this.#people.find((q) => q.name === name);
    if (p) (p.titles ??= new Set()).add(title);
  }

  /** The most recent person named with that role word ("the mayor" after "Mayor Jane Cole"), if any. */
  byTitle(title: string): Named | null {
    for (let i = this.#people.length - 1; i >= 0; i--) if (this.#people[i]!.titles?.has(title)) return this.#people[i]!;
    return null;
  }

  /**
   * Forgets the unnamed people remembered ("a spokesperson"): once a sentence is about someone else by their role
   * ("the mayor brought it up again"), a later "he" is more likely that person, named before, than the unnamed one.
   */
  forgetUnnamed(): void {
    this.#people = this.#people.filter((p) => !p.unnamed);
  }

  /** The group or body a "they" most likely refers to. */
  get group(): Named | null {
    return this.#group;
  }

  /** Remembers a group or body that said something or leads a sentence ("Dock workers walked out"). */
  noteGroup(name: string, start: number): void {
    this.#group = { name, start };
  }

  /** Remembers an organisation or record that said something or leads a sentence. */
  noteBody(name: string | null, start?: number): void {
    if (name) this.#body = { name, start };
  }
}

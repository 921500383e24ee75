import nlp from 'compromise';
import { SPEECH_VERBS } from './lexicon.ts';
import { PLACE_NOUNS } from './lists/place-nouns.ts';
import { personName, titledPeople, type Gender } from './speakers.ts';

/** A person named in a sentence: where, who, and the gender their first name or title suggests. */
export interface Mention {
  at: number;
  name: string;
  gender: Gender | null;
}

const SPEECH = new RegExp(`["“”]|\\b(?:${SPEECH_VERBS.join('|')})\\b`, 'iu');

/** True when a sentence has a speech cue or a quotation: the only sentences worth the NLP library's time. */
export function mentionsSpeech(sentence: string): boolean {
  return SPEECH.test(sentence);
}

/** compromise reads about 0.14 MB/s; past this many characters a sentence is not worth it (a run-on page line). */
const MAX_SENTENCE = 1_000;

/**
 * The people a sentence names, in order: by role words ("Transport Minister Alan Greaves") always, and, when
 * `deep` is set, also those compromise knows as people ("Theresa May", "Will Young"), with their likely gender.
 */
export function peopleIn(sentence: string, deep: boolean, read?: ReadonlyMap<string, CompromisePerson[]>): Mention[] {
  const found: Mention[] = titledPeople(sentence).map((p) => ({ ...p, gender: genderOfTitle(sentence, p.at) ?? genderOfName(p.name) }));
  // A sentence that opens with a full name and a verb ("Wendy Golden now lives ...") introduces that person.
  const subject = OPENING_NAME.exec(sentence);
  if (subject && !NOT_A_NAME.test(subject[1]!) && !NAME_OPENERS.test(subject[1]!) && !isPlace(subject[1]!) && !found.some((f) => f.name === subject[1])) found.push({ at: 0, name: subject[1]!, gender: genderOfName(subject[1]!) });
  // A known first name before a capitalised word is a person wherever they stand ("..., Kevin Haley, agreed"): a
  // dictionary look-up, so every sentence gets it, not only those the NLP library reads.
  for (const m of sentence.matchAll(FIRST_NAME_THEN_SURNAME)) {
    const gender = genderOfName(m[0]);
    if (gender && !isPlace(m[0]) && !found.some((f) => f.name.includes(m[0]))) found.push({ at: m.index, name: m[0], gender });
  }
  if (deep && sentence.length <= MAX_SENTENCE) {
    for (const p of read?.get(sentence) ?? readOne(sentence)) {
      // A sentence opener the library takes as part of the name ("After Kody died") is not part of it.
      const raw = p.text.replace(/['’]s$/u, '').replace(/[\s,.;:!?"“”'’)]+$/u, '').replace(NAME_OPENERS, '');
      const name = personName(raw) ?? (/^\p{Lu}[\p{L}'’-]+$/u.test(raw) ? raw : null);
      if (!name || isPlace(name) || found.some((f) => f.name === name)) continue;
      const presumed = p.person?.presumed_gender;
      const gender = (presumed === 'male' || presumed === 'female') && /\s/.test(name) ? presumed : genderOfName(name);
      found.push({ at: (p.offset?.start ?? sentence.indexOf(raw)) + raw.length - name.length, name, gender });
    }
  }
  return found.sort((a, b) => a.at - b.at);
}

/** compromise's people in one sentence, offsets from the sentence's start. */
function readOne(sentence: string): CompromisePerson[] {
  return nlp(sentence).people().json({ offset: true }) as CompromisePerson[];
}

/** How many sentences compromise reads in one parse: big enough to share its start-up cost, small enough for memory. */
const READ_CHUNK = 200;

/**
 * compromise's people in many sentences, keyed by sentence, each with offsets from its own sentence's start.
 * One parse of many sentences costs about half of one parse per sentence, with the same people found.
 */
export function readPeople(sentences: readonly string[]): Map<string, CompromisePerson[]> {
  const read = new Map<string, CompromisePerson[]>();
  const todo = [...new Set(sentences)].filter((s) => s.length <= MAX_SENTENCE);
  for (let i = 0; i < todo.length; i += READ_CHUNK) {
    const chunk = todo.slice(i, i + READ_CHUNK);
    // A blank line between sentences: compromise never reads one sentence into the next across it.
    const starts: number[] = [];
    let at = 0;
    for (const s of chunk) {
      starts.push(at);
      read.set(s, []);
      at += s.length + 2;
    }
    for (const p of nlp(chunk.join('\n\n')).people().json({ offset: true }) as CompromisePerson[]) {
      const start = p.offset?.start ?? 0;
      let k = starts.length - 1;
      while (k > 0 && starts[k]! > start) k--;
      read.get(chunk[k]!)!.push({ ...p, offset: { ...p.offset, start: start - starts[k]! } });
    }
  }
  return read;
}

/** Two or three capitalised words opening a sentence, then a lower-case word: a person as its subject. */
const OPENING_NAME = /^(\p{Lu}\p{Ll}+(?:\s+\p{Lu}\.)?(?:\s+\p{Lu}[\p{Ll}'’-]+){1,2})\s+(?!of\b|and\b)\p{Ll}/u;

/** A first name and a surname: two or three capitalised words, the first a known first name (checked on match). */
const FIRST_NAME_THEN_SURNAME = /(?<![\p{L}.'’-])\p{Lu}\p{Ll}+(?:\s+\p{Lu}\.)?(?:\s+\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}?[\p{Ll}'’]+)?){1,2}(?![\p{L}'’-])/gu;

/** True when a capitalised name ends in a word for a place or body ("Fraser Highway"): not a person. */
function isPlace(name: string): boolean {
  return PLACE_NOUNS.has(name.split(/\s+/).at(-1)!.toLowerCase());
}

/** A determiner or pronoun opening a run of capitalised words: "The Fraser Highway", "This Monday" name no one. */
const NOT_A_NAME = /^(?:The|A|An|This|That|These|Those|Its|His|Her|Their|Our|My|Your|Every|Each|Some|Many|Most|All|No)\s/u;

/** Words that open a sentence or clause and are never the first word of a name. */
const NAME_OPENERS = /^(?:After|Before|When|While|As|If|But|And|Since|Until|Although|Though|Because|Once|Then|So|Yet|Asked|According|Like|Unlike|For|With|Without|In|On|At|By|From|To|Of)\s+/u;

const LEXICON = (nlp.model() as { one: { lexicon: Record<string, string | undefined> } }).one.lexicon;

/** The gender a first name suggests, from compromise's lexicon of first names ("Wendy" female, "Dave" male). */
export function genderOfName(name: string): Gender | null {
  const words = name.replace(/^(?:\p{Lu}\p{Ll}{0,4}\.\s+)+/u, '').split(/\s+/);
  // A name of one word is most often a surname ("Kim said", "Green said"): it tells no gender.
  if (words.length < 2) return null;
  const first = words[0]!.toLowerCase();
  const tag = LEXICON[first];
  return tag === 'MaleName' ? 'male' : tag === 'FemaleName' ? 'female' : null;
}

/** The part of compromise's person output read here. */
export interface CompromisePerson {
  text: string;
  offset?: { start: number };
  person?: { presumed_gender?: string | null };
}

/** The gender a courtesy title before a name gives ("Mr. Allen", "Ms. Conway"). */
function genderOfTitle(sentence: string, at: number): Gender | null {
  const before = sentence.slice(Math.max(0, at - 6), at);
  if (/\bMr\.?\s+$/.test(before)) return 'male';
  if (/\b(?:Mrs|Ms|Miss)\.?\s+$/.test(before)) return 'female';
  return null;
}

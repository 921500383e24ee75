import nlp from 'compromise';
import { SPEECH_VERBS, TITLE_WORDS } from './lexicon.ts';
import { PLACE_NOUNS } from './lists/place-nouns.ts';
import { namedByRules, type Mention } from './people.ts';
import type { Gender } from './speakers.ts';
import { wordTags } from './word-tags.ts';

/** The part of compromise's person output read here. */
export interface CompromisePerson {
  text: string;
  offset?: { start: number };
  person?: { presumed_gender?: string | null };
}

/** A quotation mark or a verb of speech. */
const SPEECH = new RegExp(`["“”]|\\b(?:${SPEECH_VERBS.join('|')})\\b`, 'iu');

/** True when a sentence has a speech cue or a quotation: the only sentences worth the NLP library's time. */
export function mentionsSpeech(sentence: string): boolean {
  return SPEECH.test(sentence);
}

/** compromise reads about 0.14 MB/s; past this many characters a sentence is not worth it (a run-on page line). */
const MAX_SENTENCE = 1_000;

/** A sentence, and, when its own words attribute it to "he", "she" or "they", whom that pronoun can mean. */
export interface ReadCandidate {
  text: string;
  pronoun: Gender | 'either' | null;
}

/**
 * How many sentences before a "he said" compromise may read as well as that sentence. What compromise adds is only
 * who a later pronoun can mean; on the annotated news of the external evaluation, reading one sentence before
 * gave the same speakers as reading every sentence, so four leaves a margin.
 */
export const PRONOUN_REACH = 4;

/** How many sentences of one document compromise reads at most (about 1 ms each), so no paste can take minutes. */
const NLP_SENTENCES = 3_000;

/**
 * The sentences worth compromise's time (it reads about 0.14 MB/s): a sentence attributed to a pronoun and those
 * before it, back to the nearest one where the rules already name someone that pronoun can mean (whoever is
 * named earlier is never the most recent), at most PRONOUN_REACH back; of those, only the ones with a speech cue
 * or a quotation where compromise could find someone the rules have not.
 */
export function sentencesToRead(sentences: readonly ReadCandidate[], named: Map<string, Mention[]> = new Map()): string[] {
  const chosen = new Set<string>();
  const looked = new Set<number>();
  sentences.forEach((s, i) => {
    if (!s.pronoun) return;
    for (let k = i; k >= Math.max(0, i - PRONOUN_REACH) && chosen.size < NLP_SENTENCES; k--) {
      const text = sentences[k]!.text;
      // Kept in `named` for the caller, which needs the same people again.
      const byRules = named.get(text) ?? named.set(text, namedByRules(text)).get(text)!;
      if (!looked.has(k)) {
        looked.add(k);
        if (text.length <= MAX_SENTENCE && mentionsSpeech(text) && mayNameSomeoneElse(text, byRules)) chosen.add(text);
      }
      if (k < i && byRules.some((p) => s.pronoun === 'either' || !p.gender || p.gender === s.pronoun)) break;
    }
  });
  return [...chosen];
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
    const joined = chunk.join('\n\n');
    for (const p of peopleWithOffsets(joined)) {
      const start = p.offset?.start ?? 0;
      let k = starts.length - 1;
      while (k > 0 && starts[k]! > start) k--;
      read.get(chunk[k]!)!.push({ ...p, offset: { start: start - starts[k]! } });
    }
  }
  return read;
}

/**
 * compromise's parse up to its pre-tagger: the lexicon, word forms and suffixes, without the post-tagger's 570
 * context patterns (most of its time) or noun-phrase chunks. The hooks are swapped only for this synchronous
 * call, so no other parse sees them.
 */
export function parseTagged(text: string): ReturnType<typeof nlp> {
  const world = nlp.world() as { hooks: string[] };
  const hooks = world.hooks;
  world.hooks = hooks.filter((h) => h !== 'chunks' && h !== 'postTagger');
  try {
    return nlp(text);
  } finally {
    world.hooks = hooks;
  }
}

/**
 * compromise's parse as people() needs it: the pre-tagger, then only the post-tagger's patterns that give or take
 * a person's tags. About half the time of the full parse, with the same people on the external evaluation's
 * articles (every unit the same).
 */
function parseForPeople(text: string): ReturnType<typeof nlp> {
  const doc = parseTagged(text);
  tagPeople(doc);
  return doc;
}

/** A pattern of compromise's post-tagger, as it stands before compromise first parses it. */
interface TagPattern {
  match: string;
  notIf?: unknown;
  tag?: unknown;
  unTag?: unknown;
}

/**
 * compromise's post-tagging patterns that read or give a person's tags, copied at load, before compromise's
 * first parse rewrites them in place; null if that has already happened, and then every pattern runs.
 */
export const PEOPLE_PATTERNS: TagPattern[] | null = ((): TagPattern[] | null => {
  const all = (nlp.world() as unknown as { model: { two: { matches: TagPattern[] } } }).model.two.matches;
  if (!all.every((m) => typeof m.match === 'string' && (m.notIf === undefined || typeof m.notIf === 'string'))) return null;
  return all.filter((m) => /Person|Name|Honorific|ProperNoun|Possessive/.test(JSON.stringify([m.tag, m.unTag]))).map((m) => ({ ...m }));
})();
let peopleNet: unknown = null;

/** Runs the person patterns of compromise's post-tagger over a parsed document, as its postTagger does with all. */
function tagPeople(doc: ReturnType<typeof nlp>): void {
  const view = doc as unknown as CompromiseInternals;
  const { model, methods } = view.world;
  peopleNet ??= methods.one.buildNet(PEOPLE_PATTERNS ?? model.two.matches, view.world);
  const document = methods.two.quickSplit(view.docs);
  const m = view.update(document.map((terms) => [terms[0]!.index[0], terms[0]!.index[1], terms[0]!.index[1] + terms.length]));
  m.sweep(peopleNet);
  view.uncache();
  view.unfreeze();
}

/** The parts of compromise's document and world that its own postTagger uses, used here the same way. */
interface CompromiseInternals {
  world: {
    model: { two: { matches: TagPattern[] } };
    methods: { one: { buildNet(matches: TagPattern[], world: unknown): unknown }; two: { quickSplit(docs: unknown): Array<Array<{ index: [number, number] }>> } };
  };
  docs: unknown;
  update(ptrs: number[][]): { sweep(net: unknown): void };
  uncache(): void;
  unfreeze(): void;
}

/** The terms of a compromise document: each keeps the text around it, so together they are the text read. */
interface Term {
  pre: string;
  text: string;
  post: string;
}

/**
 * compromise's people in a text with where each starts. compromise's own offsets (`json({ offset: true })`) cost
 * more than the parse; they are summed here from its terms, which hold every character of the text.
 */
function peopleWithOffsets(text: string): CompromisePerson[] {
  const doc = parseForPeople(text);
  const view = doc.people();
  const found = view.json() as CompromisePerson[];
  const sentences = (doc as unknown as { document: Term[][] }).document;
  const ptrs = (view as unknown as { ptrs: Array<[number, number, number]> }).ptrs;
  const starts: number[] = [];
  let at = 0;
  for (const terms of sentences) {
    starts.push(at);
    for (const t of terms) at += t.pre.length + t.text.length + t.post.length;
  }
  return found.map((p, i) => {
    const [n, first] = ptrs[i] ?? [0, 0];
    const terms = sentences[n] ?? [];
    let start = starts[n] ?? 0;
    for (let k = 0; k < first && k < terms.length; k++) start += terms[k]!.pre.length + terms[k]!.text.length + terms[k]!.post.length;
    start += terms[first]?.pre.length ?? 0;
    // Trust the sum only where the text says the same; otherwise the name's first occurrence from there.
    if (!text.startsWith(p.text, start)) start = Math.max(0, text.indexOf(p.text, starts[n] ?? 0));
    return { ...p, offset: { start } };
  });
}


/** Lexicon tags of words that are never part of a person's name: a capitalised word with only these names no one. */
const NOT_PERSON_TAGS = new Set(['Country', 'City', 'Region', 'Place', 'Organization', 'SportsTeam', 'Demonym', 'Month', 'WeekDay', 'Currency', 'Date', 'Holiday', 'Abbreviation']);

/** Tags of words that may be part of a name. */
const NAME_TAGS = /Name|Person|ProperNoun|Honorific/;

/** A run of capitalised words ("Mr. Ruth Adeyemi", "Tarrow River", "St. Louis"). */
const CAPITALISED_RUN = /\p{Lu}[\p{L}'’-]*\.?(?:\s\p{Lu}[\p{L}'’-]*\.?)*/gu;

/** Prepositions of place: a capitalised run right after one is where something is ("near Kelso", "in Porto Alto"). */
const LOCATIVE = /\b(?:near|in|outside|inside|across|throughout|around)\s$/iu;

/**
 * True when compromise could find a person in a sentence that the rules have not: a capitalised word outside the
 * names the rules found (and the titles before them) that is no acronym, no place or month the lexicon knows,
 * no part of a place ("Tarrow River", "near Kelso"), and not a common word capitalised only because it opens a
 * sentence or a quotation ("The", "We", "8 a.m. Most were").
 */
export function mayNameSomeoneElse(sentence: string, known: readonly Mention[] = namedByRules(sentence)): boolean {
  for (const run of sentence.matchAll(CAPITALISED_RUN)) {
    const words = [...run[0].matchAll(/\p{Lu}[\p{L}'’-]*/gu)].map((w) => ({ at: run.index + w.index, word: w[0].replace(/['’]s?$/u, '') }));
    const last = words.at(-1)!.word.toLowerCase();
    const before = sentence.slice(0, run.index);
    const possessive = /['’]s?$/u.test(run[0]);
    if (PLACE_NOUNS.has(last) || (LOCATIVE.test(before) && !possessive)) continue;
    const named = (at: number): boolean => known.some((k) => k.at <= at && at < k.at + k.name.length);
    const titleOf = (i: number): boolean => words.slice(i + 1).some((w) => named(w.at)) && isTitle(words[i]!.word);
    // A short word with a full stop inside a sentence is an abbreviation ("Kansas City, Mo., said", "Calif. police").
    const abbreviation = (at: number, word: string): boolean => word.length <= 5 && /^\.(?:,|\s+\p{Ll})/u.test(sentence.slice(at + word.length));
    if (words.some(({ at, word }, i) => !named(at) && !titleOf(i) && !abbreviation(at, word) && couldBeName(word, opensClause(sentence.slice(0, at))))) return true;
  }
  return false;
}

/** True when a capitalised word may be part of a person's name, given whether it opens a sentence or quotation. */
function couldBeName(word: string, opener: boolean): boolean {
  if (word === 'I' || /^\p{Lu}+$/u.test(word)) return false;
  const tags = wordTags(word);
  if (tags.length > 0 && tags.every((t) => NOT_PERSON_TAGS.has(t))) return false;
  return !(opener && tags.length > 0 && !tags.some((t) => NAME_TAGS.test(t)));
}

/** True when what comes before a word ends a sentence or opens a quotation, so the word is capitalised for its place. */
function opensClause(before: string): boolean {
  return /(?:^|["“‘(]\s*|[.!?]["”’]?\s+)$/u.test(before);
}

/** True for a title or role before a name ("Mr.", "Prof.", "Councillor"). */
function isTitle(word: string): boolean {
  const w = word.replace(/\.$/, '').toLowerCase();
  return TITLE_WORDS.has(w) || wordTags(w).some((t) => t === 'Honorific' || t === 'Actor');
}

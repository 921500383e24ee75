import type { Attribution } from '../../model.ts';
import { attributeSentence, place } from '../attribute-sentence.ts';
import { SpeakerMemory, type Named } from '../speakers.ts';
import { peopleIn } from '../people.ts';
import { isQuotedSpeech } from '../quotes.ts';
import type { Doc } from './doc.ts';
import { inherited } from './inherit.ts';

/**
 * Component "speakers": who is speaking, unit by unit in document order, over one discourse model (SpeakerMemory):
 * the people, bodies and groups named so far, how salient each is (the current speaker of a run outranks a name
 * merely mentioned) and their gender and number. A pronoun or a possessive ("she said", "her statement read")
 * becomes the one it stands for, or nothing; a list's items without a source of their own take their lead-in's.
 * Tells the second half of the progress.
 */
export function speakers(doc: Doc): void {
  const { text } = doc;
  const memory = new SpeakerMemory();
  let leadIn: { attribution: Attribution; start: number; end: number } | null = null;
  for (const turn of doc.turns) {
    switch (turn.kind) {
      case 'paragraph':
        doc.progress(Math.floor((text.length + turn.start) / 2), text.length);
        leadIn = null;
        break;
      case 'lead-in': {
        const source = place(turn.cue, turn.start, memory);
        leadIn = source && { attribution: source, start: turn.start, end: turn.end };
        break;
      }
      case 'block': {
        const u = turn.unit;
        doc.progress(Math.floor((text.length + u.start) / 2), text.length);
        const own = place(turn.cue, u.start, memory);
        if (u.kind !== 'list-item') leadIn = null;
        u.attribution = own ?? (u.kind === 'list-item' && leadIn ? inherited(leadIn.attribution, 'list lead-in', leadIn) : null);
        break;
      }
      case 'sentence': {
        const u = turn.unit;
        u.attribution = attributeSentence(turn.said, u.start, memory, turn.cue, doc.read, doc.named.get(turn.said));
        // The sentence's subject, or else the one person it gives the floor to ("welcomed by union leader Sam Cole").
        const subject = memory.sentenceSubject ?? (u.attribution ? null : givenTheFloor(turn.said, u.start, doc));
        // Only a person the text names, where it names them: a source always points at words that say it.
        if (!u.attribution && subject?.start !== undefined) {
          const own = { source: subject.name, start: subject.start, end: subject.start + subject.name.length, anonymous: false, cue: '' };
          if (!/["“”]/.test(turn.said)) doc.introduced.set(u, { ...own, trace: { rule: 'person introduced' } });
          // "Dr. Ellen Park became “acutely aware” of the risks.": words quoted in a sentence about a person, with no
          // one else's cue, are theirs. Only their own subject, not one given the floor for the next sentence.
          else if (subject === memory.sentenceSubject && quotesOwnWords(turn.said, subject.start - u.start, subject.name, memory)) {
            // Named in an earlier sentence ("She became …"): the trace points at the unit that names them, as a
            // resolved pronoun's does.
            const named = subject.start < u.start ? doc.units.find((n) => n.start <= subject.start! && subject.start! < n.end) : undefined;
            const from = named ? { from: { start: named.start, end: named.end } } : {};
            u.attribution = { ...own, trace: { rule: "quotation in its subject's sentence", ...from } };
          }
        }
        break;
      }
    }
  }
}

/**
 * Words after which the person named is the one who speaks next: the agent of a passive reaction ("welcomed by",
 * "a view shared by"; never "overturned by" or "written by", whose agent is talked about) or the one asked or
 * interviewed ("Reporters asked Governor Ellen Ross", "The Globe spoke with Mike Tan"), perhaps with their role
 * between ("by union leader").
 */
const FLOOR_GIVEN = /\b(?:(?:welcomed|echoed|shared|praised|applauded|hailed|critici[sz]ed|condemned|questioned|disputed|challenged|dismissed|denounced|slammed)\s+by|asked|interviewed|(?:spoke|talked|sat down|caught up)\s+(?:with|to))\s+(?:[\p{Ll}'’-]+\s+){0,3}(?:\p{Lu}[\p{L}.'’-]*\.?\s+)?$/u;

/** A sentence saying the person gave no words: what follows is then someone else's ("but she declined to comment"). */
const NO_COMMENT = /\b(?:declined|refused)\s+to\s+comment|\bcould\s+not\s+be\s+reached|\bdid\s+not\s+(?:respond|reply|return)/iu;

/** Any of the words FLOOR_GIVEN needs. */
const FLOOR_WORD = /\b(?:by|asked|interviewed|spoke|talked|sat|caught)\b/u;

/** The one person a sentence without a subject person gives the floor to (FLOOR_GIVEN), where the text names them. */
function givenTheFloor(said: string, start: number, doc: Doc): Named | null {
  // Why checked first: most sentences have none of these words, and finding the people named costs more.
  if (!FLOOR_WORD.test(said) || /["“”]/.test(said) || NO_COMMENT.test(said)) return null;
  const people = peopleIn(said, doc.read, doc.named.get(said));
  const floor = people.filter((p) => FLOOR_GIVEN.test(said.slice(0, p.at)));
  // Only one person, and no one else named: with two, who speaks next is a guess.
  return floor.length === 1 && people.length === 1 ? { name: floor[0]!.name, start: start + floor[0]!.at } : null;
}

/** A quotation in a sentence, with the words it holds. */
const QUOTED_WORDS = /["“]([^"“”]+)["”]/gu;

/** What may stand before a sentence's subject: a title or two ("Dr."), after an opening phrase and its comma ("On Monday, "). */
const SUBJECT_OPENING = /^(?:[^"“”,]{1,60},\s+)?(?:\p{Lu}[\p{L}.]*\s+){0,2}$/u;

/**
 * True when a sentence opening on a person (after a time or a place, a title or two before them: "Dr. Ellen Park")
 * quotes, in their own clause, words that are theirs (isQuotedSpeech), with no "who" clause or second person
 * between. Only a person the text has shown to be a man or a woman: a company's or a product's name quoted in a
 * sentence about it is nobody's words.
 */
function quotesOwnWords(said: string, at: number, name: string, memory: SpeakerMemory): boolean {
  // Named before this sentence (at < 0): the sentence opens on "she" or on their role ("The minister ..."), and the
  // whole of it is about them.
  const from = at < 0 ? 0 : at + name.length;
  if ((at >= 0 && !SUBJECT_OPENING.test(said.slice(0, at))) || /\?\s*["”]?\s*$/u.test(said) || memory.genderOf(name) === null) return false;
  for (const m of said.slice(from).matchAll(QUOTED_WORDS)) {
    const between = said.slice(from, from + m.index);
    // A "who" clause is someone's own; a second name joined to the subject ("McDougal and Rigney") shares it.
    if (/\b(?:who|whom|whose)\b/u.test(between) || /^\s*and\s+\p{Lu}/u.test(between)) return false;
    if (isQuotedSpeech(m[1]!)) return true;
  }
  return false;
}

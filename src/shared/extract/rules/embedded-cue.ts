import { headNoun } from '../anonymity.ts';
import { build, type LocalAttribution } from '../source-phrase.ts';
import { isRoleWord } from '../speakers.ts';
import { endsSubject } from '../word-tags.ts';
import { EMBEDDED_VERB_BASES, NOUN_LIKE_BASES } from '../lists/speech-verbs.ts';
import { allForms } from '../lists/verb-forms.ts';
import { BEFORE_CUE } from './clause-patterns.ts';
import { isCommonOpening } from './name-phrase.ts';
import type { AttributionRule } from './rule.ts';

/** Either case of a word's first letter: the patterns here are case-sensitive, so that \\p{Lu} means a capital. */
const anyCase = (w: string): string => `[${w[0]!.toUpperCase()}${w[0]}]${w.slice(1)}`;
/** Words that open a noun phrase. */
const DETERMINER = `(?:${['the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'this', 'these', 'those', 'some', 'many', 'most', 'several', 'other', 'one', 'two', 'three', 'four', 'five'].map(anyCase).join('|')}|\\d+)`;
const WORD = `[\\p{L}\\p{N}'’&-]{1,40}`;
const CAPITALISED = `\\p{Lu}[\\p{L}\\p{N}'’.&-]{0,40}`;
/**
 * A speaker inside a clause: a determiner phrase whose words are no other determiner ("the company", "a State
 * Department official"), a name ("the Washington Post", "Democrats"), a pronoun, or a bare plural ("critics").
 */
const INNER = `(?!(?:the|a|an|that|which|who|whom|whose|what)\\b)`;
const SPEAKER = `((?:${DETERMINER}\\s+(?:${INNER}${WORD}\\s+){0,4}?${WORD})|${CAPITALISED}(?:\\s+(?:of\\s+)?${CAPITALISED}){0,4}|(?:he|she|they|it)\\b|(?:${INNER}\\p{Ll}+\\s+){0,2}\\p{Ll}{3,}s)`;
/** The cues of lists/speech-verbs.ts EMBEDDED_VERB_BASES; a base that is more often a noun ("report") only as -s or past. */
const EMBEDDED_FORMS = allForms(EMBEDDED_VERB_BASES).filter((f) => !NOUN_LIKE_BASES.has(f) && !['report', 'claim', 'estimate'].includes(f)).join('|');
const EMBEDDED_CUE = `(?:${EMBEDDED_FORMS})`;
/** Cues whose clause may leave out its subject, the thing said: "a move the company said was needed". */
const GAPPED_CUE = 'said|says|say|reported|claimed|claims|argued|argues|insisted|insists|estimated|estimates|concluded|predicted';
/** What starts a clause after the cue: "that", an auxiliary, a pronoun, a determiner or a name ("said was", "say he"). */
const CLAUSE_AFTER = `(?=\\s+(?:(?:that|was|were|is|are|would|will|could|had|has|have|might|may|can|should|did|does|he|she|they|it|we|I|the|a|an|his|her|their|its)\\b|\\p{Lu}))`;

/** Any of the cues the patterns below look for. */
const ANY_CUE = new RegExp(`\\b(?:${EMBEDDED_FORMS}|${GAPPED_CUE}|put\\s+it)\\b`, 'u');

/** A relative or complement clause with its own speaker: "which critics said was", "that the Washington Post reports that". */
const MARKED = new RegExp(`(?<![^\\s(])(?:that|which|what|whom)\\s+${SPEAKER}\\s+${BEFORE_CUE}(${EMBEDDED_CUE})\\b${CLAUSE_AFTER}`, 'gu');
/** A parenthetical "as X said" or "as X put it": "... small hands - as Rubio has said - and ...". */
const AS_SAID = new RegExp(`(?<![^\\s(])[Aa]s\\s+${SPEAKER}\\s+${BEFORE_CUE}(${EMBEDDED_CUE}|put\\s+it)(?=\\s*(?:[,;:.]|--|[—–]|\\s-\\s))`, 'gu');
/** A clause whose subject is the thing said, left out: "a move the company said was needed", "what officials say is". */
const GAPPED = new RegExp(
  `(?<![^\\s(])${SPEAKER}\\s+${BEFORE_CUE}(${GAPPED_CUE})\\s+(?=(?:was|were|is|are|would|will|could|had|has|have|might|may|can|should)\\b)`,
  'gu',
);

/** True when the one who "put it" is a person: a name, a pronoun or a role ("Gaiman", "one analyst"), not "the saying". */
function putsIt(speaker: string): boolean {
  const named = /^(?:\p{Lu}|he\b|she\b|they\b)/u.test(speaker) && !/^(?:The|A|An|One)\s/u.test(speaker);
  return named || isRoleWord(headNoun(speaker));
}

/**
 * A speech cue inside a relative or complement clause, where the sentence's own clause has none: "Jobs were cut
 * in a move the company said was needed", "the deficit, which critics say is larger". Tried after every other rule.
 */
export const embeddedCue: AttributionRule = {
  name: 'speech cue in an embedded clause',
  examples: [
    { text: 'Tolls rose again, which drivers say is unfair to commuters.', source: 'drivers' },
  ],
  find({ text, masked }) {
    // Most sentences have no cue of this list at all: one quick look spares the three patterns.
    if (!ANY_CUE.test(masked)) return null;
    for (const pattern of [MARKED, AS_SAID, GAPPED]) {
      for (const m of masked.matchAll(pattern)) {
        // Why: "as the old saying put it" quotes no one; only a person or a name "puts it".
        if (/^put\s/u.test(m[2]!) && !putsIt(m[1]!)) continue;
        const idx = m.index + m[0].lastIndexOf(m[1]!, m[0].length - m[2]!.length);
        const found = build(text, idx, m[1]!, m[2]!);
        if (found) return found;
      }
    }
    return null;
  },
};

/** Participles of speech that give what the sentence's subject said: "..., saying the matter was closed". */
const PARTICIPLES = 'saying|telling|adding|noting|arguing|insisting|warning|explaining|claiming|declaring|stating|writing|describing|calling|alleging|asserting|acknowledging|announcing|predicting|promising|vowing|urging';
/**
 * Participles that also have plain senses ("adding 400 jobs", "writing poems", "calling for pay", "saying goodbye")
 * count only with what marks speech in the rest of the sentence: "that", a colon or a quotation.
 */
const PLAIN_SENSE = /^(?:adding|noting|explaining|acknowledging|writing|describing|calling|announcing|urging|telling|promising)$/i;
const MARKS_SPEECH = /^\s*(?:[^.;]{0,60}?\b(?:that|he|she|they|it|we|I)\s|[^.;]{0,80}?["“:])/u;

/** True when a participle at `end` of `masked` gives speech, not a plain act (see PLAIN_SENSE). */
function givesSpeech(participle: string, rest: string): boolean {
  if (/^\s+(?:himself|herself|themselves|itself|goodbye|hello|thanks|grace|sorry)\b/i.test(rest)) return false;
  return !PLAIN_SENSE.test(participle) || MARKS_SPEECH.test(rest);
}
/** "..., with a spokesperson for the camp describing ..."; the phrase after "with" speaks. */
const WITH_PARTICIPLE = new RegExp(`(?<![^\\s(])with\\s+([^,;:"“”]{2,80}?)\\s+(${PARTICIPLES})\\b`, 'iu');
/** ", saying ...", ", after initially saying ...": the participle clause of the sentence's subject. */
const TRAILING_PARTICIPLE = new RegExp(`(?:,\\s+(?:(?:after|before|while|by)\\s+)?|\\s(?:after|while|by)\\s+)(?:(?:first|initially|later|again|\\p{Ll}+ly)\\s+)?(${PARTICIPLES})\\b(?!\\s+(?:himself|herself|themselves|itself)\\b)`, 'iu');
/** What may open a sentence before its subject: a conjunction, or an introductory phrase ended by a comma. */
const OPENER = /^\s*(?:(?:But|And|Yet|So|However|Still|Meanwhile|Instead),?\s+)?(?:(?:In|On|At|After|Before|During|Since|Last|Earlier|Later|Facing|Asked|Speaking)\b[^,]{0,80},\s+)?/u;
/** A name as a subject: capitalised words, with "of" or "for" inside ("Bank of England"), not a determiner phrase. */
const NAME_SUBJECT = new RegExp(`^(?!(?:The|A|An|This|These|Those|Its|His|Her|Their|Our)\\s)${CAPITALISED}(?:\\s+(?:(?:of|for|the)\\s+)*${CAPITALISED})*(?=[\\s,])`, 'u');
/** A sentence that opens with a subordinate clause. */
const SUBORDINATE_OPENING = /^(?:if|when|whenever|although|though|while|whilst|because|as|since|once|unless|until|whether|even)\s/iu;
/** A pronoun subject. */
const PRONOUN_SUBJECT = /^(?:He|She|They|It)\b/u;
/**
 * A sentence's subject and the speech it gives in a participle clause: "She had earlier declined comment, saying
 * ...", "The office published a notice Tuesday saying ...", "..., with 47 percent of voters saying ...".
 * Tried after every other rule.
 */
export const participleCue: AttributionRule = {
  name: 'speech in a participle clause',
  examples: [
    { text: 'The transport ministry issued a notice Monday saying that two ferries would be withdrawn.', source: 'The transport ministry' },
  ],
  find({ text, masked }) {
    if (!/ing\b/.test(masked)) return null;
    const withNp = WITH_PARTICIPLE.exec(masked);
    if (withNp && givesSpeech(withNp[2]!, masked.slice(withNp.index + withNp[0].length))) {
      const found = build(text, withNp.index + withNp[0].indexOf(withNp[1]!), withNp[1]!, withNp[2]!);
      if (found) return found;
    }
    const participle = TRAILING_PARTICIPLE.exec(masked) ?? NOTICE_PARTICIPLE.exec(masked);
    if (!participle || !givesSpeech(participle[1]!, text.slice(participle.index + participle[0].length))) return null;
    return sentenceSubject(text, masked, participle[1]!);
  },
};

/** A participle right after a record noun ("a notice Tuesday saying", "a statement saying"). */
const NOTICE_PARTICIPLE = /\b(?:notice|statement|letter|release|post|tweet|message|memo|report)\s+(?:\p{Lu}\p{Ll}+day\s+)?(saying|stating|declaring|warning|announcing)\b/u;

/** A word that opens a verb's object: a determiner or an object pronoun. */
const OBJECT_OPENING = /^(?:the|a|an|its|his|her|their|our|my|your|him|them|us|me)$/u;

/** A verb's particle ("shut down", "cut short"): the verb stands before it. */
const PARTICLE = /^(?:down|up|off|out|short|back|away|aside)$/u;

/** The subject a sentence opens with, as the source of `cue`: a pronoun, a name, or a phrase up to its verb. */
function sentenceSubject(text: string, masked: string, cue: string): LocalAttribution | null {
  const at = OPENER.exec(masked)![0].length;
  const rest = masked.slice(at);
  // "Although he thanked them, he sounded ..., saying": the subject is the main clause's, after the subordinate one.
  if (SUBORDINATE_OPENING.test(rest)) {
    const comma = rest.indexOf(', ');
    return comma > 0 && comma < rest.length - 2 ? sentenceSubject(text, masked.slice(0, at + comma + 2).replace(/[^]/g, ' ') + masked.slice(at + comma + 2), cue) : null;
  }
  const pronoun = PRONOUN_SUBJECT.exec(rest);
  if (pronoun) return build(text, at, pronoun[0], cue);
  // A name: its capitalised words ("Donald Trump picked up ...", "Mr. Sanders, after ...").
  const name = NAME_SUBJECT.exec(rest);
  if (name && !isCommonOpening(name[0], rest.slice(name[0].length))) return build(text, at, name[0], cue);
  const words = [...rest.matchAll(/\S+/gu)].slice(0, 10);
  // Where each word read so far ends: the subject may end before the verb, or before a verb and its particle.
  const ends: number[] = [];
  for (const [i, w] of words.entries()) {
    const word = w[0].replace(/[,;:]+$/u, '');
    // The subject ends at its verb (or an adverb before it), or at a comma.
    if (i > 0 && /^\p{Ll}/u.test(word) && endsSubject(word)) break;
    // Why: a source is a noun phrase. A determiner or an object pronoun after the subject's head opens the object of
    // a verb the word lists do not know ("The company cut its forecast", "The director shut down the inquiry"): the
    // subject ended before that verb (and its particle).
    if (i > 1 && OBJECT_OPENING.test(word) && !/^(?:of|for|at|in|on|with|from|to|by|and|or)$/iu.test(words[i - 1]![0])) {
      const verb = PARTICLE.test(words[i - 1]![0]) ? i - 2 : i - 1;
      // A subject left as a lone determiner ("The The cut short their tour") is no source.
      return verb >= 2 || (verb === 1 && !/^(?:the|a|an)$/iu.test(words[0]![0])) ? build(text, at, rest.slice(0, ends[verb - 1]), cue) : null;
    }
    ends.push(w.index + word.length);
    if (word !== w[0]) break;
  }
  const end = ends.at(-1) ?? 0;
  return end > 0 ? build(text, at, rest.slice(0, end), cue) : null;
}

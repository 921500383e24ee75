import { NON_SPEECH_VERBS } from '../lists/non-speech-verbs.ts';
import { parseTagged } from '../nlp-reading.ts';
import { build, roleBeforeName } from '../source-phrase.ts';
import { BEFORE_CUE, NP } from './clause-patterns.ts';
import type { AttributionRule } from './rule.ts';

/** What may close a cue clause after its verb: a time or a place ("on Monday", "in an interview"), then the sentence's end. */
const CLAUSE_END = String.raw`(?:\s+(?:on|in|at|during|after|before|from|with|over|outside|later|then|again|yesterday|today|last)\b[^,;]{0,40})?\s*[.!?]?\s*$`;
/** The particle of a phrasal verb of speech, kept apart from the verb: "shot back", "summed up", "chimed in", "went on". */
const PARTICLE = String.raw`(?:\s+(back|in|up|out|on))?`;
/** A subject, then one lower-case word (and its particle) ending the clause: `"...," the skipper deadpanned.`, `"...," Ruiz shot back.` */
const SUBJECT_VERB = new RegExp(String.raw`^\s*${NP}\s+${BEFORE_CUE}(\p{Ll}{3,})${PARTICLE}${CLAUSE_END}`, 'u');
/** A body a person is "of" or "from", in capitals, after their name: "of the CDF", "from West Mercia Police". */
const AFFILIATION = String.raw`(?:\s+(?:of|from)\s+(?:the\s+)?\p{Lu}[\p{L}.'’&-]*(?:\s+(?:of\s+)?\p{Lu}[\p{L}.'’&-]*){0,4})?`;
/**
 * One lower-case word (and its particle), then a name or a described person ending the clause: `"...," grumbled
 * Tomas Berg.`; the name may have a role before it in lower case ("engineer Robin Bies": source-phrase.ts judges it)
 * and the body they are from after it ("of the CDF").
 */
const VERB_SUBJECT = new RegExp(String.raw`^\s*(\p{Ll}{3,})${PARTICLE}\s+((?:the\s+[\p{L}'’-]+(?:\s+[\p{L}'’-]+){0,3}?|(?:\p{Ll}[\p{Ll}-]*\s+){0,2}\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}${AFFILIATION}))${CLAUSE_END}`, 'u');

/**
 * True when compromise's tagger reads `verb` as a finite verb in "subject verb." and it is no verb that reports
 * nothing. Its word forms and suffixes decide ("deadpanned", "reckons"); the context patterns of its full parse
 * gave the same verdict on every clause of the external evaluation's articles, at nine times the cost.
 */
function isCueVerb(clause: string, verb: string, particle?: string): boolean {
  if (NON_SPEECH_VERBS.has(verb.toLowerCase()) || (particle && NON_SPEECH_VERBS.has(`${verb} ${particle}`.toLowerCase()))) return false;
  const terms = parseTagged(clause).terms().json() as Array<{ terms: Array<{ text: string; tags: string[] }> }>;
  const tags = terms.map((t) => t.terms[0]!).find((t) => t.text.toLowerCase() === verb.toLowerCase())?.tags ?? [];
  return tags.includes('PastTense') || (tags.includes('PresentTense') && /s$/.test(verb));
}

/** A verb with its particle, as the cue a checker reads ("shot back"). */
function phrasal(verb: string, particle: string | undefined): string {
  return particle ? `${verb} ${particle}` : verb;
}

/**
 * After a quotation, a clause of only a subject and a verb names the quotation's speaker, whatever the verb
 * (`"...," Ana Ruiz deadpanned.`, `"...," grumbled the skipper.`): its place makes it a verb of speech, so the word
 * lists need not know it.
 */
export const quoteCueVerb: AttributionRule = {
  name: 'verb in the cue slot',
  examples: [
    { text: '"We will not sell," the skipper deadpanned.', source: 'the skipper' },
    { text: '"That is a fantasy," scoffed Ines Barros.', source: 'Ines Barros' },
  ],
  find({ text, segs }) {
    // Only after a quotation that opens the sentence: a title or a slogan quoted inside one ('The headline "Gotcha,"
    // angered John Nott.') is followed by any verb, and its object is no speaker.
    if (!/^[^\p{L}\p{N}]*(?:["“«]|'')/u.test(text)) return null;
    for (let i = segs.length - 1; i >= 1; i--) {
      const seg = segs[i]!;
      if (!seg.afterQuote) continue;
      const sv = SUBJECT_VERB.exec(seg.text);
      if (sv && isCueVerb(`${sv[1]} ${sv[2]}.`, sv[2]!, sv[3])) {
        const found = build(text, seg.start + sv[0].search(/\S/), sv[1]!, phrasal(sv[2]!, sv[3]));
        if (found) return found;
      }
      const vs = VERB_SUBJECT.exec(seg.text);
      // A subject in lower case that is not "the ..." must be a role and a name ("engineer Robin Bies"), never a
      // phrase that only ends on one ("to singer Olivia Rodrigo", "leaflets from Greenpeace").
      const roleFirst = vs !== null && /^\p{Ll}/u.test(vs[3]!) && !/^the\s/u.test(vs[3]!);
      if (vs && roleFirst && !roleBeforeName(vs[3]!.split(/\s+/))) continue;
      // The verb is read in its clause and, for a role or a body around the name, before a plain name: "engineer
      // Robin Bies of the CDF" makes the tagger take "comments" for a noun.
      const around = roleFirst || /\s(?:of|from)\s/u.test(vs?.[3] ?? '');
      if (vs && (isCueVerb(`${vs[1]} ${vs[3]}.`, vs[1]!, vs[2]) || (around && isCueVerb(`${vs[1]} Tom Berg.`, vs[1]!, vs[2])))) {
        const found = build(text, seg.start + seg.text.indexOf(vs[3]!, vs[1]!.length), vs[3]!, phrasal(vs[1]!, vs[2]));
        if (found) return found;
      }
    }
    return null;
  },
};

import { NON_REPORTING_BEFORE_THAT } from '../lists/non-speech-verbs.ts';
import { parseTagged } from '../nlp-reading.ts';
import { build } from '../source-phrase.ts';
import { BEFORE_CUE, NP } from './clause-patterns.ts';
import type { AttributionRule } from './rule.ts';

/** A sentence's subject (past "But" or a short opening phrase and its comma), one lower-case word, "that" and the rest. */
const SUBJECT_VERB_THAT = new RegExp(String.raw`^(\s*(?:(?:But|And|So|Yet|Still|Now|Later)\s+|[^,"“”]{1,40},\s+)?)${NP}\s+${BEFORE_CUE}(\p{Ll}{3,})\s+that\s+(\S.*)$`, 'u');

/** A past form or a third-person present: the shape of the finite verbs this rule is for ("fretted", "insists"). */
const FINITE_SHAPE = /(?:ed|[^s]s)$/;
/** Words of that shape before "that" which are no verb: "as well as that", "its claims that" are read by other rules. */
const NOT_A_VERB_BEFORE_THAT = /^(?:is|was|has|does|this|thus|less|unless|its|his|hers|yes|plus|minus|bus|gas|news|series|species|ways|days|years|times|means)$/;

/** A finite verb of the clause after "that": a modal or auxiliary, or a verb in the past or present. */
const FINITE_TAGS = ['PastTense', 'PresentTense', 'Modal', 'Copula', 'Auxiliary'];

/** Tags that end the subject of the clause after "that" before its verb is met ("that plan after residents objected"). */
const NOT_IN_SUBJECT = ['Preposition', 'Conjunction', 'Verb', 'QuestionWord'];

/**
 * True when compromise's tagger reads `verb` as a finite verb and "that" as opening a clause of its own: one to four
 * words of a subject, then a finite verb ("fretted that costs would rise"), not a noun after "that" ("bought that
 * land for ...", "approved that plan after ..."); and the verb is no verb that reports nothing.
 */
function opensReportedClause(clause: string, verb: string): boolean {
  if (NON_REPORTING_BEFORE_THAT.has(verb.toLowerCase())) return false;
  const terms = (parseTagged(clause).terms().json() as Array<{ terms: Array<{ text: string; tags: string[]; post: string }> }>).map((t) => t.terms[0]!);
  const v = terms.findIndex((t) => t.text.toLowerCase() === verb.toLowerCase());
  const tags = terms[v]?.tags ?? [];
  if (!(tags.includes('PastTense') || (tags.includes('PresentTense') && /s$/.test(verb))) || terms[v + 1]?.text.toLowerCase() !== 'that') return false;
  for (let i = v + 2; i < terms.length && i <= v + 6; i++) {
    const t = terms[i]!;
    if (i > v + 2 && FINITE_TAGS.some((tag) => t.tags.includes(tag))) return true;
    if (NOT_IN_SUBJECT.some((tag) => t.tags.includes(tag)) || /[,;:—–-]/.test(t.post)) return false;
  }
  return false;
}

/**
 * A sentence's subject, a verb and a that-clause: whatever the verb, its place makes it one of speech or thought
 * ("Berg fretted that costs would rise"), so the verb lists need not know it; a small list of verbs that report
 * nothing ("meant that", "ensured that") is the exception.
 */
export const thatClauseVerb: AttributionRule = {
  name: 'verb before a that-clause',
  examples: [
    { text: 'Berg fretted that costs would rise by 20 per cent.', source: 'Berg' },
    { text: 'But the owner mused that the shop could close within a year.', source: 'the owner' },
  ],
  find({ text, masked }) {
    const m = SUBJECT_VERB_THAT.exec(masked);
    if (!m) return null;
    const [, lead, subject, verb] = m as unknown as [string, string, string, string];
    // Only a word shaped like a finite verb is worth the tagger's time: "the plan that", "so that" are not.
    if (!FINITE_SHAPE.test(verb) || NOT_A_VERB_BEFORE_THAT.test(verb)) return null;
    if (!opensReportedClause(`${subject} ${verb} that ${m[4]!.slice(0, 80)}`, verb)) return null;
    return build(text, lead.length, text.slice(lead.length, lead.length + subject.length), verb);
  },
};

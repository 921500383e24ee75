import { NON_REPORTING_BEFORE_THAT } from '../lists/non-speech-verbs.ts';
import { parseTagged } from '../nlp-reading.ts';
import { build } from '../source-phrase.ts';
import { BEFORE_CUE, NP } from './clause-patterns.ts';
import type { AttributionRule } from './rule.ts';

/** A sentence's subject (past "But" or a short opening phrase and its comma), one lower-case word, "that" and the rest. */
const SUBJECT_VERB_THAT = new RegExp(String.raw`^(\s*(?:(?:But|And|So|Yet|Still|Now|Later)\s+|[^,"“”]{1,40},\s+)?)${NP}\s+${BEFORE_CUE}(\p{Ll}{3,})\s+that\s+(\S.*)$`, 'u');

/** What makes the words after "that" a clause of their own, not a noun ("bought that house"): a finite verb. */
const FINITE = /\b(?:is|are|was|were|be|been|will|would|could|should|can|may|might|must|had|has|have|did|does|do|won['’]t|can['’]t|didn['’]t|wasn['’]t|isn['’]t)\b|\b\p{Ll}{2,}ed\b/u;

/** True when compromise's tagger reads `verb` as a finite verb of the clause and it is no verb that reports nothing. */
function isReportingVerb(clause: string, verb: string): boolean {
  if (NON_REPORTING_BEFORE_THAT.has(verb.toLowerCase())) return false;
  const terms = parseTagged(clause).terms().json() as Array<{ terms: Array<{ text: string; tags: string[] }> }>;
  const tags = terms.map((t) => t.terms[0]!).find((t) => t.text.toLowerCase() === verb.toLowerCase())?.tags ?? [];
  return tags.includes('PastTense') || (tags.includes('PresentTense') && /s$/.test(verb));
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
    if (!m || !FINITE.test(m[4]!)) return null;
    const [, lead, subject, verb] = m as unknown as [string, string, string, string];
    if (!isReportingVerb(`${subject} ${verb} that ${m[4]!.slice(0, 60)}`, verb)) return null;
    return build(text, lead.length, text.slice(lead.length, lead.length + subject.length), verb);
  },
};

import { SUBORDINATORS } from '../lexicon.ts';
import { QUOTE_VERB_BASES } from '../lists/speech-verbs.ts';
import { allForms } from '../lists/verb-forms.ts';
import { build } from '../source-phrase.ts';
import { BEFORE_CUE, NP } from './clause-patterns.ts';
import type { AttributionRule } from './rule.ts';

/** The subject that opens a clause, then a verb that reports speech only with a quotation (lists/speech-verbs.ts). */
const SUBJECT_QUOTE_VERB = new RegExp(`^\\s*${NP}\\s+${BEFORE_CUE}(${allForms(QUOTE_VERB_BASES).join('|')})\\b`, 'iu');

/** A clause that asks something, after "asked" and its object ("asked the students if ..."). */
const INDIRECT_QUESTION = /^(?:\s+[\p{L}'’.-]+){0,4}?\s+(?:if|whether|how|what|why|when|where|who)\b/u;

/** A subject ending in "what" or "how" and a pronoun: "… at what she" (called the plan “…”). */
const WHAT_PRONOUN = /\b(?:what|how)\s+(he|she|they|it)$/iu;

/**
 * A verb that reports speech only when a quotation follows it in the sentence: "Judge Ruiz called the plan “reckless”",
 * "Rival candidate Ann Ross joked in her turn, “It was a dream.”" → the subject that opens the sentence.
 */
export const quotedVerb: AttributionRule = {
  name: 'verb with its quotation',
  examples: [
    { text: 'Ms. Ferro then asked, “Who pays for it?”', source: 'Ms. Ferro' },
    { text: 'Warren took aim at what she called the “rigged system” of lobbying.', source: 'she' },
  ],
  find({ text, segs }) {
    const first = segs[0];
    if (!first) return null;
    const body = first.text.replace(SUBORDINATORS, (m) => ' '.repeat(m.length));
    const m = SUBJECT_QUOTE_VERB.exec(body);
    if (!m) return null;
    // Only with a quotation after the verb: "Ross called the meeting" reports no words; "asked" also with an indirect
    // question ("Ross asked the board whether ...").
    const after = text.slice(first.start + m.index + m[0].length);
    if (!/["“”]/.test(after) && !(/^ask/i.test(m[2]!) && INDIRECT_QUESTION.test(after))) return null;
    const idx = first.start + m.index + m[0].search(/\S/);
    // "Warren took aim at what she called the “rigged system”": the one who called it that is the pronoun, not the
    // words from the sentence's start (a fragment).
    const wh = WHAT_PRONOUN.exec(m[1]!);
    if (wh) return build(text, idx + wh.index + wh[0].length - wh[1]!.length, wh[1]!, m[2]!);
    return build(text, idx, m[1]!, m[2]!);
  },
};

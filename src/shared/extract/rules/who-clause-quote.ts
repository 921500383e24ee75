import { genderOfName } from '../people.ts';
import { isQuotedSpeech } from '../quotes.ts';
import { build } from '../source-phrase.ts';
import type { AttributionRule } from './rule.ts';

/**
 * A name of two to five capitalised words, a comma and a "who" clause that quotes someone before any other comma:
 * "…from the mayor, Bev Collins, who called it “the only sensible option.”"
 */
const WHO_QUOTES = /(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){1,4}),\s+who\s+([^,;"“”]{1,100}?)["“]([^"“”]+)["”]/gu;

/** A second name between "who" and the quotation: the words may be that person's ("who told Sam Oke “...”"). */
const OTHER_NAME = /\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+/u;

/** The part of a capitalised phrase that is a person's name, from a known first name on ("Senator Ann Lee" → "Ann Lee"). */
function personIn(phrase: string): string | null {
  const words = phrase.split(/\s+/u);
  for (let i = 0; i < words.length - 1; i++) {
    const name = words.slice(i).join(' ');
    if (genderOfName(name)) return name;
  }
  return null;
}

/**
 * Words quoted in a "who" clause about a named person are that person's, whatever the verb: "…, Bev Collins, who
 * called it “the only sensible option.”", "…from Paul Dwyer, who dismissed it as “a fantasy on stilts.”" Only a name
 * with a first name the lists know, so "…the Huffington Post, who…" and places are left alone.
 */
export const whoClauseQuote: AttributionRule = {
  name: 'quotation in a who clause',
  examples: [
    { text: 'The plan has support from the mayor, Bev Collins, who called it “the only sensible option.”', source: 'Bev Collins' },
    { text: 'It drew fire from Paul Dwyer, who dismissed it as “a fantasy on stilts.”', source: 'Paul Dwyer' },
  ],
  find({ text }) {
    for (const m of text.matchAll(WHO_QUOTES)) {
      if (OTHER_NAME.test(m[2]!) || !isQuotedSpeech(m[3]!)) continue;
      const name = personIn(m[1]!);
      // The clause's verb is the cue a checker reads ("called", "has called").
      const verb = /^(?:(?:has|have|had)\s+)?\S+/u.exec(m[2]!)![0];
      if (name) return build(text, m.index + m[1]!.length - name.length, name, verb);
    }
    return null;
  },
};

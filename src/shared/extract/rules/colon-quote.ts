import { isNotSubject } from '../lists/sentence-openers.ts';
import { isAdverb } from '../word-tags.ts';
import { build } from '../source-phrase.ts';
import { isName, LEADING_NAME } from './name-phrase.ts';
import type { AttributionRule } from './rule.ts';
import { genderOfName, isNameLike, topicAt } from '../people.ts';

/** A word of a personal name as written: a capital, then lower case ("Lopez", "O'Brien", "McCarthy"); no acronym. */
const NAME_SHAPE = /^\p{Lu}(?:['’]\p{Lu})?\p{Ll}+(?:\p{Lu}\p{Ll}+)?$/u;

/** True when the words before a colon are a person's name: one to three words shaped and known as names, or unknown. */
function isSpeakerLabel(who: string): boolean {
  const words = who.split(/\s+/);
  return words.length <= 3 && words.every((w) => NAME_SHAPE.test(w) && isNameLike(w));
}

/**
 * "For Samuel Okafor, the answer is simple: “...”": the person a sentence opens on, whose view the colon gives. Only
 * a name whose first name is known: "For Quebec City, ..." is about a place.
 */
function topicPerson(text: string): { at: number; name: string } | null {
  const topic = topicAt(text);
  return topic && genderOfName(topic.name) ? topic : null;
}

/** A colon right before a quotation: what follows is the subject's words. */
const COLON_QUOTE = /:\s*["“]/;

/** A name alone, a colon and a quotation in single marks, as headlines have it ("Trudeau: ‘We will not back down’"). */
const LABEL_QUOTE = /^[^:]{1,40}:\s*‘/u;

/**
 * A named subject, then a colon and a quotation: `Martell, a doctor in Lunenburg, is more blunt: "..."`, `Ross put it
 * this way: "..."` → the name that opens the sentence.
 */
export const colonQuote: AttributionRule = {
  name: 'colon before a quotation',
  examples: [
    { text: 'Lena Ortiz put it this way: “We are out of money.”', source: 'Lena Ortiz' },
    { text: 'For Samuel Okafor, the answer is simple: “Build more homes.”', source: 'Samuel Okafor' },
    { text: 'Lopez: “We are out of money.”', source: 'Lopez' },
  ],
  find({ text, segs }) {
    const colon = COLON_QUOTE.exec(text) ?? LABEL_QUOTE.exec(text);
    const first = segs[0];
    if (!colon || !first) return null;
    const topic = topicPerson(text);
    if (topic) return build(text, topic.at, topic.name, 'colon');
    const name = LEADING_NAME.exec(first.text);
    if (!name) return null;
    const who = name[1]!.trim();
    const rest = first.text.slice(name[0].length);
    // "Lopez: “We are out of money.”", "Trudeau: ‘We will not back down’": a name alone before the colon is the
    // speaker, as in a transcript or a headline; a label ("Update:", "Watch:") or a place ("Canada:") is not.
    if (/^\s*:\s*["“‘]/u.test(rest) && isSpeakerLabel(who)) return build(text, first.start + first.text.length - first.text.trimStart().length, who, 'colon');
    // The name must be the clause's subject: alone before an appositive, or followed by its verb. An adverb opening
    // the sentence ("Thankfully, now we know ...:") is capitalised like a name and is none.
    if (isNotSubject(who.split(/\s+/)[0]!) || isAdverb(who.toLowerCase()) || !(/^\s+\p{Ll}/u.test(rest) || (isName(first.text) && segs.length > 1))) return null;
    const lead = first.text.length - first.text.trimStart().length;
    return build(text, first.start + lead, who, 'colon');
  },
};

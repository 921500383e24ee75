import { TITLE_WORDS } from '../lexicon.ts';
import { genderOfName } from '../people.ts';
import { build } from '../source-phrase.ts';
import { BEFORE_CUE, CUE, isRegionAfterPlace } from './clause-patterns.ts';
import type { AttributionRule } from './rule.ts';

/** A clause that is only the verb of speech: ", said Sunday that ...", ", says the plan ...". */
const BARE_CUE = new RegExp(`^\\s*${BEFORE_CUE}(${CUE})\\b`, 'iu');
/** A person's name closing a clause, with courtesy or role abbreviations ("Sen. Jon Tester", "Rep. Ana Roybal Allard"). */
const TRAILING_NAME = /((?:(?:Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gov|Lt|Gen|Col|Sgt|Capt|Rev)\.\s+)*\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}\.)?(?:\s+\p{Lu}[\p{L}'’-]+){0,3})\s*$/u;
/**
 * A preposition: a name after one is a place or an object ("exports to South Korea", "sent to Ben Ode"), and so is an
 * owner and a name ("at NASA's Goddard ...").
 */
const PREPOSITION = /^(?:to|in|into|from|at|of|on|by|for|with|near|across|outside|inside|through|via)$/i;
/** Other words after which a capitalised name is not a person speaking (prepositions are turned away before). */
const NOT_BEFORE_PERSON = /^(?:the|a|an|and|or|that|which|who)$/i;

/** The person a clause ends with ("Elementary school teacher Teresa Galati", "... after Jon Avery"), if it names one. */
function trailingPerson(clause: string): { name: string; at: number } | null {
  // A home state or town after the name ("Sen. Jon Tester of Montana") is not part of it.
  const core = clause.replace(/\s+of\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)*\s*$/u, '');
  const m = TRAILING_NAME.exec(core.replace(/^(\s*)(?:But|And|Yet|So|Then)\s/u, (x) => ' '.repeat(x.length)));
  if (!m) return null;
  // A single word is a name only when it is the whole clause (", Brooks, who ..., said").
  if (!/\s/.test(m[1]!.trim()) && (core.trim() !== m[1] || core !== clause || TITLE_WORDS.has(m[1]!.toLowerCase()))) return null;
  const before = core.slice(0, m.index).trimEnd();
  // A name inside a relative clause is its object ("a Republican who has refused to endorse Mr. Trump").
  if (/\b(?:who|whom|whose|which|that)\b/i.test(before)) return null;
  const previous = before.split(/\s+/).at(-1) ?? '';
  // Why: a name a preposition leads to ("sent to Ben Ode", "a call from Ana Ruiz") is talked about, not speaking.
  if (PREPOSITION.test(previous)) return null;
  const person =
    genderOfName(m[1]!.replace(/^(?:\p{Lu}\p{Ll}{1,3}\.\s+)+/u, '')) !== null ||
    /^\p{Lu}\p{Ll}{1,3}\.\s/u.test(m[1]!) ||
    TITLE_WORDS.has(previous.toLowerCase()) ||
    // Whose person they are: "the union's Will Young", "Ontario's Doug Ford"; not after a preposition, where the
    // owner and the name are a place or a body ("a scientist at NASA's Goddard Space Flight Center").
    (/^\p{L}[\p{L}-]*['’]s$/u.test(previous) && !PREPOSITION.test(before.split(/\s+/).at(-2) ?? '')) ||
    // A role word before the name in a short clause: "Mississauga accountant Babatunji Farinloye".
    (/^\p{Ll}[\p{Ll}-]*$/u.test(previous) && !NOT_BEFORE_PERSON.test(previous) && core.trim().split(/\s+/).length <= 5) ||
    before === '';
  return person ? { name: m[1]!, at: m.index } : null;
}

/**
 * A person, then one or more asides between commas, then a clause that is only the verb: "Teresa Galati, 56, says",
 * "Sen. Jon Tester of Montana, the chairman of the committee, said Sunday", "after John Lee, Canada's envoy, told".
 * The name is the speaker, not the last aside before the verb.
 */
export const nameBeforeAppositives: AttributionRule = {
  name: 'name before appositives',
  examples: [
    { text: 'Sen. Maria Holt of Vermont, the chair of the ethics panel, said the rules were broken.', source: 'Sen. Maria Holt' },
  ],
  find({ text, segs }) {
    for (let i = 2; i < segs.length; i++) {
      const cue = BARE_CUE.exec(segs[i]!.text);
      // After a quotation the speaker follows the verb (`"...," said Ana Pires`): another rule's case.
      if (!cue || segs[i]!.afterQuote) continue;
      // Up to six asides back: a long one is cut by the commas of its places ("in Greenbelt, Maryland, and ... in
      // Washington, D.C.,").
      for (let j = i - 1; j >= Math.max(0, i - 6); j--) {
        const seg = segs[j]!;
        const person = trailingPerson(seg.text);
        // A one-word clause after a place is its state or country ("in Columbus, Ohio,"), not a person.
        const afterPlace = isRegionAfterPlace(segs, j);
        if (person && !afterPlace) return build(text, seg.start + person.at, person.name, cue[1]!);
        // Only short asides may stand between the name and the verb ("50", "the chairman of the committee").
        if (seg.afterQuote || seg.text.trim().split(/\s+/).length > 14 || /["“”]/.test(text.slice(seg.start, seg.start + seg.text.length))) break;
      }
    }
    return null;
  },
};

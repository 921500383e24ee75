import { CLAUSE_VERB_BASES } from '../lists/speech-verbs.ts';
import { allForms } from '../lists/verb-forms.ts';
import { TITLE_WORDS } from '../lexicon.ts';
import { isNotSubject } from '../lists/sentence-openers.ts';
import { build } from '../source-phrase.ts';
import { isRoleWord } from '../speakers.ts';
import { LEADING_NAME, isCommonOpening } from './name-phrase.ts';
import type { AttributionRule } from './rule.ts';

/** The -ing form of a verb list line ("say | said" → saying, "write" → writing, "argue" → arguing). */
const participle = (line: string): string => {
  const head = line.split(/[\s|]+/)[0]!;
  return /[^aeiou]e$|ue$/.test(head) ? `${head.slice(0, -1)}ing` : `${head}ing`;
};

/** "and said", "but later told", or a participle after a comma (", saying:"), whose subject opens the clause. */
const COORDINATED_CUE = new RegExp(
  `\\b(?:and|but)\\s+(?:\\p{Ll}+ly\\s+|also\\s+|later\\s+|then\\s+|in\\s+[^,]{1,40}?\\s+)?(${allForms(CLAUSE_VERB_BASES).join('|')})\\b|,\\s+(${CLAUSE_VERB_BASES.map(participle).join('|')})\\b`,
  'u',
);
/** "the" or "a" and up to four words, then a verb in the past ("The Harbour Trust did not", "the judge sounded off"). */
const DESCRIBED_SUBJECT = /^\s*((?:the|The|A|An)\s+[\p{L}'’-]+(?:\s+[\p{L}'’-]+){0,3}?)\s+(?:\p{Ll}+ed|did|was|were|had|has|took|gave|made|went|spoke|wrote|sent|told|met|held|kept|left|shot|hit|struck|broke|stood|sat)\b/u;

/**
 * "He", "She", "It" or "They" opening the clause, then its verb ("It apologized ... and said"); never an "it" that
 * stands for nothing ("It was unclear ... and said").
 */
const PRONOUN_SUBJECT = /^\s*(?:(?:But|And|Yet|Later|Then)\s+)?(He|She|It|They|he|she|it|they)\s+(?!(?:is|was|were|are|seems|seemed|appears|appeared|remains|remained|has\s+been|had\s+been)\b)\p{Ll}/u;

/**
 * After a capitalised word, a role in lower case and the name it belongs to, before the verb: "Chinese foreign
 * ministry spokeswoman Hua Chunying shot back" (group 1: the role's last word, group 2: the name).
 */
const ROLE_THEN_NAME = /^(?:\s+[\p{Ll}-]+){0,3}?\s+([\p{Ll}-]+)\s+(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3})(?=\s+\p{Ll})/u;

/** A verb in the past among the words before a role: "Democrats asked committee chairman Jim Jordan" is an object. */
const HAS_VERB = /\s(?:\p{Ll}+ed|met|told|saw|gave|took|made|hit|let|put|sent|left|won|beat|urged|named|chose|fired|hired)\b/u;


/**
 * A named subject whose verb of speech comes second in a coordination or as a participle: "Ms. Conway rejected the
 * idea and said that ...", "Rep. Ann Cole reacted to the news, saying: ..." → the name that opens the clause.
 */
export const coordinatedSubject: AttributionRule = {
  name: 'coordinated subject',
  examples: [
    { text: 'Mayor Ellis toured the site on Monday and told reporters the repairs would take a year.', source: 'Mayor Ellis' },
  ],
  find({ text, masked, segs }) {
    const cue = COORDINATED_CUE.exec(masked);
    if (!cue) return null;
    for (let i = segs.length - 1; i >= 0; i--) {
      const seg = segs[i]!;
      if (seg.start > cue.index) continue;
      const lead = seg.text.length - seg.text.trimStart().length;
      const name = LEADING_NAME.exec(seg.text);
      const rest = name ? seg.text.slice(name[0].length) : '';
      // The name may stand alone, its appositive in the next clause: "Ann Cole, head of the union, voted no, saying ...".
      const alone = i === 0 && rest.trim() === '' && segs.length > 2;
      const role = name ? ROLE_THEN_NAME.exec(rest) : null;
      if (name && role && (TITLE_WORDS.has(role[1]!) || isRoleWord(role[1]!)) && !isNotSubject(name[1]!.trim()) && !HAS_VERB.test(rest.slice(0, role[0].length))) {
        return build(text, seg.start + lead, `${name[1]!.trim()}${rest.slice(0, role[0].length)}`, cue[1] ?? cue[2]!);
      }
      if (name && !isNotSubject(name[1]!.trim()) && !isCommonOpening(name[1]!, rest) && (/^\s+\p{Ll}/u.test(rest) || alone)) return build(text, seg.start + lead, name[1]!.trim(), cue[1] ?? cue[2]!);
      // Or a pronoun, resolved later as any other: "It apologized to passengers and said refunds would follow."
      // Only before "and said": a participle after a pronoun is mostly its plain sense ("She spent the summer, writing poems").
      const pronoun = cue[1] ? PRONOUN_SUBJECT.exec(seg.text) : null;
      if (pronoun) return build(text, seg.start + pronoun[0].lastIndexOf(pronoun[1]!), pronoun[1]!, cue[1] ?? cue[2]!);
      // Or a definite description before a verb in the past: "the justice sounded off on the plan, saying ...".
      const described = DESCRIBED_SUBJECT.exec(seg.text);
      if (described) return build(text, seg.start + lead, described[1]!, cue[1] ?? cue[2]!);
    }
    return null;
  },
};

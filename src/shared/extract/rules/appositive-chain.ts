import { SUBORDINATORS } from '../lexicon.ts';
import { build } from '../source-phrase.ts';
import { CUE } from './clause-patterns.ts';
import { isName } from './name-phrase.ts';
import type { AttributionRule } from './rule.ts';

/** Words that open an appositive describing the person named before it ("a mechanic", "who lives in", "45,"). */
const APPOSITIVE_OPENER = /^\s*(?:a|an|the|who|whose|one|his|her|their|its|himself|herself|now|then|formerly|\d+|[\p{Ll}-]+['’]s)\b/u;
const BARE_CUE = new RegExp(`^\\s*(${CUE})\\b`, 'iu');
/** An organisation or record the sentence opens with, described by the appositive after it ("The company, a unit of Ameren,"). */
const DEFINITE_NP = /^(?:The|Its|This)\s+(?:\p{Ll}[\p{Ll}-]*\s+){0,2}\p{Ll}[\p{Ll}-]*$/u;

/**
 * A name, an appositive running over several commas, then the verb: "Will Young, a locomotive mechanic based in
 * Kansas City, Mo., and an organizer at Railroad Workers United, said ..." → "Will Young" (not "Mo.").
 */
export const appositiveChain: AttributionRule = {
  name: 'appositive chain',
  examples: [
    { text: 'Tom Okafor, 54, a welder from Dayton, Ohio, told the hearing he lost his job.', source: 'Tom Okafor' },
    { text: 'Although Mia Kern, the union leader, insists the strike is legal, courts disagree.', source: 'Mia Kern' },
    { text: 'The company, a unit of Ameren, said profits fell.', source: 'The company' },
  ],
  find({ text, segs }) {
    const [first, second] = segs;
    if (!first || !second || segs.length < 3 || !APPOSITIVE_OPENER.test(second.text)) return null;
    // A clause opener before the name is not part of it: "Although Mia Kern, the union leader, insists ...".
    const opener = SUBORDINATORS.exec(first.text.trimStart())?.[0] ?? '';
    const subject = first.text.trimStart().slice(opener.length);
    if (!isName(subject) && !DEFINITE_NP.test(subject.trim())) return null;
    for (let i = 2; i < segs.length; i++) {
      const cue = BARE_CUE.exec(segs[i]!.text);
      if (!cue) continue;
      const lead = first.text.length - first.text.trimStart().length + opener.length;
      return build(text, first.start + lead, subject.trim(), cue[1]!);
    }
    return null;
  },
};

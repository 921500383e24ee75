import { SUBORDINATORS } from '../lexicon.ts';
import { build } from '../source-phrase.ts';
import { BEFORE_CUE, NP } from './clause-patterns.ts';
import type { AttributionRule } from './rule.ts';

/** Verbs of speech said in several words: "was quoted as saying", "is telling", "took to Twitter to say". */
const PERIPHRASTIC = [
  '(?:was|were|is|are)\\s+quoted\\s+as\\s+saying',
  '(?:is|are|was|were|has\\s+been|have\\s+been)\\s+(?:saying|telling|warning|arguing|insisting)',
  'took\\s+to\\s+(?:Twitter|Facebook|Instagram|X|social\\s+media)\\s+to\\s+(?:say|write|announce|declare|complain)',
  'went\\s+on\\s+to\\s+say',
].join('|');
const SUBJECT_PERIPHRASTIC = new RegExp(`^\\s*${NP}\\s+${BEFORE_CUE}(${PERIPHRASTIC})\\b`, 'iu');

/**
 * A subject, then a verb of speech in several words: `"...," he was quoted as saying`, "Ann Ross is telling voters
 * ...", "the mayor took to Twitter to say ..."; clauses are tried last first, like trailing attributions.
 */
export const periphrasticCue: AttributionRule = {
  name: 'verb of speech in several words',
  examples: [
    { text: 'Governor Ames is telling donors that the race is tied.', source: 'Governor Ames' },
  ],
  find({ text, segs }) {
    for (let i = segs.length - 1; i >= 0; i--) {
      const seg = segs[i]!;
      const body = seg.text.replace(SUBORDINATORS, (m) => ' '.repeat(m.length));
      const m = SUBJECT_PERIPHRASTIC.exec(body);
      if (!m) continue;
      const idx = seg.start + m.index + m[0].search(/\S/);
      const found = build(text, idx, m[1]!, m[2]!.replace(/\s+/g, ' '));
      if (found) return found;
    }
    return null;
  },
};

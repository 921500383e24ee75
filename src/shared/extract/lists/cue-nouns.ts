import { lines } from './lines.ts';

/**
 * Cue words that are as often nouns, one a line: right after a verb or "a 2022" they are that verb's object, not
 * a verb of speech ("The mayor rejected claims that ...", "He pointed to a 2022 report that found ...").
 */
export const CUE_NOUNS = new Set(
  lines(`
claim
claims
estimate
estimates
finds
notes
report
reports
shows
states
`),
);

import { lines } from './lines.ts';

/** Words ending in "-ly" that are nouns or names, not adverbs: a source may end with them ("the family", "the Daily"). */
export const LY_NOUNS = new Set(
  lines(`
ally
anomaly
assembly
belly
bully
daily
emily
family
folly
holly
italy
jelly
july
kelly
lily
molly
monopoly
rally
sally
supply
weekly
monthly
quarterly
`),
);

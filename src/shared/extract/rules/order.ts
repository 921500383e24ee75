/**
 * Every attribution rule, one name a line, in the order they are tried; the first that finds a source wins.
 * Trailing clauses come before sentence-initial subjects, which come before "according to" anywhere. A rule is
 * either written as patterns (lists/attribution-patterns.ts) or, where a pattern cannot say it, as code in a file
 * of this folder (listed in index.ts); every rule of either kind must be placed here, once.
 */
export const RULE_ORDER = `
headline tail
named after the quotation
appositive chain
name before appositives
trailing clause
appositive subject
initial subject
verb with its quotation
verb of speech in several words
per
according to
in their words
how they put it
coordinated subject
colon before a quotation
speech cue in an embedded clause
speech in a participle clause
verb in the cue slot
verb before a that-clause
quotation in a who clause
`;

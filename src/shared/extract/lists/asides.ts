import { lines } from './lines.ts';

/**
 * Words set off by commas between a subject and its verb, one a line: "The minister, however, stood firm." They
 * leave the subject the subject.
 */
export const ASIDES: readonly string[] = lines(`
also
for her part
for his part
however
in turn
meanwhile
though
too
`);

/** One aside between commas, as a pattern to build on: ", however,". */
export const ASIDE_BETWEEN_COMMAS = `(?:,\\s+(?:${ASIDES.map((a) => a.replace(/ /g, '\\s+')).join('|')}),)`;

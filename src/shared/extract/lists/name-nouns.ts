import { lines } from './lines.ts';

/**
 * Nouns for what a thing is called, one a line: a phrase with one of these as its head is never a speaker ("as its
 * name suggests", "as the title implies"), whatever verb follows it (source-phrase.ts build).
 */
export const NAME_NOUNS = new Set(
  lines(`
moniker
name
names
nickname
title
`),
);

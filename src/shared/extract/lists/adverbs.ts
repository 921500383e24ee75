import { lines } from './lines.ts';

/**
 * Adverbs that can stand between a speaker and the verb of speech ("Ms. Park later said", "the poll also showed"),
 * one a line. They are read past; they are never part of the source.
 */
export const SPEECH_ADVERBS = lines(`
again
already
also
always
bluntly
briefly
candidly
earlier
eventually
even
first
flatly
frequently
further
finally
initially
just
later
long
now
never
often
once
only
openly
originally
previously
privately
publicly
quickly
recently
reportedly
repeatedly
separately
simply
still
subsequently
then
`);

/**
 * Adverbs the tagger's lexicon knows that never stand alone between a speaker and the verb: they grade a word or
 * belong to the noun phrase ("many more say", "Canadians abroad say"), one a line.
 */
export const NOT_BEFORE_VERB = new Set(
  lines(`
abroad
alongside
apart
aside
away
backward
fucking
further
hella
kinda
more
quite
rather
so
somewhat
such
very
well
`),
);

import { lines } from './lines.ts';

/**
 * Capitalised words that open a sentence without being its subject, one a line: determiners, pronouns,
 * conjunctions, prepositions, and participles that open a clause about the subject still to come ("Asked whether
 * he feared for his job, he quipped: ..."). A rule that takes a sentence's first words as its speaker refuses these.
 */
export const NOT_SUBJECT_OPENERS = new Set(
  lines(`
a
addressing
after
an
and
as
asked
at
before
but
by
contacted
for
from
he
here
i
if
in
interviewed
it
on
pressed
questioned
reached
responding
she
since
so
speaking
that
the
there
these
they
this
those
we
when
while
with
writing
`),
);

/** True when a capitalised word opens a sentence without being its subject ("The", "But", "Asked"). */
export function isNotSubject(word: string): boolean {
  return /^\p{Lu}/u.test(word) && NOT_SUBJECT_OPENERS.has(word.toLowerCase());
}

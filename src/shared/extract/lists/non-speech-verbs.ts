import { lines } from './lines.ts';

/**
 * Verbs that, right after a quotation ("...," Ruiz <verb>.), still report no speech, one past form a line, a phrasal
 * one with its particle ("showed up"). Any other verb in that slot reads as a verb of speech ("deadpanned",
 * "grumbled", "scoffs", "shot back"), so an unseen one needs no entry.
 */
export const NON_SPEECH_VERBS = new Set(
  lines(`
arrived
began
broke up
came in
came on
came out
came up
checked in
checked out
closed
died
ended
ended up
fell
gave in
gave up
grew up
happened
left
lost
moved in
moved on
moved out
opened
pulled out
pulled up
rose
showed up
signed up
started
stood up
turned out
turned up
walked in
walked out
woke up
won
`),
);

/**
 * Verbs that, before a that-clause ("Berg <verb> that ..."), report nothing anyone said or believes, one form a
 * line. Any other verb in that slot reads as a verb of speech or thought ("fretted", "bemoaned"), so an unseen
 * one needs no entry.
 */
export const NON_REPORTING_BEFORE_THAT = new Set(
  lines(`
ensure
ensured
ensures
guaranteed
guarantees
heard
learned
learnt
made
makes
mean
meant
means
required
requires
`),
);

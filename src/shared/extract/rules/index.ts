import { appositiveChain } from './appositive-chain.ts';
import { colonQuote } from './colon-quote.ts';
import { embeddedCue, participleCue } from './embedded-cue.ts';
import { accordingTo, appositiveSubject, headlineTail, initialSubject, perLead, trailingClause } from './clause-patterns.ts';
import { coordinatedSubject } from './coordinated-subject.ts';
import { nameBeforeAppositives } from './name-before-appositives.ts';
import { periphrasticCue } from './periphrastic-cue.ts';
import { quoteCueVerb } from './quote-cue-verb.ts';
import { quotedVerb } from './quoted-verb.ts';
import type { AttributionRule } from './rule.ts';

/**
 * Every attribution rule, in the order they are tried; the first that finds a source wins. Trailing clauses come
 * before sentence-initial subjects, which come before "according to" anywhere. Add a family as a file beside
 * this one and put it in this list where it should take precedence.
 */
export const ATTRIBUTION_RULES: readonly AttributionRule[] = [
  headlineTail,
  appositiveChain,
  nameBeforeAppositives,
  trailingClause,
  appositiveSubject,
  initialSubject,
  quotedVerb,
  periphrasticCue,
  perLead,
  accordingTo,
  coordinatedSubject,
  colonQuote,
  embeddedCue,
  participleCue,
  quoteCueVerb,
];

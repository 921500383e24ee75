import { lines } from '../lists/lines.ts';
import { appositiveChain } from './appositive-chain.ts';
import { colonQuote } from './colon-quote.ts';
import { embeddedCue, participleCue } from './embedded-cue.ts';
import { appositiveSubject, headlineTail, initialSubject, trailingClause } from './clause-patterns.ts';
import { coordinatedSubject } from './coordinated-subject.ts';
import { nameBeforeAppositives } from './name-before-appositives.ts';
import { RULE_ORDER } from './order.ts';
import { readPatternRules } from './pattern-rules.ts';
import { quoteCueVerb } from './quote-cue-verb.ts';
import { thatClauseVerb } from './that-clause-verb.ts';
import { quotedVerb } from './quoted-verb.ts';
import { whoClauseQuote } from './who-clause-quote.ts';
import type { AttributionRule } from './rule.ts';

/** The rules a pattern cannot yet say, written as code. */
const CODE_RULES: readonly AttributionRule[] = [
  headlineTail,
  appositiveChain,
  nameBeforeAppositives,
  trailingClause,
  appositiveSubject,
  initialSubject,
  quotedVerb,
  coordinatedSubject,
  colonQuote,
  embeddedCue,
  participleCue,
  quoteCueVerb,
  thatClauseVerb,
  whoClauseQuote,
];

/**
 * Puts every rule, written as code or as patterns, in the order of rules/order.ts. A rule the order does not place,
 * a name it places twice or a name no rule has is refused at load, so no rule is silently left out.
 */
export function orderRules(order: readonly string[], rules: readonly AttributionRule[]): AttributionRule[] {
  const byName = new Map<string, AttributionRule>();
  for (const r of rules) {
    if (byName.has(r.name.toLowerCase())) throw new Error(`two attribution rules are named "${r.name}"`);
    byName.set(r.name.toLowerCase(), r);
  }
  const ordered = order.map((name) => byName.get(name) ?? missing(name));
  const unplaced = rules.filter((r) => !ordered.includes(r));
  if (unplaced.length > 0) throw new Error(`rules/order.ts does not place the rule "${unplaced[0]!.name}"`);
  return ordered;
}

function missing(name: string): never {
  throw new Error(`rules/order.ts places "${name}", but no attribution rule has that name`);
}

/** Every attribution rule, in the order they are tried (rules/order.ts); the first that finds a source wins. */
export const ATTRIBUTION_RULES: readonly AttributionRule[] = orderRules(lines(RULE_ORDER), [...CODE_RULES, ...readPatternRules()]);

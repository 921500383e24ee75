import type { Segment } from '../segments.ts';
import type { LocalAttribution } from '../source-phrase.ts';

/** The kinds of unit attribution is looked for in. */
export type UnitKind = 'headline' | 'heading' | 'sentence' | 'list-item';

/** What every rule reads: the unit, the same text with quotations masked, and its clause segments. */
export interface RuleInput {
  text: string;
  /** `text` with quotations and short bracketed asides masked (same length). */
  masked: string;
  segs: Segment[];
  kind: UnitKind;
}

/** One family of attribution patterns; rules run in the order of rules/index.ts and the first that finds a source wins. */
export interface AttributionRule {
  /** A short name, for tests and for telling which rule gave an attribution. */
  name: string;
  /** Sentences this rule finds a source in (before any rule after it), beside the rule so a linguist sees what it is for; a test runs them all. */
  examples: readonly RuleExample[];
  find(input: RuleInput): LocalAttribution | null;
}

/** A sentence a rule finds a source in, and the source it finds. */
export interface RuleExample {
  text: string;
  source: string;
  /** The kind of unit (a sentence unless said). */
  kind?: UnitKind;
}

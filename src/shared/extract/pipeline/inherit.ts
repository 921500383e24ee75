import type { Attribution } from '../../model.ts';

/** A source given to a unit without its own, traced to the rule that gave it and the sentence it came from. */
export function inherited(a: Attribution, rule: string, from: { start: number; end: number }): Attribution {
  return { ...a, trace: { rule, from: { start: from.start, end: from.end } } };
}

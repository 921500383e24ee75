/**
 * The forms a speech cue can take, from a list line: "warn" → warn, warns, warned; "say | said" → say, says,
 * said; "point out" → point out, points out, pointed out (a phrasal verb inflects its first word).
 */
export function verbForms(line: string): string[] {
  const [verb = '', irregular = ''] = line.split('|').map((s) => s.trim());
  const [head = '', ...rest] = verb.split(/\s+/);
  const particle = rest.length > 0 ? ` ${rest.join(' ')}` : '';
  const third = /(?:s|sh|ch|x|z|o)$/.test(head) ? `${head}es` : /[^aeiou]y$/.test(head) ? `${head.slice(0, -1)}ies` : `${head}s`;
  const regularPast = /e$/.test(head) ? `${head}d` : /[^aeiou]y$/.test(head) ? `${head.slice(0, -1)}ied` : `${head}ed`;
  const past = irregular ? irregular.split(/\s+/) : [regularPast];
  return [...new Set([head, third, ...past].map((f) => f + particle))];
}

/** Every form of every verb in a list. */
export function allForms(list: readonly string[]): string[] {
  return [...new Set(list.flatMap(verbForms))];
}

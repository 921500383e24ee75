import type { Claim } from '../model.ts';

/** A unit as the explanation needs it: its number, offsets and source. */
type Traced = Pick<Claim, 'n' | 'start' | 'end' | 'attribution' | 'attributionEdited'>;

/**
 * Why a claim has the source it has, in words a checker reads in the claim's detail: the rule that found it and its
 * cue, and for a pronoun or a quotation without a speaker of its own, the claim the name was taken from.
 */
export function explainSource(claim: Traced, claims: readonly Traced[]): string {
  const a = claim.attribution;
  if (claim.attributionEdited) return a ? 'Corrected by hand' : 'Source removed by hand';
  if (!a) return 'No rule found a source in this sentence or the quotations before it';
  const trace = a.trace;
  // Claims stored before sources were traced keep what they have: no rule to name.
  if (!trace) return `Found by the cue “${a.cue}”`;
  const from = trace.from ? claims.find((c) => c.start <= trace.from!.start && trace.from!.start < c.end) : undefined;
  const where = from ? `claim #${from.n}` : trace.from ? 'a sentence that is not a claim' : 'this sentence';
  const how = `rule: ${trace.rule}${a.cue ? `, cue “${a.cue}”` : ''}`;
  if (trace.pronoun) {
    if (a.source.trim().toLowerCase() === trace.pronoun.toLowerCase()) return `“${trace.pronoun}” in this sentence; nobody it could stand for was found (${how})`;
    return `“${trace.pronoun}” in this sentence, taken to be ${a.source}, named in ${where} (${how})`;
  }
  // Why own properties only: the rule name comes from a file or a colleague, and "constructor" is no rule.
  if (trace.from) return `Taken from ${where}: ${Object.hasOwn(INHERITED, trace.rule) ? INHERITED[trace.rule] : trace.rule} (${how})`;
  return `Named in this sentence (${how})`;
}

/** How a unit without a source of its own got one, by the rule's name. */
const INHERITED: Record<string, string> = {
  'quotation continued': 'a quotation that goes on from the one before',
  'quotation standing alone': 'a quotation on its own, after the speaker quoted last',
  'quotation after its speaker is introduced': 'a quotation on its own, right after the sentence that introduces its speaker',
  'quotation closed in the next paragraph': 'a quotation whose speaker is named where it closes',
  'list lead-in': 'a list item takes the source of the line that introduces the list',
  'quotation repeated': 'a heading or pull quote that repeats words quoted in the article',
  'quotation named after it': 'a quotation whose speaker the next sentence names ("So says ...")',
  'answer in an interview': 'an answer in an interview set out as questions and answers, by the person interviewed',
  'words after a lead-in colon': 'a paragraph after the line that introduces its speaker and ends on a colon',
  "quotation in its subject's sentence": 'words quoted in a sentence about a person named before, who its “she” or role stands for',
};

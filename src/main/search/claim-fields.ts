import type { Claim, SearchField } from '../../shared/model.ts';
import { searchTerm, searchWords } from '../../shared/search-words.ts';

/** The fields a claim is found by, each a bit below the claim's number in a posting. */
export const FIELD_BITS: ReadonlyArray<readonly [SearchField, number]> = [
  ['claim', 1],
  ['source', 2],
  ['note', 4],
  ['evidence', 8],
];

/** The words of a claim's fields, as bits by term. */
export function fieldTerms(claim: Claim): Map<string, number> {
  const out = new Map<string, number>();
  const file = (text: string, bit: number) => {
    for (const w of searchWords(text)) {
      const t = searchTerm(w);
      out.set(t, (out.get(t) ?? 0) | bit);
    }
  };
  file(claim.text, 1);
  file(claim.attribution?.source ?? '', 2);
  file(claim.note, 4);
  for (const e of claim.evidence) file(e.title, 8);
  return out;
}

/** FNV-1a, 32 bits, over the indexed words: enough to tell whether a change touched them. */
export function hashClaim(claim: Claim): number {
  const text = [claim.text, claim.attribution?.source ?? '', claim.note, ...claim.evidence.map((e) => e.title)].join('\n');
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

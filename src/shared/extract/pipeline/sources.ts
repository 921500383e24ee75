import type { AttributionTrace, ExtractedUnit } from '../../model.ts';
import type { Doc } from './doc.ts';

/**
 * Component "sources": sources were read in the quotation view; what is stored is the text itself at the same
 * offsets (a '' pair read as a quotation mark stays ''), so a source's offsets always give exactly its words. A
 * pronoun resolved to a name in another unit is traced to that unit's sentence.
 */
export function sources(doc: Doc): void {
  for (const u of doc.units) if (u.attribution) u.attribution = { ...u.attribution, source: doc.text.slice(u.attribution.start, u.attribution.end) };
  for (const u of doc.units) {
    const a = u.attribution;
    if (!a?.trace?.pronoun || a.trace.from || (a.start >= u.start && a.start < u.end)) continue;
    const named = unitAt(doc.units, a.start);
    if (named) a.trace = { ...a.trace, from: { start: named.start, end: named.end } } satisfies AttributionTrace;
  }
}

/** The unit whose text holds document offset `at`, found by halving (units are in document order). */
function unitAt(units: readonly ExtractedUnit[], at: number): ExtractedUnit | null {
  let lo = 0;
  let hi = units.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const u = units[mid]!;
    if (at < u.start) hi = mid - 1;
    else if (at >= u.end) lo = mid + 1;
    else return u;
  }
  return null;
}

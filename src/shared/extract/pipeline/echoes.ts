import type { ExtractedUnit } from '../../model.ts';
import type { Doc } from './doc.ts';
import { inherited } from './inherit.ts';

/** A unit that is one quotation in single or double marks and nothing else ("'They owned us'", `"Not a single school."`). */
const WHOLLY_QUOTED = /^["“'‘][^"“”]+["”'’][.!?]?$/u;

/** The fewest words a quotation standing alone must repeat; "Hope" or "No deal" is too common to tell whose it is. */
const QUOTED_WORDS = 3;
/** The fewest words an unquoted heading must repeat: a heading is more often the reporter's phrase. */
const HEADING_WORDS = 4;

/** Lower-case words, an apostrophe kept only inside one ("we're"), every other mark a space, one space between and at both ends. */
function words(s: string): string {
  return ` ${s.toLowerCase().replace(/[’‘]/g, "'").replace(/'(?!\p{L})|(?<!\p{L})'/gu, ' ').replace(/[^\p{L}\p{N}']+/gu, ' ').trim()} `;
}

/** What a unit quotes in double marks (the quotation view reads curly and doubled marks as `"`), as words. */
function quotedWords(said: string): string[] {
  return [...said.matchAll(/"([^"]+)"?/g)].map((m) => words(m[1]!));
}

/**
 * Component "echoes": a heading or a quotation standing alone that repeats words quoted elsewhere in the article
 * (a pull quote or a subheading: "'They owned us'" over "... They owned us," said Oilers head coach Ken
 * Hitchcock) is the words of whoever said them there. Only a repeat of quoted words counts, by one source only:
 * words the reporter wrote, or quoted from two people, give nothing.
 */
export function echoes(doc: Doc): void {
  const { view } = doc;
  // Each run of three words quoted by an attributed unit, to the units that quote it: a repeat is looked up by its
  // first three words, so a page of thousands of quotations is not searched once per quotation.
  const byStart = new Map<string, Array<{ unit: ExtractedUnit; quotes: string[] }>>();
  for (const u of doc.units) {
    if (!u.attribution) continue;
    const said = { unit: u, quotes: quotedWords(view.slice(u.start, u.end)) };
    for (const q of said.quotes) {
      const w = q.trim().split(' ');
      for (let i = 0; i + QUOTED_WORDS <= w.length; i++) {
        const key = w.slice(i, i + QUOTED_WORDS).join(' ');
        const list = byStart.get(key) ?? [];
        if (list.at(-1) !== said) list.push(said);
        byStart.set(key, list);
      }
    }
  }
  if (byStart.size === 0) return;
  let b = 0;
  for (const u of doc.units) {
    while (b < doc.blocks.length - 1 && doc.blocks[b]!.end <= u.start) b++;
    if (u.attribution) continue;
    const text = view.slice(u.start, u.end).trim();
    const quoted = WHOLLY_QUOTED.test(text);
    if (!quoted && doc.blocks[b]!.kind !== 'heading') continue;
    const echo = words(text);
    const w = echo.trim().split(' ');
    if (w.length < (quoted ? QUOTED_WORDS : HEADING_WORDS)) continue;
    const found = (byStart.get(w.slice(0, QUOTED_WORDS).join(' ')) ?? []).filter((s) => s.unit !== u && s.quotes.some((q) => q.includes(echo)));
    const sources = new Set(found.map((s) => s.unit.attribution!.source));
    // Why one source only: the same words quoted from two people leave no way to tell whose the repeat is.
    if (sources.size === 1) u.attribution = inherited(found[0]!.unit.attribution!, 'quotation repeated', found[0]!.unit);
  }
}

import type { ExtractedUnit } from '../../model.ts';
import type { Doc } from './doc.ts';
import { inherited } from './inherit.ts';

/** A unit that is one quotation in single or double marks and nothing else ("'They owned us'", `"Not a single school."`). */
const WHOLLY_QUOTED = /^["“'‘][^"“”]+["”'’][.!?]?$/u;

/** The fewest words a quotation standing alone must repeat; "Hope" or "No deal" is too common to tell whose it is. */
const QUOTED_WORDS = 3;
/** The fewest words an unquoted heading must repeat: a heading is more often the reporter's phrase. */
const HEADING_WORDS = 4;

/** Lower-case words, an apostrophe kept only inside one ("we're"), every other mark a space, one space between. */
function words(s: string): string {
  return s.toLowerCase().replace(/[’‘]/g, "'").replace(/'(?!\p{L})|(?<!\p{L})'/gu, ' ').replace(/[^\p{L}\p{N}']+/gu, ' ').trim();
}

/** A text's clauses as words: the stretches between sentence and clause marks. */
function clauses(s: string): string[] {
  return s.split(/[.,;:!?()—–]+|\s-\s/u).map(words).filter((c) => c !== '');
}

/** The most clauses in a row a repeat may take from one quotation ("They won the net front. They owned us"). */
const MOST_CLAUSES = 4;

/** Whose quoted words a run of clauses is: the first unit that quotes it, and the surnames of all that do (two at most). */
interface Quoted {
  unit: ExtractedUnit;
  surnames: Set<string>;
}

/** Every run of up to MOST_CLAUSES whole clauses that attributed units quote in double marks, by its words. */
function quotedRuns(doc: Doc): Map<string, Quoted> {
  const runs = new Map<string, Quoted>();
  for (const u of doc.units) {
    if (!u.attribution) continue;
    const surname = u.attribution.source.trim().split(/\s+/).at(-1)!;
    for (const m of doc.view.slice(u.start, u.end).matchAll(/"([^"]+)"?/g)) {
      const cs = clauses(m[1]!);
      for (let i = 0; i < cs.length; i++) {
        for (let k = i + 1; k <= Math.min(cs.length, i + MOST_CLAUSES); k++) {
          const key = cs.slice(i, k).join(' ');
          const q = runs.get(key);
          if (!q) runs.set(key, { unit: u, surnames: new Set([surname]) });
          else if (q.surnames.size < 2) q.surnames.add(surname);
        }
      }
    }
  }
  return runs;
}

/**
 * Component "echoes": a heading or a quotation standing alone that repeats whole clauses quoted elsewhere in the
 * article (a pull quote or a subheading: "'They owned us'" over "... They owned us," said Oilers head coach Ken
 * Hitchcock) is the words of whoever said them there. Only whole clauses of quoted words count, by one person
 * only: words inside a longer clause ("the vaccine is not safe" in "anyone who tells you the vaccine is not safe is
 * lying"), the reporter's words, or words two people quoted give nothing.
 */
export function echoes(doc: Doc): void {
  const runs = quotedRuns(doc);
  if (runs.size === 0) return;
  let b = 0;
  for (const u of doc.units) {
    while (b < doc.blocks.length - 1 && doc.blocks[b]!.end <= u.start) b++;
    if (u.attribution) continue;
    const text = doc.view.slice(u.start, u.end).trim();
    const quoted = WHOLLY_QUOTED.test(text);
    if (!quoted && doc.blocks[b]!.kind !== 'heading') continue;
    const echo = clauses(text).join(' ');
    if (echo.split(' ').length < (quoted ? QUOTED_WORDS : HEADING_WORDS)) continue;
    const found = runs.get(echo);
    // Why one person only: the same words quoted from two people leave no way to tell whose the repeat is.
    if (found && found.unit !== u && found.surnames.size === 1) u.attribution = inherited(found.unit.attribution!, 'quotation repeated', found.unit);
  }
}

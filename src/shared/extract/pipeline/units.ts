import type { ExtractedUnit } from '../../model.ts';
import { findLeadInSource } from '../attribution.ts';
import { LIST_MARKER } from '../blocks.ts';
import type { Doc } from './doc.ts';

/** A unit with its text exactly as the article has it between its offsets; its source and worthiness come later. */
function unit(text: string, start: number, end: number, kind: ExtractedUnit['kind']): ExtractedUnit {
  return { text: text.slice(start, end), start, end, kind, checkworthy: false, score: 0, reasons: [], attribution: null };
}

/**
 * Component "units": makes the units in document order (the headline once, sentences, list items, headings), each
 * with no source yet, and lays down the turns of the discourse the "speakers" component walks: every unit with the
 * cue its own words give, where a paragraph starts, and a list's lead-in ("The ruling lists:"), which is no unit.
 */
export function units(doc: Doc): void {
  const { text } = doc;
  doc.paragraphs = doc.blocks.map((block, b) => {
    if (block.kind !== 'prose') {
      const u = unit(text, block.start, block.end, block.kind);
      if (block.kind === 'headline') doc.title ??= u.text.replace(/\s+/g, ' ');
      doc.units.push(u);
      doc.turns.push({ kind: 'block', unit: u, cue: doc.blockCues[b] ?? null });
      return [];
    }
    doc.turns.push({ kind: 'paragraph', start: block.start });
    const spans = doc.sentences[b]!;
    const paragraph: ExtractedUnit[] = [];
    spans.forEach((s, i) => {
      if (i === spans.length - 1 && /:\s*$/.test(s.said) && nextIsList(text, s.end)) {
        doc.turns.push({ kind: 'lead-in', start: s.start, end: s.end, cue: findLeadInSource(s.said) });
        return;
      }
      const u = unit(text, s.start, s.end, 'sentence');
      paragraph.push(u);
      doc.turns.push({ kind: 'sentence', unit: u, said: s.said, cue: s.cue });
    });
    for (const u of paragraph) doc.units.push(u);
    return paragraph;
  });
}

/** True when the next non-blank line after `pos` is a list item. */
function nextIsList(text: string, pos: number): boolean {
  const rest = text.slice(pos, pos + 400).replace(/^\s*\n/, '');
  const marker = LIST_MARKER.exec(rest);
  return !!marker && /\S/.test(rest[marker[0].length] ?? '');
}

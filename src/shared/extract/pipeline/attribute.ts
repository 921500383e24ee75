import type { Attribution, ExtractedUnit } from '../../model.ts';
import { findLeadInSource } from '../attribution.ts';
import { attributeSentence, place } from '../attribute-sentence.ts';
import { LIST_MARKER } from '../blocks.ts';
import { SpeakerMemory } from '../speakers.ts';
import type { Doc } from './doc.ts';
import { inherited } from './inherit.ts';

/** A unit with its text exactly as the article has it between its offsets; its worthiness is judged last. */
function unit(text: string, start: number, end: number, kind: ExtractedUnit['kind'], attribution: Attribution | null): ExtractedUnit {
  return { text: text.slice(start, end), start, end, kind, checkworthy: false, score: 0, reasons: [], attribution };
}

/**
 * Component "attribution": makes the units in document order (the headline once, sentences, list items,
 * headings) and gives each the source its words name, a pronoun resolved against the people named before it. A
 * list's items without a source of their own take their lead-in's ("The ruling lists:"). Tells the second half of
 * the progress.
 */
export function attribute(doc: Doc): void {
  const { text } = doc;
  const speakers = new SpeakerMemory();
  let leadIn: { attribution: Attribution; start: number; end: number } | null = null;
  doc.paragraphs = doc.blocks.map((block, b) => {
    doc.progress(Math.floor((text.length + block.start) / 2), text.length);
    if (block.kind !== 'prose') {
      const own = place(doc.blockCues[b] ?? null, block.start, speakers);
      if (block.kind !== 'list-item') leadIn = null;
      const attribution = own ?? (block.kind === 'list-item' && leadIn ? inherited(leadIn.attribution, 'list lead-in', leadIn) : null);
      const u = unit(text, block.start, block.end, block.kind, attribution);
      if (block.kind === 'headline') doc.title ??= u.text.replace(/\s+/g, ' ');
      doc.units.push(u);
      return [];
    }
    leadIn = null;
    const spans = doc.sentences[b]!;
    const paragraph: ExtractedUnit[] = [];
    spans.forEach((s, i) => {
      if (i === spans.length - 1 && /:\s*$/.test(s.said) && nextIsList(text, s.end)) {
        const source = place(findLeadInSource(s.said), s.start, speakers);
        leadIn = source && { attribution: source, start: s.start, end: s.end };
        return;
      }
      paragraph.push(unit(text, s.start, s.end, 'sentence', attributeSentence(s.said, s.start, speakers, s.cue, doc.read, doc.named.get(s.said))));
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

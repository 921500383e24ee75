import { findAttribution } from '../attribution.ts';
import type { Doc } from './doc.ts';

/**
 * Component "cues": the attribution rules (rules/index.ts, in their order) read each unit's own words once, for
 * the source they name ("..., the minister said"), before anyone is resolved. Tells the first half of the progress.
 */
export function cues(doc: Doc): void {
  const { view, blocks } = doc;
  const half = (offset: number): number => Math.floor(offset / 2);
  doc.blockCues = blocks.map((block, b) => {
    doc.progress(half(block.start), doc.text.length);
    for (const s of doc.sentences[b]!) s.cue = findAttribution(s.said, 'sentence');
    return block.kind === 'prose' ? null : findAttribution(view.slice(block.start, block.end), block.kind);
  });
}

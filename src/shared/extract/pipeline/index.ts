import { clauses } from './clauses.ts';
import { cues } from './cues.ts';
import { echoes } from './echoes.ts';
import { interviews } from './interviews.ts';
import type { Doc } from './doc.ts';
import { mentions } from './mentions.ts';
import { quotations } from './quotations.ts';
import { sentences } from './sentences.ts';
import { sources } from './sources.ts';
import { speakers } from './speakers.ts';
import { units } from './units.ts';
import { worthiness } from './worthiness.ts';

/** A step of extraction: it reads the document's earlier layers and adds its own. */
export interface Component {
  /** The name it is known by in traces and timings. */
  name: string;
  run: (doc: Doc) => void;
}

/**
 * Extraction, in its one declared order. The blocks arrive read (for a page: html-* with its furniture left out;
 * for text: blocks.ts), then each component adds one layer to the same document; none parses the text again.
 */
export const PIPELINE: readonly Component[] = [
  { name: 'sentences', run: sentences },
  { name: 'cues', run: cues },
  { name: 'clauses', run: clauses },
  { name: 'mentions', run: mentions },
  { name: 'units', run: units },
  { name: 'speakers', run: speakers },
  { name: 'quotations', run: quotations },
  { name: 'interviews', run: interviews },
  { name: 'echoes', run: echoes },
  { name: 'sources', run: sources },
  { name: 'check-worthiness', run: worthiness },
];

/** Runs every component over a document in order; `timings`, when given, gets each one's milliseconds added. */
export function runPipeline(doc: Doc, timings?: Map<string, number>, now: () => number = () => Date.now()): Doc {
  for (const c of PIPELINE) {
    const t0 = timings ? now() : 0;
    c.run(doc);
    if (timings) timings.set(c.name, (timings.get(c.name) ?? 0) + now() - t0);
  }
  return doc;
}

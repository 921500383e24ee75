import type { ExtractedUnit, Extraction } from '../model.ts';
import { layoutArticle, type Layout, type StructuredArticle } from './article.ts';
import { splitBlocks } from './blocks.ts';
import { normalizeText } from './normalize.ts';
import { createDoc } from './pipeline/doc.ts';
import { runPipeline } from './pipeline/index.ts';
import { DATELINE } from './pipeline/sentences.ts';
import { quoteView } from './quotes.ts';
import { personName } from './speakers.ts';

export { personName };

/** Told how far extraction has come: the offset reached in a text of `total` characters. */
export type ExtractProgress = (done: number, total: number) => void;

/**
 * Extracts the reviewable units of a laid-out article (headline once, sentences, list items, headings) by running
 * the pipeline (pipeline/index.ts) over it. `timings`, when given, gets each component's milliseconds.
 */
export function extractUnits(layout: Layout, fallbackTitle = 'Untitled article', onProgress?: ExtractProgress, timings?: Map<string, number>, now?: () => number): Extraction {
  const { text } = layout;
  // Attribution and sentence ends read quotation marks in a view of the text of the same length.
  const doc = runPipeline(createDoc(text, quoteView(text), layout.blocks, fallbackTitle, onProgress ?? (() => {})), timings, now);
  return { title: doc.title ?? untitled(text, doc.units[0]) ?? fallbackTitle, text, units: doc.units };
}

/**
 * The title of an article without a headline: its first sentence as it reads, a dateline before it kept
 * ("OTTAWA — The federal government…"), where the claim itself leaves the dateline out.
 */
function untitled(text: string, first: ExtractedUnit | undefined): string | null {
  if (!first) return null;
  const lead = text.slice(0, first.start);
  const opening = DATELINE.test(lead.trimStart()) && !lead.trim().includes('\n') ? lead.trimStart() + first.text : first.text;
  return opening.replace(/\s+/g, ' ').slice(0, 120);
}

/** Extracts the units of a plain-text article (blank-line paragraphs, "-" or "1." list lines). */
export function extractFromText(raw: string, fallbackTitle?: string, onProgress?: ExtractProgress): Extraction {
  const text = normalizeText(raw);
  return extractUnits({ text, blocks: splitBlocks(text) }, fallbackTitle, onProgress);
}

/** Extracts the units of an article read from Markdown or HTML. */
export function extractFromArticle(article: StructuredArticle, fallbackTitle?: string, onProgress?: ExtractProgress): Extraction {
  return { ...extractUnits(layoutArticle(article), fallbackTitle, onProgress), url: article.url ?? null, ...(article.metadata ? { metadata: article.metadata } : {}) };
}

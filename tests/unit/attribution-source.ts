import { findAttribution } from '../../src/shared/extract/attribution.ts';
import { extractFromText } from '../../src/shared/extract/extract.ts';

/** The source a lone sentence is attributed to, or null: what the attribution rule tables check. */
export function sentenceSource(sentence: string): string | null {
  return findAttribution(sentence, 'sentence')?.source ?? null;
}

/** The sources of every unit of a short article, paragraph by paragraph (a headline is added), pronouns resolved. */
export function articleSources(paragraphs: readonly string[]): Array<string | null> {
  return extractFromText(`Test headline\n\n${paragraphs.join('\n\n')}`).units.slice(1).map((u) => u.attribution?.source ?? null);
}

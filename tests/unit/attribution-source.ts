import { findAttribution } from '../../src/shared/extract/attribution.ts';

/** The source a lone sentence is attributed to, or null: what the attribution rule tables check. */
export function sentenceSource(sentence: string): string | null {
  return findAttribution(sentence, 'sentence')?.source ?? null;
}

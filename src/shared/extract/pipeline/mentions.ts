import { PRONOUN_GENDER } from '../attribute-sentence.ts';
import { readPeople, sentencesToRead, type ReadCandidate } from '../nlp-reading.ts';
import type { Doc } from './doc.ts';

/**
 * Component "mentions": the people each sentence names. The rules' names are read as needed and kept in the
 * document; compromise reads, in one parse, only the sentences a "he said" may point back to (see sentencesToRead).
 */
export function mentions(doc: Doc): void {
  const candidates: ReadCandidate[] = [];
  for (const paragraph of doc.sentences) {
    for (const s of paragraph) {
      candidates.push({ text: s.said, pronoun: s.cue?.pronoun === 'person' ? (PRONOUN_GENDER[s.cue.source.toLowerCase()] ?? 'either') : null });
    }
  }
  doc.read = readPeople(sentencesToRead(candidates, doc.named));
}

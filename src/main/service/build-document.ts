import type { FactDocument } from '../../shared/model.ts';
import { readArticle } from '../import/read-article.ts';
import { documentFrom } from './new-document.ts';

export { documentFrom, newClaim, newDocumentId, randomId } from './new-document.ts';

/** Decodes, extracts and assembles a new document from an article file's bytes. */
export function buildDocument(name: string, bytes: Uint8Array, now: Date): FactDocument {
  return documentFrom(readArticle(name, bytes), name, now);
}

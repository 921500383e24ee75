import { randomBytes } from 'node:crypto';
import type { FactDocument } from '../../shared/model.ts';
import { readArticle } from '../import/read-article.ts';

/** A file-name-safe id: a slug of the title plus a random suffix, so two imports of one file never collide. */
export function newDocumentId(title: string): string {
  const slug = title
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '');
  return `${slug || 'article'}-${randomBytes(3).toString('hex')}`;
}

/** Decodes, extracts and assembles a new document from an article file's bytes. */
export function buildDocument(name: string, bytes: Uint8Array, now: Date): FactDocument {
  const extraction = readArticle(name, bytes);
  return {
    id: newDocumentId(extraction.title),
    title: extraction.title,
    sourceName: name,
    importedAt: now.toISOString(),
    text: extraction.text,
    claims: extraction.units.map((u, i) => ({ ...u, id: `c${i + 1}`, n: i + 1, status: 'unreviewed', statusChangedAt: null })),
  };
}

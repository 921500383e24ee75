import { randomBytes } from 'node:crypto';
import { extname } from 'node:path';
import { decodeText } from '../../shared/decode-text.ts';
import { WorkbenchError } from '../../shared/errors.ts';
import { extractFromText } from '../../shared/extract/extract.ts';
import type { FactDocument } from '../../shared/model.ts';

/** File types the importer reads as article text. */
export const TEXT_EXTENSIONS = new Set(['.txt', '.text', '.md', '.markdown']);

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
  const ext = extname(name).toLowerCase();
  if (!TEXT_EXTENSIONS.has(ext)) {
    throw new WorkbenchError('import', `“${name}” is not a supported article file (use .txt or .md).`);
  }
  const raw = decodeText(bytes, name);
  const extraction = extractFromText(raw, name);
  return {
    id: newDocumentId(extraction.title),
    title: extraction.title,
    sourceName: name,
    importedAt: now.toISOString(),
    text: extraction.text,
    claims: extraction.units.map((u, i) => ({ ...u, id: `c${i + 1}`, n: i + 1, status: 'unreviewed', statusChangedAt: null })),
  };
}

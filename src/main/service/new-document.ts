// The parts of a new document that need no extractor: ids, a claim as first stored, a document from an
// extraction. Apart from build-document.ts, so changing a claim never loads the article readers.
import { randomBytes } from 'node:crypto';
import type { Claim, ExtractedUnit, Extraction, FactDocument } from '../../shared/model.ts';

/** A short random id part, safe in file names. */
export function randomId(bytes = 4): string {
  return randomBytes(bytes).toString('hex');
}

/** A file-name-safe id: a slug of the title plus a random suffix, so two imports of one file never collide. */
export function newDocumentId(title: string): string {
  const slug = title
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '');
  return `${slug || 'article'}-${randomId(3)}`;
}

/** A claim as first stored: the extracted unit, unreviewed, with no note, evidence or corrections. */
export function newClaim(unit: ExtractedUnit, id: string, n: number, origin: Claim['origin']): Claim {
  return {
    ...unit,
    id,
    n,
    status: 'unreviewed',
    statusChangedAt: null,
    note: '',
    evidence: [],
    dismissed: false,
    promoted: false,
    attributionEdited: false,
    origin,
  };
}

/** Assembles a new document from an extraction. */
export function documentFrom(extraction: Extraction, sourceName: string, now: Date): FactDocument {
  return {
    id: newDocumentId(extraction.title),
    title: extraction.title,
    sourceName,
    sourceUrl: extraction.url ?? null,
    importedAt: now.toISOString(),
    ...(extraction.metadata && Object.keys(extraction.metadata).length > 0 ? { metadata: extraction.metadata } : {}),
    text: extraction.text,
    claims: extraction.units.map((u, i) => newClaim(u, `c${i + 1}`, i + 1, 'extracted')),
    history: [],
    undoStack: [],
    redoStack: [],
  };
}

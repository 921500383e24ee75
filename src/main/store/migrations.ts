import { SCHEMA_VERSION, type DocumentFile, type IndexFile } from './schema.ts';

type Loose = Record<string, unknown>;

/** Schema 1 → 2: claims gain note, evidence, dismissed, promoted, attributionEdited, origin; documents gain history. */
function documentV1toV2(data: Loose): Loose {
  const doc = (data.document ?? {}) as Loose;
  const claims = Array.isArray(doc.claims) ? (doc.claims as Loose[]) : [];
  return {
    ...data,
    schemaVersion: 2,
    document: {
      ...doc,
      sourceUrl: null,
      claims: claims.map((c) => ({ note: '', evidence: [], dismissed: false, promoted: false, attributionEdited: false, origin: 'extracted', ...c })),
      history: [],
      undoStack: [],
      redoStack: [],
    },
  };
}

/** Schema 1 → 2: the index gains a trash list. */
function indexV1toV2(data: Loose): Loose {
  return { ...data, schemaVersion: 2, trash: [] };
}

const DOCUMENT_STEPS: Record<number, (d: Loose) => Loose> = { 1: documentV1toV2 };
const INDEX_STEPS: Record<number, (d: Loose) => Loose> = { 1: indexV1toV2 };

function run(data: Loose, steps: Record<number, (d: Loose) => Loose>): Loose {
  let current = data;
  while ((current.schemaVersion as number) < SCHEMA_VERSION) {
    const step = steps[current.schemaVersion as number];
    if (!step) throw new Error(`No migration from schema ${String(current.schemaVersion)}.`);
    current = step(current);
  }
  return current;
}

/** Upgrades a document file of any older schema to the current one (a version check has already run). */
export function migrateDocument(data: unknown): DocumentFile {
  return run(data as Loose, DOCUMENT_STEPS) as unknown as DocumentFile;
}

/** Upgrades an index file of any older schema to the current one. */
export function migrateIndex(data: unknown): IndexFile {
  return run(data as Loose, INDEX_STEPS) as unknown as IndexFile;
}

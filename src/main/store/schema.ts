import type { DocumentSummary, FactDocument } from '../../shared/model.ts';
import { WorkbenchError } from '../../shared/errors.ts';

/** The version of the store's file format; every file carries it so older files can be migrated later. */
export const SCHEMA_VERSION = 2;

/** The library index: one small file listing documents, so start-up never reads every article. */
export interface IndexFile {
  schemaVersion: number;
  /** Seed files already imported once; never imported again, even if the user deletes the document. */
  seeded: string[];
  documents: DocumentSummary[];
  /** Deleted documents, kept under trash/ until the user empties it. */
  trash: DocumentSummary[];
}

/** One document's file: the article text and its claims with the checker's marks. */
export interface DocumentFile {
  schemaVersion: number;
  document: FactDocument;
}

/** A fresh, empty index. */
export function emptyIndex(): IndexFile {
  return { schemaVersion: SCHEMA_VERSION, seeded: [], documents: [], trash: [] };
}

/** Checks that parsed file data is of a version this app can read; refuses newer or foreign files. */
export function checkSchema(data: unknown, file: string): void {
  if (typeof data !== 'object' || data === null || !('schemaVersion' in data)) {
    throw new WorkbenchError('store', `${file} is not a workbench store file (it has no schema version).`);
  }
  const version = (data as { schemaVersion: unknown }).schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    throw new WorkbenchError('store', `${file} has an invalid schema version (${JSON.stringify(version)}).`);
  }
  if (version > SCHEMA_VERSION) {
    // Never rewrite a file from a newer app: it would lose whatever that version added.
    throw new WorkbenchError('store', `${file} was written by a newer version of the workbench (schema ${version}; this version reads up to ${SCHEMA_VERSION}). Update the app to open it.`);
  }
}

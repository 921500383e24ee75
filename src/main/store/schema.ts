import type { DocumentSummary, FactDocument } from '../../shared/model.ts';
import { WorkbenchError } from '../../shared/errors.ts';
import { DocumentFileShape, IndexShape, shapeProblem } from '../../shared/store-shape.ts';

/** The version of the store's file format; every file carries it so older files can be migrated. */
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
  /** The number of the last journal record the file holds (see document-journal.ts); absent: none. */
  folded?: number;
}

/** A fresh, empty index. */
export function emptyIndex(): IndexFile {
  return { schemaVersion: SCHEMA_VERSION, seeded: [], documents: [], trash: [] };
}

/** Checks that parsed file data is of a version this app can read: a foreign file is "damaged", a newer one refused. */
export function checkSchema(data: unknown, file: string): void {
  if (typeof data !== 'object' || data === null || !('schemaVersion' in data)) {
    throw new WorkbenchError('damaged', `${file} is not a workbench store file (it has no schema version)`);
  }
  const version = (data as { schemaVersion: unknown }).schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    throw new WorkbenchError('damaged', `${file} has an invalid schema version (${JSON.stringify(version)?.slice(0, 20)})`);
  }
  if (version > SCHEMA_VERSION) {
    // Never rewrite or move a file from a newer app: it would lose whatever that version added.
    throw new WorkbenchError('store', `${file} was written by a newer version of the workbench (schema ${version}; this version reads up to ${SCHEMA_VERSION}). Update the app to open it.`);
  }
}

/** Checks the shape of a (migrated) index, so a foreign, half-written or wrong-shaped one is treated as damaged. */
export function checkIndexShape(data: IndexFile, file: string): void {
  const problem = shapeProblem(IndexShape, data);
  if (problem) throw new WorkbenchError('damaged', `${file} does not have the shape of a library index (${problem})`);
}

/** Checks the shape of a (migrated) document file, down to each claim's status and each history entry. */
export function checkDocumentShape(data: DocumentFile, file: string): void {
  const problem = shapeProblem(DocumentFileShape, data);
  if (problem) throw new WorkbenchError('damaged', `${file} does not have the shape of a workbench document (${problem})`);
}

import { copyFile, mkdir, rename } from 'node:fs/promises';
import { join } from 'node:path';
import { Low } from 'lowdb';
import { DataFile, JSONFile } from 'lowdb/node';
import { isOnList } from '../../shared/claim-rules.ts';
import { WorkbenchError } from '../../shared/errors.ts';
import type { DocumentSummary, FactDocument } from '../../shared/model.ts';
import { emptyCounts } from '../../shared/status.ts';
import { describeFsError } from '../service/fs-errors.ts';
import { migrateDocument, migrateIndex } from './migrations.ts';
import { checkSchema, emptyIndex, SCHEMA_VERSION, type DocumentFile, type IndexFile } from './schema.ts';

/**
 * A document file: compact JSON (a 2,000-claim article is written in a third of the time of indented JSON),
 * written atomically by lowdb like every store file.
 */
function documentFile(path: string): DataFile<DocumentFile> {
  return new DataFile<DocumentFile>(path, { parse: JSON.parse, stringify: (data) => JSON.stringify(data) });
}

/** Document ids double as file names, so they are checked before any path is built from them. */
const SAFE_ID = /^[A-Za-z0-9_-]{1,80}$/;

/** The summary the index keeps of a document: counts by status of the claims on the list, without the text. */
export function summarize(doc: FactDocument): DocumentSummary {
  const counts = emptyCounts();
  for (const c of doc.claims) if (isOnList(c)) counts[c.status]++;
  const claimCount = Object.values(counts).reduce((a, b) => a + b, 0);
  return { id: doc.id, title: doc.title, sourceName: doc.sourceName, importedAt: doc.importedAt, claimCount, counts };
}

/**
 * Reads a lowdb file, checks its schema and migrates an older one. Before an older file is first rewritten, a
 * copy is kept beside it (`name.v1.json`), so an upgrade can always be undone by hand.
 */
async function readChecked<T extends { schemaVersion: number }>(db: Low<T>, file: string, migrate: (d: unknown) => T): Promise<void> {
  try {
    await db.read();
  } catch (err) {
    const reason = err instanceof SyntaxError ? 'it is not valid JSON (truncated or corrupt)' : describeFsError(err);
    throw new WorkbenchError('store', `Cannot read ${file}: ${reason}.`);
  }
  checkSchema(db.data, file);
  const version = db.data.schemaVersion;
  if (version < SCHEMA_VERSION) {
    await copyFile(file, file.replace(/\.json$/, `.v${version}.json`)).catch(() => undefined);
    db.data = migrate(db.data);
    await db.write();
  }
}

/**
 * The local library: an index file plus one lowdb file per document under `documents/` (deleted ones under
 * `trash/`). lowdb writes each file atomically (temp file, then rename) and queues writes to the same file, so
 * a change is either fully on disk or not at all.
 */
export class LibraryStore {
  readonly dir: string;
  readonly #index: Low<IndexFile>;
  readonly #docs = new Map<string, Low<DocumentFile>>();

  private constructor(dir: string, index: Low<IndexFile>) {
    this.dir = dir;
    this.#index = index;
  }

  /** Opens (or creates) the library in `dir`. Throws a WorkbenchError naming the problem if it cannot. */
  static async open(dir: string): Promise<LibraryStore> {
    try {
      await mkdir(join(dir, 'documents'), { recursive: true });
      await mkdir(join(dir, 'trash'), { recursive: true });
    } catch (err) {
      throw new WorkbenchError('store', `Cannot use the data folder ${dir}: ${describeFsError(err)}.`);
    }
    const file = join(dir, 'index.json');
    const index = new Low<IndexFile>(new JSONFile(file), emptyIndex());
    await readChecked(index, file, migrateIndex);
    return new LibraryStore(dir, index);
  }

  /** The documents in the library, in import order. */
  get documents(): readonly DocumentSummary[] {
    return this.#index.data.documents;
  }

  /** Deleted documents that can be restored. */
  get trash(): readonly DocumentSummary[] {
    return this.#index.data.trash;
  }

  /** Seed files already imported. */
  get seeded(): readonly string[] {
    return this.#index.data.seeded;
  }

  /** The path of a document's file (in the library or in the trash). */
  documentPath(id: string, where: 'documents' | 'trash' = 'documents'): string {
    if (!SAFE_ID.test(id)) throw new WorkbenchError('invalid-argument', `Not a valid document id: ${JSON.stringify(id).slice(0, 60)}.`);
    return join(this.dir, where, `${id}.json`);
  }

  async #load(id: string): Promise<Low<DocumentFile>> {
    const cached = this.#docs.get(id);
    if (cached) return cached;
    const file = this.documentPath(id);
    if (!this.documents.some((d) => d.id === id)) throw new WorkbenchError('not-found', `No document with id ${id} in the library.`);
    const db = new Low<DocumentFile>(documentFile(file), { schemaVersion: SCHEMA_VERSION, document: null as unknown as FactDocument });
    await readChecked(db, file, migrateDocument);
    if (!db.data.document) throw new WorkbenchError('store', `${file} is missing; the document cannot be opened.`);
    this.#docs.set(id, db);
    return db;
  }

  /** Adds a new document: its file first, then the index, so the index never points at a missing file. */
  async addDocument(doc: FactDocument, seedName?: string): Promise<DocumentSummary> {
    const file = this.documentPath(doc.id);
    const db = new Low<DocumentFile>(documentFile(file), { schemaVersion: SCHEMA_VERSION, document: doc });
    try {
      await db.write();
    } catch (err) {
      throw new WorkbenchError('io', `The article could not be saved to ${file}: ${describeFsError(err)}.`);
    }
    this.#docs.set(doc.id, db);
    const summary = summarize(doc);
    this.#index.data.documents.push(summary);
    if (seedName !== undefined) this.#index.data.seeded.push(seedName);
    await this.#writeIndex();
    return summary;
  }

  /** Records seed files that were looked at but could not be imported, so a bad seed is not retried forever. */
  async markSeeded(names: readonly string[]): Promise<void> {
    if (names.length === 0) return;
    this.#index.data.seeded.push(...names);
    await this.#writeIndex();
  }

  /** Reads a document. */
  async getDocument(id: string): Promise<FactDocument> {
    return (await this.#load(id)).data.document;
  }

  /**
   * Applies `change` to a copy of a document and writes it; only once the file is on disk does the copy
   * replace what the app holds in memory, so a failed write never shows an unsaved change as saved.
   */
  async updateDocument<T>(id: string, change: (doc: FactDocument) => T): Promise<{ result: T; summary: DocumentSummary }> {
    const db = await this.#load(id);
    const previous = db.data;
    // Changes replace claim objects and append to the arrays, never edit stored objects in place, so copying
    // the arrays is enough to keep the previous version intact until the write succeeds.
    const d = previous.document;
    const draft: FactDocument = { ...d, claims: [...d.claims], history: [...d.history], undoStack: [...d.undoStack], redoStack: [...d.redoStack] };
    const result = change(draft);
    db.data = { schemaVersion: SCHEMA_VERSION, document: draft };
    try {
      await db.write();
    } catch (err) {
      db.data = previous;
      throw new WorkbenchError('io', `The change was not saved to ${this.documentPath(id)}: ${describeFsError(err)}. Nothing was lost; try again when the disk is writable.`);
    }
    const summary = summarize(draft);
    const docs = this.#index.data.documents;
    const at = docs.findIndex((d) => d.id === id);
    if (at >= 0) docs[at] = summary;
    await this.#writeIndex();
    return { result, summary };
  }

  /** Moves a document's file to the trash; it stays restorable. */
  async deleteDocument(id: string): Promise<void> {
    const at = this.documents.findIndex((d) => d.id === id);
    if (at < 0) throw new WorkbenchError('not-found', `No document with id ${id} in the library.`);
    await this.#move(this.documentPath(id), this.documentPath(id, 'trash'));
    this.#docs.delete(id);
    const [summary] = this.#index.data.documents.splice(at, 1);
    this.#index.data.trash.push(summary!);
    await this.#writeIndex();
  }

  /** Brings a document back from the trash. */
  async restoreDocument(id: string): Promise<void> {
    const at = this.trash.findIndex((d) => d.id === id);
    if (at < 0) throw new WorkbenchError('not-found', `No document with id ${id} in the trash.`);
    await this.#move(this.documentPath(id, 'trash'), this.documentPath(id));
    const [summary] = this.#index.data.trash.splice(at, 1);
    this.#index.data.documents.push(summary!);
    await this.#writeIndex();
  }

  async #move(from: string, to: string): Promise<void> {
    try {
      await rename(from, to);
    } catch (err) {
      throw new WorkbenchError('io', `Could not move ${from} to ${to}: ${describeFsError(err)}.`);
    }
  }

  async #writeIndex(): Promise<void> {
    try {
      await this.#index.write();
    } catch (err) {
      throw new WorkbenchError('io', `The library index ${join(this.dir, 'index.json')} could not be saved: ${describeFsError(err)}.`);
    }
  }
}

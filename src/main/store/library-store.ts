import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { Low } from 'lowdb';
import { JSONFile } from 'lowdb/node';
import type { DocumentSummary, FactDocument } from '../../shared/model.ts';
import { emptyCounts } from '../../shared/status.ts';
import { WorkbenchError } from '../../shared/errors.ts';
import { checkSchema, emptyIndex, SCHEMA_VERSION, type DocumentFile, type IndexFile } from './schema.ts';
import { describeFsError } from '../service/fs-errors.ts';

/** Document ids double as file names, so they are checked before any path is built from them. */
const SAFE_ID = /^[A-Za-z0-9_-]{1,80}$/;

/** The summary the index keeps of a document: counts by status, without the text. */
export function summarize(doc: FactDocument): DocumentSummary {
  const counts = emptyCounts();
  for (const c of doc.claims) if (c.checkworthy || c.status !== 'unreviewed') counts[c.status]++;
  const claimCount = Object.values(counts).reduce((a, b) => a + b, 0);
  return { id: doc.id, title: doc.title, sourceName: doc.sourceName, importedAt: doc.importedAt, claimCount, counts };
}

/** Reads a lowdb file, turning parse and version problems into a message that names the file. */
async function readChecked<T>(db: Low<T>, file: string): Promise<void> {
  try {
    await db.read();
  } catch (err) {
    const reason = err instanceof SyntaxError ? 'it is not valid JSON (truncated or corrupt)' : (err as Error).message;
    throw new WorkbenchError('store', `Cannot read ${file}: ${reason}.`);
  }
  checkSchema(db.data, file);
}

/**
 * The local library: an index file plus one lowdb file per document under `documents/`. lowdb writes each
 * file atomically (temp file, then rename) and queues writes to the same file, so a change is either fully
 * on disk or not at all.
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
    } catch (err) {
      throw new WorkbenchError('store', `Cannot use the data folder ${dir}: ${describeFsError(err)}.`);
    }
    const file = join(dir, 'index.json');
    const index = new Low<IndexFile>(new JSONFile(file), emptyIndex());
    await readChecked(index, file);
    const store = new LibraryStore(dir, index);
    if (index.data.schemaVersion !== SCHEMA_VERSION) index.data.schemaVersion = SCHEMA_VERSION;
    return store;
  }

  /** The documents in the library, in import order. */
  get documents(): readonly DocumentSummary[] {
    return this.#index.data.documents;
  }

  /** Seed files already imported. */
  get seeded(): readonly string[] {
    return this.#index.data.seeded;
  }

  /** The path of a document's file. */
  documentPath(id: string): string {
    if (!SAFE_ID.test(id)) throw new WorkbenchError('invalid-argument', `Not a valid document id: ${JSON.stringify(id).slice(0, 60)}.`);
    return join(this.dir, 'documents', `${id}.json`);
  }

  async #load(id: string): Promise<Low<DocumentFile>> {
    const cached = this.#docs.get(id);
    if (cached) return cached;
    if (!this.documents.some((d) => d.id === id)) throw new WorkbenchError('not-found', `No document with id ${id} in the library.`);
    const file = this.documentPath(id);
    const db = new Low<DocumentFile>(new JSONFile(file), { schemaVersion: SCHEMA_VERSION, document: null as unknown as FactDocument });
    await readChecked(db, file);
    if (!db.data.document) throw new WorkbenchError('store', `${file} is missing; the document cannot be opened.`);
    this.#docs.set(id, db);
    return db;
  }

  /** Adds a new document: its file first, then the index, so the index never points at a missing file. */
  async addDocument(doc: FactDocument, seedName?: string): Promise<DocumentSummary> {
    const file = this.documentPath(doc.id);
    const db = new Low<DocumentFile>(new JSONFile(file), { schemaVersion: SCHEMA_VERSION, document: doc });
    await db.write();
    this.#docs.set(doc.id, db);
    const summary = summarize(doc);
    this.#index.data.documents.push(summary);
    if (seedName !== undefined) this.#index.data.seeded.push(seedName);
    await this.#index.write();
    return summary;
  }

  /** Records seed files that were looked at but could not be imported, so a bad seed is not retried forever. */
  async markSeeded(names: readonly string[]): Promise<void> {
    if (names.length === 0) return;
    this.#index.data.seeded.push(...names);
    await this.#index.write();
  }

  /** Reads a document. */
  async getDocument(id: string): Promise<FactDocument> {
    return (await this.#load(id)).data.document;
  }

  /**
   * Applies `change` to a document and writes it, then refreshes the index summary. Resolves only when both
   * files are on disk; if the write fails the in-memory copy is reloaded so nothing unsaved is shown as saved.
   */
  async updateDocument<T>(id: string, change: (doc: FactDocument) => T): Promise<{ result: T; summary: DocumentSummary }> {
    const db = await this.#load(id);
    const result = change(db.data.document);
    try {
      await db.write();
    } catch (err) {
      this.#docs.delete(id);
      throw new WorkbenchError('io', `The change could not be saved to ${this.documentPath(id)}: ${describeFsError(err)}.`);
    }
    const summary = summarize(db.data.document);
    const docs = this.#index.data.documents;
    const at = docs.findIndex((d) => d.id === id);
    if (at >= 0) docs[at] = summary;
    await this.#index.write();
    return { result, summary };
  }
}

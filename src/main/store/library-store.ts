import { copyFile, mkdir, readdir, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { Low } from 'lowdb';
import { WorkbenchError } from '../../shared/errors.ts';
import type { DocumentSummary, FactDocument, Notice } from '../../shared/model.ts';
import { summarize } from '../../shared/summary.ts';
import { describeFsError } from '../service/fs-errors.ts';
import { DurableFile, tempFileOwner } from './durable-file.ts';
import { inTurn } from './in-turn.ts';
import { clearStaleLock, isRunning, lockFile } from './file-lock.ts';
import { migrateDocument, migrateIndex } from './migrations.ts';
import { checkDocumentShape, checkIndexShape, checkSchema, emptyIndex, SCHEMA_VERSION, type DocumentFile, type IndexFile } from './schema.ts';

/** Document ids double as file names, so they are checked before any path is built from them. */
const SAFE_ID = /^[A-Za-z0-9_-]{1,80}$/;

/** How often a document file is copied to its backups while it is being changed, and how many copies are kept. */
export const BACKUP_INTERVAL_MS = 10 * 60_000;
export const BACKUPS_KEPT = 5;

/** How long a change waits for others before the index (a cache of the documents' summaries) is written. */
const INDEX_WRITE_DELAY_MS = 250;

/** How many documents stay parsed in memory; a library of thousands is read one document at a time. */
const CACHED_DOCUMENTS = 12;

/**
 * A document file: compact JSON (a 2,000-claim article is written in a third of the time of indented JSON),
 * written atomically and durably like every store file.
 */
function documentFile(path: string): DurableFile<DocumentFile> {
  return new DurableFile<DocumentFile>(path, { stringify: (data) => JSON.stringify(data) });
}

/**
 * What a file is on disk right now: every store write renames a fresh file into place, so a new inode (or
 * time or size) means someone wrote it since. Null when there is no file.
 */
async function fileVersion(file: string): Promise<string | null> {
  try {
    const s = await stat(file, { bigint: true });
    return `${s.ino}:${s.mtimeNs}:${s.size}`;
  } catch {
    return null;
  }
}

/**
 * Removes temp files that writes cut off by a crash left behind, and locks whose process is gone. A temp file is only ever a copy being
 * written: the file it was meant to replace is whole, so nothing is lost. One whose process still runs (the
 * CLI or the app writing right now) is left alone.
 */
async function sweepTempFiles(dir: string): Promise<void> {
  for (const folder of [dir, join(dir, 'documents')]) {
    const names = await readdir(folder).catch(() => [] as string[]);
    for (const name of names) {
      const owner = tempFileOwner(name);
      if (owner !== null && owner !== process.pid && !isRunning(owner)) await rm(join(folder, name), { force: true }).catch(() => undefined);
      else if (name.startsWith('.') && name.endsWith('.lock')) await clearStaleLock(join(folder, name));
    }
  }
}

/** A stamp for file names: sortable, and unique enough for two moves in the same millisecond. */
function stamp(date: Date): string {
  return `${date.toISOString().replace(/[:.]/g, '-')}-${Math.random().toString(16).slice(2, 6)}`;
}

/**
 * Reads a store file, checks its schema and shape, and migrates an older one (keeping a copy of the old
 * file beside it, `name.v1.json`). Unreadable, truncated or foreign files throw "damaged"; newer ones "store".
 */
async function readChecked<T extends { schemaVersion: number }>(db: Low<T>, file: string, migrate: (d: unknown) => T, shape: (d: T, file: string) => void): Promise<void> {
  try {
    await db.read();
  } catch (err) {
    const reason = err instanceof SyntaxError ? 'it is not valid JSON (truncated or corrupt)' : `it cannot be read: ${describeFsError(err)}`;
    throw new WorkbenchError('damaged', `${file} is damaged: ${reason}`);
  }
  checkSchema(db.data, file);
  const version = db.data.schemaVersion;
  if (version < SCHEMA_VERSION) {
    const migrated = migrate(db.data);
    shape(migrated, file);
    await copyFile(file, file.replace(/\.json$/, `.v${version}.json`)).catch(() => undefined);
    db.data = migrated;
    await db.write();
  }
  shape(db.data, file);
}

/**
 * The local library: an index file plus one file per document under `documents/` (deleted ones under
 * `trash/`, rotating copies under `backups/`). Every file carries a schema version and is written atomically.
 * A damaged file is moved aside, never overwritten or deleted, and the rest of the library keeps working.
 */
export class LibraryStore {
  readonly dir: string;
  /** What start-up found and did (a rebuilt index, files moved aside). */
  readonly notices: Notice[];
  readonly #index: Low<IndexFile>;
  readonly #docs = new Map<string, Low<DocumentFile>>();
  readonly #lastBackup = new Map<string, number>();
  readonly #now: () => Date;
  #indexTimer: ReturnType<typeof setTimeout> | null = null;
  /** The version of each file as this process last read or wrote it; a different one on disk was written by another process. */
  readonly #versions = new Map<string, string | null>();
  /** The change being made to each document in this process; the next one waits for it. */
  readonly #changing = new Map<string, Promise<unknown>>();
  /** Called with a document's id when another process (the CLI) added or changed it. */
  onExternalChange: ((id: string) => void) | null = null;
  /** When a document was last opened or changed (performance.now()); background work gives way to it. */
  lastActivity = 0;

  private constructor(dir: string, index: Low<IndexFile>, notices: Notice[], now: () => Date) {
    this.dir = dir;
    this.#index = index;
    this.notices = notices;
    this.#now = now;
  }

  /** Opens (or creates) the library in `dir`; a damaged index is moved aside and rebuilt from the documents. */
  static async open(dir: string, now: () => Date = () => new Date()): Promise<LibraryStore> {
    try {
      for (const sub of ['documents', 'trash', 'backups']) await mkdir(join(dir, sub), { recursive: true });
    } catch (err) {
      throw new WorkbenchError('store', `Cannot use the data folder ${dir}: ${describeFsError(err)}.`);
    }
    await sweepTempFiles(dir);
    const file = join(dir, 'index.json');
    // Compact JSON: with thousands of documents the index is rewritten often and should stay small.
    const index = new Low<IndexFile>(new DurableFile(file, { stringify: (data) => JSON.stringify(data) }), emptyIndex());
    const notices: Notice[] = [];
    const store = new LibraryStore(dir, index, notices, now);
    try {
      const version = await fileVersion(file);
      await readChecked(index, file, migrateIndex, checkIndexShape);
      store.#versions.set(file, version);
    } catch (err) {
      if (!(err instanceof WorkbenchError) || err.code !== 'damaged') throw err;
      const aside = await store.#moveAside(file);
      await store.#rebuildIndex();
      notices.push({ level: 'warning', message: `${err.message}. It was moved to ${aside} and the library list was rebuilt from the ${index.data.documents.length} document files.` });
    }
    return store;
  }

  /** Lists every readable document file again (after the index was found damaged). */
  async #rebuildIndex(): Promise<void> {
    const fresh = emptyIndex();
    const names = (await readdir(join(this.dir, 'documents'))).filter((n) => /^[A-Za-z0-9_-]+\.json$/.test(n) && !/\.v\d+\.json$/.test(n));
    for (const name of names.sort()) {
      const id = name.replace(/\.json$/, '');
      try {
        const doc = await this.#read(id);
        fresh.documents.push(summarize(doc.data.document));
        fresh.seeded.push(doc.data.document.sourceName);
      } catch (err) {
        this.notices.push({ level: 'warning', message: (err as Error).message });
      }
    }
    this.#index.data = fresh;
    await this.#writeIndex();
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

  /** Reads and checks one document file; a damaged one is moved aside and reported. */
  async #read(id: string): Promise<Low<DocumentFile>> {
    const file = this.documentPath(id);
    const db = new Low<DocumentFile>(documentFile(file), { schemaVersion: SCHEMA_VERSION, document: null as unknown as FactDocument });
    try {
      // The version is taken before reading: a write that lands in between is seen as a change next time.
      const version = await fileVersion(file);
      await readChecked(db, file, migrateDocument, checkDocumentShape);
      this.#versions.set(file, version);
    } catch (err) {
      if (!(err instanceof WorkbenchError) || err.code !== 'damaged') throw err;
      const aside = await this.#moveAside(file).catch(() => null);
      const backups = await this.backups(id);
      const offer = backups.length ? ` A backup from ${backups[0]!.replace(/T(\d\d)-(\d\d).*/, ' $1:$2 UTC')} can be restored.` : ' There is no backup of it yet.';
      throw new WorkbenchError('damaged', `${err.message}. ${aside ? `It was moved to ${aside}; nothing else was touched.` : ''}${offer}`);
    }
    return db;
  }

  /** Keeps `db` as the most recently used document, dropping the least recently used beyond the cache size. */
  #remember(id: string, db: Low<DocumentFile>): void {
    this.#docs.delete(id);
    this.#docs.set(id, db);
    while (this.#docs.size > CACHED_DOCUMENTS) this.#docs.delete(this.#docs.keys().next().value!);
  }

  async #load(id: string): Promise<Low<DocumentFile>> {
    this.lastActivity = performance.now();
    const cached = this.#docs.get(id);
    if (cached && !(await this.#changedOnDisk(this.documentPath(id)))) {
      this.#remember(id, cached);
      return cached;
    }
    // Why: another process (the CLI) changed the file; the app's copy is stale and must not be written back over it.
    const external = cached !== undefined;
    this.#docs.delete(id);
    this.documentPath(id);
    const summary = this.documents.find((d) => d.id === id);
    if (!summary) throw new WorkbenchError('not-found', `No document with id ${id} in the library.`);
    if (summary.damaged) throw new WorkbenchError('damaged', summary.damaged);
    try {
      const db = await this.#read(id);
      this.#remember(id, db);
      if (external) this.onExternalChange?.(id);
      const fresh = summarize(db.data.document);
      if (JSON.stringify(fresh) !== JSON.stringify(summary)) {
        this.#index.data.documents[this.#index.data.documents.indexOf(summary)] = fresh;
        this.#writeIndexSoon();
      }
      return db;
    } catch (err) {
      if (err instanceof WorkbenchError && err.code === 'damaged') await this.#markDamaged(summary, err.message);
      throw err;
    }
  }

  /** Records in the index (and as a notice) that a document's file was found damaged and moved aside. */
  async #markDamaged(summary: DocumentSummary, message: string): Promise<void> {
    summary.damaged = message;
    this.notices.push({ level: 'warning', message: `“${summary.title}”: ${message}` });
    await this.#writeIndex().catch(() => undefined);
  }

  /** Moves a bad file aside (never deleting or overwriting it); returns where it went. */
  async #moveAside(file: string): Promise<string> {
    const aside = `${file}.damaged-${stamp(this.#now())}`;
    await rename(file, aside);
    return aside;
  }

  /** Adds a new document: its file first, then the index, so the index never points at a missing file. */
  async addDocument(doc: FactDocument, seedName?: string): Promise<DocumentSummary> {
    const file = this.documentPath(doc.id);
    const db = new Low<DocumentFile>(documentFile(file), { schemaVersion: SCHEMA_VERSION, document: doc });
    try {
      await db.write();
      this.#versions.set(file, await fileVersion(file));
    } catch (err) {
      throw new WorkbenchError('io', `The article could not be saved to ${file}: ${describeFsError(err)}.`);
    }
    this.#remember(doc.id, db);
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

  /** Reads a document for a pass over the whole library (indexing) without pushing others out of the cache. */
  async peekDocument(id: string): Promise<FactDocument> {
    const cached = this.#docs.get(id);
    if (cached) return cached.data.document;
    const summary = this.documents.find((d) => d.id === id);
    if (!summary || summary.damaged) throw new WorkbenchError('not-found', `Document ${id} cannot be read.`);
    try {
      return (await this.#read(id)).data.document;
    } catch (err) {
      // Found by a pass over the whole library (the search index build right after start-up): reported at once.
      if (err instanceof WorkbenchError && err.code === 'damaged') await this.#markDamaged(summary, err.message);
      throw err;
    }
  }

  /**
   * Applies `change` to a copy of a document and writes it; only once the file is on disk does the copy
   * replace what the app holds in memory, so a failed write never shows an unsaved change as saved.
   * Changes to one document run one at a time, in this process and across processes (a lock file), each
   * on the latest version on disk, so no change is ever made on a stale copy and written over another.
   */
  updateDocument<T>(id: string, change: (doc: FactDocument) => T): Promise<{ result: T; summary: DocumentSummary }> {
    // Background work (the search index build) gives way from this moment, not only once the file is read.
    this.lastActivity = performance.now();
    const file = this.documentPath(id);
    return inTurn(this.#changing, id, () => this.#updateNow(id, file, change));
  }

  async #updateNow<T>(id: string, file: string, change: (doc: FactDocument) => T): Promise<{ result: T; summary: DocumentSummary }> {
    const release = await lockFile(file);
    try {
      // Read under the lock: #load takes in whatever another process wrote before it let go.
      const db = await this.#load(id);
      const { draft, result } = this.#draft(db.data.document, change);
      const previous = db.data;
      await this.#backup(id);
      db.data = { schemaVersion: SCHEMA_VERSION, document: draft };
      try {
        await db.write();
        this.#versions.set(file, await fileVersion(file));
      } catch (err) {
        db.data = previous;
        throw new WorkbenchError('io', `The change was not saved to ${file}: ${describeFsError(err)}. It is kept in the app and will be saved when the disk can be written.`);
      }
      const summary = summarize(draft);
      const docs = this.#index.data.documents;
      const at = docs.findIndex((x) => x.id === id);
      if (at >= 0) docs[at] = summary;
      // The document file is the record; the index only caches its summary. So the change is reported saved
      // without waiting for the index, which is written in the background (a summary left stale by a crash is
      // corrected when the document is next opened).
      this.#writeIndexSoon();
      return { result, summary };
    } finally {
      await release();
    }
  }

  /** A copy of `doc` with `change` applied; the stored document is left as it was. */
  #draft<T>(doc: FactDocument, change: (doc: FactDocument) => T): { draft: FactDocument; result: T } {
    // Changes replace claim objects and append to the arrays, never edit stored objects in place, so copying
    // the arrays is enough to keep the previous version intact until the write succeeds.
    const draft: FactDocument = { ...doc, claims: [...doc.claims], history: [...doc.history], undoStack: [...doc.undoStack], redoStack: [...doc.redoStack], updatedAt: this.#now().toISOString() };
    return { draft, result: change(draft) };
  }

  /** True when a file is no longer what this process last read or wrote. */
  async #changedOnDisk(file: string): Promise<boolean> {
    return this.#versions.has(file) && (await fileVersion(file)) !== this.#versions.get(file);
  }

  /** Copies a document's file to its backups when the last copy is older than the interval; keeps the newest few. */
  async #backup(id: string): Promise<void> {
    const now = this.#now().getTime();
    if (now - (this.#lastBackup.get(id) ?? 0) < BACKUP_INTERVAL_MS) return;
    const dir = join(this.dir, 'backups', id);
    try {
      await mkdir(dir, { recursive: true });
      await copyFile(this.documentPath(id), join(dir, `${stamp(this.#now())}.json`));
      this.#lastBackup.set(id, now);
      const old = (await this.backups(id)).slice(BACKUPS_KEPT);
      for (const name of old) await rm(join(dir, name), { force: true });
    } catch {
      // A backup that cannot be made must not block the change itself; the next change tries again.
    }
  }

  /** A document's backups, newest first. */
  async backups(id: string): Promise<string[]> {
    try {
      return (await readdir(join(this.dir, 'backups', id))).filter((n) => n.endsWith('.json')).sort().reverse();
    } catch {
      return [];
    }
  }

  /** Puts the newest readable backup of a (damaged) document back in place. */
  async restoreBackup(id: string): Promise<DocumentSummary> {
    const summary = this.documents.find((d) => d.id === id);
    if (!summary) throw new WorkbenchError('not-found', `No document with id ${id} in the library.`);
    for (const name of await this.backups(id)) {
      const source = join(this.dir, 'backups', id, name);
      const probe = new Low<DocumentFile>(documentFile(source), { schemaVersion: SCHEMA_VERSION, document: null as unknown as FactDocument });
      try {
        await readChecked(probe, source, migrateDocument, checkDocumentShape);
      } catch {
        continue;
      }
      const target = this.documentPath(id);
      const db = new Low<DocumentFile>(documentFile(target), probe.data);
      const release = await lockFile(target);
      try {
        await db.write();
        this.#versions.set(target, await fileVersion(target));
      } finally {
        await release();
      }
      this.#remember(id, db);
      const fresh = summarize(db.data.document);
      const docs = this.#index.data.documents;
      docs[docs.findIndex((x) => x.id === id)] = fresh;
      await this.#writeIndex();
      return fresh;
    }
    throw new WorkbenchError('not-found', `There is no readable backup of ${summary.title}.`);
  }

  /** Moves a document's file to the trash; it stays restorable. */
  async deleteDocument(id: string): Promise<void> {
    const at = this.documents.findIndex((d) => d.id === id);
    if (at < 0) throw new WorkbenchError('not-found', `No document with id ${id} in the library.`);
    await this.#move(this.documentPath(id), this.documentPath(id, 'trash'));
    this.#docs.delete(id);
    this.#versions.delete(this.documentPath(id));
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

  /**
   * Writes the index in the background; the changes of the next moment share one write, so a burst of
   * marks does not make the disk flush the index after each one while it is flushing the document.
   */
  #writeIndexSoon(): void {
    if (this.#indexTimer) return;
    this.#indexTimer = setTimeout(() => {
      this.#indexTimer = null;
      this.#writeIndex().catch(() => undefined);
    }, INDEX_WRITE_DELAY_MS);
    // Why unref: a pending summary must not keep a CLI process alive; the CLI and the app flush before they exit.
    this.#indexTimer.unref?.();
  }

  /** Writes the index now, with every change so far (the CLI before it exits, the app before it quits). */
  async flush(): Promise<void> {
    if (this.#indexTimer) clearTimeout(this.#indexTimer);
    this.#indexTimer = null;
    await this.#writeIndex();
  }

  async #writeIndex(): Promise<void> {
    const file = join(this.dir, 'index.json');
    try {
      const release = await lockFile(file);
      try {
        await this.#mergeIndexFromDisk(file);
        await this.#index.write();
        this.#versions.set(file, await fileVersion(file));
      } finally {
        await release();
      }
    } catch (err) {
      if (err instanceof WorkbenchError) throw err;
      throw new WorkbenchError('io', `The library index ${file} could not be saved: ${describeFsError(err)}.`);
    }
  }

  /**
   * Takes in what another process (the CLI) wrote to the index since this one last read or wrote it:
   * documents it imported, and newer summaries of documents it changed. Why: writing the index from memory
   * alone would drop those documents from the library list.
   */
  async #mergeIndexFromDisk(file: string): Promise<void> {
    if (!(await this.#changedOnDisk(file))) return;
    const disk = new Low<IndexFile>(new DurableFile(file), emptyIndex());
    const version = await fileVersion(file);
    try {
      await readChecked(disk, file, migrateIndex, checkIndexShape);
    } catch {
      return; // An unreadable index on disk is replaced by this one, which is whole.
    }
    const mine = this.#index.data;
    const known = new Set([...mine.documents, ...mine.trash].map((d) => d.id));
    for (const theirs of disk.data.documents) {
      const at = mine.documents.findIndex((d) => d.id === theirs.id);
      if (at >= 0 && (theirs.updatedAt ?? '') > (mine.documents[at]!.updatedAt ?? '')) {
        mine.documents[at] = theirs;
        this.onExternalChange?.(theirs.id);
      } else if (!known.has(theirs.id)) {
        mine.documents.push(theirs);
        this.onExternalChange?.(theirs.id);
      }
    }
    for (const theirs of disk.data.trash) if (!known.has(theirs.id)) mine.trash.push(theirs);
    for (const name of disk.data.seeded) if (!mine.seeded.includes(name)) mine.seeded.push(name);
    // What is held now includes that version: a later write need not merge it again.
    this.#versions.set(file, version);
  }

  /** Takes in documents another process added to the library since it was opened (before listing it). */
  async refresh(): Promise<void> {
    await this.#mergeIndexFromDisk(join(this.dir, 'index.json'));
  }
}

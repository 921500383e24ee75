import { rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { Low } from 'lowdb';
import { WorkbenchError } from '../../shared/errors.ts';
import type { DocumentSummary, FactDocument, Notice } from '../../shared/model.ts';
import { countsAfter, summarize } from '../../shared/summary.ts';
import { describeFsError } from '../service/fs-errors.ts';
import { Backups } from './backups.ts';
import { DocumentBefore, type DocumentView } from './document-before.ts';
import { journalPath } from './document-journal.ts';
import { DocumentJournals, type JournalOptions } from './document-journals.ts';
import { inTurn } from './in-turn.ts';
import { LibraryIndex } from './library-index.ts';
import { adoptOrphans, hasDocumentFiles, rebuildIndex } from './library-repair.ts';
import { migrateDocument } from './migrations.ts';
import { moveAside, stamp } from './quarantine.ts';
import { realFolder } from './safe-folder.ts';
import { checkDocumentShape, SCHEMA_VERSION, type DocumentFile } from './schema.ts';
import { sweepLeftovers } from './startup-sweep.ts';
import { documentFile, fileVersion, guardReplaced, readChecked } from './store-files.ts';

export { BACKUP_INTERVAL_MS, BACKUPS_KEPT } from './backups.ts';

/** Document ids double as file names, so they are checked before any path is built from them. */
const SAFE_ID = /^[A-Za-z0-9_-]{1,80}$/;

/** How many documents stay parsed in memory; a library of thousands is read one document at a time. */
const CACHED_DOCUMENTS = 12;

/**
 * The local library: an index file plus one file per document under `documents/` (deleted ones under
 * `trash/`, rotating copies under `backups/`). Every file carries a schema version and is written atomically.
 * A damaged file is moved aside, never overwritten or deleted, and the rest of the library keeps working.
 * Only the library's one writer (see owner/library-owner.ts) opens a store, so what it holds is the truth.
 */
export class LibraryStore {
  readonly dir: string;
  /** What start-up found and did (a rebuilt index, files moved aside). */
  readonly notices: Notice[];
  readonly #index: LibraryIndex;
  readonly #docs = new Map<string, Low<DocumentFile>>();
  /** Documents with a change being written: settles once it is on disk or taken back. */
  readonly #unsaved = new Map<string, Promise<void>>();
  readonly #backups: Backups;
  readonly #now: () => Date;
  /** Each file as this process last read or wrote it; another version on disk was put there by someone else. */
  readonly #versions: Map<string, string | null>;
  /** Documents being read from disk: a second request for one waits for the same read. */
  readonly #loading = new Map<string, Promise<Low<DocumentFile>>>();
  /** The change being made to each document; the next one waits for it. */
  readonly #changing = new Map<string, Promise<unknown>>();
  /** When a document was last opened or changed (performance.now()); background work gives way to it. */
  lastActivity = 0;
  /** Changes not yet folded into their document files. */
  readonly #journals: DocumentJournals;
  /** Background folds running now. */
  readonly #folding = new Set<Promise<void>>();

  private constructor(dir: string, index: LibraryIndex, versions: Map<string, string | null>, notices: Notice[], now: () => Date, journal: JournalOptions) {
    this.dir = dir;
    this.#index = index;
    this.#versions = versions;
    this.notices = notices;
    this.#now = now;
    this.#backups = new Backups(join(dir, 'backups'), now);
    this.#journals = new DocumentJournals(journal, (id) => void this.#foldInTurn(id).catch(() => undefined));
  }

  /** Opens (or creates) the library in `dir`; a damaged index is moved aside and rebuilt from the documents. */
  static async open(dir: string, now: () => Date = () => new Date(), journal: JournalOptions = {}): Promise<LibraryStore> {
    try {
      await realFolder(dir);
      for (const sub of ['documents', 'trash', 'backups']) await realFolder(join(dir, sub));
    } catch (err) {
      if (err instanceof WorkbenchError) throw err;
      throw new WorkbenchError('store', `Cannot use the data folder ${dir}: ${describeFsError(err)}.`);
    }
    await sweepLeftovers(dir);
    const versions = new Map<string, string | null>();
    const { index, aside, missing } = await LibraryIndex.open(dir, versions, now);
    const notices: Notice[] = [];
    const store = new LibraryStore(dir, index, versions, notices, now, journal);
    const read = async (id: string): Promise<FactDocument> => (await store.#read(id)).data.document;
    if (aside) {
      await rebuildIndex(join(dir, 'documents'), index, read, notices);
      notices.push({ level: 'warning', message: `${aside.message}. It was moved to ${aside.path} and the library list was rebuilt from the ${index.data.documents.length} document files.` });
    }
    // Why: document files without an index are a library whose list was lost (moved aside by a start that then
    // failed, or deleted), not imports cut off; they are listed again rather than sent to the trash.
    if (missing && (await hasDocumentFiles(join(dir, 'documents')))) {
      await rebuildIndex(join(dir, 'documents'), index, read, notices);
      notices.push({ level: 'warning', message: `The library list was missing; it was rebuilt from the ${index.data.documents.length} document files.` });
    }
    await adoptOrphans(join(dir, 'documents'), index, read, (id) => rename(store.documentPath(id), store.documentPath(id, 'trash')), notices);
    return store;
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

  /**
   * Reads and checks one document file, with its journal's changes; a damaged one is moved aside and
   * reported. `track`: the writer reads it to change it (a pass over the library only looks).
   */
  async #read(id: string, track = true): Promise<Low<DocumentFile>> {
    const file = this.documentPath(id);
    const db = new Low<DocumentFile>(documentFile(file), { schemaVersion: SCHEMA_VERSION, document: null as unknown as FactDocument });
    try {
      await readChecked(db, file, migrateDocument, checkDocumentShape, this.#now());
      if (track) this.#versions.set(file, await fileVersion(file));
      const document = await this.#journals.replayed(id, file, db.data.document, db.data.folded ?? 0, track);
      if (document !== db.data.document) {
        db.data = { ...db.data, document };
        checkDocumentShape(db.data, file);
      }
    } catch (err) {
      if (!(err instanceof WorkbenchError) || err.code !== 'damaged') throw err;
      await this.#journals.setAside(file, this.#now());
      const aside = await moveAside(file, this.#now()).catch(() => null);
      // Why only a readable one is offered: a backup cut short, or a planted non-file, would fail the restore.
      const backup = await this.#readableBackup(id);
      const offer = backup ? ` A backup from ${backup.name.replace(/T(\d\d)-(\d\d).*/, ' $1:$2 UTC')} can be restored.` : ' There is no readable backup of it.';
      throw new WorkbenchError('damaged', `${err.message}. ${aside ? `It was moved to ${aside}; nothing else was touched.` : ''}${offer}`);
    }
    return db;
  }

  /** Keeps `db` as the most recently used document, dropping the least recently used beyond the cache size. */
  #remember(id: string, db: Low<DocumentFile>): void {
    this.#docs.delete(id);
    this.#docs.set(id, db);
    for (const key of this.#docs.keys()) {
      if (this.#docs.size <= CACHED_DOCUMENTS) break;
      // Why a document with a change or fold under way stays: the change holds this copy across its disk
      // waits and makes itself in it; a copy read again meanwhile would lack it, and be folded over it.
      if (key !== id && !this.#changing.has(key)) this.#docs.delete(key);
    }
  }

  #load(id: string): Promise<Low<DocumentFile>> {
    this.lastActivity = performance.now();
    const cached = this.#docs.get(id);
    if (cached) {
      this.#remember(id, cached);
      return Promise.resolve(cached);
    }
    // Why one read per document at a time: two reads would give two copies, and a change made to one would
    // be lost when the next change starts from the other (a mark acknowledged, then written over).
    let loading = this.#loading.get(id);
    if (!loading) {
      loading = this.#loadFromDisk(id).finally(() => this.#loading.delete(id));
      this.#loading.set(id, loading);
    }
    return loading;
  }

  async #loadFromDisk(id: string): Promise<Low<DocumentFile>> {
    this.documentPath(id);
    const summary = this.documents.find((d) => d.id === id);
    if (!summary) throw new WorkbenchError('not-found', `No document with id ${id} in the library.`);
    const missing = (await fileVersion(this.documentPath(id))) === null;
    // A document found damaged opens again once a good file is back in its place (put back by hand).
    if (summary.damaged && missing) throw new WorkbenchError('damaged', summary.damaged);
    // A move to the trash cut off after the file moved and before the index was written: the index follows the file.
    if (missing && (await fileVersion(this.documentPath(id, 'trash'))) !== null) {
      this.#listAs(id, 'trash');
      await this.#index.write();
      throw new WorkbenchError('not-found', `“${summary.title}” is in the trash (its move there was cut short); restore it from the trash to open it.`);
    }
    try {
      const db = await this.#read(id);
      this.#remember(id, db);
      const fresh = summarize(db.data.document);
      if (JSON.stringify(fresh) !== JSON.stringify(summary)) {
        this.#index.data.documents[this.#index.data.documents.indexOf(summary)] = fresh;
        this.#index.writeSoon();
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
    await this.#index.write().catch(() => undefined);
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
    this.#journals.reset(doc.id, 0);
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

  /**
   * Reads a document: as saved, after any change being written to it now. Later changes are made to the same
   * object, in place: a caller that keeps a version across a change copies what it keeps.
   */
  async getDocument(id: string): Promise<FactDocument> {
    await this.#unsaved.get(id);
    return (await this.#load(id)).data.document;
  }

  /** Reads a document for a pass over the whole library (indexing) without pushing others out of the cache. */
  async peekDocument(id: string): Promise<FactDocument> {
    await this.#unsaved.get(id);
    const cached = this.#docs.get(id);
    if (cached) return cached.data.document;
    const summary = this.documents.find((d) => d.id === id);
    if (!summary || summary.damaged) throw new WorkbenchError('not-found', `Document ${id} cannot be read.`);
    try {
      return (await this.#read(id, false)).data.document;
    } catch (err) {
      // Found by a pass over the whole library (the search index build right after start-up): reported at once.
      if (err instanceof WorkbenchError && err.code === 'damaged') await this.#markDamaged(summary, err.message);
      throw err;
    }
  }

  /**
   * Applies `change` to a document and writes it. Changes to one document run one at a time, each on the
   * result of the one before. The change is made in place, with a copy of what it replaces kept aside: a
   * failed write takes it back, and no one reads the document until its change is on disk, so an unsaved
   * change is never shown as saved.
   */
  updateDocument<T>(id: string, change: (doc: FactDocument) => T): Promise<{ result: T; summary: DocumentSummary; document: FactDocument }> {
    // Background work (the search index build) gives way from this moment, not only once the file is read.
    this.lastActivity = performance.now();
    const file = this.documentPath(id);
    return inTurn(this.#changing, id, () => this.#updateNow(id, file, change));
  }

  async #updateNow<T>(id: string, file: string, change: (doc: FactDocument) => T): Promise<{ result: T; summary: DocumentSummary; document: FactDocument }> {
    // Moved to the trash by a change queued before this one: its file is no longer the library's to write.
    if (this.trash.some((d) => d.id === id) && !this.documents.some((d) => d.id === id)) {
      throw new WorkbenchError('not-found', 'The article was moved to the trash before this change was made; restore it to change it.');
    }
    const db = await this.#load(id);
    const known = this.#versions.get(file);
    // Something other than this store replaced the file: the change is written whole over it (a copy kept).
    const replaced = known !== undefined && (await fileVersion(file)) !== known;
    if (replaced) await guardReplaced(file, known, this.#now());
    if (this.#backups.due(id)) {
      // A backup is a whole document: the journal goes into the file before the file is copied.
      if (this.#journals.has(id) && !replaced) await this.#fold(id, file, db);
      await this.#backups.take(id, file);
    }
    const previous = db.data;
    const doc = previous.document;
    // Why a copy in pieces, not of the arrays: a copy of a 20,000-claim array is a large object, about a
    // millisecond to allocate on every change; pieces are young allocations of microseconds.
    const before = new DocumentBefore(doc);
    let release = (): void => undefined;
    this.#unsaved.set(id, new Promise<void>((resolve) => (release = resolve)));
    try {
      let result: T;
      try {
        doc.updatedAt = this.#now().toISOString();
        result = change(doc);
      } catch (err) {
        before.restore(doc);
        throw err;
      }
      // Found once for the journal record and the summary's counts, before anything is written: a record
      // must hold the whole change, or a crash right after it would leave half a change on disk.
      const changed = before.changedClaims(doc);
      try {
        if (replaced || this.#journals.mustRewrite(id)) {
          db.data = { schemaVersion: SCHEMA_VERSION, document: doc, folded: this.#journals.seq(id) };
          await db.write();
          this.#versions.set(file, await fileVersion(file));
          await this.#journals.folded(id, file);
        } else {
          // The change alone goes to the disk (flushed before this resolves); the file catches up in the background.
          await this.#journals.append(id, file, before.view, doc, changed);
        }
      } catch (err) {
        db.data = previous;
        before.restore(doc);
        throw new WorkbenchError('io', `The change was not saved to ${file}: ${describeFsError(err)}. It is kept in the app and will be saved when the disk can be written.`);
      }
      return { result, summary: this.#summaryAfter(id, before.view, doc, changed), document: doc };
    } finally {
      this.#unsaved.delete(id);
      release();
    }
  }

  /** The library's summary of a document after a change, put in the index (written in the background). */
  #summaryAfter(id: string, before: DocumentView, doc: FactDocument, changed: readonly number[] | null): DocumentSummary {
    const docs = this.#index.data.documents;
    const at = docs.findIndex((x) => x.id === id);
    // A document stored without its fingerprint (an older one) keeps the one its summary has while its text
    // is unchanged: working it out again reads the whole text, on every change.
    const fingerprint = !doc.fingerprint && doc.text === before.text ? docs[at]?.fingerprint : undefined;
    // The counts of a summary that describes the version changed are updated, not counted again over every claim.
    const listed = docs[at];
    const counts = listed && listed.updatedAt === (before.updatedAt ?? before.importedAt) ? countsAfter(listed.counts, before.claims, doc.claims, changed) : undefined;
    const summary = summarize(fingerprint ? { ...doc, fingerprint } : doc, counts);
    if (at >= 0) docs[at] = summary;
    // The document file is the record; the index only caches its summary. So the change is reported saved
    // without waiting for the index, which is written in the background (a summary left stale by a crash is
    // corrected when the document is next opened).
    this.#index.writeSoon();
    return summary;
  }

  /** Folds a document's journal into its file, in turn with its changes (the background fold). */
  #foldInTurn(id: string): Promise<void> {
    const file = this.documentPath(id);
    const run = inTurn(this.#changing, id, async () => {
      if (!this.#journals.has(id) || !this.documents.some((d) => d.id === id)) return;
      await this.#fold(id, file, await this.#load(id));
    });
    const tracked = run.catch(() => undefined).finally(() => this.#folding.delete(tracked));
    this.#folding.add(tracked);
    return run;
  }

  /** Writes the whole document (atomically, durably), marked with the last record it holds, then drops the journal. */
  async #fold(id: string, file: string, db: Low<DocumentFile>): Promise<void> {
    // Why: a journal that grew since this store wrote it was written by another writer; this copy is stale
    // and must never be written over the file (nor the journal removed). It is dropped and read again.
    if (!(await this.#journals.isOwn(id, file))) {
      this.#docs.delete(id);
      throw new WorkbenchError('store', `The journal of ${file} was changed by another program; the document is read again.`);
    }
    db.data = { ...db.data, folded: this.#journals.seq(id) };
    await guardReplaced(file, this.#versions.get(file), this.#now());
    await db.write();
    this.#versions.set(file, await fileVersion(file));
    await this.#journals.folded(id, file);
  }

  /** A document's backups, newest first. */
  backups(id: string): Promise<string[]> {
    return this.#backups.list(id);
  }

  /** The newest backup of a document that reads as a workbench document, with its data; null when none does. */
  async #readableBackup(id: string): Promise<{ name: string; data: DocumentFile } | null> {
    for (const name of await this.#backups.list(id)) {
      const source = this.#backups.path(id, name);
      const probe = new Low<DocumentFile>(documentFile(source), { schemaVersion: SCHEMA_VERSION, document: null as unknown as FactDocument });
      try {
        // Read only: a backup looked at is never migrated on disk (nor a copy of it kept beside it).
        await readChecked(probe, source, migrateDocument, checkDocumentShape, this.#now(), false);
        // Why: a backup of another article, put among these by hand or by a sync tool, must never take this one's place.
        if (probe.data.document.id !== id) continue;
        return { name, data: probe.data };
      } catch {
        // Cut short, foreign or not a file: the next older one is tried.
      }
    }
    return null;
  }

  /** Puts the newest readable backup of a (damaged) document back in place. */
  restoreBackup(id: string): Promise<DocumentSummary> {
    // Why in the document's turn: a change under way would append its record to the journal of the file
    // being replaced, and that record would then be replayed onto the backup (and find it damaged).
    return inTurn(this.#changing, id, async () => {
      const summary = this.documents.find((d) => d.id === id);
      if (!summary) throw new WorkbenchError('not-found', `No document with id ${id} in the library.`);
      const backup = await this.#readableBackup(id);
      if (!backup) throw new WorkbenchError('not-found', `There is no readable backup of ${summary.title}.`);
      // Why: a read of the file being replaced, begun before, would otherwise land in the cache after the backup
      // and have the next change written on top of the backup as a record of the old file.
      await this.#loadsSettled(id);
      const putBack = this.#putBack(id, backup.data);
      this.#loading.set(id, putBack);
      try {
        return summarize((await putBack).data.document);
      } finally {
        if (this.#loading.get(id) === putBack) this.#loading.delete(id);
      }
    });
  }

  /** Resolves once no read of a document's file is under way (however each ended). */
  async #loadsSettled(id: string): Promise<void> {
    for (let loading = this.#loading.get(id); loading; loading = this.#loading.get(id)) await loading.catch(() => undefined);
  }

  /** Writes a backup's data as a document's file, in place of the one there, and lists it. */
  async #putBack(id: string, data: DocumentFile): Promise<Low<DocumentFile>> {
    const target = this.documentPath(id);
    // The journal belongs to the file being replaced: it must never be replayed on the backup. It is set aside
    // until the backup is written, and put back if that fails, so a failed put-back loses none of its changes.
    const journal = journalPath(target);
    const aside = `${journal}.replaced-${stamp(this.#now())}`;
    const moved = await rename(journal, aside).then(
      () => true,
      () => false,
    );
    const db = new Low<DocumentFile>(documentFile(target), data);
    try {
      await db.write();
    } catch (err) {
      if (moved) await rename(aside, journal).catch(() => undefined);
      throw err;
    }
    await this.#journals.folded(id, target);
    this.#journals.reset(id, data.folded ?? 0);
    if (moved) await rm(aside, { force: true }).catch(() => undefined);
    this.#versions.set(target, await fileVersion(target));
    this.#remember(id, db);
    const docs = this.#index.data.documents;
    docs[docs.findIndex((x) => x.id === id)] = summarize(db.data.document);
    await this.#index.write();
    return db;
  }

  /** Moves a document's file to the trash; it stays restorable. */
  async deleteDocument(id: string): Promise<void> {
    // Why in turn with the document's changes: a change queued behind the move would find the file gone,
    // write it whole back into the library, and be lost when the trash copy is restored over it.
    await inTurn(this.#changing, id, async () => {
      // Why: a read of the file under way (an open) would find it gone and take the article for damaged.
      await this.#loadsSettled(id);
      const summary = this.documents.find((d) => d.id === id);
      if (!summary) throw new WorkbenchError('not-found', `No document with id ${id} in the library.`);
      const file = this.documentPath(id);
      // The file goes to the trash whole: its journal (one left by an earlier process too) is folded into it first.
      // Without a journal the file moves as it is, unread (a newer app's file too, which this one may not rewrite).
      if (!summary.damaged && (this.#journals.has(id) || (await fileVersion(journalPath(file))) !== null)) {
        const db = await this.#load(id).catch((err: unknown) => {
          // Found damaged now: it was moved aside with its journal, and is trashed as the damaged document it is.
          if (err instanceof WorkbenchError && err.code === 'damaged') return null;
          throw err;
        });
        if (db && this.#journals.has(id)) await this.#fold(id, file, db);
      }
      await this.#moveUnlessMoved(file, this.documentPath(id, 'trash'));
      this.#docs.delete(id);
      this.#versions.delete(file);
      this.#listAs(id, 'trash');
    });
    await this.#index.write();
  }

  /** Brings a document back from the trash. */
  async restoreDocument(id: string): Promise<void> {
    await inTurn(this.#changing, id, async () => {
      if (!this.trash.some((d) => d.id === id)) throw new WorkbenchError('not-found', `No document with id ${id} in the trash.`);
      await this.#moveUnlessMoved(this.documentPath(id, 'trash'), this.documentPath(id));
      this.#listAs(id, 'documents');
    });
    await this.#index.write();
  }

  /** Moves a document's summary to the library's list or the trash's (found by id: others may have moved meanwhile). */
  #listAs(id: string, where: 'documents' | 'trash'): void {
    const [from, to] = where === 'trash' ? [this.#index.data.documents, this.#index.data.trash] : [this.#index.data.trash, this.#index.data.documents];
    const at = from.findIndex((d) => d.id === id);
    if (at >= 0) to.push(from.splice(at, 1)[0]!);
  }

  /**
   * Moves a document's file, or finds it moved already: a move cut off (a kill) after the file moved and
   * before the index was written is finished, not refused, so the article is never left unreachable.
   * With no file to move (a damaged one set aside, or one gone with a kill before the index said so), only the
   * listing moves: opening the article then says what is wrong with it.
   */
  async #moveUnlessMoved(from: string, to: string): Promise<void> {
    if ((await fileVersion(from)) === null) return;
    await this.#move(from, to);
  }

  async #move(from: string, to: string): Promise<void> {
    try {
      await rename(from, to);
    } catch (err) {
      throw new WorkbenchError('io', `Could not move ${from} to ${to}: ${describeFsError(err)}.`);
    }
  }

  /**
   * Writes the index now, with every change so far (the CLI before it exits, the app before it quits, a
   * writer handing the library over). Pending folds are called off and a running one is waited for: the
   * journals are durable as they are, and the next writer may append to them.
   */
  async flush(): Promise<void> {
    this.#journals.stop();
    await Promise.all([...this.#folding]);
    // A journal past its size is folded before letting go: short-lived writers (commands) never reach a quiet moment.
    for (const id of this.#journals.oversized()) await this.#foldInTurn(id).catch(() => undefined);
    // Only a pending write is made: a command that changed nothing never writes (a read-only library stays readable).
    await this.#index.flush();
  }
}

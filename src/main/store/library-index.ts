import { join } from 'node:path';
import { Low } from 'lowdb';
import { WorkbenchError } from '../../shared/errors.ts';
import { describeFsError } from '../service/fs-errors.ts';
import { DurableFile } from './durable-file.ts';
import { migrateIndex } from './migrations.ts';
import { moveAside } from './quarantine.ts';
import { checkIndexShape, emptyIndex, type IndexFile } from './schema.ts';
import { fileVersion, guardReplaced, readChecked } from './store-files.ts';

/** How long a change waits for others before the index (a cache of the documents' summaries) is written. */
const INDEX_WRITE_DELAY_MS = 250;

/**
 * The library's index file: the summary of every document and of the trash, and the seeds already imported. It is
 * a cache of the document files (they are the record), written soon after a change and at once when asked.
 */
export class LibraryIndex {
  readonly file: string;
  readonly #db: Low<IndexFile>;
  /** The file versions this process last read or wrote, shared with the store (another version was put there by someone else). */
  readonly #versions: Map<string, string | null>;
  readonly #now: () => Date;
  #timer: ReturnType<typeof setTimeout> | null = null;

  private constructor(dir: string, versions: Map<string, string | null>, now: () => Date) {
    this.file = join(dir, 'index.json');
    // Compact JSON: with thousands of documents the index is rewritten often and should stay small.
    this.#db = new Low<IndexFile>(new DurableFile(this.file, { stringify: (data) => JSON.stringify(data) }), emptyIndex());
    this.#versions = versions;
    this.#now = now;
  }

  /**
   * Reads the index of the library in `dir`. A damaged index is moved aside and the index starts empty; `aside`
   * then says where it went and why, and the caller rebuilds it from the document files. `missing`: there was no
   * index file (a new library, or one whose index was lost).
   */
  static async open(dir: string, versions: Map<string, string | null>, now: () => Date): Promise<{ index: LibraryIndex; aside: { path: string; message: string } | null; missing: boolean }> {
    const index = new LibraryIndex(dir, versions, now);
    try {
      const version = await fileVersion(index.file);
      await readChecked(index.#db, index.file, migrateIndex, checkIndexShape, now());
      versions.set(index.file, version === null ? null : await fileVersion(index.file));
      return { index, aside: null, missing: version === null };
    } catch (err) {
      if (!(err instanceof WorkbenchError) || err.code !== 'damaged') throw err;
      return { index, aside: { path: await moveAside(index.file, now()), message: err.message }, missing: false };
    }
  }

  /** The index as held in memory. */
  get data(): IndexFile {
    return this.#db.data;
  }

  set data(fresh: IndexFile) {
    this.#db.data = fresh;
  }

  /**
   * Writes the index in the background; the changes of the next moment share one write, so a burst of
   * marks does not make the disk flush the index after each one while it is flushing the document.
   */
  writeSoon(): void {
    if (this.#timer) return;
    this.#timer = setTimeout(() => {
      this.#timer = null;
      this.write().catch(() => undefined);
    }, INDEX_WRITE_DELAY_MS);
    // Why unref: a pending summary must not keep a CLI process alive; the CLI and the app flush before they exit.
    this.#timer.unref?.();
  }

  /** Makes a pending background write now; a library where nothing changed is not written (a read-only one stays readable). */
  async flush(): Promise<void> {
    if (!this.#timer) return;
    clearTimeout(this.#timer);
    this.#timer = null;
    await this.write();
  }

  /** Writes the index now, atomically and durably; a file replaced by someone else is kept aside first. */
  async write(): Promise<void> {
    try {
      await guardReplaced(this.file, this.#versions.get(this.file), this.#now());
      await this.#db.write();
      this.#versions.set(this.file, await fileVersion(this.file));
    } catch (err) {
      if (err instanceof WorkbenchError) throw err;
      throw new WorkbenchError('io', `The library index ${this.file} could not be saved: ${describeFsError(err)}.`);
    }
  }
}

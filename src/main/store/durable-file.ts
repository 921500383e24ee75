import { open, readFile, rename } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { Adapter } from 'lowdb';

/**
 * A lowdb adapter that writes a file atomically and durably: the data goes to a temp file, is flushed to
 * the disk (fdatasync), then renamed over the old file, and the folder is synced so the rename survives a
 * power cut. Writes to one file run one after another in the order they were asked for, each with the
 * data as it was when asked, so two quick changes can never interleave or lose one another.
 */
export class DurableFile<T> implements Adapter<T> {
  readonly path: string;
  readonly #tmp: string;
  readonly #parse: (text: string) => T;
  readonly #stringify: (data: T) => string;
  #queue: Promise<void> = Promise.resolve();

  constructor(path: string, options: { parse?: (text: string) => T; stringify?: (data: T) => string } = {}) {
    this.path = path;
    this.#tmp = join(dirname(path), `.${basename(path)}.tmp`);
    this.#parse = options.parse ?? ((text) => JSON.parse(text) as T);
    this.#stringify = options.stringify ?? ((data) => JSON.stringify(data, null, 2));
  }

  /** The file's data, or null when there is no file yet. */
  async read(): Promise<T | null> {
    let text: string;
    try {
      text = await readFile(this.path, 'utf8');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw err;
    }
    return this.#parse(text);
  }

  /** Writes `data` as it is now; resolves once it is on disk. */
  write(data: T): Promise<void> {
    const text = this.#stringify(data);
    // A failed write must not stop the ones queued after it.
    const run = this.#queue.catch(() => undefined).then(() => this.#writeNow(text));
    this.#queue = run;
    return run;
  }

  async #writeNow(text: string): Promise<void> {
    const handle = await open(this.#tmp, 'w');
    try {
      await handle.writeFile(text, 'utf8');
      await handle.datasync();
    } finally {
      await handle.close();
    }
    await rename(this.#tmp, this.path);
    await syncFolder(dirname(this.path));
  }
}

/** Flushes a folder's entries (the rename) to disk; not possible on every platform, so failures are ignored. */
async function syncFolder(dir: string): Promise<void> {
  try {
    const handle = await open(dir, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // Windows cannot open folders for syncing; the rename is still atomic there.
  }
}

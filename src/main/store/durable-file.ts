import { open, rename, rm, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { Adapter } from 'lowdb';
import { inTurn } from './in-turn.ts';
import { readStoreFile } from './store-open.ts';

/**
 * A lowdb adapter that writes a file atomically and durably: the data goes to a temp file, is flushed to
 * the disk (fdatasync), then renamed over the old file, and the folder is synced so the rename survives a
 * power cut. Writes to one file run one after another in the order they were asked for, each with the
 * data as it was when asked, so two quick changes can never interleave or lose one another.
 */
export class DurableFile<T> implements Adapter<T> {
  readonly path: string;
  readonly #parse: (text: string) => T;
  readonly #stringify: (data: T) => string;

  constructor(path: string, options: { parse?: (text: string) => T; stringify?: (data: T) => string } = {}) {
    this.path = path;
    this.#parse = options.parse ?? ((text) => JSON.parse(text) as T);
    this.#stringify = options.stringify ?? ((data) => JSON.stringify(data, null, 2));
  }

  /** The file's data, or null when there is no file yet. */
  async read(): Promise<T | null> {
    let text: string;
    try {
      // Never through a link, nor from a pipe or device planted in place of a store file (see openStoreFile).
      text = await readStoreFile(this.path);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw err;
    }
    return this.#parse(text);
  }

  /** Writes `data` as it is now; resolves once it is on disk. */
  write(data: T): Promise<void> {
    const text = this.#stringify(data);
    // Writes to one path queue up across every handle on it in this process; a failed write must not stop
    // the ones queued after it.
    return inTurn(queues, this.path, () => this.#writeNow(text));
  }

  async #writeNow(text: string): Promise<void> {
    // Why a temp name per process: another process (the CLI beside the app) may be writing the same file at
    // this moment, and sharing one temp file would mix their bytes. Within a process writes are queued.
    const tmp = tempPathFor(this.path);
    try {
      const handle = await openExclusive(tmp);
      try {
        await handle.writeFile(text, 'utf8');
        await handle.datasync();
      } finally {
        await handle.close();
      }
      await rename(tmp, this.path);
    } catch (err) {
      await rm(tmp, { force: true }).catch(() => undefined);
      throw err;
    }
    await syncFolder(dirname(this.path));
  }
}

/**
 * Creates a temp file that did not exist (O_EXCL: never through a link planted under its name). One left
 * by an earlier run of a process with the same id, or planted, is removed first (unlinking a link removes
 * the link, not what it points to).
 */
async function openExclusive(tmp: string): Promise<import('node:fs/promises').FileHandle> {
  try {
    return await open(tmp, 'wx', 0o600);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    // unlink, never a recursive remove: a folder in the way is a fault to report (EISDIR), not to delete.
    await unlink(tmp);
    return open(tmp, 'wx', 0o600);
  }
}

/** The write queue of each path in this process. */
const queues = new Map<string, Promise<unknown>>();

/** The temp file a write from this process goes through: hidden, beside the file, named with the process id. */
export function tempPathFor(path: string, pid: number = process.pid): string {
  return join(dirname(path), `.${basename(path)}.${pid}.tmp`);
}

/** The process id in a temp file name a write left behind (cut off before its rename), or null for other names. */
export function tempFileOwner(name: string): number | null {
  const m = /^\..+\.(\d+)\.tmp$/.exec(name);
  return m ? Number(m[1]) : null;
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

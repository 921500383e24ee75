import { link, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { WorkbenchError } from '../../shared/errors.ts';

/** How long to wait for another process to finish its change before giving up with a message. */
const WAIT_MS = 10_000;
/** A lock older than this is left over from a process that hung or died with its id reused. */
const STALE_MS = 30_000;

/** The lock file of a store file: hidden, beside it. */
export function lockPathFor(path: string): string {
  return join(dirname(path), `.${basename(path)}.lock`);
}

/** True while a process with this id runs (one of ours or not). */
export function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** True when a lock file was left by a process that is gone (or so long ago it cannot still be working). */
async function isStale(lock: string): Promise<boolean> {
  try {
    const [text, info] = await Promise.all([readFile(lock, 'utf8'), stat(lock)]);
    const pid = Number(text.trim());
    return !Number.isInteger(pid) || pid <= 0 || (pid !== process.pid && !isRunning(pid)) || Date.now() - info.mtimeMs > STALE_MS;
  } catch (err) {
    // Gone already (its owner finished): not stale, simply free; the next attempt takes it.
    return (err as NodeJS.ErrnoException).code !== 'ENOENT';
  }
}

/** The process id in the name of a lock being drawn up (`.x.json.lock.<pid>-<random>`), or null for other names. */
export function lockDraftOwner(name: string): number | null {
  const m = /^\..+\.lock\.(\d+)-[a-z0-9]+$/.exec(name);
  return m ? Number(m[1]) : null;
}

/** Removes a lock file left by a process that is gone; a live one is left alone. */
export async function clearStaleLock(lock: string): Promise<void> {
  if (await isStale(lock)) await rm(lock, { force: true }).catch(() => undefined);
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Takes the lock of a store file for one read-change-write, across processes (the app and the CLI on the
 * same folder); resolves to the function that releases it. Why: without it, two processes that read the
 * same version of a document would each write their own change over the other's.
 */
export async function lockFile(path: string, waitMs = WAIT_MS): Promise<() => Promise<void>> {
  const lock = lockPathFor(path);
  const deadline = Date.now() + waitMs;
  for (let attempt = 0; ; attempt++) {
    // The lock appears with its owner's id already in it (written aside, then linked into place): a process
    // killed at any moment leaves either no lock or one that names it, which the next process takes over.
    const draft = `${lock}.${process.pid}-${Math.random().toString(36).slice(2, 8)}`;
    await writeFile(draft, String(process.pid));
    try {
      await link(draft, lock);
      return () => rm(lock, { force: true });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    } finally {
      await rm(draft, { force: true });
    }
    if (await isStale(lock)) {
      await rm(lock, { force: true }).catch(() => undefined);
      continue;
    }
    if (Date.now() > deadline) {
      throw new WorkbenchError('io', `${basename(path)} is being changed by another program using the same data folder (see ${lock}); nothing was changed. Try again.`);
    }
    await sleep(Math.min(2 + attempt * 2, 25));
  }
}

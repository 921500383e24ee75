import { open, readFile, rm, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { WorkbenchError } from '../../shared/errors.ts';

/** How long to wait for another process to finish its change before giving up with a message. */
const WAIT_MS = 10_000;
/** A lock older than this is left over from a process that hung or died with its id reused. */
const STALE_MS = 30_000;
/** An empty lock older than this was left by a process killed between creating it and writing its id. */
const EMPTY_STALE_MS = 1_000;

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
    const age = Date.now() - info.mtimeMs;
    // Why an empty lock is not stale at once: its owner has just created it and is writing its id. One left
    // empty by a process killed in that instant is taken over after a short while.
    if (text.trim() === '') return age > EMPTY_STALE_MS;
    const pid = Number(text.trim());
    return !Number.isInteger(pid) || pid <= 0 || (pid !== process.pid && !isRunning(pid)) || age > STALE_MS;
  } catch (err) {
    // Gone already (its owner finished): not stale, simply free; the next attempt takes it.
    return (err as NodeJS.ErrnoException).code !== 'ENOENT';
  }
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
    try {
      const handle = await open(lock, 'wx');
      try {
        await handle.writeFile(String(process.pid));
      } finally {
        await handle.close();
      }
      return () => rm(lock, { force: true });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
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

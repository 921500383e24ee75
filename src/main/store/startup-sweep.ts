import { readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { isRunning } from './process-alive.ts';
import { tempFileOwner } from './durable-file.ts';

/**
 * Removes what writes cut off by a crash left behind: temp files of processes that are gone (the file each
 * was meant to replace is whole, so nothing is lost) and lock files of earlier versions of the workbench.
 * Runs only in the library's one writer, so no live write is touched.
 */
export async function sweepLeftovers(dir: string): Promise<void> {
  for (const folder of [dir, join(dir, 'documents')]) {
    const names = await readdir(folder).catch(() => [] as string[]);
    for (const name of names) {
      const owner = tempFileOwner(name);
      const stale = (owner !== null && owner !== process.pid && !isRunning(owner)) || (name.startsWith('.') && name.endsWith('.json.lock'));
      if (stale) await rm(join(folder, name), { force: true, recursive: false }).catch(() => undefined);
    }
  }
}

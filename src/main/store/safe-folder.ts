import { lstat, mkdir } from 'node:fs/promises';
import { WorkbenchError } from '../../shared/errors.ts';

/**
 * Makes sure `dir` is a real folder, creating it if missing. Why: a symlink planted in the library (say
 * `backups/ID` pointing elsewhere) would make the store write or delete files outside it; the store never
 * follows a link it did not create.
 */
export async function realFolder(dir: string): Promise<void> {
  await mkdir(dir, { recursive: true });
  const info = await lstat(dir);
  if (info.isSymbolicLink() || !info.isDirectory()) {
    throw new WorkbenchError('store', `${dir} is ${info.isSymbolicLink() ? 'a symbolic link' : 'not a folder'}; the workbench only writes into real folders of its library. Move it away and try again.`);
  }
}

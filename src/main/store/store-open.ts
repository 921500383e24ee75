import { constants } from 'node:fs';
import { open, rm, type FileHandle } from 'node:fs/promises';

const NOFOLLOW = constants.O_NOFOLLOW ?? 0;
const NONBLOCK = constants.O_NONBLOCK ?? 0;

/**
 * Opens a file of the library. Why each guard: O_NOFOLLOW refuses a link planted under the name (ELOOP), never
 * reading or writing through it; O_NONBLOCK keeps a pipe planted there from holding the app forever (a pipe
 * with no writer never ends, one with no reader never opens for writing: ENXIO); then anything but a regular
 * file is refused (EISDIR for a folder, ENOTREG for a pipe, a device or a socket).
 */
export async function openStoreFile(path: string, flags: number, mode?: number): Promise<FileHandle> {
  const handle = await open(path, flags | NOFOLLOW | NONBLOCK, mode);
  try {
    const kind = await handle.stat();
    if (!kind.isFile()) throw Object.assign(new Error(`${path} is not a regular file`), { code: kind.isDirectory() ? 'EISDIR' : 'ENOTREG', path });
  } catch (err) {
    await handle.close();
    throw err;
  }
  return handle;
}

/** A library file's text, read as openStoreFile opens it. */
export async function readStoreFile(path: string): Promise<string> {
  const handle = await openStoreFile(path, constants.O_RDONLY);
  try {
    return await handle.readFile('utf8');
  } finally {
    await handle.close();
  }
}

/**
 * Copies a library file to a name that does not exist yet (EEXIST otherwise, never written through a link
 * planted there), reading it as openStoreFile does; a copy cut short (a full disk) is removed.
 */
export async function copyStoreFile(from: string, to: string): Promise<void> {
  const source = await openStoreFile(from, constants.O_RDONLY);
  let bytes: Buffer;
  try {
    bytes = await source.readFile();
  } finally {
    await source.close();
  }
  const target = await open(to, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | NOFOLLOW, 0o600);
  try {
    await target.writeFile(bytes);
  } catch (err) {
    await target.close();
    await rm(to, { force: true });
    throw err;
  }
  await target.close();
}

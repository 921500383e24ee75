import { constants } from 'node:fs';
import { open } from 'node:fs/promises';
import { MAX_ARTICLE_BYTES } from '../../shared/decode-text.ts';
import { WorkbenchError } from '../../shared/errors.ts';
import { describeFsError } from '../service/fs-errors.ts';

/** What a file-system entry is, in words, for a refusal. */
function kindOf(stat: import('node:fs').Stats): string {
  if (stat.isDirectory()) return 'a folder';
  if (stat.isFIFO()) return 'a pipe (FIFO)';
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return 'a device';
  if (stat.isSocket()) return 'a socket';
  return 'not a regular file';
}

/**
 * Reads an article file the user named, refusing anything that is not a regular file (a FIFO would block
 * forever, /dev/zero would never end) and anything over the size limit before reading it whole. Why
 * O_NONBLOCK: opening a FIFO for reading otherwise waits for a writer that may never come.
 */
export async function readInputFile(path: string, maxBytes = MAX_ARTICLE_BYTES): Promise<Buffer> {
  let handle;
  try {
    handle = await open(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (err) {
    throw new WorkbenchError('import', `Cannot read ${path}: ${describeFsError(err)}.`);
  }
  try {
    const stat = await handle.stat();
    if (!stat.isFile()) throw new WorkbenchError('import', `Cannot import ${path}: it is ${kindOf(stat)}, not an article file.`);
    if (stat.size > maxBytes) throw new WorkbenchError('import', `${path} is too large (${(stat.size / 1048576).toFixed(1)} MB; the limit is ${maxBytes / 1048576} MB).`);
    // Read in chunks and stop past the limit: a file that grows while it is read cannot make this hold more.
    const chunks: Buffer[] = [];
    let total = 0;
    const chunk = Buffer.alloc(1 << 20);
    for (;;) {
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
      if (bytesRead === 0) break;
      total += bytesRead;
      if (total > maxBytes) throw new WorkbenchError('import', `${path} is too large (the limit is ${maxBytes / 1048576} MB).`);
      chunks.push(Buffer.from(chunk.subarray(0, bytesRead)));
    }
    return Buffer.concat(chunks, total);
  } catch (err) {
    if (err instanceof WorkbenchError) throw err;
    throw new WorkbenchError('import', `Cannot read ${path}: ${describeFsError(err)}.`);
  } finally {
    await handle.close();
  }
}

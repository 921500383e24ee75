import { WorkbenchError } from './errors.ts';

/** Largest article accepted, in bytes (a long news article is well under 1 MB); bigger files are refused with a message rather than freezing the app. */
export const MAX_ARTICLE_BYTES = 20 * 1024 * 1024;

/** True when the bytes look like a binary file (NUL bytes or many control characters near the start). */
function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 8192);
  let control = 0;
  for (const b of sample) {
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  return control > sample.length * 0.05;
}

/**
 * Decodes an article file as UTF-8 (with or without BOM; UTF-16 when it has a UTF-16 BOM), refusing empty,
 * binary, oversized and invalid files with a message that names the file.
 */
export function decodeText(bytes: Uint8Array, name: string): string {
  if (bytes.length === 0) throw new WorkbenchError('import', `“${name}” is empty: there is no article text to import.`);
  if (bytes.length > MAX_ARTICLE_BYTES) {
    throw new WorkbenchError('import', `“${name}” is too large (${Math.round(bytes.length / 1048576)} MB; the limit is ${MAX_ARTICLE_BYTES / 1048576} MB).`);
  }
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return new TextDecoder(bytes[0] === 0xff ? 'utf-16le' : 'utf-16be').decode(bytes);
  }
  if (looksBinary(bytes)) throw new WorkbenchError('import', `“${name}” is not a text file (it looks like binary data).`);
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    if (text.trim() === '') throw new WorkbenchError('import', `“${name}” holds only white space: there is no article text to import.`);
    return text;
  } catch (err) {
    if (err instanceof WorkbenchError) throw err;
    throw new WorkbenchError('import', `“${name}” is not valid UTF-8 text; save it as UTF-8 and import it again.`);
  }
}

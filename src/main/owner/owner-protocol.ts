import type { IpcResult } from '../../shared/ipc-contract.ts';
import { LIBRARY_PROTOCOL_VERSION } from '../../shared/library-protocol.ts';

/** The largest request line the writer reads; a CLI request is a few kilobytes. */
export const MAX_REQUEST_BYTES = 1_048_576;

/** One request on the socket: a line of JSON. */
export interface OwnerRequest {
  v: number;
  id: number;
  method: string;
  args: unknown[];
}

/** One answer: the result, or `leaving` when the writer is closing and did not run the request. */
export type OwnerResponse = { id: number; result: IpcResult<unknown> } | { id: number; leaving: true };

/** A request line for the socket. */
export function requestLine(id: number, method: string, args: readonly unknown[]): string {
  return `${JSON.stringify({ v: LIBRARY_PROTOCOL_VERSION, id, method, args })}\n`;
}

/**
 * Splits a stream into lines, calling `onLine` for each whole one; returns the feeder. A line longer than
 * `max` calls `onTooLong` once and is dropped (a misbehaving peer cannot make the writer hold gigabytes).
 */
export function lineReader(onLine: (line: string) => void, onTooLong: () => void, max = Infinity): (chunk: Buffer | string) => void {
  // Parts of the unfinished line: a large answer arrives in many chunks, and each is looked at once.
  let parts: string[] = [];
  let size = 0;
  return (chunk) => {
    let text = chunk.toString();
    let at: number;
    while ((at = text.indexOf('\n')) >= 0) {
      parts.push(text.slice(0, at));
      const line = parts.join('');
      parts = [];
      size = 0;
      text = text.slice(at + 1);
      if (line.trim() !== '') onLine(line);
    }
    if (text !== '') {
      parts.push(text);
      size += text.length;
    }
    if (size > max) {
      parts = [];
      size = 0;
      onTooLong();
    }
  };
}

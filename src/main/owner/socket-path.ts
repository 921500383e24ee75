import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** Unix socket paths are limited to about 104 bytes; a longer one is replaced by a short one in the temp folder. */
const MAX_SOCKET_PATH = 100;

/**
 * Where the library's writer listens for the CLI: a named pipe on Windows, else a socket in the library
 * folder (one per library, so two libraries never share a writer).
 */
export function ownerSocketPath(dataDir: string, platform: NodeJS.Platform = process.platform): string {
  const hash = createHash('sha256').update(resolve(dataDir)).digest('hex').slice(0, 20);
  if (platform === 'win32') return `\\\\.\\pipe\\factcheck-workbench-${hash}`;
  const inFolder = join(resolve(dataDir), '.owner.sock');
  return Buffer.byteLength(inFolder) <= MAX_SOCKET_PATH ? inFolder : join(tmpdir(), `factcheck-${hash}.sock`);
}

/** The lock that makes taking over the library one process at a time (held for milliseconds, not for the session). */
export function ownerLockPath(dataDir: string): string {
  return join(resolve(dataDir), '.owner.lock');
}

/**
 * The take-over lock as an endpoint to listen on, where the system frees it when its process dies: an
 * abstract socket on Linux, a named pipe on Windows. Null elsewhere (macOS), where a lock folder is used.
 */
export function takeoverEndpoint(dataDir: string, platform: NodeJS.Platform = process.platform): string | null {
  const hash = createHash('sha256').update(resolve(dataDir)).digest('hex').slice(0, 20);
  if (platform === 'linux') return `\0factcheck-workbench-takeover-${hash}`;
  if (platform === 'win32') return `\\\\.\\pipe\\factcheck-workbench-takeover-${hash}`;
  return null;
}

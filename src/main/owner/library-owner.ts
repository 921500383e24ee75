import { mkdir } from 'node:fs/promises';
import { createServer } from 'node:net';
import { WorkbenchError } from '../../shared/errors.ts';
import type { IpcResult } from '../../shared/ipc-contract.ts';
import { isRetrySafe, LIBRARY_METHODS, type LibraryApi, type LibraryMethod } from '../../shared/library-protocol.ts';
import { dispatchLibrary } from '../ipc/dispatch.ts';
import { describeFsError } from '../service/fs-errors.ts';
import type { WorkbenchService } from '../service/workbench-service.ts';
import { createLibraryHandlers } from './library-handlers.ts';
import { OwnerConnection, OwnerGone } from './owner-client.ts';
import { OwnerServer } from './owner-server.ts';
import { ownerLockPath, ownerSocketPath, takeoverEndpoint } from './socket-path.ts';

/** How long a process waits for the library before it gives up with a message. */
const WAIT_MS = 30_000;

/** This process's place on a library: its one writer (serving the others), or a client of the writer. */
export interface LibraryHandle {
  readonly role: 'writer' | 'client';
  /** The library's verbs, each passing the gate, wherever the writer is. */
  readonly api: LibraryApi;
  /** The service when this process is the writer (the app shows it; the CLI flushes it). */
  readonly service: WorkbenchService | null;
  /** Lets go of the library: a writer finishes what it runs and hands over; a client disconnects. */
  close(): Promise<void>;
}

/** How a process opens a library. */
export interface OpenOptions {
  dataDir: string;
  /** Starts the service when this process becomes the writer. */
  startService: () => Promise<WorkbenchService>;
  /** The app must be the writer: it waits for a CLI that holds the library to finish instead of becoming its client. */
  mustWrite?: boolean;
  waitMs?: number;
  /** Told of each request another process had this writer carry out (the window shows the change). */
  onServed?: (method: string) => void;
}

/** An IpcResult's value, or its error as a WorkbenchError with its code (never a name compared as a string). */
function unwrap(result: IpcResult<unknown>): unknown {
  if (result.ok) return result.value;
  throw new WorkbenchError(result.error.code, result.error.message);
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Takes the take-over lock: resolves to its release, or null while another process holds it. */
async function tryTakeoverLock(dataDir: string): Promise<(() => Promise<void>) | null> {
  const endpoint = takeoverEndpoint(dataDir);
  if (endpoint) {
    // Why a listening endpoint: binding is atomic and the kernel frees it the moment its process dies, so
    // a killed holder never leaves a stale lock for two others to break at once (and both win).
    const server = createServer();
    const taken = await new Promise<boolean>((resolve, reject) => {
      server.once('error', (err: NodeJS.ErrnoException) => (err.code === 'EADDRINUSE' ? resolve(false) : reject(err)));
      server.listen(endpoint, () => resolve(true));
    });
    return taken ? () => new Promise<void>((resolve) => server.close(() => resolve())) : null;
  }
  // Loaded only here: it patches the fs module (graceful-fs), which a command on Linux or Windows never needs.
  const { default: lockfile } = await import('proper-lockfile');
  try {
    // Elsewhere (macOS): a lock folder; one left by a killed process is stale after 5 s (it is held for milliseconds).
    return await lockfile.lock(dataDir, { lockfilePath: ownerLockPath(dataDir), realpath: false, stale: 5_000, update: 1_000, onCompromised: () => undefined });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ELOCKED') return null;
    throw err;
  }
}

/** Runs `task` holding the take-over lock, so deciding who writes and starting to write is one step. */
async function underTakeoverLock<T>(dataDir: string, deadline: number, task: () => Promise<T>): Promise<T> {
  let release: (() => Promise<void>) | null;
  for (;;) {
    try {
      release = await tryTakeoverLock(dataDir);
    } catch (err) {
      throw new WorkbenchError('store', `Cannot use the data folder ${dataDir}: ${describeFsError(err)}.`);
    }
    if (release) break;
    if (Date.now() > deadline) throw new WorkbenchError('store', `The library in ${dataDir} is being opened by another program that does not finish; try again.`);
    await sleep(5 + Math.random() * 20);
  }
  try {
    return await task();
  } finally {
    await release().catch(() => undefined);
  }
}

type Place = { role: 'writer'; service: WorkbenchService; server: OwnerServer | null } | { role: 'client'; connection: OwnerConnection };

/** Finds the library's writer, or becomes it when there is none; waits while another writer is handing over. */
async function takePlace(options: OpenOptions): Promise<Place> {
  const path = ownerSocketPath(options.dataDir);
  const deadline = Date.now() + (options.waitMs ?? WAIT_MS);
  try {
    await mkdir(options.dataDir, { recursive: true });
  } catch (err) {
    throw new WorkbenchError('store', `Cannot use the data folder ${options.dataDir}: ${describeFsError(err)}.`);
  }
  for (;;) {
    const place = await underTakeoverLock(options.dataDir, deadline, async (): Promise<Place | null> => {
      const connection = await OwnerConnection.connect(path);
      if (connection && !options.mustWrite) return { role: 'client', connection };
      if (connection) {
        connection.close();
        return null;
      }
      // No one listens: this process becomes the writer; it listens only once its service is open.
      const service = await options.startService();
      try {
        const server = await OwnerServer.listen(path, createLibraryHandlers(service), options.onServed);
        return { role: 'writer', service, server };
      } catch (err) {
        // A read-only library cannot hold the socket; its writes fail anyway, each with its own message.
        if ((err as NodeJS.ErrnoException).code === 'EROFS') return { role: 'writer', service, server: null };
        throw new WorkbenchError('store', `Cannot open the library in ${options.dataDir} for other programs: ${describeFsError(err)}.`);
      }
    });
    if (place) return place;
    if (Date.now() > deadline) throw new WorkbenchError('store', `The library in ${options.dataDir} is in use by another program (the factcheck command?) that does not finish; close it and try again.`);
    await sleep(100);
  }
}

/**
 * Opens a library as its one writer or as a client of the process that writes it (the running app, or a
 * CLI command). Why: two processes that each write a library lose each other's changes; here exactly one
 * writes, and the others send it their requests through the same gate the window uses.
 */
export async function openLibrary(options: OpenOptions): Promise<LibraryHandle> {
  let place = await takePlace(options);
  let writerHandlers = place.role === 'writer' ? createLibraryHandlers(place.service) : null;

  const call = async (method: LibraryMethod, args: unknown[]): Promise<unknown> => {
    for (;;) {
      if (place.role === 'writer') return unwrap(await dispatchLibrary(writerHandlers!, method, args));
      try {
        return unwrap(await place.connection.call(method, args));
      } catch (err) {
        if (!(err instanceof OwnerGone)) throw err;
        // The writer went away: a request it never ran, or one that is safe to repeat, is sent to the next writer.
        if (err.mayHaveRun && !isRetrySafe(method, args)) {
          throw new WorkbenchError('io', `The library's writer stopped before confirming ${method === 'importPaths' ? 'the import' : 'the change'}; check with "factcheck list" whether it landed.`);
        }
        place.connection.close();
        place = await takePlace(options);
        writerHandlers = place.role === 'writer' ? createLibraryHandlers(place.service) : null;
      }
    }
  };
  const api = Object.fromEntries(LIBRARY_METHODS.map((m) => [m, (...args: unknown[]) => call(m, args)])) as unknown as LibraryApi;

  return {
    get role() {
      return place.role;
    },
    api,
    get service() {
      return place.role === 'writer' ? place.service : null;
    },
    async close() {
      if (place.role === 'client') return place.connection.close();
      const { service, server } = place;
      // Handing over is one step under the lock: nobody takes over while this writer still finishes its writes.
      await underTakeoverLock(options.dataDir, Date.now() + WAIT_MS, async () => {
        await server?.close();
        await service.flush();
      });
    },
  } as LibraryHandle;
}

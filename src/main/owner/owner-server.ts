import { chmod, lstat, unlink } from 'node:fs/promises';
import { createServer, type Server, type Socket } from 'node:net';
import { changesLibrary, LIBRARY_PROTOCOL_VERSION, type LibraryApi } from '../../shared/library-protocol.ts';
import { dispatchLibrary } from '../ipc/dispatch.ts';
import { lineReader, MAX_REQUEST_BYTES, type OwnerRequest, type OwnerResponse } from './owner-protocol.ts';

/**
 * The library's writer listening for the CLI (and any other process on the same library): each request
 * passes the same gate as the window's and is run by this process, the only one that writes the library.
 */
export class OwnerServer {
  readonly path: string;
  readonly #server: Server;
  readonly #sockets = new Set<Socket>();
  #running = 0;
  #closing = false;
  #drained: (() => void) | null = null;

  private constructor(path: string, server: Server) {
    this.path = path;
    this.#server = server;
  }

  /** Listens on `path` (a socket file left by a writer that died is replaced); requests go to `handlers`, `onServed` hears of each change done. */
  static async listen(path: string, handlers: LibraryApi, onServed?: (method: string) => void): Promise<OwnerServer> {
    const server = createServer();
    const owner = new OwnerServer(path, server);
    server.on('connection', (socket) => owner.#serve(socket, handlers, onServed));
    if (process.platform !== 'win32') await removeDeadSocket(path);
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(path, () => {
        server.off('error', reject);
        resolve();
      });
    });
    // Why: the socket changes the user's library; no other user of this machine may connect to it.
    if (process.platform !== 'win32') await chmod(path, 0o600);
    return owner;
  }

  #serve(socket: Socket, handlers: LibraryApi, onServed?: (method: string) => void): void {
    this.#sockets.add(socket);
    socket.setEncoding('utf8');
    socket.on('close', () => this.#sockets.delete(socket));
    socket.on('error', () => socket.destroy());
    const reply = (response: OwnerResponse): void => {
      if (!socket.destroyed) socket.write(`${JSON.stringify(response)}\n`);
    };
    const feed = lineReader(
      (line) =>
        void this.#answer(line, handlers).then(({ response, method }) => {
          reply(response);
          if ('result' in response && response.result.ok && changesLibrary(method)) onServed?.(method);
        }),
      () => {
        reply({ id: -1, result: { ok: false, error: { code: 'invalid-argument', message: 'The request is too large.' } } });
        socket.end();
      },
      MAX_REQUEST_BYTES,
    );
    socket.on('data', feed);
  }

  /** Runs one request line; returns the answer and the verb it named (for telling the window). */
  async #answer(line: string, handlers: LibraryApi): Promise<{ response: OwnerResponse; method: string }> {
    let request: OwnerRequest;
    try {
      request = JSON.parse(line) as OwnerRequest;
    } catch {
      return { response: { id: -1, result: { ok: false, error: { code: 'invalid-argument', message: 'The request is not JSON.' } } }, method: '' };
    }
    const method = String(request?.method);
    return { response: await this.#run(request, handlers), method };
  }

  async #run(request: OwnerRequest, handlers: LibraryApi): Promise<OwnerResponse> {
    const id = Number.isSafeInteger(request?.id) ? request.id : -1;
    if (request?.v !== LIBRARY_PROTOCOL_VERSION) {
      const message = `This app speaks library protocol ${LIBRARY_PROTOCOL_VERSION}, the command sent ${JSON.stringify(request?.v)?.slice(0, 20)}: use the factcheck command that came with this version of the app.`;
      return { id, result: { ok: false, error: { code: 'invalid-argument', message } } };
    }
    // A writer on its way out runs nothing new: the sender takes over the library (or waits) and sends again.
    if (this.#closing) return { id, leaving: true };
    this.#running++;
    try {
      return { id, result: await dispatchLibrary(handlers, request.method, request.args) };
    } finally {
      this.#running--;
      if (this.#running === 0) this.#drained?.();
    }
  }

  /** Stops taking requests, lets the running ones finish and answer, then closes (removing the socket file). */
  async close(): Promise<void> {
    this.#closing = true;
    if (this.#running > 0) await new Promise<void>((resolve) => (this.#drained = resolve));
    await new Promise<void>((resolve) => {
      this.#server.close(() => resolve());
      for (const socket of this.#sockets) socket.end();
    });
  }
}

/** Removes a socket file whose writer is gone (the caller holds the take-over lock and found no one listening). */
async function removeDeadSocket(path: string): Promise<void> {
  try {
    const info = await lstat(path);
    // Why not follow or keep anything else: the name is the workbench's own; a link or file planted there is removed, never what it points to.
    if (info.isDirectory()) throw new Error(`${path} is a folder; remove it so the workbench can listen there.`);
    await unlink(path);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
  }
}

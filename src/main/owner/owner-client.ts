import { connect, type Socket } from 'node:net';
import type { IpcResult } from '../../shared/ipc-contract.ts';
import { lineReader, requestLine, type OwnerResponse } from './owner-protocol.ts';

/** The writer went away (killed, or closing) before it answered; `applied` says whether it may have run the request. */
export class OwnerGone extends Error {
  readonly mayHaveRun: boolean;
  constructor(mayHaveRun: boolean) {
    super(mayHaveRun ? 'The library writer stopped before it confirmed the request.' : 'The library writer is closing.');
    this.mayHaveRun = mayHaveRun;
  }
}

/** A connection to the library's writer; requests are answered in any order, matched by id. */
export class OwnerConnection {
  readonly #socket: Socket;
  readonly #pending = new Map<number, { resolve: (r: IpcResult<unknown>) => void; reject: (e: Error) => void }>();
  #next = 1;

  private constructor(socket: Socket) {
    this.#socket = socket;
    socket.setEncoding('utf8');
    socket.on(
      'data',
      lineReader(
        (line) => {
          try {
            this.#settle(JSON.parse(line) as OwnerResponse);
          } catch {
            // Not an answer of ours: the pending request is settled when the connection ends.
          }
        },
        () => undefined,
      ),
    );
    const gone = (): void => {
      for (const p of this.#pending.values()) p.reject(new OwnerGone(true));
      this.#pending.clear();
    };
    socket.on('close', gone);
    socket.on('error', gone);
  }

  /** Connects to the writer at `path`; null when no process listens there (none runs, or it died). */
  static connect(path: string, timeoutMs = 5_000): Promise<OwnerConnection | null> {
    return new Promise((resolve, reject) => {
      const socket = connect(path);
      const timer = setTimeout(() => {
        socket.destroy();
        reject(new Error(`The library's writer at ${path} does not answer.`));
      }, timeoutMs);
      socket.once('connect', () => {
        clearTimeout(timer);
        resolve(new OwnerConnection(socket));
      });
      socket.once('error', (err: NodeJS.ErrnoException) => {
        clearTimeout(timer);
        if (['ENOENT', 'ECONNREFUSED', 'ENOTSOCK', 'EPIPE', 'ECONNRESET'].includes(err.code ?? '')) resolve(null);
        else reject(err);
      });
    });
  }

  #settle(response: OwnerResponse): void {
    const pending = this.#pending.get(response.id);
    if (!pending) return;
    this.#pending.delete(response.id);
    if ('leaving' in response) pending.reject(new OwnerGone(false));
    else pending.resolve(response.result);
  }

  /** Sends one request; resolves with the writer's result, rejects with OwnerGone if it went away first. */
  call(method: string, args: readonly unknown[]): Promise<IpcResult<unknown>> {
    const id = this.#next++;
    return new Promise((resolve, reject) => {
      if (this.#socket.destroyed) return reject(new OwnerGone(false));
      this.#pending.set(id, { resolve, reject });
      this.#socket.write(requestLine(id, method, args));
    });
  }

  /** Ends the connection. */
  close(): void {
    this.#socket.end();
  }
}

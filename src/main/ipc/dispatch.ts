import { WorkbenchError } from '../../shared/errors.ts';
import { isApiMethod, type IpcResult, type WorkbenchApi } from '../../shared/ipc-contract.ts';
import { VALIDATORS } from '../../shared/ipc-validate.ts';
import { isLibraryMethod, LIBRARY_VALIDATORS, type LibraryApi } from '../../shared/library-protocol.ts';
import { describeFsError } from '../service/fs-errors.ts';

type Validate = (args: readonly unknown[]) => unknown[];

/** An error as data for the other side: a WorkbenchError's own words, a file-system fault in plain words. */
export function errorResult(err: unknown): IpcResult<never> {
  if (err instanceof WorkbenchError) return { ok: false, error: { code: err.code, message: err.message } };
  // Why: a disk fault that escaped the store is still a disk fault, which the window keeps and retries.
  const code = (err as NodeJS.ErrnoException | null)?.code;
  if (typeof code === 'string' && /^E[A-Z]+$/.test(code)) return { ok: false, error: { code: 'io', message: `The disk refused the change: ${describeFsError(err)}.` } };
  return { ok: false, error: { code: 'internal', message: `Unexpected error: ${(err as Error)?.message ?? String(err)}` } };
}

/**
 * The one gate: the method must be known and its arguments pass its validator before any handler sees
 * them. Errors come back as data with a message for the user.
 */
async function gate(isMethod: (m: unknown) => boolean, validators: Record<string, Validate>, handlers: object, method: unknown, args: unknown): Promise<IpcResult<unknown>> {
  try {
    if (!isMethod(method)) throw new WorkbenchError('invalid-argument', `Unknown request ${JSON.stringify(method)?.slice(0, 60)}.`);
    if (!Array.isArray(args)) throw new WorkbenchError('invalid-argument', `Arguments of ${String(method)} must be a list.`);
    const valid = validators[method as string]!(args);
    const handler = (handlers as Record<string, (...a: unknown[]) => Promise<unknown>>)[method as string]!;
    return { ok: true, value: await handler.apply(handlers, valid) };
  } catch (err) {
    return errorResult(err);
  }
}

/** Runs one request from the window (IPC) through the gate. */
export function dispatch(handlers: WorkbenchApi, method: unknown, args: unknown): Promise<IpcResult<unknown>> {
  return gate(isApiMethod, VALIDATORS as unknown as Record<string, Validate>, handlers, method, args);
}

/** Runs one library request (the CLI, locally or over the socket) through the same gate. */
export function dispatchLibrary(handlers: LibraryApi, method: unknown, args: unknown): Promise<IpcResult<unknown>> {
  return gate(isLibraryMethod, LIBRARY_VALIDATORS as unknown as Record<string, Validate>, handlers, method, args);
}

import { WorkbenchError } from '../../shared/errors.ts';
import { isApiMethod, type IpcResult, type WorkbenchApi } from '../../shared/ipc-contract.ts';
import { VALIDATORS } from '../../shared/ipc-validate.ts';

/**
 * Runs one request from the renderer: the method must be in the contract and its arguments pass that
 * channel's validator before any handler sees them. Errors come back as data with a message for the user.
 */
export async function dispatch(handlers: WorkbenchApi, method: unknown, args: unknown): Promise<IpcResult<unknown>> {
  try {
    if (!isApiMethod(method)) throw new WorkbenchError('invalid-argument', `Unknown request ${JSON.stringify(method).slice(0, 60)}.`);
    if (!Array.isArray(args)) throw new WorkbenchError('invalid-argument', `Arguments of ${method} must be a list.`);
    const valid = VALIDATORS[method](args);
    const handler = handlers[method] as (...a: unknown[]) => Promise<unknown>;
    return { ok: true, value: await handler.apply(handlers, valid) };
  } catch (err) {
    if (err instanceof WorkbenchError) return { ok: false, error: { code: err.code, message: err.message } };
    return { ok: false, error: { code: 'internal', message: `Unexpected error: ${(err as Error).message ?? String(err)}` } };
  }
}

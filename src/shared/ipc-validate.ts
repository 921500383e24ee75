import { WorkbenchError } from './errors.ts';
import type { ApiMethod, WorkbenchApi } from './ipc-contract.ts';
import { isStatus, STATUSES } from './status.ts';

/** Document and claim ids: short, and safe to use as file names (no separators, no dots). */
const ID = /^[A-Za-z0-9_-]{1,80}$/;

function bad(message: string): never {
  throw new WorkbenchError('invalid-argument', message);
}

function expectCount(args: readonly unknown[], n: number, method: string): void {
  if (args.length !== n) bad(`${method} takes ${n} argument${n === 1 ? '' : 's'}, got ${args.length}.`);
}

/** Checks an id argument; ids become file names, so anything else is refused. */
function expectId(value: unknown, what: string): string {
  if (typeof value !== 'string' || !ID.test(value)) bad(`${what} must be an id of letters, digits, "-" or "_".`);
  return value;
}

type Validators = { [K in ApiMethod]: (args: readonly unknown[]) => Parameters<WorkbenchApi[K]> };

/** One validator per channel: turns untrusted renderer arguments into typed ones, or throws invalid-argument. */
export const VALIDATORS: Validators = {
  getLibrary: (args) => {
    expectCount(args, 0, 'getLibrary');
    return [];
  },
  getDocument: (args) => {
    expectCount(args, 1, 'getDocument');
    return [expectId(args[0], 'documentId')];
  },
  setStatus: (args) => {
    expectCount(args, 3, 'setStatus');
    const status = args[2];
    if (!isStatus(status)) bad(`status must be one of ${STATUSES.join(', ')}.`);
    return [expectId(args[0], 'documentId'), expectId(args[1], 'claimId'), status];
  },
  exportReport: (args) => {
    expectCount(args, 1, 'exportReport');
    return [expectId(args[0], 'documentId')];
  },
};

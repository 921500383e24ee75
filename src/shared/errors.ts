/** Kinds of failure the user is told about, each with its own message. */
export type ErrorCode = 'invalid-argument' | 'not-found' | 'import' | 'store' | 'damaged' | 'io' | 'internal' | 'refused';

/** An error whose message is written for the user and safe to show as is. */
export class WorkbenchError extends Error {
  readonly code: ErrorCode;

  constructor(code: ErrorCode, message: string) {
    super(message);
    this.name = 'WorkbenchError';
    this.code = code;
  }
}

/** A change the document model refuses as it stands (a verdict on a dismissed unit): nothing was changed. */
export class RefusedEditError extends WorkbenchError {
  constructor(message: string) {
    super('refused', message);
    this.name = 'RefusedEditError';
  }
}

/** The code of an error the workbench made (null for any other error): what the caller acts on, never its words. */
export function codeOf(err: unknown): ErrorCode | null {
  return err instanceof WorkbenchError ? err.code : null;
}

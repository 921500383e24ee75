/** Kinds of failure the user is told about, each with its own message. */
export type ErrorCode = 'invalid-argument' | 'not-found' | 'import' | 'store' | 'damaged' | 'io' | 'internal';

/** An error whose message is written for the user and safe to show as is. */
export class WorkbenchError extends Error {
  readonly code: ErrorCode;

  constructor(code: ErrorCode, message: string) {
    super(message);
    this.name = 'WorkbenchError';
    this.code = code;
  }
}

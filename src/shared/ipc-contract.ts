import type { Claim, DocumentSummary, FactDocument, LibraryState } from './model.ts';
import type { Status } from './status.ts';
import type { ErrorCode } from './errors.ts';

/** The result of a status change: the claim as stored and its document's new counts. */
export interface StatusChange {
  claim: Claim;
  summary: DocumentSummary;
}

/** What happened to an export: written to a path, or cancelled in the save dialog. */
export type ExportOutcome = { saved: true; path: string } | { saved: false };

/** Every request the renderer can make of the main process: one verb, one channel, one signature. */
export interface WorkbenchApi {
  /** The library's documents and any start-up notices. */
  getLibrary(): Promise<LibraryState>;
  /** One document with all its claims. */
  getDocument(documentId: string): Promise<FactDocument>;
  /** Sets a claim's status; resolves only once the change is on disk. */
  setStatus(documentId: string, claimId: string, status: Status): Promise<StatusChange>;
  /** Asks where to save and writes the document's Markdown report there. */
  exportReport(documentId: string): Promise<ExportOutcome>;
}

/** The verbs of the contract, in one list that main, preload and the test bridge all register from. */
export const API_METHODS = ['getLibrary', 'getDocument', 'setStatus', 'exportReport'] as const satisfies readonly (keyof WorkbenchApi)[];

/** One verb of the contract. */
export type ApiMethod = (typeof API_METHODS)[number];

/** The IPC channel that carries a verb. */
export function channelFor(method: ApiMethod): string {
  return `workbench:${method}`;
}

/** True when `value` names a verb of the contract. */
export function isApiMethod(value: unknown): value is ApiMethod {
  return typeof value === 'string' && (API_METHODS as readonly string[]).includes(value);
}

/** Commands the application menu sends to the renderer. */
export const MENU_COMMANDS = ['export-report', 'show-shortcuts'] as const;

/** One menu command. */
export type MenuCommand = (typeof MENU_COMMANDS)[number];

/** The channel main uses to send menu commands to the renderer. */
export const MENU_CHANNEL = 'workbench:menu';

/** True when `value` is a known menu command. */
export function isMenuCommand(value: unknown): value is MenuCommand {
  return typeof value === 'string' && (MENU_COMMANDS as readonly string[]).includes(value);
}

/** What the preload exposes as `window.api`: the contract's verbs plus menu events. */
export interface WorkbenchBridge extends WorkbenchApi {
  /** Calls `listener` for every menu command; returns a function that stops listening. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
}

/** How a result crosses the process boundary: errors travel as data so their message reaches the user intact. */
export type IpcResult<T> = { ok: true; value: T } | { ok: false; error: { code: ErrorCode; message: string } };

/** Returns the value of an IPC result, or throws an Error carrying the main process's message. */
export function unwrapResult<T>(result: IpcResult<T>): T {
  if (result.ok) return result.value;
  const err = new Error(result.error.message);
  err.name = result.error.code;
  throw err;
}

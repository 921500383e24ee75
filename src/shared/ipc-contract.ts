import type { ClaimEdit } from './claim-edits.ts';
import type { Claim, DocumentSummary, DocumentView, HistoryItem, LibraryState, SearchQuery, SearchResult, SimilarClaim } from './model.ts';
import { WorkbenchError, type ErrorCode } from './errors.ts';
import type { ExportChoices } from './report/report-options.ts';
import type { Settings } from './settings.ts';
import type { ImportDoubt } from './import-checks.ts';
import type { ConflictKeep, TeamConflict } from './team/conflicts.ts';
import type { TeamSettings, TeamStatus, TeamResolution, TeamSyncOutcome } from './team/team-settings.ts';

/** Whether undo and redo are available, and what they would undo or redo. */
export interface UndoState {
  canUndo: boolean;
  canRedo: boolean;
  undoLabel: string | null;
  redoLabel: string | null;
}

/** The result of a change to a claim, once it is on disk: the claim as stored (null if removed), the new history entry. */
export interface EditResult {
  claimId: string;
  claim: Claim | null;
  summary: DocumentSummary;
  /** The change recorded, or null when the edit changed nothing. */
  entry: HistoryItem | null;
  undo: UndoState;
}

/** A file dropped on the window: its name and bytes (decoded and checked in main, never in the renderer). */
export interface DroppedFile {
  name: string;
  bytes: Uint8Array;
}

/** An article read but held back until the user answers: why, and the token that imports or drops it. */
export interface PendingImport {
  token: string;
  /** The file's name, or "Pasted text". */
  name: string;
  title: string;
  doubts: ImportDoubt[];
}

/** What an import did: the documents added, a message for each file refused, and those waiting for an answer. */
export interface ImportOutcome {
  imported: DocumentSummary[];
  errors: string[];
  pending: PendingImport[];
  /** What else the checker should know: a newer version of an article already in the library, and what it changed. */
  messages?: string[];
  /** Ids of the imported documents that were an existing article's newer version, or the same text again: `messages` speak for them. */
  updated?: string[];
}

/** How far the import of one article has come, as the window shows it while the library reads it. */
export interface ImportProgress {
  /** The file's name, or "Pasted text". */
  name: string;
  stage: 'reading' | 'saving' | 'done';
  /** Percentage of the article read (0–100). */
  percent: number;
}

/** The channel main uses to tell the renderer how an import is going. */
export const PROGRESS_CHANNEL = 'workbench:progress';

/** True when `value` has the shape of an ImportProgress (checked where it enters the renderer). */
export function isImportProgress(value: unknown): value is ImportProgress {
  const v = value as ImportProgress | null;
  return typeof v === 'object' && v !== null && typeof v.name === 'string' && ['reading', 'saving', 'done'].includes(v.stage) && Number.isFinite(v.percent);
}

/** What happened to an export: written to a path, or cancelled in the save dialog. */
export type ExportOutcome = { saved: true; path: string } | { saved: false };

/** Every request the renderer can make of the main process: one verb, one channel, one signature. */
export interface WorkbenchApi {
  /** The library's documents, the trash and any start-up notices. */
  getLibrary(): Promise<LibraryState>;
  /** One document with all its claims and history. */
  getDocument(documentId: string): Promise<DocumentView>;
  /** Applies one change to a claim; resolves only once it is on disk. */
  editClaim(documentId: string, claimId: string, edit: ClaimEdit): Promise<EditResult>;
  /** Adds the article text between two offsets as a claim the extractor missed. */
  addClaim(documentId: string, start: number, end: number): Promise<EditResult>;
  /** Undoes the document's last change; null when there is nothing to undo. */
  undo(documentId: string): Promise<EditResult | null>;
  /** Redoes the last undone change; null when there is nothing to redo. */
  redo(documentId: string): Promise<EditResult | null>;
  /** Asks for article files in the open dialog and imports them. */
  importFiles(): Promise<ImportOutcome>;
  /** Imports files dropped on the window. */
  importDropped(files: DroppedFile[]): Promise<ImportOutcome>;
  /** Imports pasted article text (plain text, or an HTML page's source). */
  importText(text: string): Promise<ImportOutcome>;
  /** Imports an article that was held back with doubts, now that the user said so. */
  confirmImport(token: string): Promise<ImportOutcome>;
  /** Drops an article that was held back with doubts. */
  dropImport(token: string): Promise<void>;
  /** Moves a document to the trash (restorable). */
  deleteDocument(documentId: string): Promise<LibraryState>;
  /** Brings a document back from the trash. */
  restoreDocument(documentId: string): Promise<LibraryState>;
  /** Replaces a damaged document's file with its newest readable backup. */
  restoreBackup(documentId: string): Promise<LibraryState>;
  /** Sets or clears the article's web address. */
  setDocumentUrl(documentId: string, url: string | null): Promise<DocumentSummary>;
  /** Gives a document the title the checker chose (a pasted article is titled with its first line until then). */
  renameDocument(documentId: string, title: string): Promise<DocumentSummary>;
  /** The export as it would be saved now, for the preview. */
  previewExport(documentId: string, choices: ExportChoices): Promise<string>;
  /** Asks where to save and writes the document's export there. */
  exportReport(documentId: string, choices: ExportChoices): Promise<ExportOutcome>;
  /** Searches the whole library's claims, notes, sources and evidence titles. */
  searchLibrary(query: SearchQuery): Promise<SearchResult[]>;
  /** "Checked before?": similar claims from other documents, with their status and evidence. */
  similarClaims(documentId: string, claimId: string): Promise<SimilarClaim[]>;
  /** The reviewer and organisation that sign reports. */
  getSettings(): Promise<Settings>;
  /** Saves the reviewer and organisation. */
  saveSettings(settings: Settings): Promise<Settings>;
  /** What the export in the chosen format still lacks (organisation, addresses, dates, reasons), in words; empty when nothing. */
  exportPreflight(documentId: string, choices: ExportChoices): Promise<string[]>;
  /** Part of the export preview (`length` characters from `from`) and the export's whole length: a long report is shown a part at a time. */
  previewExportPart(documentId: string, choices: ExportChoices, from: number, length: number): Promise<ExportPart>;
  /** How the team sync stands: synced, N waiting, offline, conflicts (state 'off' with no team server). */
  teamStatus(): Promise<TeamStatus>;
  /** Connects to the desk's team server and remembers it (the password in the system's safe storage). */
  teamConnect(settings: TeamSettings, password: string): Promise<TeamStatus>;
  /** Pushes this library's changes and pulls the desk's. */
  teamSync(): Promise<TeamSyncOutcome>;
  /** The conflicts on the desk's claims, open ones first. */
  teamConflicts(): Promise<TeamConflict[]>;
  /** Resolves an open conflict by keeping the value that stands or the one that did not. */
  teamResolve(seq: number, keep: ConflictKeep): Promise<TeamResolution>;
}

/** A part of an export's text, and how long the whole export is. */
export interface ExportPart {
  text: string;
  total: number;
}

/** The verbs of the contract, in one list that main, preload and the test bridge all register from. */
export const API_METHODS = [
  'getLibrary',
  'getDocument',
  'editClaim',
  'addClaim',
  'undo',
  'redo',
  'importFiles',
  'importDropped',
  'importText',
  'confirmImport',
  'dropImport',
  'deleteDocument',
  'restoreDocument',
  'restoreBackup',
  'setDocumentUrl',
  'renameDocument',
  'previewExport',
  'exportReport',
  'searchLibrary',
  'similarClaims',
  'getSettings',
  'saveSettings',
  'exportPreflight',
  'previewExportPart',
  'teamStatus',
  'teamConnect',
  'teamSync',
  'teamConflicts',
  'teamResolve',
] as const satisfies readonly (keyof WorkbenchApi)[];

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

/** Commands the application menu sends to the renderer ('library-changed': another process or the desk changed the library; 'team-changed': the sync state moved). */
export const MENU_COMMANDS = ['export-report', 'import', 'paste-article', 'undo', 'redo', 'show-shortcuts', 'library-changed', 'team-changed'] as const;

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
  /** Calls `listener` as imports progress; returns a function that stops listening. */
  onImportProgress(listener: (progress: ImportProgress) => void): () => void;
}

/** How a result crosses the process boundary: errors travel as data so their message reaches the user intact. */
export type IpcResult<T> = { ok: true; value: T } | { ok: false; error: { code: ErrorCode; message: string } };

/**
 * What the preload (or the test bridge) exposes as `window.api`: each verb resolves to its IpcResult and
 * never throws, because an Error crossing the context bridge loses its code. The renderer turns the
 * results back into values and typed errors (`wrapBridge`).
 */
export type RawBridge = {
  [K in ApiMethod]: (...args: Parameters<WorkbenchApi[K]>) => Promise<IpcResult<Awaited<ReturnType<WorkbenchApi[K]>>>>;
} & Pick<WorkbenchBridge, 'onMenuCommand' | 'onImportProgress'>;

/** Returns the value of an IPC result, or throws a WorkbenchError with the main process's code and message. */
export function unwrapResult<T>(result: IpcResult<T>): T {
  if (result.ok) return result.value;
  throw new WorkbenchError(result.error.code, result.error.message);
}

/** The contract's verbs over a raw bridge: values, and WorkbenchErrors carrying their code. */
export function wrapBridge(raw: RawBridge): WorkbenchBridge {
  const verbs = Object.fromEntries(API_METHODS.map((m) => [m, async (...args: unknown[]) => unwrapResult(await (raw[m] as (...a: unknown[]) => Promise<IpcResult<unknown>>)(...args))]));
  return { ...(verbs as unknown as WorkbenchApi), onMenuCommand: (listener) => raw.onMenuCommand(listener), onImportProgress: (listener) => raw.onImportProgress(listener) };
}

import type { ClaimEdit } from './claim-edits.ts';
import { WorkbenchError } from './errors.ts';
import type { EditResult, ImportOutcome } from './ipc-contract.ts';
import { VALIDATORS } from './ipc-validate.ts';
import { LIMITS } from './limits.ts';
import type { DocumentSummary, DocumentView, LibraryState, SearchQuery, SearchResult } from './model.ts';
import type { ExportGap } from './report/claimreview.ts';
import type { ExportChoices } from './report/report-options.ts';
import type { Settings } from './settings.ts';
import type { ConflictKeep, TeamConflict } from './team/conflicts.ts';
import type { TeamSettings, TeamResolution, TeamStatus, TeamSyncOutcome } from './team/team-settings.ts';

/**
 * The version of the protocol the CLI speaks to the library's owner (the running app) over the local
 * socket. An owner refuses a request of another version with a message, so an old CLI never half-works.
 */
export const LIBRARY_PROTOCOL_VERSION = 1;

/** What any front end other than the window (the CLI, a script) may ask of the library's one writer. */
export interface LibraryApi {
  /** The library's documents, trash and notices. */
  getLibrary(): Promise<LibraryState>;
  /** One document with its claims and history. */
  getDocument(documentId: string): Promise<DocumentView>;
  /** Applies one change to a claim; resolves once it is on disk. */
  editClaim(documentId: string, claimId: string, edit: ClaimEdit): Promise<EditResult>;
  /**
   * Imports article files by path (read by the writer, as the same user), with the article's web address for a
   * single file; 'ask' reports doubtful articles (no article, no claims, already there) as pending instead.
   */
  importPaths(paths: string[], url: string | null, mode: 'ask' | 'anyway'): Promise<ImportOutcome>;
  /** Sets or clears the article's web address. */
  setDocumentUrl(documentId: string, url: string | null): Promise<DocumentSummary>;
  /** A document rendered in an export format. */
  renderExport(documentId: string, choices: ExportChoices): Promise<string>;
  /** Writes a document's export to an absolute path (a Markdown report gets its sourcing chart beside it); resolves to the path. */
  writeExport(documentId: string, choices: ExportChoices, path: string): Promise<string>;
  /** What the export lacks, each gap marked required when readers cannot use the export without it. */
  exportGaps(documentId: string, choices: ExportChoices): Promise<ExportGap[]>;
  /** The desk's settings: who signs reports. */
  getSettings(): Promise<Settings>;
  /** Saves the desk's settings (through the same checks as the app's). */
  saveSettings(settings: Settings): Promise<Settings>;
  /** Searches the library. */
  searchLibrary(query: SearchQuery): Promise<SearchResult[]>;
  /** Replaces a damaged document's file with its newest readable backup. */
  restoreBackup(documentId: string): Promise<LibraryState>;
  /** How the team sync stands. */
  teamStatus(): Promise<TeamStatus>;
  /** How the team sync stands, after asking the server whether it answers now. */
  teamCheck(): Promise<TeamStatus>;
  /** Connects the library to the desk's team server (only the library's writer syncs). */
  teamConnect(settings: TeamSettings, password: string): Promise<TeamStatus>;
  /** Syncs the library with the desk's team server. */
  teamSync(): Promise<TeamSyncOutcome>;
  /** The conflicts on the desk's claims. */
  teamConflicts(): Promise<TeamConflict[]>;
  /** Resolves an open conflict by keeping one of its values. */
  teamResolve(seq: number, keep: ConflictKeep): Promise<TeamResolution>;
}

/** The verbs of the library protocol, in one list. */
export const LIBRARY_METHODS = ['getLibrary', 'getDocument', 'editClaim', 'importPaths', 'setDocumentUrl', 'renderExport', 'writeExport', 'exportGaps', 'getSettings', 'saveSettings', 'searchLibrary', 'restoreBackup', 'teamStatus', 'teamCheck', 'teamConnect', 'teamSync', 'teamConflicts', 'teamResolve'] as const satisfies readonly (keyof LibraryApi)[];

/** One verb of the library protocol. */
export type LibraryMethod = (typeof LIBRARY_METHODS)[number];

/** True when `value` names a verb of the library protocol. */
export function isLibraryMethod(value: unknown): value is LibraryMethod {
  return typeof value === 'string' && (LIBRARY_METHODS as readonly string[]).includes(value);
}

/** The verbs that change the library (the window takes in what they did). */
export function changesLibrary(method: string): boolean {
  return method === 'editClaim' || method === 'importPaths' || method === 'setDocumentUrl' || method === 'restoreBackup' || method === 'teamSync' || method === 'teamResolve' || method === 'saveSettings';
}

/** Verbs that may be sent again when the writer went away before answering: doing them twice changes nothing more. */
export function isRetrySafe(method: LibraryMethod, args: readonly unknown[]): boolean {
  if (method === 'importPaths') return false;
  if (method === 'editClaim') return (args[2] as ClaimEdit | undefined)?.kind !== 'add-evidence';
  return true;
}

/** Checks a list of article paths: absolute, of sane length, no NUL (which would cut a path short). */
function expectPaths(value: unknown): string[] {
  if (!Array.isArray(value) || value.length === 0) throw new WorkbenchError('invalid-argument', 'Give at least one file to import.');
  if (value.length > LIMITS.filesPerImport) throw new WorkbenchError('invalid-argument', `At most ${LIMITS.filesPerImport} files can be imported at once.`);
  return value.map((p, i) => {
    if (typeof p !== 'string' || p.length === 0 || p.length > 4096 || p.includes('\0')) throw new WorkbenchError('invalid-argument', `File ${i + 1} is not a usable path.`);
    if (!p.startsWith('/') && !/^[A-Za-z]:[\\/]/.test(p) && !p.startsWith('\\\\')) throw new WorkbenchError('invalid-argument', `${p} is not an absolute path.`);
    return p;
  });
}

type LibraryValidators = { [K in LibraryMethod]: (args: readonly unknown[]) => Parameters<LibraryApi[K]> };

/** The gate every library request passes, whichever front end sent it: the window's own validators, plus paths. */
export const LIBRARY_VALIDATORS: LibraryValidators = {
  getLibrary: VALIDATORS.getLibrary,
  getDocument: VALIDATORS.getDocument,
  editClaim: VALIDATORS.editClaim,
  importPaths: (args) => {
    if (args.length !== 3) throw new WorkbenchError('invalid-argument', `importPaths takes 3 arguments, got ${args.length}.`);
    if (args[2] !== 'ask' && args[2] !== 'anyway') throw new WorkbenchError('invalid-argument', 'importPaths takes "ask" or "anyway" as its third argument.');
    const paths = expectPaths(args[0]);
    // The web address passes the same check as the window's (http and https only).
    const [, url] = VALIDATORS.setDocumentUrl(['unused', args[1]]);
    if (url !== null && paths.length > 1) throw new WorkbenchError('invalid-argument', 'A web address goes with a single file.');
    return [paths, url, args[2]];
  },
  setDocumentUrl: VALIDATORS.setDocumentUrl,
  renderExport: VALIDATORS.previewExport,
  writeExport: (args) => {
    if (args.length !== 3) throw new WorkbenchError('invalid-argument', `writeExport takes 3 arguments, got ${args.length}.`);
    const [documentId, choices] = VALIDATORS.previewExport([args[0], args[1]]);
    // The same checks as an article path: absolute, sane length, no NUL.
    const [path] = expectPaths([args[2]]);
    return [documentId, choices, path!];
  },
  exportGaps: VALIDATORS.exportPreflight,
  getSettings: VALIDATORS.getSettings,
  saveSettings: VALIDATORS.saveSettings,
  searchLibrary: VALIDATORS.searchLibrary,
  restoreBackup: VALIDATORS.restoreBackup,
  teamStatus: VALIDATORS.teamStatus,
  teamCheck: VALIDATORS.teamStatus,
  teamConnect: VALIDATORS.teamConnect,
  teamSync: VALIDATORS.teamSync,
  teamConflicts: VALIDATORS.teamConflicts,
  teamResolve: VALIDATORS.teamResolve,
};

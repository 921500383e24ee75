import { basename } from 'node:path';
import type { ClaimEdit } from '../../shared/claim-edits.ts';
import { WorkbenchError } from '../../shared/errors.ts';
import type { DroppedFile, EditResult, ImportOutcome, ImportProgress } from '../../shared/ipc-contract.ts';
import type { DocumentSummary, DocumentView, FactDocument, LibraryState, Notice, SearchQuery, SearchResult, SimilarClaim } from '../../shared/model.ts';
import { DEFAULT_CHOICES, type ExportChoices } from '../../shared/report/report-options.ts';
import { defaultSettings, type Settings } from '../../shared/settings.ts';
import type { ConflictKeep, TeamConflict } from '../../shared/team/conflicts.ts';
import type { TeamResolution, TeamSettings, TeamStatus, TeamSyncOutcome } from '../../shared/team/team-settings.ts';
import { LibrarySearch } from '../search/library-search.ts';
import type { JournalOptions } from '../store/document-journals.ts';
import { LibraryStore } from '../store/library-store.ts';
import { SettingsStore } from '../store/settings-store.ts';
import { historyItem, ReviewService } from './review-service.ts';
import type { ImportService, ImportMode } from './import-service.ts';
import type { ExportService } from './export-service.ts';
import type { ServiceParts } from './service-parts.ts';
import { chartPathFor, writeExportFile } from './write-export.ts';
import type { ExportGap } from '../../shared/report/claimreview.ts';
import { TeamSync } from '../team/team-sync.ts';

/** Where the service keeps its library, where it finds seed articles, and its clock (tests fix it). */
export interface ServiceOptions {
  dataDir: string;
  seedsDir: string | null;
  now?: () => Date;
  /** The app's version, printed in reports. */
  appVersion?: string;
  /** Build the search index right after start-up (the app does; the CLI builds it only when it searches). */
  searchInBackground?: boolean;
  /** Hears how imports progress (the app forwards it to the window). */
  onImportProgress?: (progress: ImportProgress) => void;
  /** When documents' journals are folded into their files (tests fold often, to cross folds with crashes). */
  journal?: JournalOptions;
}

/**
 * Everything the app does, in plain Node: the Electron main process, the CLI and the tests all drive this
 * one service, so what the tests exercise is what users run. Imports (the article readers and extractor)
 * and exports (the report writers) load the first time they are used: a command that lists or marks
 * starts without them.
 */
export class WorkbenchService {
  readonly dataDir: string;
  readonly #store: LibraryStore | null;
  readonly #notices: Notice[];
  readonly #settings: SettingsStore | null;
  readonly #search: LibrarySearch | null;
  readonly #reviewService: ReviewService | null;
  readonly #parts: ServiceParts | null;
  #importService: Promise<ImportService> | null = null;
  /** The import service once loaded (a pending import can only exist then). */
  #importsLoaded: ImportService | null = null;
  #exportService: Promise<ExportService> | null = null;
  readonly #now: () => Date;
  readonly appVersion: string;
  /** The library's team sync (null when the library could not be opened). */
  team: TeamSync | null = null;

  private constructor(dataDir: string, store: LibraryStore | null, settings: SettingsStore | null, notices: Notice[], now: () => Date, appVersion: string, progress?: (p: ImportProgress) => void) {
    this.dataDir = dataDir;
    this.#store = store;
    this.#settings = settings;
    this.#search = store ? new LibrarySearch(store) : null;
    const parts = store ? { store, search: this.#search, now, progress, reviewer: () => this.#settings?.settings.reviewer ?? '' } : null;
    this.#reviewService = parts ? new ReviewService(parts) : null;
    this.#parts = parts;
    this.#now = now;
    this.#notices = notices;
    this.appVersion = appVersion;
  }

  /** Opens the store and loads seeds; problems become notices so the app still opens. */
  static async start(options: ServiceOptions): Promise<WorkbenchService> {
    const now = options.now ?? ((): Date => new Date());
    let store: LibraryStore | null = null;
    const notices: Notice[] = [];
    try {
      store = await LibraryStore.open(options.dataDir, now, options.journal);
    } catch (err) {
      notices.push({ level: 'error', message: `${(err as Error).message} Nothing was changed; fix the folder or choose another with FACTCHECK_DATA_DIR, then restart.` });
    }
    let settings: SettingsStore | null = null;
    if (store) {
      try {
        const opened = await SettingsStore.open(options.dataDir, defaultSettings());
        settings = opened.store;
        if (opened.notice) notices.push({ level: 'warning', message: opened.notice });
      } catch (err) {
        notices.push({ level: 'warning', message: `${(err as Error).message} Settings are back to their defaults until it is fixed.` });
      }
    }
    if (store && options.seedsDir) notices.push(...(await (await import('./seeds.ts')).importSeeds(store, options.seedsDir, now())));
    const service = new WorkbenchService(options.dataDir, store, settings, notices, now, options.appVersion ?? '0.0.0-dev', options.onImportProgress);
    if (options.searchInBackground) void service.#search?.start();
    // The team server learns the reviewer's name from the same settings that sign every change.
    if (store && service.#parts) service.team = await TeamSync.open(service.#parts, options.dataDir);
    return service;
  }

  get #review(): ReviewService {
    if (!this.#reviewService) throw this.#unavailable();
    return this.#reviewService;
  }

  /** The import service, loaded on first use; throws (synchronously) when the library is not open. */
  #imports(): Promise<ImportService> {
    const parts = this.#parts;
    if (!parts) throw this.#unavailable();
    this.#importService ??= import('./import-service.ts').then(({ ImportService }) => (this.#importsLoaded = new ImportService(parts)));
    return this.#importService;
  }

  /** The export service, loaded on first use. */
  #exports(): Promise<ExportService> {
    this.#exportService ??= import('./export-service.ts').then(({ ExportService }) => new ExportService(this.#now, this.appVersion));
    return this.#exportService;
  }

  /** What every verb says when the library could not be opened. */
  #unavailable(): WorkbenchError {
    return new WorkbenchError('store', `The library in ${this.dataDir} could not be opened; see the message at the top of the window.`);
  }

  get #ready(): LibraryStore {
    if (!this.#store) throw this.#unavailable();
    return this.#store;
  }

  /** The library listing, the trash and start-up notices. */
  async getLibrary(): Promise<LibraryState> {
    return {
      documents: this.#store ? [...this.#store.documents] : [],
      trash: this.#store ? [...this.#store.trash] : [],
      // The store's notices grow after start-up too (a damaged file found by the background index build).
      notices: [...(this.#store?.notices ?? []), ...this.#notices],
      dataDir: this.dataDir,
    };
  }

  /** One document with its claims and history, as stored (with undo snapshots). */
  async getDocument(documentId: string): Promise<FactDocument> {
    return this.#ready.getDocument(documentId);
  }

  /** One document as the renderer needs it: history items without the undo snapshots. */
  async viewDocument(documentId: string): Promise<DocumentView> {
    const doc = await this.getDocument(documentId);
    return { ...doc, history: doc.history.map(historyItem) };
  }

  /** Applies one change to a claim and records it; resolves once it is on disk. */
  editClaim(documentId: string, claimId: string, edit: ClaimEdit): Promise<EditResult> {
    return this.#review.editClaim(documentId, claimId, edit).then(this.#toTeam);
  }

  /** Adds the article text between two offsets as a claim, attributed and judged like extracted ones. */
  addClaim(documentId: string, start: number, end: number): Promise<EditResult> {
    return this.#review.addClaim(documentId, start, end).then(this.#toTeam);
  }

  /** Undoes the document's last change. */
  undo(documentId: string): Promise<EditResult | null> {
    return this.#review.step(documentId, 'undo').then(this.#toTeam);
  }

  /** Redoes the last undone change. */
  redo(documentId: string): Promise<EditResult | null> {
    return this.#review.step(documentId, 'redo').then(this.#toTeam);
  }

  /** Tells live team sync that a change is on disk, so colleagues see it soon. */
  readonly #toTeam = <T>(result: T): T => {
    this.team?.localChanged();
    return result;
  };

  /** Imports an article file from disk, with its web address when known. */
  importFile(path: string, url: string | null = null): Promise<DocumentSummary> {
    return this.#imports().then((i) => i.importFile(path, url)).then(this.#toTeam);
  }

  /** Imports several files; each one that fails is reported by name and the rest still land. */
  importPaths(paths: readonly string[], url: string | null = null, mode: ImportMode = 'ask'): Promise<ImportOutcome> {
    return this.#imports().then((i) => i.importPaths(paths, url, mode)).then(this.#toTeam);
  }

  /** Imports files dropped on the window (bytes already checked by the IPC validator). */
  importDropped(files: readonly DroppedFile[], mode: ImportMode = 'ask'): Promise<ImportOutcome> {
    return this.#imports().then((i) => i.importDropped(files, mode)).then(this.#toTeam);
  }

  /** Imports pasted text: an HTML page's source is read as HTML, anything else as plain text. */
  importText(text: string, mode: ImportMode = 'ask'): Promise<ImportOutcome> {
    return this.#imports().then((i) => i.importText(text, mode)).then(this.#toTeam);
  }

  /** Imports an article held back with doubts, once the user said so. */
  confirmImport(token: string): Promise<ImportOutcome> {
    return this.#imports().then((i) => i.confirmImport(token)).then(this.#toTeam);
  }

  /** Drops an article held back with doubts. */
  dropImport(token: string): void {
    if (!this.#parts) throw this.#unavailable();
    // Before the import service loaded, no import is pending: there is nothing to drop.
    this.#importsLoaded?.dropImport(token);
  }

  /** Makes a new (or restored) document searchable. */
  async #added(summary: DocumentSummary): Promise<DocumentSummary> {
    this.#search?.documentChanged(await this.#ready.getDocument(summary.id));
    return summary;
  }

  /** Puts the newest readable backup of a damaged document back in place. */
  async restoreBackup(documentId: string): Promise<LibraryState> {
    await this.#added(await this.#ready.restoreBackup(documentId));
    // Colleagues' changes held while it was damaged are taken in at once, before any edit made here.
    return this.#toTeam(await this.getLibrary());
  }

  /** Moves a document to the trash. */
  async deleteDocument(documentId: string): Promise<LibraryState> {
    await this.#ready.deleteDocument(documentId);
    this.#search?.documentRemoved(documentId);
    return this.#toTeam(await this.getLibrary());
  }

  /** Restores a document from the trash. */
  async restoreDocument(documentId: string): Promise<LibraryState> {
    await this.#ready.restoreDocument(documentId);
    const summary = this.#ready.documents.find((d) => d.id === documentId);
    // A damaged document comes back listed as damaged (its backup can be restored); there is nothing to search.
    // Found damaged only now (damaged while in the trash): the read marked it so, and the restore stands.
    if (summary && !summary.damaged) await this.#added(summary).catch((err: unknown) => {
      if (!(err instanceof WorkbenchError && err.code === 'damaged')) throw err;
    });
    return this.#toTeam(await this.getLibrary());
  }

  /** Waits for writes that run in the background (the library index, the team sync record) to reach the disk. */
  async flush(): Promise<void> {
    // The sync record as it is now, without waiting for a sync under way (offline, it could wait long); a
    // record not written only makes the next sync pull again.
    await this.team?.state.flush().catch(() => undefined);
    await this.#store?.flush();
  }

  /** The reviewer and organisation that sign reports. */
  async getSettings(): Promise<Settings> {
    return this.#settings?.settings ?? defaultSettings();
  }

  /** Saves the reviewer and organisation. */
  async saveSettings(settings: Settings): Promise<Settings> {
    if (!this.#settings) throw new WorkbenchError('store', 'Settings cannot be saved: the settings file could not be read (see the message at the top).');
    return this.#settings.save(settings);
  }

  /** Sets (or clears) the article's web address, used in reports and ClaimReview. */
  async setDocumentUrl(documentId: string, url: string | null): Promise<DocumentSummary> {
    const { summary } = await this.#ready.updateDocument(documentId, (doc) => {
      doc.sourceUrl = url;
    });
    return summary;
  }

  /** Gives a document the title the checker chose; the library lists it, reports head with it. */
  async renameDocument(documentId: string, title: string): Promise<DocumentSummary> {
    const { summary } = await this.#ready.updateDocument(documentId, (doc) => {
      doc.title = title;
    });
    return summary;
  }

  /** Searches every claim, note, source and evidence title of the library. */
  async searchLibrary(query: SearchQuery): Promise<SearchResult[]> {
    if (!this.#search) throw new WorkbenchError('store', `The library in ${this.dataDir} could not be opened.`);
    return this.#search.search(query);
  }

  /** "Checked before?": the most similar claims of other documents, with their verdicts and evidence. */
  async similarClaims(documentId: string, claimId: string): Promise<SimilarClaim[]> {
    const doc = await this.getDocument(documentId);
    const claim = doc.claims.find((c) => c.id === claimId);
    if (!claim) throw new WorkbenchError('not-found', `Document ${documentId} has no claim ${claimId}.`);
    return this.#search ? this.#search.similar(doc, claim) : [];
  }

  /** A document rendered in the chosen format. */
  async renderExport(documentId: string, choices: ExportChoices = DEFAULT_CHOICES): Promise<string> {
    // The document is read last, and rendered at once: the store changes it in place, so no await comes between.
    const exports = await this.#exports();
    const settings = await this.getSettings();
    return exports.render(await this.getDocument(documentId), choices, settings, { teamConflicts: this.#conflictsOf(documentId) });
  }

  /** The desk's conflicts on a document's claims (none when the library is not synced with a team). */
  #conflictsOf(documentId: string): TeamConflict[] {
    return this.team?.conflicts().filter((c) => c.documentId === documentId) ?? [];
  }

  /** A file name to suggest when saving a document's export. */
  async exportFileName(documentId: string, choices: ExportChoices = DEFAULT_CHOICES): Promise<string> {
    return (await this.#exports()).fileName(await this.getDocument(documentId), choices);
  }

  /** What the chosen export still lacks, in words: the export dialog shows it before saving. */
  async exportPreflight(documentId: string, choices: ExportChoices): Promise<string[]> {
    return (await this.#exports()).preflight(await this.getDocument(documentId), choices, await this.getSettings());
  }

  /** The same gaps, each marked required when readers cannot use the export without it (the CLI stops on those). */
  async exportGaps(documentId: string, choices: ExportChoices): Promise<ExportGap[]> {
    return (await this.#exports()).gaps(await this.getDocument(documentId), choices, await this.getSettings());
  }

  /**
   * Writes a document's export to `path` (a path the user chose in the save dialog, or gave the CLI). A
   * Markdown report gets its sourcing chart beside it as an SVG file, which the report shows as an image.
   */
  async writeExport(documentId: string, choices: ExportChoices, path: string): Promise<string> {
    const settings = await this.getSettings();
    const exports = await this.#exports();
    // Read last, and rendered before any other await: the store changes the document it holds in place.
    const doc = await this.getDocument(documentId);
    const teamConflicts = this.#conflictsOf(documentId);
    if (choices.format !== 'markdown') return writeExportFile(path, exports.render(doc, choices, settings, { teamConflicts }));
    const chartPath = chartPathFor(path);
    // Why both are made before either is written: a change made meanwhile goes into the document held, in
    // place, and the chart and the report must show one version (and only a saved one).
    const chart = exports.chart(doc, settings);
    const report = exports.render(doc, choices, settings, { chartFile: basename(chartPath), teamConflicts });
    await writeExportFile(chartPath, chart);
    return writeExportFile(path, report);
  }

  /** How the team sync stands (state 'off' when no team server is set or the library is not open). */
  async teamStatus(): Promise<TeamStatus> {
    if (!this.team) return { state: 'off', desk: null, reviewer: null, waiting: 0, conflicts: 0, lastSyncAt: null, message: null, settings: null };
    return this.team.status();
  }

  /** How the team sync stands, after asking the server whether it answers now. */
  async teamCheck(): Promise<TeamStatus> {
    return this.team ? this.team.check() : this.teamStatus();
  }

  /** Connects the library to the desk's team server. */
  teamConnect(settings: TeamSettings, password: string): Promise<TeamStatus> {
    if (!this.team) throw this.#unavailable();
    return this.team.connect(settings, password).then(this.#toTeam);
  }

  /** Pushes this library's changes and pulls the desk's. */
  async teamSync(): Promise<TeamSyncOutcome> {
    if (!this.team) throw this.#unavailable();
    const report = await this.team.sync();
    return { ...report, status: await this.team.status() };
  }

  /** The conflicts on the desk's claims, open ones first. */
  async teamConflicts(): Promise<TeamConflict[]> {
    return this.team?.conflicts() ?? [];
  }

  /** Resolves an open conflict: the claim keeps the chosen value, and the next sync tells the desk. */
  async teamResolve(seq: number, keep: ConflictKeep): Promise<TeamResolution> {
    if (!this.team) throw this.#unavailable();
    const conflict = this.team.openConflict(seq);
    const result = await this.#review.resolveConflict(conflict, keep);
    // Marked only once the claim's change is on disk: a crash before leaves the conflict open, never settled unseen.
    await this.team.markResolved(conflict);
    return { documentId: conflict.documentId, result: this.#toTeam(result) };
  }
}

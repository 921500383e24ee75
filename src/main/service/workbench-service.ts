import { userInfo } from 'node:os';
import { basename } from 'node:path';
import { applyEdit, describeEdit, isNoOp, type ClaimEdit } from '../../shared/claim-edits.ts';
import { WorkbenchError } from '../../shared/errors.ts';
import { findAttribution } from '../../shared/extract/attribution.ts';
import { judgeWorthiness } from '../../shared/extract/checkworthy.ts';
import type { DroppedFile, EditResult, ImportOutcome } from '../../shared/ipc-contract.ts';
import type { Attribution, DocumentSummary, DocumentView, FactDocument, HistoryEntry, HistoryItem, LibraryState, Notice, SearchQuery, SearchResult, SimilarClaim } from '../../shared/model.ts';
import { renderExport } from '../../shared/report/render-report.ts';
import { DEFAULT_CHOICES, FORMAT_INFO, type ExportChoices, type ReportContext } from '../../shared/report/report-options.ts';
import { defaultSettings, type Settings } from '../../shared/settings.ts';
import { extractArticle } from '../import/read-article.ts';
import { readInputFile } from '../import/read-input-file.ts';
import { LibrarySearch } from '../search/library-search.ts';
import { LibraryStore } from '../store/library-store.ts';
import { SCHEMA_VERSION } from '../store/schema.ts';
import { SettingsStore } from '../store/settings-store.ts';
import { buildDocument, documentFrom, newClaim, randomId } from './build-document.ts';
import { undoStateOf as undoState } from '../../shared/undo-state.ts';
import { putClaim, record, step } from './history.ts';
import { importSeeds } from './seeds.ts';
import { writeExportFile } from './write-export.ts';

/** A history entry without its snapshots. */
function historyItem({ id, at, claimId, label }: HistoryEntry): HistoryItem {
  return { id, at, claimId, label };
}

/** Where the service keeps its library, where it finds seed articles, and its clock (tests fix it). */
export interface ServiceOptions {
  dataDir: string;
  seedsDir: string | null;
  now?: () => Date;
  /** The app's version, printed in reports. */
  appVersion?: string;
  /** Build the search index right after start-up (the app does; the CLI builds it only when it searches). */
  searchInBackground?: boolean;
}

/** The operating-system user, the default reviewer name. */
function osUser(): string {
  try {
    return userInfo().username;
  } catch {
    return '';
  }
}

/**
 * Everything the app does, in plain Node: the Electron main process, the CLI and the tests all drive this
 * one service, so what the tests exercise is what users run.
 */
export class WorkbenchService {
  readonly dataDir: string;
  readonly #store: LibraryStore | null;
  readonly #notices: Notice[];
  readonly #now: () => Date;
  readonly #settings: SettingsStore | null;
  readonly #search: LibrarySearch | null;
  readonly appVersion: string;

  private constructor(dataDir: string, store: LibraryStore | null, settings: SettingsStore | null, notices: Notice[], now: () => Date, appVersion: string) {
    this.dataDir = dataDir;
    this.#store = store;
    this.#settings = settings;
    this.#search = store ? new LibrarySearch(store) : null;
    this.#notices = notices;
    this.#now = now;
    this.appVersion = appVersion;
  }

  /** Opens the store and loads seeds; problems become notices so the app still opens. */
  static async start(options: ServiceOptions): Promise<WorkbenchService> {
    const now = options.now ?? ((): Date => new Date());
    let store: LibraryStore | null = null;
    const notices: Notice[] = [];
    try {
      store = await LibraryStore.open(options.dataDir, now);
    } catch (err) {
      notices.push({ level: 'error', message: `${(err as Error).message} Nothing was changed; fix the folder or choose another with FACTCHECK_DATA_DIR, then restart.` });
    }
    let settings: SettingsStore | null = null;
    if (store) {
      try {
        const opened = await SettingsStore.open(options.dataDir, defaultSettings(osUser()));
        settings = opened.store;
        if (opened.notice) notices.push({ level: 'warning', message: opened.notice });
      } catch (err) {
        notices.push({ level: 'warning', message: `${(err as Error).message} Settings are back to their defaults until it is fixed.` });
      }
    }
    if (store && options.seedsDir) notices.push(...(await importSeeds(store, options.seedsDir, now())));
    const service = new WorkbenchService(options.dataDir, store, settings, notices, now, options.appVersion ?? '0.0.0-dev');
    if (options.searchInBackground) void service.#search?.start();
    return service;
  }

  get #ready(): LibraryStore {
    if (!this.#store) throw new WorkbenchError('store', `The library in ${this.dataDir} could not be opened; see the message at the top of the window.`);
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
  async editClaim(documentId: string, claimId: string, edit: ClaimEdit): Promise<EditResult> {
    const at = this.#now().toISOString();
    return this.#change(documentId, claimId, (doc) => {
      const claim = doc.claims.find((c) => c.id === claimId);
      if (!claim) throw new WorkbenchError('not-found', `Document ${documentId} has no claim ${claimId}.`);
      if (edit.kind === 'remove-evidence' && !claim.evidence.some((e) => e.id === edit.evidenceId)) {
        throw new WorkbenchError('not-found', `Claim ${claim.n} has no evidence ${edit.evidenceId}.`);
      }
      if (isNoOp(claim, edit)) return null;
      const after = applyEdit(claim, edit, { now: at, newId: () => `e-${randomId()}` });
      putClaim(doc, claimId, after);
      const entry: HistoryEntry = { id: `h-${randomId(6)}`, at, claimId, label: describeEdit(edit, claim), before: claim, after };
      record(doc, entry);
      return entry;
    });
  }

  /** Adds the article text between two offsets as a claim, attributed and judged like extracted ones. */
  async addClaim(documentId: string, start: number, end: number): Promise<EditResult> {
    const at = this.#now().toISOString();
    let claimId = '';
    return this.#change(documentId, () => claimId, (doc) => {
      if (end > doc.text.length) throw new WorkbenchError('invalid-argument', 'The selection is outside the article text.');
      const raw = doc.text.slice(start, end);
      const lead = raw.length - raw.trimStart().length;
      const text = raw.trim().replace(/\s+/g, ' ');
      if (text.length < 3) throw new WorkbenchError('invalid-argument', 'Select at least a few words to add as a claim.');
      const s = start + lead;
      const e = s + raw.trim().length;
      if (doc.claims.some((c) => !c.dismissed && c.start === s && c.end === e)) {
        throw new WorkbenchError('invalid-argument', 'That text is already a claim.');
      }
      const local = findAttribution(text, 'sentence');
      const attribution: Attribution | null = local ? { source: local.source, anonymous: local.anonymous, cue: local.cue, start: s + local.start, end: s + local.end } : null;
      const n = Math.max(0, ...doc.claims.map((c) => c.n)) + 1;
      claimId = `m${n}`;
      const worth = judgeWorthiness(text, attribution !== null);
      const claim = { ...newClaim({ text, start: s, end: e, kind: 'sentence', ...worth, attribution }, claimId, n, 'manual'), promoted: !worth.checkworthy };
      putClaim(doc, claimId, claim);
      const entry: HistoryEntry = { id: `h-${randomId(6)}`, at, claimId, label: 'Added as a claim from the article text', before: null, after: claim };
      record(doc, entry);
      return entry;
    });
  }

  /** Undoes the document's last change. */
  async undo(documentId: string): Promise<EditResult | null> {
    return this.#step(documentId, 'undo');
  }

  /** Redoes the last undone change. */
  async redo(documentId: string): Promise<EditResult | null> {
    return this.#step(documentId, 'redo');
  }

  async #step(documentId: string, direction: 'undo' | 'redo'): Promise<EditResult | null> {
    const doc = await this.getDocument(documentId);
    if ((direction === 'undo' ? doc.undoStack : doc.redoStack).length === 0) return null;
    const at = this.#now().toISOString();
    let claimId = '';
    return this.#change(documentId, () => claimId, (d) => {
      const entry = step(d, direction, at, `h-${randomId(6)}`);
      claimId = entry?.claimId ?? '';
      return entry;
    });
  }

  /** Runs a change to one document and reports the claim, summary and undo state once it is on disk. */
  async #change(documentId: string, claimId: string | (() => string), change: (doc: FactDocument) => HistoryEntry | null): Promise<EditResult> {
    const { result: entry, summary, document } = await this.#ready.updateDocument(documentId, change);
    const id = typeof claimId === 'string' ? claimId : claimId();
    // The document as written is at hand: no need to read it again for the search index.
    if (entry) this.#search?.claimChanged(document, id);
    return { claimId: id, claim: document.claims.find((c) => c.id === id) ?? null, summary, entry: entry ? historyItem(entry) : null, undo: undoState(document) };
  }

  /** Imports an article file from disk. */
  async importFile(path: string, url: string | null = null): Promise<DocumentSummary> {
    const bytes = await readInputFile(path);
    const doc = buildDocument(basename(path), bytes, this.#now());
    if (url) doc.sourceUrl = url;
    return this.#added(await this.#ready.addDocument(doc));
  }

  /** Makes a new (or restored) document searchable. */
  async #added(summary: DocumentSummary): Promise<DocumentSummary> {
    this.#search?.documentChanged(await this.getDocument(summary.id));
    return summary;
  }

  /** Imports several files; each one that fails is reported by name and the rest still land. */
  async importPaths(paths: readonly string[], url: string | null = null): Promise<ImportOutcome> {
    return this.#importEach(paths, (p) => this.importFile(p, url));
  }

  /** Imports files dropped on the window (bytes already checked by the IPC validator). */
  async importDropped(files: readonly DroppedFile[]): Promise<ImportOutcome> {
    return this.#importEach(files, async (f) => this.#added(await this.#ready.addDocument(buildDocument(f.name, f.bytes, this.#now()))));
  }

  /** Imports pasted text: an HTML page's source is read as HTML, anything else as plain text. */
  async importText(text: string): Promise<ImportOutcome> {
    return this.#importEach([text], async (t) => {
      const extraction = extractArticle(t, 'text', 'Pasted article');
      if (extraction.units.length === 0) throw new WorkbenchError('import', 'The pasted text has no sentences to review.');
      return this.#added(await this.#ready.addDocument(documentFrom(extraction, 'Pasted text', this.#now())));
    });
  }

  async #importEach<T>(items: readonly T[], one: (item: T) => Promise<DocumentSummary>): Promise<ImportOutcome> {
    const outcome: ImportOutcome = { imported: [], errors: [] };
    for (const item of items) {
      try {
        outcome.imported.push(await one(item));
      } catch (err) {
        outcome.errors.push((err as Error).message);
      }
    }
    return outcome;
  }

  /** Puts the newest readable backup of a damaged document back in place. */
  async restoreBackup(documentId: string): Promise<LibraryState> {
    await this.#added(await this.#ready.restoreBackup(documentId));
    return this.getLibrary();
  }

  /** Moves a document to the trash. */
  async deleteDocument(documentId: string): Promise<LibraryState> {
    await this.#ready.deleteDocument(documentId);
    this.#search?.documentRemoved(documentId);
    return this.getLibrary();
  }

  /** Restores a document from the trash. */
  async restoreDocument(documentId: string): Promise<LibraryState> {
    await this.#ready.restoreDocument(documentId);
    const summary = this.#ready.documents.find((d) => d.id === documentId);
    if (summary) await this.#added(summary);
    return this.getLibrary();
  }

  /** Waits for writes that run in the background (the library index) to reach the disk. */
  async flush(): Promise<void> {
    await this.#store?.flush();
  }

  /** The reviewer and organisation that sign reports. */
  async getSettings(): Promise<Settings> {
    return this.#settings?.settings ?? defaultSettings(osUser());
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

  /** Who and when, for a report. */
  async #context(): Promise<ReportContext> {
    const s = await this.getSettings();
    return { exportedAt: this.#now(), reviewer: s.reviewer, organisation: s.organisation, organisationUrl: s.organisationUrl, appVersion: this.appVersion };
  }

  /** A document rendered in the chosen format. */
  async renderExport(documentId: string, choices: ExportChoices = DEFAULT_CHOICES): Promise<string> {
    return renderExport(await this.getDocument(documentId), choices, await this.#context(), SCHEMA_VERSION);
  }

  /** A file name to suggest when saving a document's export. */
  async exportFileName(documentId: string, choices: ExportChoices = DEFAULT_CHOICES): Promise<string> {
    const doc = await this.getDocument(documentId);
    const suffix = choices.format === 'markdown' ? 'report' : choices.format;
    return `${doc.id.replace(/-[0-9a-f]{6}$/, '')}-${suffix}.${FORMAT_INFO[choices.format].extension}`;
  }

  /** Writes a document's export to `path` (a path the user chose in the save dialog, or gave the CLI). */
  async writeExport(documentId: string, choices: ExportChoices, path: string): Promise<string> {
    return writeExportFile(path, await this.renderExport(documentId, choices));
  }
}

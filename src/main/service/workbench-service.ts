import { readFile, writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { applyEdit, describeEdit, isNoOp, type ClaimEdit } from '../../shared/claim-edits.ts';
import { WorkbenchError } from '../../shared/errors.ts';
import { findAttribution } from '../../shared/extract/attribution.ts';
import { judgeWorthiness } from '../../shared/extract/checkworthy.ts';
import type { DroppedFile, EditResult, ImportOutcome } from '../../shared/ipc-contract.ts';
import type { Attribution, DocumentSummary, DocumentView, FactDocument, HistoryEntry, HistoryItem, LibraryState, Notice } from '../../shared/model.ts';
import { renderMarkdownReport } from '../../shared/report/markdown-report.ts';
import { extractArticle } from '../import/read-article.ts';
import { LibraryStore } from '../store/library-store.ts';
import { buildDocument, documentFrom, newClaim, randomId } from './build-document.ts';
import { describeFsError } from './fs-errors.ts';
import { putClaim, record, step, undoState } from './history.ts';
import { importSeeds } from './seeds.ts';

/** A history entry without its snapshots. */
function historyItem({ id, at, claimId, label }: HistoryEntry): HistoryItem {
  return { id, at, claimId, label };
}

/** Where the service keeps its library, where it finds seed articles, and its clock (tests fix it). */
export interface ServiceOptions {
  dataDir: string;
  seedsDir: string | null;
  now?: () => Date;
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

  private constructor(dataDir: string, store: LibraryStore | null, notices: Notice[], now: () => Date) {
    this.dataDir = dataDir;
    this.#store = store;
    this.#notices = notices;
    this.#now = now;
  }

  /** Opens the store and loads seeds; problems become notices so the app still opens. */
  static async start(options: ServiceOptions): Promise<WorkbenchService> {
    const now = options.now ?? ((): Date => new Date());
    let store: LibraryStore | null = null;
    const notices: Notice[] = [];
    try {
      store = await LibraryStore.open(options.dataDir);
    } catch (err) {
      notices.push({ level: 'error', message: `${(err as Error).message} Nothing was changed; fix the folder or choose another with FACTCHECK_DATA_DIR, then restart.` });
    }
    if (store && options.seedsDir) notices.push(...(await importSeeds(store, options.seedsDir, now())));
    return new WorkbenchService(options.dataDir, store, notices, now);
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
      notices: [...this.#notices],
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
    let state = undoState(await this.getDocument(documentId));
    let claim = null;
    const { result: entry, summary } = await this.#ready.updateDocument(documentId, (doc) => {
      const entry = change(doc);
      const id = typeof claimId === 'string' ? claimId : claimId();
      claim = doc.claims.find((c) => c.id === id) ?? null;
      state = undoState(doc);
      return entry;
    });
    return { claimId: typeof claimId === 'string' ? claimId : claimId(), claim, summary, entry: entry ? historyItem(entry) : null, undo: state };
  }

  /** Imports an article file from disk. */
  async importFile(path: string): Promise<DocumentSummary> {
    let bytes: Buffer;
    try {
      bytes = await readFile(path);
    } catch (err) {
      throw new WorkbenchError('import', `Cannot read ${path}: ${describeFsError(err)}.`);
    }
    return this.#ready.addDocument(buildDocument(basename(path), bytes, this.#now()));
  }

  /** Imports several files; each one that fails is reported by name and the rest still land. */
  async importPaths(paths: readonly string[]): Promise<ImportOutcome> {
    return this.#importEach(paths, (p) => this.importFile(p));
  }

  /** Imports files dropped on the window (bytes already checked by the IPC validator). */
  async importDropped(files: readonly DroppedFile[]): Promise<ImportOutcome> {
    return this.#importEach(files, (f) => this.#ready.addDocument(buildDocument(f.name, f.bytes, this.#now())));
  }

  /** Imports pasted text: an HTML page's source is read as HTML, anything else as plain text. */
  async importText(text: string): Promise<ImportOutcome> {
    return this.#importEach([text], async (t) => {
      const extraction = extractArticle(t, 'text', 'Pasted article');
      if (extraction.units.length === 0) throw new WorkbenchError('import', 'The pasted text has no sentences to review.');
      return this.#ready.addDocument(documentFrom(extraction, 'Pasted text', this.#now()));
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

  /** Moves a document to the trash. */
  async deleteDocument(documentId: string): Promise<LibraryState> {
    await this.#ready.deleteDocument(documentId);
    return this.getLibrary();
  }

  /** Restores a document from the trash. */
  async restoreDocument(documentId: string): Promise<LibraryState> {
    await this.#ready.restoreDocument(documentId);
    return this.getLibrary();
  }

  /** The Markdown report of a document. */
  async renderReport(documentId: string): Promise<string> {
    return renderMarkdownReport(await this.getDocument(documentId), { exportedAt: this.#now() });
  }

  /** A file name to suggest when saving a document's report. */
  async reportFileName(documentId: string): Promise<string> {
    const doc = await this.getDocument(documentId);
    return `${doc.id.replace(/-[0-9a-f]{6}$/, '')}-report.md`;
  }

  /** Writes a document's Markdown report to `path` (a path the user chose in the save dialog). */
  async writeReport(documentId: string, path: string): Promise<string> {
    const markdown = await this.renderReport(documentId);
    try {
      await writeFile(path, markdown, 'utf8');
    } catch (err) {
      throw new WorkbenchError('io', `The report could not be written to ${path}: ${describeFsError(err)}.`);
    }
    return path;
  }
}

import { readFile, writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { WorkbenchError } from '../../shared/errors.ts';
import type { StatusChange } from '../../shared/ipc-contract.ts';
import type { DocumentSummary, FactDocument, LibraryState, Notice } from '../../shared/model.ts';
import { renderMarkdownReport } from '../../shared/report/markdown-report.ts';
import type { Status } from '../../shared/status.ts';
import { LibraryStore } from '../store/library-store.ts';
import { buildDocument } from './build-document.ts';
import { importSeeds } from './seeds.ts';
import { describeFsError } from './fs-errors.ts';

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

  /** The library listing and start-up notices. */
  async getLibrary(): Promise<LibraryState> {
    return { documents: this.#store ? [...this.#store.documents] : [], notices: [...this.#notices], dataDir: this.dataDir };
  }

  /** One document with its claims. */
  async getDocument(documentId: string): Promise<FactDocument> {
    return this.#ready.getDocument(documentId);
  }

  /** Sets a claim's status; resolves once the change is on disk. */
  async setStatus(documentId: string, claimId: string, status: Status): Promise<StatusChange> {
    const at = this.#now().toISOString();
    const { result: claim, summary } = await this.#ready.updateDocument(documentId, (doc) => {
      const found = doc.claims.find((c) => c.id === claimId);
      if (!found) throw new WorkbenchError('not-found', `Document ${documentId} has no claim ${claimId}.`);
      if (found.status !== status) {
        found.status = status;
        found.statusChangedAt = at;
      }
      return { ...found };
    });
    return { claim, summary };
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

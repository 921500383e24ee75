import { basename } from 'node:path';
import type { DroppedFile, ImportOutcome, ImportProgress } from '../../shared/ipc-contract.ts';
import type { DocumentSummary } from '../../shared/model.ts';
import { extractOffThread } from '../import/extract-off-thread.ts';
import type { ExtractJob } from '../import/extract-job.ts';
import { readInputFile } from '../import/read-input-file.ts';
import type { LibrarySearch } from '../search/library-search.ts';
import type { ServiceParts } from './service-parts.ts';
import type { LibraryStore } from '../store/library-store.ts';
import { documentFrom } from './build-document.ts';

/** Articles coming into the library: files by path, dropped files and pasted text; each made searchable. */
export class ImportService {
  readonly #store: LibraryStore;
  readonly #search: LibrarySearch | null;
  readonly #now: () => Date;
  readonly #progress: (progress: ImportProgress) => void;

  constructor({ store, search, now, progress }: ServiceParts) {
    this.#store = store;
    this.#search = search;
    this.#now = now;
    this.#progress = progress ?? (() => undefined);
  }

  /** Imports an article file from disk. */
  async importFile(path: string, url: string | null = null): Promise<DocumentSummary> {
    const bytes = await readInputFile(path);
    return this.#import({ kind: 'file', name: basename(path), bytes }, basename(path), url);
  }

  /** Extracts one article off the writer's thread, telling the window how far it has come, and stores it. */
  async #import(job: ExtractJob, name: string, url: string | null = null): Promise<DocumentSummary> {
    this.#progress({ name, stage: 'reading', percent: 0 });
    try {
      const extraction = await extractOffThread(job, (percent) => this.#progress({ name, stage: 'reading', percent }));
      this.#progress({ name, stage: 'saving', percent: 100 });
      const doc = documentFrom(extraction, name, this.#now());
      if (url) doc.sourceUrl = url;
      return await this.added(await this.#store.addDocument(doc));
    } finally {
      this.#progress({ name, stage: 'done', percent: 100 });
    }
  }

  /** Makes a new (or restored) document searchable. */
  async added(summary: DocumentSummary): Promise<DocumentSummary> {
    this.#search?.documentChanged(await this.#store.getDocument(summary.id));
    return summary;
  }

  /** Imports several files; each one that fails is reported by name and the rest still land. */
  async importPaths(paths: readonly string[], url: string | null = null): Promise<ImportOutcome> {
    return this.#importEach(paths, (p) => this.importFile(p, url));
  }

  /** Imports files dropped on the window (bytes already checked by the IPC validator). */
  async importDropped(files: readonly DroppedFile[]): Promise<ImportOutcome> {
    return this.#importEach(files, (f) => this.#import({ kind: 'file', name: f.name, bytes: f.bytes }, f.name));
  }

  /** Imports pasted text: an HTML page's source is read as HTML, anything else as plain text. */
  async importText(text: string): Promise<ImportOutcome> {
    return this.#importEach([text], (t) => this.#import({ kind: 'text', text: t }, 'Pasted text'));
  }

  /** Runs `one` on each item, collecting what was imported and a message for each failure. */
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
}

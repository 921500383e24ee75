import { basename } from 'node:path';
import { WorkbenchError } from '../../shared/errors.ts';
import type { DroppedFile, ImportOutcome } from '../../shared/ipc-contract.ts';
import type { DocumentSummary } from '../../shared/model.ts';
import { extractArticle } from '../import/read-article.ts';
import { readInputFile } from '../import/read-input-file.ts';
import type { LibrarySearch } from '../search/library-search.ts';
import type { ServiceParts } from './service-parts.ts';
import type { LibraryStore } from '../store/library-store.ts';
import { buildDocument, documentFrom } from './build-document.ts';

/** Articles coming into the library: files by path, dropped files and pasted text; each made searchable. */
export class ImportService {
  readonly #store: LibraryStore;
  readonly #search: LibrarySearch | null;
  readonly #now: () => Date;

  constructor({ store, search, now }: ServiceParts) {
    this.#store = store;
    this.#search = search;
    this.#now = now;
  }

  /** Imports an article file from disk. */
  async importFile(path: string, url: string | null = null): Promise<DocumentSummary> {
    const bytes = await readInputFile(path);
    const doc = buildDocument(basename(path), bytes, this.#now());
    if (url) doc.sourceUrl = url;
    return this.added(await this.#store.addDocument(doc));
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
    return this.#importEach(files, async (f) => this.added(await this.#store.addDocument(buildDocument(f.name, f.bytes, this.#now()))));
  }

  /** Imports pasted text: an HTML page's source is read as HTML, anything else as plain text. */
  async importText(text: string): Promise<ImportOutcome> {
    return this.#importEach([text], async (t) => {
      const extraction = extractArticle(t, 'text', 'Pasted article');
      if (extraction.units.length === 0) throw new WorkbenchError('import', 'The pasted text has no sentences to review.');
      return this.added(await this.#store.addDocument(documentFrom(extraction, 'Pasted text', this.#now())));
    });
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

import { basename } from 'node:path';
import { WorkbenchError } from '../../shared/errors.ts';
import type { DroppedFile, ImportOutcome, ImportProgress, PendingImport } from '../../shared/ipc-contract.ts';
import { articleKey, sameArticle } from '../../shared/article-identity.ts';
import { articleDoubts, duplicateDoubt, textFingerprint } from '../../shared/import-checks.ts';
import type { DocumentSummary, FactDocument } from '../../shared/model.ts';
import { applyNewVersion, describeVersion } from '../../shared/versions.ts';
import { extractOffThread } from '../import/extract-off-thread.ts';
import type { ExtractJob } from '../import/extract-job.ts';
import { readInputFile } from '../import/read-input-file.ts';
import type { LibrarySearch } from '../search/library-search.ts';
import type { ServiceParts } from './service-parts.ts';
import type { LibraryStore } from '../store/library-store.ts';
import { documentFrom, randomId } from './new-document.ts';
import { PendingImports } from './pending-imports.ts';

/** Whether an import asks first when the article looks doubtful (not an article, no claims, already there). */
export type ImportMode = 'ask' | 'anyway';

/** Articles coming into the library: files by path, dropped files and pasted text; each made searchable. */
export class ImportService {
  readonly #store: LibraryStore;
  readonly #search: LibrarySearch | null;
  readonly #now: () => Date;
  readonly #progress: (progress: ImportProgress) => void;
  readonly #pending = new PendingImports();

  constructor({ store, search, now, progress }: ServiceParts) {
    this.#store = store;
    this.#search = search;
    this.#now = now;
    this.#progress = progress ?? (() => undefined);
  }

  /** Imports an article file from disk without asking (a newer version of a library article updates it). */
  async importFile(path: string, url: string | null = null, messages: string[] = []): Promise<DocumentSummary> {
    const landed = await this.#importPath(path, url, 'anyway', messages);
    if ('token' in landed) throw new WorkbenchError('internal', 'An import without questions was held for an answer.');
    return landed;
  }

  async #importPath(path: string, url: string | null, mode: ImportMode, messages: string[]): Promise<DocumentSummary | PendingImport> {
    const bytes = await readInputFile(path);
    return this.#import({ kind: 'file', name: basename(path), bytes }, basename(path), url, mode, messages);
  }

  /**
   * Extracts one article off the writer's thread, telling the window how far it has come, and stores it; or,
   * when it looks like no article, has no claims or is already in the library, holds it for the user's answer.
   */
  async #import(job: ExtractJob, name: string, url: string | null, mode: ImportMode, messages: string[]): Promise<DocumentSummary | PendingImport> {
    this.#progress({ name, stage: 'reading', percent: 0 });
    try {
      const extraction = await extractOffThread(job, (percent) => this.#progress({ name, stage: 'reading', percent }));
      const doc = documentFrom(extraction, name, this.#now());
      if (url) doc.sourceUrl = url;
      doc.fingerprint = textFingerprint(doc.text);
      if (mode === 'ask') {
        const key = articleKey(doc.sourceUrl) ?? articleKey(doc.metadata?.canonicalUrl);
        const duplicate = duplicateDoubt(name, key, doc.fingerprint, this.#store.documents);
        const doubts = [...articleDoubts(name, extraction), ...(duplicate ? [duplicate] : [])];
        if (doubts.length > 0) return { token: this.#pending.hold(doc), name, title: doc.title, doubts };
      }
      this.#progress({ name, stage: 'saving', percent: 100 });
      return await this.#addOrVersion(doc, messages);
    } finally {
      this.#progress({ name, stage: 'done', percent: 100 });
    }
  }

  /** Stores an article the user chose to import despite the doubts shown (as a newer version when it is one). */
  async confirmImport(token: string): Promise<ImportOutcome> {
    const doc = this.#pending.take(token);
    const messages: string[] = [];
    const summary = await this.#addOrVersion(doc, messages);
    return { imported: [summary], errors: [], pending: [], ...(messages.length ? { messages } : {}) };
  }

  /** Forgets an article the user chose not to import. */
  dropImport(token: string): void {
    this.#pending.drop(token);
  }

  /**
   * Adds a document, or, when the library already has the article (the same address) with other text, makes
   * it that document's newer version so no mark, note or evidence is lost. The same text again adds nothing.
   */
  async #addOrVersion(doc: FactDocument, messages: string[]): Promise<DocumentSummary> {
    const key = articleKey(doc.sourceUrl) ?? articleKey(doc.metadata?.canonicalUrl);
    const existing = key ? this.#store.documents.find((d) => d.articleKey === key && !d.damaged) : undefined;
    if (!existing) return this.added(await this.#store.addDocument(doc));
    return this.importVersion(existing.id, doc, messages);
  }

  /** Makes `next` the newer version of document `documentId` (found by its address, or named by the user). */
  async importVersion(documentId: string, next: FactDocument, messages: string[] = []): Promise<DocumentSummary> {
    const at = this.#now().toISOString();
    const current = await this.#store.getDocument(documentId);
    if (sameArticle({ ...current, sourceUrl: null, metadata: {} }, { ...next, sourceUrl: null, metadata: {} })) {
      messages.push(`“${current.title}” is already in the library with the same text; nothing was added.`);
      return this.#store.documents.find((d) => d.id === documentId)!;
    }
    const { result: changes, summary } = await this.#store.updateDocument(documentId, (d) => applyNewVersion(d, next, at, () => `h-${randomId(6)}`));
    messages.push(describeVersion(next.title, changes));
    return this.added(summary);
  }

  /** Makes a new (or restored) document searchable. */
  async added(summary: DocumentSummary): Promise<DocumentSummary> {
    this.#search?.documentChanged(await this.#store.getDocument(summary.id));
    return summary;
  }

  /** Imports several files; each one that fails is reported by name and the rest still land. */
  async importPaths(paths: readonly string[], url: string | null = null, mode: ImportMode = 'ask'): Promise<ImportOutcome> {
    return this.#importEach(paths, (p, messages) => this.#importPath(p, url, mode, messages));
  }

  /** Imports files dropped on the window (bytes already checked by the IPC validator). */
  async importDropped(files: readonly DroppedFile[], mode: ImportMode = 'ask'): Promise<ImportOutcome> {
    return this.#importEach(files, (f, messages) => this.#import({ kind: 'file', name: f.name, bytes: f.bytes }, f.name, null, mode, messages));
  }

  /** Imports pasted text: an HTML page's source is read as HTML, anything else as plain text. */
  async importText(text: string, mode: ImportMode = 'ask'): Promise<ImportOutcome> {
    return this.#importEach([text], (t, messages) => this.#import({ kind: 'text', text: t }, 'Pasted text', null, mode, messages));
  }

  /** Runs `one` on each item, collecting what was imported, what waits for an answer and a message for each failure. */
  async #importEach<T>(items: readonly T[], one: (item: T, messages: string[]) => Promise<DocumentSummary | PendingImport>): Promise<ImportOutcome> {
    const outcome: ImportOutcome = { imported: [], errors: [], pending: [] };
    const messages: string[] = [];
    for (const item of items) {
      try {
        const landed = await one(item, messages);
        if ('token' in landed) outcome.pending.push(landed);
        else outcome.imported.push(landed);
      } catch (err) {
        outcome.errors.push((err as Error).message);
      }
    }
    if (messages.length) outcome.messages = messages;
    return outcome;
  }
}

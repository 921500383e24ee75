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
/** What an import tells the checker beyond what landed: messages, and the documents they speak for. */
interface Told {
  messages: string[];
  /** Documents updated to a newer version, or found unchanged: their message says it, not "Imported". */
  updated: Set<string>;
}

const newTold = (): Told => ({ messages: [], updated: new Set() });

/** The outcome with what the import told. */
function withTold(outcome: ImportOutcome, told: Told): ImportOutcome {
  const updated = outcome.imported.filter((d) => told.updated.has(d.id)).map((d) => d.id);
  return { ...outcome, ...(told.messages.length ? { messages: told.messages } : {}), ...(updated.length ? { updated } : {}) };
}

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
  async importFile(path: string, url: string | null = null, told: Told = newTold()): Promise<DocumentSummary> {
    const landed = await this.#importPath(path, url, 'anyway', told);
    if ('token' in landed) throw new WorkbenchError('internal', 'An import without questions was held for an answer.');
    return landed;
  }

  async #importPath(path: string, url: string | null, mode: ImportMode, told: Told): Promise<DocumentSummary | PendingImport> {
    const bytes = await readInputFile(path);
    return this.#import({ kind: 'file', name: basename(path), bytes }, basename(path), url, mode, told);
  }

  /**
   * Extracts one article off the writer's thread, telling the window how far it has come, and stores it; or,
   * when it looks like no article, has no claims or is already in the library, holds it for the user's answer.
   */
  async #import(job: ExtractJob, name: string, url: string | null, mode: ImportMode, told: Told): Promise<DocumentSummary | PendingImport> {
    this.#progress({ name, stage: 'reading', percent: 0 });
    try {
      const extraction = await extractOffThread(job, (percent) => this.#progress({ name, stage: 'reading', percent }));
      const doc = documentFrom(extraction, name, this.#now());
      if (url) doc.sourceUrl = url;
      doc.fingerprint = textFingerprint(doc.text);
      if (mode === 'ask') {
        const found = duplicateDoubt(name, doc.fingerprint, this.#store.documents);
        // The same text at the same address changes nothing whatever the answer: it is said, not asked.
        const key = articleKey(doc.sourceUrl) ?? articleKey(doc.metadata?.canonicalUrl);
        const duplicate = found && key !== null && this.#store.documents.find((d) => d.id === found.duplicateOf)?.articleKey === key ? null : found;
        const doubts = [...articleDoubts(name, extraction), ...(duplicate ? [duplicate] : [])];
        if (doubts.length > 0) return { token: this.#pending.hold(doc), name, title: doc.title, doubts };
      }
      this.#progress({ name, stage: 'saving', percent: 100 });
      return await this.#addOrVersion(doc, told);
    } finally {
      this.#progress({ name, stage: 'done', percent: 100 });
    }
  }

  /** Stores an article the user chose to import despite the doubts shown (as a newer version when it is one). */
  async confirmImport(token: string): Promise<ImportOutcome> {
    const doc = this.#pending.take(token);
    const told = newTold();
    const summary = await this.#addOrVersion(doc, told);
    return withTold({ imported: [summary], errors: [], pending: [] }, told);
  }

  /** Forgets an article the user chose not to import. */
  dropImport(token: string): void {
    this.#pending.drop(token);
  }

  /**
   * Adds a document, or, when the library already has the article (the same address) with other text, makes
   * it that document's newer version so no mark, note or evidence is lost. The same text again adds nothing.
   */
  async #addOrVersion(doc: FactDocument, told: Told): Promise<DocumentSummary> {
    const key = articleKey(doc.sourceUrl) ?? articleKey(doc.metadata?.canonicalUrl);
    const existing = key ? this.#store.documents.find((d) => d.articleKey === key && !d.damaged) : undefined;
    if (!existing) return this.added(await this.#store.addDocument(doc));
    return this.importVersion(existing.id, doc, told);
  }

  /** Makes `next` the newer version of document `documentId` (found by its address, or named by the user). */
  async importVersion(documentId: string, next: FactDocument, told: Told = newTold()): Promise<DocumentSummary> {
    const at = this.#now().toISOString();
    const current = await this.#store.getDocument(documentId);
    // Why the id in the message list: the window says one thing per outcome, this message, not also "Imported".
    if (sameArticle({ ...current, sourceUrl: null, metadata: {} }, { ...next, sourceUrl: null, metadata: {} })) {
      told.messages.push(`“${current.title}” is already in the library with the same text; nothing was added.`);
      told.updated.add(documentId);
      return this.#store.documents.find((d) => d.id === documentId)!;
    }
    const { result: changes, summary } = await this.#store.updateDocument(documentId, (d) => applyNewVersion(d, next, at, () => `h-${randomId(6)}`));
    told.messages.push(describeVersion(next.title, changes));
    told.updated.add(documentId);
    return this.added(summary);
  }

  /** Makes a new (or restored) document searchable. */
  async added(summary: DocumentSummary): Promise<DocumentSummary> {
    this.#search?.documentChanged(await this.#store.getDocument(summary.id));
    return summary;
  }

  /** Imports several files; each one that fails is reported by name and the rest still land. */
  async importPaths(paths: readonly string[], url: string | null = null, mode: ImportMode = 'ask'): Promise<ImportOutcome> {
    return this.#importEach(paths, (p, told) => this.#importPath(p, url, mode, told));
  }

  /** Imports files dropped on the window (bytes already checked by the IPC validator). */
  async importDropped(files: readonly DroppedFile[], mode: ImportMode = 'ask'): Promise<ImportOutcome> {
    return this.#importEach(files, (f, told) => this.#import({ kind: 'file', name: f.name, bytes: f.bytes }, f.name, null, mode, told));
  }

  /** Imports pasted text: an HTML page's source is read as HTML, anything else as plain text. */
  async importText(text: string, mode: ImportMode = 'ask'): Promise<ImportOutcome> {
    return this.#importEach([text], (t, told) => this.#import({ kind: 'text', text: t }, 'Pasted text', null, mode, told));
  }

  /** Runs `one` on each item, collecting what was imported, what waits for an answer and a message for each failure. */
  async #importEach<T>(items: readonly T[], one: (item: T, told: Told) => Promise<DocumentSummary | PendingImport>): Promise<ImportOutcome> {
    const outcome: ImportOutcome = { imported: [], errors: [], pending: [] };
    const told = newTold();
    for (const item of items) {
      try {
        const landed = await one(item, told);
        if ('token' in landed) outcome.pending.push(landed);
        else outcome.imported.push(landed);
      } catch (err) {
        outcome.errors.push((err as Error).message);
      }
    }
    return withTold(outcome, told);
  }
}

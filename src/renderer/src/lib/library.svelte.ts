import type { DocumentSummary, LibraryState, Notice } from '../../../shared/model.ts';

/** The library as the sidebar shows it: documents, trash and start-up notices. */
export class Library {
  #state = $state<LibraryState>({ documents: [], trash: [], notices: [], dataDir: '' });

  get documents(): DocumentSummary[] {
    return this.#state.documents;
  }
  get trash(): DocumentSummary[] {
    return this.#state.trash;
  }
  get notices(): Notice[] {
    return this.#state.notices;
  }

  /** Replaces the whole listing with what main sent. */
  set(state: LibraryState): void {
    this.#state = state;
  }

  /** Puts one document's newer summary in the listing (a damaged entry keeps its warning). */
  put(summary: DocumentSummary): void {
    this.#state.documents = this.#state.documents.map((d) => (d.id === summary.id && !d.damaged ? summary : d));
  }

  /** A listed document's summary. */
  find(documentId: string): DocumentSummary | undefined {
    return this.#state.documents.find((d) => d.id === documentId);
  }

  /** The document `delta` places from `documentId` in the listing, kept within its ends. */
  adjacent(documentId: string | undefined, delta: number): DocumentSummary | undefined {
    const docs = this.#state.documents;
    const at = docs.findIndex((d) => d.id === documentId);
    return docs[Math.max(0, Math.min(docs.length - 1, at + delta))];
  }
}

import type { Claim, FactDocument, SearchQuery, SearchResult, SimilarClaim } from '../../shared/model.ts';
import { sameArticle } from '../../shared/article-identity.ts';
import { isVerdict, type Status } from '../../shared/status.ts';
import type { LibraryStore } from '../store/library-store.ts';
import { collectGarbage, withSmallYoungGeneration } from './collect-garbage.ts';
import type { SearchIndex, IndexHit } from './search-index.ts';

const yieldToOthers = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));
const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** How long after the user's last request the background build waits before it goes on. */
const QUIET_MS = 40;

/** A claim of another document as a "checked before?" match, with its source and evidence. */
function similarOf(doc: FactDocument, c: Claim): Omit<SimilarClaim, 'similarity' | 'differences'> {
  return {
    documentId: doc.id,
    documentTitle: doc.title,
    claimId: c.id,
    n: c.n,
    text: c.text,
    status: c.status,
    source: c.attribution?.source ?? null,
    anonymous: c.attribution ? c.attribution.anonymous : null,
    evidence: c.evidence,
    matchedIn: ['claim'],
  };
}

/**
 * Search over the whole library. The index is built after start-up, one document at a time with pauses in
 * between, so the app never waits for it and requests keep being answered while it builds; every change is
 * applied to it as it is saved. A search asked for before it is complete waits for it.
 */
export class LibrarySearch {
  readonly #store: LibraryStore;
  /** The index, loaded with its search library when the build starts: a command that never searches never loads it. */
  #index: SearchIndex | null = null;
  #ready: Promise<void> | null = null;

  constructor(store: LibraryStore) {
    this.#store = store;
  }

  /** Starts building the index in the background (once). */
  start(): Promise<void> {
    this.#ready ??= withSmallYoungGeneration(() => this.#build());
    return this.#ready;
  }

  async #build(): Promise<void> {
    const { SearchIndex } = await import('./search-index.ts');
    const index = (this.#index = new SearchIndex());
    await yieldToOthers();
    let read = 0;
    for (const summary of [...this.#store.documents]) {
      if (index.versions.get(summary.id) === (summary.updatedAt ?? summary.importedAt)) continue;
      // The checker comes first: while documents are being opened or changed, the build waits.
      while (performance.now() - this.#store.lastActivity < QUIET_MS) await sleep(QUIET_MS);
      if (++read % 50 === 0) collectGarbage();
      try {
        let doc = await this.#store.peekDocument(summary.id);
        // Reading took a moment: if the checker started something meanwhile, let it go first.
        while (performance.now() - this.#store.lastActivity < QUIET_MS) await sleep(QUIET_MS);
        // A change saved while this copy was read is not in it (and was not applied to the index yet): read again.
        const listed = this.#store.documents.find((d) => d.id === summary.id);
        if (listed && (listed.updatedAt ?? listed.importedAt) !== (doc.updatedAt ?? doc.importedAt)) doc = await this.#store.peekDocument(summary.id);
        index.indexDocument(doc, doc.updatedAt ?? doc.importedAt);
      } catch {
        // A damaged document is marked and reported by the store; search goes on without it.
      }
      await yieldToOthers();
    }
    index.prepare();
    if (read >= 50) collectGarbage();
    for (const { text, filters } of index.primingQueries()) {
      index.search(text, filters, 20);
      await yieldToOthers();
    }
  }

  /** Re-indexes a document after it was added or restored (a build not yet started will read it anyway). */
  documentChanged(doc: FactDocument): void {
    this.#index?.indexDocument(doc, doc.updatedAt ?? doc.importedAt);
  }

  /** Applies a change to one claim; a document the build has not reached yet is left for the build. */
  claimChanged(doc: FactDocument, claimId: string): void {
    if (this.#index?.has(doc.id)) this.#index.indexClaim(doc, claimId, doc.updatedAt ?? doc.importedAt);
  }

  /** Takes a document out of search (deleted). */
  documentRemoved(documentId: string): void {
    this.#index?.removeDocument(documentId);
  }

  /** How many claims are searchable now. */
  get size(): number {
    return this.#index?.size ?? 0;
  }

  async #details(hits: IndexHit[]): Promise<Array<{ doc: FactDocument; claim: Claim }>> {
    const out: Array<{ doc: FactDocument; claim: Claim }> = [];
    for (const h of hits) {
      try {
        const doc = await this.#store.peekDocument(h.documentId);
        const claim = doc.claims.find((c) => c.id === h.claimId);
        if (claim) out.push({ doc, claim });
      } catch {
        // The document went away between the search and the look-up.
      }
    }
    return out;
  }

  /** Claims matching every word of the query, with filters; answered from the index alone. */
  async search(query: SearchQuery): Promise<SearchResult[]> {
    await this.start();
    const titles = new Map(this.#store.documents.map((d) => [d.id, d.title]));
    return this.#index!.search(query.text, query, query.limit ?? 50).map((h) => ({
      documentId: h.documentId,
      documentTitle: titles.get(h.documentId) ?? '',
      claimId: h.claimId,
      n: h.n,
      text: h.text,
      status: h.status,
      matchedIn: h.fields,
    }));
  }

  /**
   * "Checked before?": claims of other articles that state this one, with what may differ. Claims with a
   * verdict come first, then those in progress, then unchecked ones; weak matches are dropped, and a copy of
   * the same article (same address or same text) is not another article. The index finds every claim alike
   * enough, whichever claim the checker starts from; only the best few of each rank are read in full.
   */
  async similar(doc: FactDocument, claim: Claim, limit = 5): Promise<SimilarClaim[]> {
    await this.start();
    const { differences } = await import('../../shared/similarity.ts');
    const hits = this.#index!.alike(claim.text, doc.id).sort((a, b) => priorRank(a.status) - priorRank(b.status) || b.rank - a.rank);
    const score = new Map(hits.map((h) => [`${h.documentId}/${h.claimId}`, h.rank]));
    const candidates = await this.#details(hits.slice(0, 40));
    const copies = new Map<string, boolean>();
    const isCopy = (other: FactDocument): boolean => {
      if (!copies.has(other.id)) copies.set(other.id, sameArticle(doc, other));
      return copies.get(other.id)!;
    };
    const found: SimilarClaim[] = [];
    for (const { doc: other, claim: c } of candidates) {
      const alike = score.get(`${other.id}/${c.id}`);
      if (c.dismissed || isCopy(other) || alike === undefined) continue;
      found.push({ ...similarOf(other, c), similarity: Math.round(alike * 100) / 100, differences: differences(claim.text, c.text) });
    }
    return found.sort((a, b) => priorRank(a.status) - priorRank(b.status) || b.similarity - a.similarity).slice(0, limit);
  }
}

/** How a match's status ranks it: a verdict is a prior check, In progress half of one, Unreviewed none. */
function priorRank(status: Status): number {
  return isVerdict(status) ? 0 : status === 'in-progress' ? 1 : 2;
}

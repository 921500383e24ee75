import { Index } from 'flexsearch';
import type { Claim, FactDocument } from '../../shared/model.ts';
import { STATUSES, type Status } from '../../shared/status.ts';
import { SimilarityIndex } from './similarity-index.ts';

/** How much of a claim's text the index keeps for showing results (the whole text stays in its document). */
const SNIPPET = 240;

/** One indexed claim: where it lives, and the start of its text for the result list. */
interface Entry {
  documentId: string;
  claimId: string;
  n: number;
  /** The claim's text, kept here so a search answers without reading document files. */
  text: string;
}

/** A match: which claim, and how well it matched (higher is better). */
export interface IndexHit {
  documentId: string;
  claimId: string;
  n: number;
  text: string;
  status: Status;
  rank: number;
}

/** Narrowing a search: by status, by document, by the document's import date (ISO dates, inclusive). */
export interface IndexFilters {
  status?: Status;
  documentId?: string;
  from?: string;
  to?: string;
}

/** The start of a text, cut at a word, as its own string (not a slice that would keep the whole document alive). */
function snippet(text: string): string {
  const cut = text.length <= SNIPPET ? text : `${text.slice(0, text.lastIndexOf(' ', SNIPPET))}…`;
  return (' ' + cut).slice(1);
}

/** The words a claim is found by: its text, source, note and evidence titles. */
function indexedText(claim: Claim): string {
  return [claim.text, claim.attribution?.source ?? '', claim.note, ...claim.evidence.map((e) => e.title)].join(' \n ');
}

/** FNV-1a, 32 bits: enough to tell whether a claim's indexed words changed. */
function hashText(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

const STATUS_CODE = new Map(STATUSES.map((s, i) => [s, i]));

/**
 * Full-text index of every claim, note, source and evidence title in the library (FlexSearch, whole words).
 * Claims get number ids; statuses sit in a typed array so filtering by status costs nothing and a status
 * change needs no re-indexing. A document is re-indexed as a whole when it changes.
 */
export class SearchIndex {
  readonly #index = new Index({ tokenize: 'strict', resolution: 9, cache: false });
  /** The claims' own texts by their weighted terms, for "checked before?" (notes and sources left out). */
  readonly #alike = new SimilarityIndex();
  readonly #entries: Array<Entry | undefined> = [];
  #status = new Uint8Array(1024);
  /** A hash of the text each claim was indexed with: a change that leaves it alone (a status) skips re-indexing. */
  #hash = new Uint32Array(1024);
  readonly #byDocument = new Map<string, number[]>();
  readonly #importedAt = new Map<string, string>();
  /** The version of each document as indexed (its last change), to tell what is out of date. */
  readonly versions = new Map<string, string>();
  #next = 0;

  /** How many claims are indexed. */
  get size(): number {
    let n = 0;
    for (const ids of this.#byDocument.values()) n += ids.length;
    return n;
  }

  /** Indexes (or re-indexes) a document's claims and notes. */
  indexDocument(doc: FactDocument, version: string): void {
    this.removeDocument(doc.id);
    const ids: number[] = [];
    for (const c of doc.claims) if (!c.dismissed) ids.push(this.#add(doc.id, c));
    this.#byDocument.set(doc.id, ids);
    this.#importedAt.set(doc.id, doc.importedAt);
    this.versions.set(doc.id, version);
  }

  /** Indexes one claim under a fresh number id: its text, source, note and evidence titles. */
  #add(documentId: string, claim: Claim): number {
    const id = this.#next++;
    if (id >= this.#status.length) {
      const grown = new Uint8Array(this.#status.length * 2);
      grown.set(this.#status);
      this.#status = grown;
      const hashes = new Uint32Array(this.#hash.length * 2);
      hashes.set(this.#hash);
      this.#hash = hashes;
    }
    const body = indexedText(claim);
    this.#entries[id] = { documentId, claimId: claim.id, n: claim.n, text: snippet(claim.text) };
    this.#status[id] = STATUS_CODE.get(claim.status) ?? 0;
    this.#hash[id] = hashText(body);
    this.#index.add(id, body);
    this.#alike.add(id, claim.text);
    return id;
  }

  /** Takes a document out of the index. */
  removeDocument(documentId: string): void {
    for (const id of this.#byDocument.get(documentId) ?? []) {
      this.#index.remove(id);
      this.#alike.remove(id);
      this.#entries[id] = undefined;
    }
    this.#byDocument.delete(documentId);
    this.#importedAt.delete(documentId);
    this.versions.delete(documentId);
  }

  /** Claims whose text, source, note or evidence titles hold every word of the query, best first. */
  search(query: string, filters: IndexFilters = {}, limit = 50): IndexHit[] {
    const raw = this.#index.search(query, { limit: filters.status || filters.documentId || filters.from || filters.to ? 5000 : limit * 2 }) as number[];
    return this.#pick(raw, filters, limit);
  }

  /**
   * "Checked before?": claims of other documents as alike to `text` as the threshold asks, every one of them
   * (the same pairs are found from either claim), with their similarity as `rank` (0..1), best first.
   */
  alike(text: string, excludeDocumentId: string): IndexHit[] {
    const hits = this.#alike.similar(text, (id) => this.#entries[id]?.documentId === excludeDocumentId);
    const out: IndexHit[] = [];
    for (const { id, score } of hits) {
      const entry = this.#entries[id];
      if (entry) out.push({ documentId: entry.documentId, claimId: entry.claimId, n: entry.n, text: entry.text, status: STATUSES[this.#status[id]!]!, rank: score });
    }
    return out;
  }

  #pick(raw: number[], filters: IndexFilters, limit: number): IndexHit[] {
    const out: IndexHit[] = [];
    const status = filters.status ? STATUS_CODE.get(filters.status) : undefined;
    for (let i = 0; i < raw.length && out.length < limit; i++) {
      const id = raw[i]!;
      const entry = this.#entries[id];
      if (!entry) continue;
      if (status !== undefined && this.#status[id] !== status) continue;
      if (filters.documentId && entry.documentId !== filters.documentId) continue;
      const date = this.#importedAt.get(entry.documentId)?.slice(0, 10) ?? '';
      if (filters.from && date < filters.from) continue;
      if (filters.to && date > filters.to) continue;
      out.push({ documentId: entry.documentId, claimId: entry.claimId, n: entry.n, text: entry.text, status: STATUSES[this.#status[id]!]!, rank: raw.length - i });
    }
    return out;
  }

  /** True when the document has been indexed (at some version). */
  has(documentId: string): boolean {
    return this.#byDocument.has(documentId);
  }

  /** Re-indexes one claim of an indexed document (added, changed, dismissed or removed) and bumps its version. */
  indexClaim(doc: FactDocument, claimId: string, version: string): void {
    const ids = this.#byDocument.get(doc.id);
    if (!ids) return;
    const claim = doc.claims.find((c) => c.id === claimId);
    const at = ids.findIndex((id) => this.#entries[id]?.claimId === claimId);
    // Why: removing from the full-text index scans all of it; a change that leaves the indexed words as
    // they were (a status, the usual change) only updates the status column.
    if (at >= 0 && claim && !claim.dismissed && this.#hash[ids[at]!] === hashText(indexedText(claim))) {
      this.#status[ids[at]!] = STATUS_CODE.get(claim.status) ?? 0;
      this.versions.set(doc.id, version);
      return;
    }
    if (at >= 0) {
      this.#index.remove(ids[at]!);
      this.#alike.remove(ids[at]!);
      this.#entries[ids[at]!] = undefined;
      ids.splice(at, 1);
    }
    if (claim && !claim.dismissed) ids.push(this.#add(doc.id, claim));
    this.versions.set(doc.id, version);
  }

  /** Records a claim's new status without re-indexing its text. */
  setStatus(documentId: string, claimId: string, status: Status): void {
    for (const id of this.#byDocument.get(documentId) ?? []) {
      if (this.#entries[id]?.claimId === claimId) this.#status[id] = STATUS_CODE.get(status) ?? 0;
    }
  }
}

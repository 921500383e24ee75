import type { Claim, FactDocument, SearchField } from '../../shared/model.ts';
import { prefixWord, searchTerm, searchWords } from '../../shared/search-words.ts';
import { STATUSES, type Status } from '../../shared/status.ts';
import { ClaimTable, snippet } from './claim-table.ts';
import { FIELD_BITS, fieldTerms, hashClaim } from './claim-fields.ts';
import { PostingLists } from './posting-lists.ts';
import { driverPostings, matcher, ScratchTables, TopHits, type QueryWord } from './query-match.ts';
import { SimilarityIndex } from './similarity-index.ts';

/** A match: which claim, how well it matched (higher is better), and in which of its fields. */
export interface IndexHit {
  documentId: string;
  claimId: string;
  n: number;
  text: string;
  status: Status;
  rank: number;
  fields: SearchField[];
}

/** Narrowing a search: by status, by document, by the document's import date (ISO dates, inclusive). */
export interface IndexFilters {
  status?: Status;
  documentId?: string;
  from?: string;
  to?: string;
}

/** A word found only in a source, note or evidence title counts for less than one in the claim itself. */
const OTHER_FIELD_WEIGHT = 0.6;
/** A prefix that opens more terms than this is taken as a whole word only. */
const PREFIX_MAX_TERMS = 64;

const STATUS_CODE = new Map(STATUSES.map((s, i) => [s, i]));


/**
 * Full-text index of every claim, note, source and evidence title in the library: words stemmed (so
 * "prosecutor" finds "prosecutors"), the last word of a query also as a prefix, every word required,
 * ranked by how rare the words are and whether they are in the claim itself. Postings and claims are
 * typed arrays; a status change needs no re-indexing; a document is re-indexed as a whole when it changes.
 */
export class SearchIndex {
  readonly #words = new PostingLists();
  readonly #claims = new ClaimTable();
  /** The claims' own texts by their weighted terms, for "checked before?" (notes and sources left out). */
  readonly #alike = new SimilarityIndex({
    claimsWith: (stems, visit) => {
      for (const s of stems) {
        const term = this.#words.termId(s);
        if (term === undefined) continue;
        for (const posting of this.#words.list(term)) if (posting & 1 && this.#claims.isLive(posting >>> 4)) visit(posting >>> 4);
      }
    },
    text: (id) => this.#claims.text(id),
    capacity: () => this.#claims.capacity,
  });
  readonly #documents = new Map<string, { slot: number; ids: number[] }>();
  readonly #slots: string[] = [];
  readonly #importDay: string[] = [];
  /** Claim numbers by claim id, for the few documents being changed (built when first needed). */
  readonly #lookups = new Map<string, Map<string, number>>();
  /** Tables by claim id for words with several lists (a prefix), kept between searches. */
  readonly #scratch = new ScratchTables(() => this.#claims.capacity);
  /** The version of each document as indexed (its last change), to tell what is out of date. */
  readonly versions = new Map<string, string>();

  /** Bytes held in typed arrays by each part of the index, for measuring. */
  get bytes(): { words: number; claims: number; texts: number } {
    return { words: this.#words.bytes, claims: this.#claims.bytes, texts: this.#claims.heapUsed };
  }

  /** How many claims are indexed. */
  get size(): number {
    return this.#claims.liveCount;
  }

  /** Indexes (or re-indexes) a document's claims and notes. */
  indexDocument(doc: FactDocument, version: string): void {
    this.removeDocument(doc.id);
    const slot = this.#slots.length;
    this.#slots.push(doc.id);
    this.#importDay.push(doc.importedAt.slice(0, 10));
    const ids: number[] = [];
    for (const c of doc.claims) if (!c.dismissed) ids.push(this.#add(slot, c));
    this.#documents.set(doc.id, { slot, ids });
    this.versions.set(doc.id, version);
  }

  #add(slot: number, claim: Claim): number {
    const id = this.#claims.add(slot, claim.id, claim.n, STATUS_CODE.get(claim.status) ?? 0, hashClaim(claim), claim.text);
    for (const [term, bits] of fieldTerms(claim)) this.#words.append(this.#words.ensure(term), id * 16 + bits);
    this.#alike.add(id, claim.text);
    return id;
  }

  #kill(id: number): void {
    if (!this.#claims.isLive(id)) return;
    // Counted out of "checked before?" first: it reads the claim's text, which the table lets go of.
    this.#alike.remove(id);
    this.#claims.kill(id);
  }

  /**
   * Readies what a first search would otherwise build (the sorted terms for prefixes) and gives back the room
   * the claims' columns grew into; for when the library is read. (The word lists are left as they are: copying
   * thousands of small lists to fit leaves the memory they held to the process, which then takes more.)
   */
  prepare(): void {
    this.#words.sortTerms();
    this.#claims.fit();
  }

  /**
   * Queries like a checker's (two words of one claim, typed and complete, with and without a filter), from
   * claims spread over the library: run once when the index is built, they have the search compiled before
   * the checker's first searches, which would otherwise run in the interpreter, several times slower.
   */
  primingQueries(): Array<{ text: string; filters: IndexFilters }> {
    const out: Array<{ text: string; filters: IndexFilters }> = [];
    const step = Math.max(1, Math.floor(this.#claims.capacity / 12));
    for (let id = 0; id < this.#claims.capacity; id += step) {
      if (!this.#claims.isLive(id)) continue;
      const [a, b] = searchWords(this.#claims.text(id)).sort((x, y) => y.length - x.length);
      if (!a || !b) continue;
      out.push({ text: `${a} ${b}`, filters: {} }, { text: `${b} ${a} `, filters: { status: 'verified' } }, { text: `${a} ${b.slice(0, 4)}`, filters: {} });
    }
    return out;
  }

  /** Takes a document out of the index. */
  removeDocument(documentId: string): void {
    for (const id of this.#documents.get(documentId)?.ids ?? []) this.#kill(id);
    this.#documents.delete(documentId);
    this.#lookups.delete(documentId);
    this.versions.delete(documentId);
    this.#compactIfWasteful();
  }

  #compactIfWasteful(): void {
    const dead = this.#claims.capacity - this.#claims.liveCount;
    if (dead < 4096 || dead < this.#claims.liveCount) return;
    const claims = this.#claims;
    this.#words.compact((posting) => claims.isLive(posting >>> 4));
    claims.compactIfWasteful();
  }

  /** The lists a query word is found in: its stem, and for the last word every term it begins. */
  #queryWord(word: string, prefix: boolean): QueryWord | null {
    const terms = new Set<number>();
    const exact = this.#words.termId(searchTerm(word));
    if (exact !== undefined) terms.add(exact);
    if (prefix) for (const t of this.#words.withPrefix(word, PREFIX_MAX_TERMS) ?? []) terms.add(t);
    if (terms.size === 0) return null;
    const lists = [...terms].map((t) => this.#words.list(t));
    const count = lists.reduce((sum, l) => sum + l.length, 0);
    return { lists, idf: Math.log(1 + this.#claims.capacity / count) };
  }

  /**
   * Claims whose text, source, note or evidence titles hold every word of the query (the last one also as
   * the start of a word), best first.
   */
  search(query: string, filters: IndexFilters = {}, limit = 50): IndexHit[] {
    const words = [...new Set(searchWords(query))];
    if (words.length === 0 || limit <= 0) return [];
    const typing = prefixWord(query);
    const found: QueryWord[] = [];
    for (let i = 0; i < words.length; i++) {
      const w = this.#queryWord(words[i]!, words[i] === typing);
      if (!w) return [];
      found.push(w);
    }
    // The rarest word drives: each claim it lists is looked up in the others' lists, all read in ascending order.
    found.sort((a, b) => b.idf - a.idf);
    const status = filters.status ? STATUS_CODE.get(filters.status) : undefined;
    const slot = filters.documentId ? this.#documents.get(filters.documentId)?.slot : undefined;
    if (filters.documentId && slot === undefined) return [];
    // Read once: the loop below runs for every claim the rarest word lists.
    const from = filters.from ?? '';
    const to = filters.to ?? '';
    const others = found.slice(1).map((w) => matcher(w, this.#scratch));
    const top = new TopHits(limit);
    const driver = driverPostings(found[0]!);
    for (let i = 0; i < driver.length; i++) {
      const posting = driver[i]!;
      const id = posting >>> 4;
      if (!this.#claims.isLive(id)) continue;
      if (status !== undefined && this.#claims.status(id) !== status) continue;
      if (slot !== undefined && this.#claims.docSlot(id) !== slot) continue;
      if (from || to) {
        const day = this.#importDay[this.#claims.docSlot(id)]!;
        if ((from && day < from) || (to && day > to)) continue;
      }
      let score = found[0]!.idf * (posting & 1 ? 1 : OTHER_FIELD_WEIGHT);
      let all = posting & 15;
      for (let k = 0; k < others.length; k++) {
        const b = others[k]!.bits(id);
        if (b === 0) {
          score = -1;
          break;
        }
        score += found[k + 1]!.idf * (b & 1 ? 1 : OTHER_FIELD_WEIGHT);
        all |= b;
      }
      if (score >= 0) top.offer(id, score, all);
    }
    for (const m of others) m.release();
    return top.sorted().map(({ id, score, bits }) => this.#hit(id, score, bits));
  }


  #hit(id: number, rank: number, fieldBits: number): IndexHit {
    return {
      documentId: this.#slots[this.#claims.docSlot(id)]!,
      claimId: this.#claims.claimId(id),
      n: this.#claims.n(id),
      text: snippet(this.#claims.text(id)),
      status: STATUSES[this.#claims.status(id)]!,
      rank,
      fields: FIELD_BITS.filter(([, bit]) => fieldBits & bit).map(([field]) => field),
    };
  }

  /**
   * "Checked before?": claims of other documents as alike to `text` as the threshold asks, every one of them
   * (the same pairs are found from either claim), with their similarity as `rank` (0..1), best first.
   */
  alike(text: string, excludeDocumentId: string): IndexHit[] {
    const excluded = this.#documents.get(excludeDocumentId)?.slot;
    const hits = this.#alike.similar(text, (id) => !this.#claims.isLive(id) || this.#claims.docSlot(id) === excluded);
    return hits.map(({ id, score }) => ({ ...this.#hit(id, score, 1), fields: ['claim'] }));
  }

  /** A weighing of "checked before?" terms by how rare they are in the library now. */
  weigher(): (term: string) => number {
    return this.#alike.weigher();
  }

  /** True when the document has been indexed (at some version). */
  has(documentId: string): boolean {
    return this.#documents.has(documentId);
  }

  /** The claim number of a claim id in an indexed document. */
  #find(documentId: string, claimId: string): number | undefined {
    const entry = this.#documents.get(documentId);
    if (!entry) return undefined;
    let lookup = this.#lookups.get(documentId);
    if (!lookup) {
      // Kept for the few documents being worked on: a checker changes claims of one or two at a time.
      if (this.#lookups.size >= 4) this.#lookups.delete(this.#lookups.keys().next().value!);
      lookup = new Map(entry.ids.map((id) => [this.#claims.claimId(id), id]));
      this.#lookups.set(documentId, lookup);
    }
    return lookup.get(claimId);
  }

  /** Re-indexes one claim of an indexed document (added, changed, dismissed or removed) and bumps its version. */
  indexClaim(doc: FactDocument, claimId: string, version: string): void {
    const entry = this.#documents.get(doc.id);
    if (!entry) return;
    const claim = doc.claims.find((c) => c.id === claimId);
    const id = this.#find(doc.id, claimId);
    // Why: a change that leaves the indexed words as they were (a status, the usual change) only updates
    // the status column; anything else files the claim again under a new number.
    if (id !== undefined && claim && !claim.dismissed && this.#claims.hash(id) === hashClaim(claim)) {
      this.#claims.setStatus(id, STATUS_CODE.get(claim.status) ?? 0);
      this.versions.set(doc.id, version);
      return;
    }
    if (id !== undefined) {
      this.#kill(id);
      entry.ids.splice(entry.ids.indexOf(id), 1);
      this.#lookups.get(doc.id)?.delete(claimId);
    }
    if (claim && !claim.dismissed) {
      const added = this.#add(entry.slot, claim);
      entry.ids.push(added);
      this.#lookups.get(doc.id)?.set(claimId, added);
    }
    this.versions.set(doc.id, version);
    this.#compactIfWasteful();
  }

  /** Records a claim's new status without re-indexing its text. */
  setStatus(documentId: string, claimId: string, status: Status): void {
    const id = this.#find(documentId, claimId);
    if (id !== undefined) this.#claims.setStatus(id, STATUS_CODE.get(status) ?? 0);
  }
}

/**
 * Terms and, for each, the ascending list of numbers filed under it (claim ids, optionally with flag bits
 * below them), in growable typed arrays: a few bytes a posting, where a Set or an array of objects costs
 * tens. Lists only grow; the owner tells which numbers are dead and asks for a compaction now and then.
 */
export class PostingLists {
  readonly #ids = new Map<string, number>();
  readonly #terms: string[] = [];
  #lists: Uint32Array[] = [];
  #lengths = new Uint32Array(256);
  /** Postings held, dead ones included. */
  #total = 0;
  /** Terms sorted, for prefixes; terms that came in since wait in #unsorted until a prefix is looked up. */
  #sorted: string[] = [];
  #unsorted: string[] = [];

  /** How many postings are held, dead ones included. */
  get total(): number {
    return this.#total;
  }

  /** Bytes held by the lists (used and reserved), for measuring. */
  get bytes(): number {
    return this.#lists.reduce((sum, l) => sum + l.byteLength, 0) + this.#lengths.byteLength;
  }

  /** How many terms are known. */
  get termCount(): number {
    return this.#terms.length;
  }

  /** The id of a term, or undefined when no list was ever filed under it. */
  termId(term: string): number | undefined {
    return this.#ids.get(term);
  }

  /** The term of an id. */
  term(id: number): string {
    return this.#terms[id]!;
  }

  /** The id of a term, made when it is new. */
  ensure(term: string): number {
    let id = this.#ids.get(term);
    if (id === undefined) {
      id = this.#terms.length;
      this.#ids.set(term, id);
      this.#terms.push(term);
      this.#lists.push(new Uint32Array(4));
      if (id >= this.#lengths.length) {
        const grown = new Uint32Array(this.#lengths.length * 2);
        grown.set(this.#lengths);
        this.#lengths = grown;
      }
      this.#unsorted.push(term);
    }
    return id;
  }

  /** Files `value` under a term id; values must come in ascending order for each term. */
  append(termId: number, value: number): void {
    let list = this.#lists[termId]!;
    const length = this.#lengths[termId]!;
    if (length === list.length) {
      const grown = new Uint32Array(list.length < 1024 ? list.length * 2 : list.length + (list.length >>> 1));
      grown.set(list);
      list = this.#lists[termId] = grown;
    }
    list[length] = value;
    this.#lengths[termId] = length + 1;
    this.#total++;
  }

  /** Files `value` under a term id in its place in the order, once (a value already there stays as it is). */
  file(termId: number, value: number): void {
    const list = this.list(termId);
    if (list.length === 0 || list[list.length - 1]! < value) return this.append(termId, value);
    let at = 0;
    while (at < list.length && list[at]! < value) at++;
    if (list[at] === value) return;
    this.append(termId, value);
    const grownList = this.#lists[termId]!;
    grownList.copyWithin(at + 1, at, this.#lengths[termId]! - 1);
    grownList[at] = value;
  }

  /** The values filed under a term id (a view: valid until the next append or compaction). */
  list(termId: number): Uint32Array {
    return this.#lists[termId]!.subarray(0, this.#lengths[termId]!);
  }

  /** How many values are filed under a term id, dead ones included. */
  length(termId: number): number {
    return this.#lengths[termId]!;
  }

  /**
   * Puts the terms that came in since the last look-up in their places: a few (an article imported) one by
   * one, many (the library read at start-up) by sorting all again. Call it when idle to spare the next search.
   */
  sortTerms(): string[] {
    if (this.#unsorted.length > 2000) {
      this.#sorted = [...this.#terms].sort();
    } else {
      for (const term of this.#unsorted) this.#sorted.splice(lowerBound(this.#sorted, term), 0, term);
    }
    this.#unsorted = [];
    return this.#sorted;
  }

  /** The ids of terms that start with `prefix`, at most `max` of them (undefined when there are more). */
  withPrefix(prefix: string, max: number): number[] | undefined {
    const sorted = this.sortTerms();
    const out: number[] = [];
    for (let i = lowerBound(sorted, prefix); i < sorted.length && sorted[i]!.startsWith(prefix); i++) {
      if (out.length === max) return undefined;
      out.push(this.#ids.get(sorted[i]!)!);
    }
    return out;
  }

  /** Drops every value `keep` refuses, from every list, and gives back the memory of lists that shrank. */
  compact(keep: (value: number) => boolean): void {
    this.#total = 0;
    for (let t = 0; t < this.#lists.length; t++) {
      const list = this.#lists[t]!;
      let n = 0;
      for (let i = 0; i < this.#lengths[t]!; i++) if (keep(list[i]!)) list[n++] = list[i]!;
      this.#lengths[t] = n;
      this.#total += n;
      if (list.length > 8 && n < list.length >>> 2) this.#lists[t] = list.slice(0, Math.max(4, n * 2));
    }
  }
}

/** The first place in a sorted list whose entry is not before `key`. */
function lowerBound(sorted: readonly string[], key: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

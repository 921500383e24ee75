// How a query's words are matched against posting lists: the rarest word's list driven, the others looked up.

/** One word of a query: the posting lists it may be found in, and how rare it is. */
export interface QueryWord {
  lists: Uint32Array[];
  idf: number;
}

/** A word's postings in ascending order of claim, one per claim (the bits of its lists joined). */
export function driverPostings(word: QueryWord): Uint32Array {
  if (word.lists.length === 1) return word.lists[0]!;
  const byClaim = new Map<number, number>();
  for (const list of word.lists) for (const p of list) byClaim.set(p >>> 4, (byClaim.get(p >>> 4) ?? 0) | (p & 15));
  return Uint32Array.from([...byClaim.keys()].sort((a, b) => a - b), (id) => id * 16 + byClaim.get(id)!);
}

/** Zeroed tables by claim id, kept between searches so a search allocates none (each is zeroed before it is kept). */
export class ScratchTables {
  readonly #free: Uint8Array[] = [];
  readonly #capacity: () => number;

  constructor(capacity: () => number) {
    this.#capacity = capacity;
  }

  /** A zeroed table for every claim id given so far. */
  take(): Uint8Array {
    const table = this.#free.pop();
    return table && table.length >= this.#capacity() ? table : new Uint8Array(Math.ceil(this.#capacity() * 1.25) + 1024);
  }

  /** Keeps a table the caller has zeroed. */
  give(table: Uint8Array): void {
    this.#free.push(table);
  }
}

/** Whether a claim is in a word's lists, and in which fields (0: not at all), for claims asked in ascending order. */
export interface Matcher {
  bits(id: number): number;
  /** Gives back what the matcher borrowed. */
  release(): void;
}

/**
 * A matcher over a word's lists: one list is walked with a galloping cursor; several are first marked in a
 * table. Classes, not closures: a closure made for each search would be compiled anew for each, and a large
 * search would run in the interpreter.
 */
export function matcher(word: QueryWord, scratch: ScratchTables): Matcher {
  return word.lists.length > 1 ? new TableMatcher(word.lists, scratch) : new ListMatcher(word.lists[0]!);
}

/** Several lists marked in a borrowed table by claim. */
class TableMatcher implements Matcher {
  readonly #lists: Uint32Array[];
  readonly #marks: Uint8Array;
  readonly #scratch: ScratchTables;

  constructor(lists: Uint32Array[], scratch: ScratchTables) {
    this.#lists = lists;
    this.#scratch = scratch;
    this.#marks = scratch.take();
    for (const list of lists) for (let i = 0; i < list.length; i++) this.#marks[list[i]! >>> 4]! |= list[i]! & 15;
  }

  bits(id: number): number {
    return this.#marks[id]!;
  }

  release(): void {
    for (const list of this.#lists) for (let i = 0; i < list.length; i++) this.#marks[list[i]! >>> 4] = 0;
    this.#scratch.give(this.#marks);
  }
}

/** One list, walked forward as ascending claims are asked for. */
class ListMatcher implements Matcher {
  readonly #list: Uint32Array;
  #at = 0;

  constructor(list: Uint32Array) {
    this.#list = list;
  }

  bits(id: number): number {
    const list = this.#list;
    let at = this.#at;
    if (at >= list.length) return 0;
    if (list[at]! >>> 4 < id) {
      // Gallop: double the step until past the claim, then halve back to it.
      let step = 1;
      while (at + step < list.length && list[at + step]! >>> 4 < id) step *= 2;
      let lo = at + (step >>> 1);
      let hi = Math.min(at + step, list.length);
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (list[mid]! >>> 4 < id) lo = mid + 1;
        else hi = mid;
      }
      at = this.#at = lo;
    }
    return at < list.length && list[at]! >>> 4 === id ? list[at]! & 15 : 0;
  }

  release(): void {
    // Nothing borrowed.
  }
}

/** The best `limit` claims offered, first come first kept among equals. */
export class TopHits {
  readonly #limit: number;
  readonly #hits: Array<{ id: number; score: number; bits: number }> = [];
  #floor = -Infinity;

  constructor(limit: number) {
    this.#limit = limit;
  }

  /** Keeps a claim if it beats the weakest kept. */
  offer(id: number, score: number, bits: number): void {
    if (this.#hits.length === this.#limit && score <= this.#floor) return;
    this.#hits.push({ id, score, bits });
    if (this.#hits.length > this.#limit) {
      let weakest = 0;
      for (let i = 1; i < this.#hits.length; i++) {
        const h = this.#hits[i]!;
        const w = this.#hits[weakest]!;
        if (h.score < w.score || (h.score === w.score && h.id > w.id)) weakest = i;
      }
      this.#hits.splice(weakest, 1);
    }
    if (this.#hits.length === this.#limit) this.#floor = Math.min(...this.#hits.map((h) => h.score));
  }

  /** The kept claims, best first, earlier first among equals. */
  sorted(): Array<{ id: number; score: number; bits: number }> {
    return [...this.#hits].sort((a, b) => b.score - a.score || a.id - b.id);
  }
}

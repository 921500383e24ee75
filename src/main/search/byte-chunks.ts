/** Bytes a chunk holds. */
const CHUNK_BITS = 18;
const CHUNK = 1 << CHUNK_BITS;
/** Entries longer than this get an array of their own, so a chunk never wastes more than a quarter at its end. */
const LARGE = CHUNK >>> 2;
/** The place of an entry kept in an array of its own: past every place a chunk can give. */
const OWN = 0xffffffff;

/**
 * Byte strings stored one after another in fixed chunks of 256 KB that are never copied, each found by the
 * place put() gave it. Why not one growing array: doubling it reserves up to twice what it holds and copies
 * it all each time, and the freed copies stay in the process's memory; chunks reserve at most one chunk more
 * than they hold. Entries longer than a quarter chunk are kept apart, by a key the caller gives.
 */
export class ByteChunks {
  #chunks: Uint8Array[] = [];
  /** Where the next entry goes: chunk number times CHUNK, plus the offset in it. */
  #end = 0;
  #own = new Map<number, Uint8Array>();
  #stored = 0;

  /** Bytes of the entries held. */
  get stored(): number {
    return this.#stored;
  }

  /** Bytes reserved: the chunks, and the entries kept apart. */
  get reserved(): number {
    let sum = this.#chunks.length * CHUNK;
    for (const bytes of this.#own.values()) sum += bytes.byteLength;
    return sum;
  }

  /** Stores two byte strings one after the other under `key` and gives their place (for at() and drop()). */
  put(key: number, a: Uint8Array, b: Uint8Array): number {
    const length = a.length + b.length;
    this.#stored += length;
    if (length > LARGE) {
      const own = new Uint8Array(length);
      own.set(a);
      own.set(b, a.length);
      this.#own.set(key, own);
      return OWN;
    }
    // An entry never straddles two chunks: one that would not fit starts the next.
    if ((this.#end & (CHUNK - 1)) + length > CHUNK) this.#end = ((this.#end >>> CHUNK_BITS) + 1) * CHUNK;
    const chunk = this.#end >>> CHUNK_BITS;
    while (this.#chunks.length <= chunk) this.#chunks.push(new Uint8Array(CHUNK));
    const at = this.#end & (CHUNK - 1);
    this.#chunks[chunk]!.set(a, at);
    this.#chunks[chunk]!.set(b, at + a.length);
    const place = this.#end;
    this.#end += length;
    return place;
  }

  /** `length` bytes from `offset` within the entry at `place` (stored under `key`), as a view. */
  at(key: number, place: number, offset: number, length: number): Uint8Array {
    if (place === OWN) return this.#own.get(key)!.subarray(offset, offset + length);
    const from = (place & (CHUNK - 1)) + offset;
    return this.#chunks[place >>> CHUNK_BITS]!.subarray(from, from + length);
  }

  /**
   * Counts an entry's bytes out of `stored`. They stay readable, kept apart or in a chunk, until the next copy
   * leaves them behind: a claim's text is read while it is being taken out of the index.
   */
  drop(length: number): void {
    this.#stored -= length;
  }

  /** A store of only the entries `each` moves, in fresh chunks: it calls `move(key, place, length)` for each it keeps and takes the new place. */
  static copy(from: ByteChunks, each: (move: (key: number, place: number, length: number) => number) => void): ByteChunks {
    const to = new ByteChunks();
    each((key, place, length) => {
      const bytes = from.at(key, place, 0, length);
      return to.put(key, bytes, bytes.subarray(0, 0));
    });
    return to;
  }
}

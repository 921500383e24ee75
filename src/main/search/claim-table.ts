import { ByteChunks } from './byte-chunks.ts';

/** How much of a claim's text the index keeps for showing results (the whole text stays in its document). */
export const SNIPPET = 240;

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** The start of a text, cut at a word. */
export function snippet(text: string): string {
  return text.length <= SNIPPET ? text : `${text.slice(0, text.lastIndexOf(' ', SNIPPET))}…`;
}

/** Grows a typed array to at least `need` entries, keeping what it holds: doubling while small, then by half (less reserved unused). */
function grow<T extends Uint8Array | Uint16Array | Uint32Array>(array: T, need: number, make: (n: number) => T): T {
  if (need <= array.length) return array;
  const grown = make(Math.max(need, array.length < 65536 ? array.length * 2 : Math.ceil(array.length * 1.5)));
  grown.set(array);
  return grown;
}

/** A typed array cut to `keep` entries when it reserves more than an eighth beyond them (a view would keep it all). */
function fit<T extends Uint8Array | Uint16Array | Uint32Array>(array: T, used: number, floor: number): T {
  const keep = Math.max(floor, Math.ceil(used * 1.0625));
  return array.length > keep + (keep >>> 3) ? (array.slice(0, keep) as T) : array;
}

/**
 * The indexed claims as columns, by a number given to each claim as it is indexed: its document, number,
 * status, a hash of its indexed words, whether it is still live, and its id and text as UTF-8 in chunks of
 * bytes (byte-chunks.ts). Per claim this costs about the length of its text and 26 bytes, where objects with
 * strings cost several times that; the chunks are copied afresh when the dead take more than the living.
 */
export class ClaimTable {
  #doc = new Uint32Array(1024);
  #n = new Uint32Array(1024);
  #status = new Uint8Array(1024);
  #hash = new Uint32Array(1024);
  #live = new Uint8Array(1024);
  #start = new Uint32Array(1024);
  // Why 32 bits: an id comes from the document file, whose shape bounds no string; 16 bits would wrap past 64 KB.
  #idLength = new Uint32Array(1024);
  #textLength = new Uint32Array(1024);
  /** The claims' ids and texts, one after the other, by the place in #start. */
  #bytes = new ByteChunks();
  /** Bytes of dead claims still in a chunk, given back at the next compaction. */
  #deadBytes = 0;
  #next = 0;
  #liveCount = 0;

  /** Numbers given so far (one past the highest). */
  get capacity(): number {
    return this.#next;
  }

  /** Bytes held by the columns and the chunks (used and reserved), for measuring. */
  get bytes(): number {
    return [this.#doc, this.#n, this.#status, this.#hash, this.#live, this.#start, this.#idLength, this.#textLength].reduce((sum, a) => sum + a.byteLength, this.#bytes.reserved);
  }

  /** Bytes of the live claims' ids and texts. */
  get heapUsed(): number {
    return this.#bytes.stored;
  }

  /** Claims live now. */
  get liveCount(): number {
    return this.#liveCount;
  }

  /** Files a claim and gives it its number. */
  add(docSlot: number, claimId: string, n: number, status: number, hash: number, text: string): number {
    const id = this.#next++;
    const need = id + 1;
    this.#doc = grow(this.#doc, need, (k) => new Uint32Array(k));
    this.#n = grow(this.#n, need, (k) => new Uint32Array(k));
    this.#status = grow(this.#status, need, (k) => new Uint8Array(k));
    this.#hash = grow(this.#hash, need, (k) => new Uint32Array(k));
    this.#live = grow(this.#live, need, (k) => new Uint8Array(k));
    this.#start = grow(this.#start, need, (k) => new Uint32Array(k));
    this.#idLength = grow(this.#idLength, need, (k) => new Uint32Array(k));
    this.#textLength = grow(this.#textLength, need, (k) => new Uint32Array(k));
    const idBytes = encoder.encode(claimId);
    const textBytes = encoder.encode(text);
    this.#doc[id] = docSlot;
    this.#n[id] = n;
    this.#status[id] = status;
    this.#hash[id] = hash;
    this.#live[id] = 1;
    this.#start[id] = this.#bytes.put(id, idBytes, textBytes);
    this.#idLength[id] = idBytes.length;
    this.#textLength[id] = textBytes.length;
    this.#liveCount++;
    return id;
  }

  /** Marks a claim dead: searches skip it from now on. */
  kill(id: number): void {
    if (!this.#live[id]) return;
    this.#live[id] = 0;
    this.#liveCount--;
    const length = this.#idLength[id]! + this.#textLength[id]!;
    this.#bytes.drop(length);
    this.#deadBytes += length;
  }

  /** True while the claim is indexed. */
  isLive(id: number): boolean {
    return this.#live[id] === 1;
  }

  /** The slot of the claim's document. */
  docSlot(id: number): number {
    return this.#doc[id]!;
  }

  /** The claim's number in its document. */
  n(id: number): number {
    return this.#n[id]!;
  }

  /** The claim's status code. */
  status(id: number): number {
    return this.#status[id]!;
  }

  /** Records a new status code. */
  setStatus(id: number, status: number): void {
    this.#status[id] = status;
  }

  /** The hash of the words the claim was indexed with. */
  hash(id: number): number {
    return this.#hash[id]!;
  }

  /** The claim's id in its document. */
  claimId(id: number): string {
    return decoder.decode(this.#bytes.at(id, this.#start[id]!, 0, this.#idLength[id]!));
  }

  /** The claim's text. */
  text(id: number): string {
    return decoder.decode(this.#bytes.at(id, this.#start[id]!, this.#idLength[id]!, this.#textLength[id]!));
  }

  /**
   * Gives back what the columns reserved beyond what they hold (growing leaves up to half of them unused once a
   * library is read); the next claims grow them again.
   */
  fit(): void {
    const n = this.#next;
    this.#doc = fit(this.#doc, n, 1024);
    this.#n = fit(this.#n, n, 1024);
    this.#status = fit(this.#status, n, 1024);
    this.#hash = fit(this.#hash, n, 1024);
    this.#live = fit(this.#live, n, 1024);
    this.#start = fit(this.#start, n, 1024);
    this.#idLength = fit(this.#idLength, n, 1024);
    this.#textLength = fit(this.#textLength, n, 1024);
  }

  /** Gives back the chunk space of dead claims once they hold more than the living. */
  compactIfWasteful(): void {
    if (this.#deadBytes < 1 << 20 || this.#deadBytes < this.#bytes.stored) return;
    this.#bytes = ByteChunks.copy(this.#bytes, (move) => {
      for (let id = 0; id < this.#next; id++) if (this.#live[id]) this.#start[id] = move(id, this.#start[id]!, this.#idLength[id]! + this.#textLength[id]!);
    });
    this.#deadBytes = 0;
  }
}

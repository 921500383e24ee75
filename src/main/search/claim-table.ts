/** How much of a claim's text the index keeps for showing results (the whole text stays in its document). */
export const SNIPPET = 240;

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** The start of a text, cut at a word. */
export function snippet(text: string): string {
  return text.length <= SNIPPET ? text : `${text.slice(0, text.lastIndexOf(' ', SNIPPET))}…`;
}

/** Grows a typed array to at least `need` entries, keeping what it holds. */
function grow<T extends Uint8Array | Uint16Array | Uint32Array>(array: T, need: number, make: (n: number) => T): T {
  if (need <= array.length) return array;
  const grown = make(Math.max(need, array.length * 2));
  grown.set(array);
  return grown;
}

/**
 * The indexed claims as columns, by a number given to each claim as it is indexed: its document, number,
 * status, a hash of its indexed words, whether it is still live, and its id and text as UTF-8 in one
 * shared byte heap. Per claim this costs about the length of its text and 24 bytes, where objects with
 * strings cost several times that; the heap is compacted when the dead take more than the living.
 */
export class ClaimTable {
  #doc = new Uint32Array(1024);
  #n = new Uint32Array(1024);
  #status = new Uint8Array(1024);
  #hash = new Uint32Array(1024);
  #live = new Uint8Array(1024);
  #start = new Uint32Array(1024);
  #idLength = new Uint16Array(1024);
  #textLength = new Uint32Array(1024);
  #heap = new Uint8Array(1 << 16);
  #heapUsed = 0;
  #deadBytes = 0;
  #next = 0;
  #liveCount = 0;

  /** Numbers given so far (one past the highest). */
  get capacity(): number {
    return this.#next;
  }

  /** Bytes held by the columns and the heap (used and reserved), for measuring. */
  get bytes(): number {
    return [this.#doc, this.#n, this.#status, this.#hash, this.#live, this.#start, this.#idLength, this.#textLength, this.#heap].reduce((sum, a) => sum + a.byteLength, 0);
  }

  /** Bytes of the heap in use. */
  get heapUsed(): number {
    return this.#heapUsed;
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
    this.#idLength = grow(this.#idLength, need, (k) => new Uint16Array(k));
    this.#textLength = grow(this.#textLength, need, (k) => new Uint32Array(k));
    const idBytes = encoder.encode(claimId);
    const textBytes = encoder.encode(text);
    this.#heap = grow(this.#heap, this.#heapUsed + idBytes.length + textBytes.length, (k) => new Uint8Array(k));
    this.#heap.set(idBytes, this.#heapUsed);
    this.#heap.set(textBytes, this.#heapUsed + idBytes.length);
    this.#doc[id] = docSlot;
    this.#n[id] = n;
    this.#status[id] = status;
    this.#hash[id] = hash;
    this.#live[id] = 1;
    this.#start[id] = this.#heapUsed;
    this.#idLength[id] = idBytes.length;
    this.#textLength[id] = textBytes.length;
    this.#heapUsed += idBytes.length + textBytes.length;
    this.#liveCount++;
    return id;
  }

  /** Marks a claim dead: searches skip it from now on. */
  kill(id: number): void {
    if (!this.#live[id]) return;
    this.#live[id] = 0;
    this.#liveCount--;
    this.#deadBytes += this.#idLength[id]! + this.#textLength[id]!;
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
    const start = this.#start[id]!;
    return decoder.decode(this.#heap.subarray(start, start + this.#idLength[id]!));
  }

  /** The claim's text. */
  text(id: number): string {
    const start = this.#start[id]! + this.#idLength[id]!;
    return decoder.decode(this.#heap.subarray(start, start + this.#textLength[id]!));
  }

  /** Gives back the heap space of dead claims once they hold more than the living. */
  compactIfWasteful(): void {
    if (this.#deadBytes < 1 << 20 || this.#deadBytes < this.#heapUsed - this.#deadBytes) return;
    const heap = new Uint8Array(Math.ceil(Math.max(1 << 16, (this.#heapUsed - this.#deadBytes) * 1.25)));
    let used = 0;
    for (let id = 0; id < this.#next; id++) {
      if (!this.#live[id]) continue;
      const length = this.#idLength[id]! + this.#textLength[id]!;
      heap.set(this.#heap.subarray(this.#start[id]!, this.#start[id]! + length), used);
      this.#start[id] = used;
      used += length;
    }
    this.#heap = heap;
    this.#heapUsed = used;
    this.#deadBytes = 0;
  }
}

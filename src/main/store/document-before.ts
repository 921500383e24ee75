import type { Claim, FactDocument, HistoryEntry } from '../../shared/model.ts';
import type { Items } from '../../shared/summary.ts';

/**
 * Items per piece: below V8's large-object size (128 KiB of pointers). A young allocation of that size costs a
 * few microseconds; one array of 20,000 claims is a large object, which costs about a millisecond to allocate.
 */
const PIECE_BITS = 13;
const PIECE = 1 << PIECE_BITS;

/** A copy of an array kept in pieces, read by position. */
export class PiecewiseCopy<T> implements Items<T> {
  readonly length: number;
  readonly #pieces: T[][] = [];

  constructor(items: readonly T[]) {
    this.length = items.length;
    for (let i = 0; i < items.length; i += PIECE) this.#pieces.push(items.slice(i, i + PIECE));
  }

  /** The item at `index` (negative: from the end), as `Array.prototype.at`. */
  at(index: number): T | undefined {
    const i = index < 0 ? index + this.length : index;
    return i < 0 || i >= this.length ? undefined : this.#pieces[i >> PIECE_BITS]![i & (PIECE - 1)];
  }

  /** The positions where `after`, of the same length, holds another object (a change replaces what it changes). */
  changedIn(after: readonly T[]): number[] {
    const at: number[] = [];
    for (let p = 0; p < this.#pieces.length; p++) {
      const piece = this.#pieces[p]!;
      const base = p << PIECE_BITS;
      for (let j = 0; j < piece.length; j++) if (piece[j] !== after[base + j]) at.push(base + j);
    }
    return at;
  }

  /** How many leading items `after` shares with the copy (by identity). */
  sharedPrefix(after: readonly T[]): number {
    const n = Math.min(this.length, after.length);
    for (let p = 0; p << PIECE_BITS < n; p++) {
      const piece = this.#pieces[p]!;
      const base = p << PIECE_BITS;
      const end = Math.min(piece.length, n - base);
      for (let j = 0; j < end; j++) if (piece[j] !== after[base + j]) return base + j;
    }
    return n;
  }

  /** Puts the copy back into `target`, in place. */
  restoreInto(target: T[]): void {
    target.length = 0;
    for (const piece of this.#pieces) for (const item of piece) target.push(item);
  }
}

/** A document as it was before a change, its arrays read by position. */
export type DocumentView = Omit<FactDocument, 'claims' | 'history' | 'undoStack' | 'redoStack'> & {
  claims: Items<Claim>;
  history: Items<HistoryEntry>;
  undoStack: Items<string>;
  redoStack: Items<string>;
};

/**
 * What a document held before a change made to it in place: its fields and the contents of its arrays, so
 * the change can be written as a record of what it changed and, if the write fails, taken back.
 */
export class DocumentBefore {
  readonly claims: PiecewiseCopy<Claim>;
  readonly history: PiecewiseCopy<HistoryEntry>;
  readonly undoStack: PiecewiseCopy<string>;
  readonly redoStack: PiecewiseCopy<string>;
  /** The document's own fields, the arrays as the objects they were. */
  readonly #fields: FactDocument;
  /** The document as it was, for the journal's record and the summary's counts. */
  readonly view: DocumentView;

  constructor(doc: FactDocument) {
    this.#fields = { ...doc };
    this.claims = new PiecewiseCopy(doc.claims);
    this.history = new PiecewiseCopy(doc.history);
    this.undoStack = new PiecewiseCopy(doc.undoStack);
    this.redoStack = new PiecewiseCopy(doc.redoStack);
    this.view = { ...doc, claims: this.claims, history: this.history, undoStack: this.undoStack, redoStack: this.redoStack };
  }

  /** The claim positions a change replaced, found by comparing every claim; null when it added, removed or reordered claims. */
  changedClaims(doc: FactDocument): number[] | null {
    return this.claims.length === doc.claims.length ? this.claims.changedIn(doc.claims) : null;
  }

  /** Takes the change back: `doc` holds again what it held, in the same array objects. */
  restore(doc: FactDocument): void {
    const fields = doc as unknown as Record<string, unknown>;
    for (const key of Object.keys(fields)) if (!(key in this.#fields)) delete fields[key];
    Object.assign(doc, this.#fields);
    this.claims.restoreInto(doc.claims);
    this.history.restoreInto(doc.history);
    this.undoStack.restoreInto(doc.undoStack);
    this.redoStack.restoreInto(doc.redoStack);
  }
}

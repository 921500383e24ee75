import { placeClaim } from '../../../shared/claim-edits.ts';
import { isOnList, isReviewed } from '../../../shared/claim-rules.ts';
import type { EditResult, UndoState } from '../../../shared/ipc-contract.ts';
import type { Claim, DocumentView } from '../../../shared/model.ts';
import type { Status } from '../../../shared/status.ts';
import { statusCounts } from '../../../shared/summary.ts';
import { undoStateOf } from '../../../shared/undo-state.ts';

const NO_UNDO: UndoState = { canUndo: false, canRedo: false, undoLabel: null, redoLabel: null };

/** The document open in the window: its claims as stored, their counts, and what undo would do. */
export class OpenDocument {
  // Why raw: a deep proxy over tens of thousands of claims made opening a large document freeze the window for
  // seconds; changes replace the document (and the changed claim) instead of mutating it.
  #doc = $state.raw<DocumentView | null>(null);
  #undo = $state<UndoState>(NO_UNDO);
  #listed = $derived(this.#doc ? this.#doc.claims.filter(isOnList) : []);
  // Why: the counts come from the same summary the library and the reports use, never from a tally of our own.
  #counts = $derived(this.#doc ? statusCounts(this.#doc.claims) : null);

  /** The document, or null when none is open. */
  get view(): DocumentView | null {
    return this.#doc;
  }
  get undoState(): UndoState {
    return this.#undo;
  }
  /** Every claim on the checker's list, before filters. */
  get listed(): Claim[] {
    return this.#listed;
  }
  /** Claims on the list by status. */
  get counts(): Record<Status, number> | null {
    return this.#counts;
  }
  /** Reviewed claims and all claims on the list. */
  get progress(): { reviewed: number; total: number } {
    return { reviewed: this.#listed.filter(isReviewed).length, total: this.#listed.length };
  }
  /** How many units are hidden as not check-worthy. */
  get hiddenCount(): number {
    return this.#doc ? this.#doc.claims.filter((c) => !c.dismissed && !isOnList(c)).length : 0;
  }
  /** How many units were dismissed. */
  get dismissedCount(): number {
    return this.#doc ? this.#doc.claims.filter((c) => c.dismissed).length : 0;
  }
  /** One claim of the document. */
  claim(claimId: string | null): Claim | null {
    return (claimId && this.#doc?.claims.find((c) => c.id === claimId)) || null;
  }

  /** Shows a document as main sent it. */
  set(doc: DocumentView): void {
    this.#doc = doc;
    this.#undo = undoStateOf(doc);
  }

  /** Closes the document. */
  clear(): void {
    this.#doc = null;
    this.#undo = NO_UNDO;
  }

  /** Takes the title the checker gave the document. */
  setTitle(documentId: string, title: string): void {
    const doc = this.#doc;
    if (doc && doc.id === documentId) this.#doc = { ...doc, title };
  }

  /** Takes the article's web address as saved (from the export dialog), so the next dialog shows it. */
  setUrl(documentId: string, url: string | null): void {
    const doc = this.#doc;
    if (doc && doc.id === documentId) this.#doc = { ...doc, sourceUrl: url };
  }

  /** Puts a saved change into the document (when it is still the one open) and takes its undo state. */
  apply(documentId: string, result: EditResult): void {
    const doc = this.#doc;
    if (!doc || doc.id !== documentId) return;
    const claims = [...doc.claims];
    placeClaim(claims, result.claimId, result.claim);
    this.#doc = { ...doc, claims, history: result.entry ? [...doc.history, result.entry] : doc.history, updatedAt: result.summary.updatedAt };
    this.#undo = result.undo;
  }
}

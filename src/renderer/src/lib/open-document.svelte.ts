import { placeClaim } from '../../../shared/claim-edits.ts';
import { isOnList } from '../../../shared/claim-rules.ts';
import type { EditResult, UndoState } from '../../../shared/ipc-contract.ts';
import type { Claim, DocumentView } from '../../../shared/model.ts';
import type { Status } from '../../../shared/status.ts';
import { KeptFilter } from '../../../shared/kept-filter.ts';
import { profileCounts, sourceKind } from '../../../shared/sourcing-chart.ts';
import { changedPositions, countsAfter, reviewedCount } from '../../../shared/summary.ts';
import { undoStateOf } from '../../../shared/undo-state.ts';

const NO_UNDO: UndoState = { canUndo: false, canRedo: false, undoLabel: null, redoLabel: null };

/** What the header, filters and list count of a document's claims. */
interface Tallies {
  listed: Claim[];
  counts: Record<Status, number>;
  /** Claims on the list by kind of source. */
  sources: Record<'named' | 'anonymous' | 'none', number>;
  hidden: number;
  dismissed: number;
}

const isHidden = (c: Claim): boolean => !c.dismissed && !isOnList(c);

/** The tallies counted over every claim. */
function tally(claims: readonly Claim[], kept = new KeptFilter()): Tallies {
  const { sources, counts } = profileCounts(claims);
  return { listed: kept.apply(claims, null, isOnList), counts, sources, hidden: claims.filter(isHidden).length, dismissed: claims.filter((c) => c.dismissed).length };
}

/**
 * The tallies after a change from those before it, counting again only the claims it replaced, when every
 * claim stayed in its place (a status, a note, a source); otherwise counted over all.
 */
function tallyAfter(previous: Tallies, kept: KeptFilter, before: readonly Claim[], after: readonly Claim[]): Tallies {
  const at = before.length === after.length ? changedPositions(before, after) : null;
  if (!at || at.some((i) => before[i]!.id !== after[i]!.id)) return tally(after, kept);
  const sources = { ...previous.sources };
  let { hidden, dismissed } = previous;
  for (const i of at) {
    const [b, a] = [before[i]!, after[i]!];
    if (isOnList(b)) sources[sourceKind(b)]--;
    if (isOnList(a)) sources[sourceKind(a)]++;
    hidden += Number(isHidden(a)) - Number(isHidden(b));
    dismissed += Number(a.dismissed) - Number(b.dismissed);
  }
  return { listed: kept.apply(after, null, isOnList), counts: countsAfter(previous.counts, before, after), sources, hidden, dismissed };
}

/** The document open in the window: its claims as stored, their counts, and what undo would do. */
export class OpenDocument {
  // Why raw: a deep proxy over tens of thousands of claims made opening a large document freeze the window for
  // seconds; changes replace the document (and the changed claim) instead of mutating it.
  #doc = $state.raw<DocumentView | null>(null);
  #undo = $state<UndoState>(NO_UNDO);
  // Why: the counts come from the same shared model the library's summaries and the reports use; a change
  // counts again only the claims it replaced, so a key press on a 20,000-claim article stays cheap.
  #tallies = $state.raw<Tallies | null>(null);
  /** The claims on the list, kept between changes. */
  #kept = new KeptFilter();

  /** The document, or null when none is open. */
  get view(): DocumentView | null {
    return this.#doc;
  }
  get undoState(): UndoState {
    return this.#undo;
  }
  /** Every claim on the checker's list, before filters. */
  get listed(): Claim[] {
    return this.#tallies?.listed ?? [];
  }
  /** Claims on the list by kind of source. */
  get sources(): Record<'named' | 'anonymous' | 'none', number> | null {
    return this.#tallies?.sources ?? null;
  }
  /** Claims on the list by status. */
  get counts(): Record<Status, number> | null {
    return this.#tallies?.counts ?? null;
  }
  /** Reviewed claims and all claims on the list. */
  get progress(): { reviewed: number; total: number } {
    const tallies = this.#tallies;
    return tallies ? { reviewed: reviewedCount(tallies.counts), total: tallies.listed.length } : { reviewed: 0, total: 0 };
  }
  /** How many units are hidden as not check-worthy. */
  get hiddenCount(): number {
    return this.#tallies?.hidden ?? 0;
  }
  /** How many units were dismissed. */
  get dismissedCount(): number {
    return this.#tallies?.dismissed ?? 0;
  }
  /** One claim of the document. */
  claim(claimId: string | null): Claim | null {
    return (claimId && this.#doc?.claims.find((c) => c.id === claimId)) || null;
  }

  /** Shows a document as main sent it. */
  set(doc: DocumentView): void {
    this.#doc = doc;
    this.#kept = new KeptFilter();
    this.#tallies = tally(doc.claims, this.#kept);
    this.#undo = undoStateOf(doc);
  }

  /** Closes the document. */
  clear(): void {
    this.#doc = null;
    this.#tallies = null;
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
    this.#tallies = this.#tallies ? tallyAfter(this.#tallies, this.#kept, doc.claims, claims) : tally(claims, this.#kept);
    this.#undo = result.undo;
  }
}

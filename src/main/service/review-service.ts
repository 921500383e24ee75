import { claimDelta } from '../../shared/claim-delta.ts';
import { applyEdit, describeEdit, isNoOp, numberAt, type ClaimEdit } from '../../shared/claim-edits.ts';
import { editRefusal } from '../../shared/claim-rules.ts';
import { RefusedEditError, WorkbenchError } from '../../shared/errors.ts';
import type { EditResult } from '../../shared/ipc-contract.ts';
import type { Attribution, FactDocument, HistoryEntry, HistoryItem } from '../../shared/model.ts';
import { undoStateOf as undoState } from '../../shared/undo-state.ts';
import { fieldValue, sameValue, withFieldValue } from '../../shared/team/change-model.ts';
import { describeResolution, keptValue, type ConflictKeep, type TeamConflict } from '../../shared/team/conflicts.ts';
import type { LibrarySearch } from '../search/library-search.ts';
import type { ServiceParts } from './service-parts.ts';
import type { LibraryStore } from '../store/library-store.ts';
import { newClaim, randomId } from './new-document.ts';
import { putClaim, record, step } from './history.ts';

/** A history entry without its snapshots. */
export function historyItem({ id, at, claimId, label, by, step, target, kind }: HistoryEntry): HistoryItem {
  return { id, at, claimId, label, ...(by ? { by } : {}), ...(step ? { step, target } : {}), ...(kind ? { kind } : {}) };
}

/** The checker's changes to claims: edits, claims added from the text, undo and redo; each on disk before it resolves. */
export class ReviewService {
  readonly #store: LibraryStore;
  readonly #search: LibrarySearch | null;
  readonly #now: () => Date;
  readonly #reviewer: () => string;

  constructor({ store, search, now, reviewer }: ServiceParts) {
    this.#store = store;
    this.#search = search;
    this.#now = now;
    this.#reviewer = reviewer ?? ((): string => '');
  }

  /** The `by` of a new history entry: the reviewer's name, or nothing when none is set (never the login name). */
  #by(): { by?: string } {
    const by = this.#reviewer().trim();
    return by ? { by } : {};
  }

  /** Applies one change to a claim and records it; resolves once it is on disk. */
  async editClaim(documentId: string, claimId: string, edit: ClaimEdit): Promise<EditResult> {
    const at = this.#now().toISOString();
    return this.#change(documentId, (doc) => ({ entry: this.#edit(doc, documentId, claimId, edit, at), claimId }));
  }

  /** Applies `edit` to a claim of `doc` and records it; null when it changes nothing. */
  #edit(doc: FactDocument, documentId: string, claimId: string, edit: ClaimEdit, at: string): HistoryEntry | null {
    const claim = doc.claims.find((c) => c.id === claimId);
    if (!claim) throw new WorkbenchError('not-found', `Document ${documentId} has no claim ${claimId}.`);
    if (edit.kind === 'remove-evidence' && !claim.evidence.some((e) => e.id === edit.evidenceId)) {
      throw new WorkbenchError('not-found', `Claim ${claim.n} has no evidence ${edit.evidenceId}.`);
    }
    if (isNoOp(claim, edit)) return null;
    // Why: a verdict on a unit the checker set aside would be counted nowhere and reported nowhere.
    const refusal = editRefusal(claim, edit);
    if (refusal) throw new RefusedEditError(refusal);
    const after = applyEdit(claim, edit, { now: at, newId: () => `e-${randomId()}` });
    putClaim(doc, claimId, after);
    const entry: HistoryEntry = { id: `h-${randomId(6)}`, at, claimId, label: describeEdit(edit, claim), ...claimDelta(claim, after), kind: edit.kind, ...this.#by() };
    record(doc, entry);
    return entry;
  }

  /** Adds the article text between two offsets as a claim, attributed and judged like extracted ones. */
  async addClaim(documentId: string, start: number, end: number): Promise<EditResult> {
    const at = this.#now().toISOString();
    // The extractor's rules load when a claim is first added, not for every status change.
    const [{ findAttribution, traceOf }, { judgeWorthiness }] = await Promise.all([import('../../shared/extract/attribution.ts'), import('../../shared/extract/checkworthy.ts')]);
    return this.#change(documentId, (doc) => {
      if (end > doc.text.length) throw new WorkbenchError('invalid-argument', 'The selection is outside the article text.');
      const raw = doc.text.slice(start, end);
      const lead = raw.length - raw.trimStart().length;
      const text = raw.trim().replace(/\s+/g, ' ');
      if (text.length < 3) throw new WorkbenchError('invalid-argument', 'Select at least a few words to add as a claim.');
      const s = start + lead;
      const e = s + raw.trim().length;
      if (doc.claims.some((c) => !c.dismissed && c.start === s && c.end === e)) {
        throw new WorkbenchError('invalid-argument', 'That text is already a claim.');
      }
      const local = findAttribution(text, 'sentence');
      const attribution: Attribution | null = local ? { source: local.source, anonymous: local.anonymous, cue: local.cue, start: s + local.start, end: s + local.end, trace: traceOf(local) } : null;
      const n = numberAt(doc.claims, s, e);
      // Why a random part: each device numbers its added claims, and team sync must never take two for one.
      const claimId = `m${String(n).replace('.', '-')}-${randomId(6)}`;
      const worth = judgeWorthiness(text, attribution !== null);
      const claim = { ...newClaim({ text, start: s, end: e, kind: 'sentence', ...worth, attribution }, claimId, n, 'manual'), promoted: !worth.checkworthy };
      putClaim(doc, claimId, claim);
      const entry: HistoryEntry = { id: `h-${randomId(6)}`, at, claimId, label: 'Added as a claim from the article text', before: null, after: claim, kind: 'add-claim', ...this.#by() };
      record(doc, entry);
      return { entry, claimId };
    });
  }

  /**
   * Resolves a team conflict by keeping one of its values: the claim takes it and the timeline says who chose
   * which; the entry syncs the kept value even when it is already the claim's, so every library sees it settled.
   * Not an undoable step: a reviewer who changes their mind sets the field again.
   */
  async resolveConflict(conflict: TeamConflict, keep: ConflictKeep): Promise<EditResult> {
    const at = this.#now().toISOString();
    const field = conflict.field;
    return this.#change(conflict.documentId, (doc) => {
      const claim = doc.claims.find((c) => c.id === conflict.claimId);
      if (!claim) throw new WorkbenchError('not-found', `Document ${conflict.documentId} has no claim ${conflict.claimId}.`);
      const value = keptValue(conflict, keep);
      const after = sameValue(fieldValue(claim, field), value) ? claim : withFieldValue(claim, field, value, at);
      putClaim(doc, claim.id, after);
      const entry: HistoryEntry = { id: `h-${randomId(6)}`, at, claimId: claim.id, label: describeResolution(conflict, keep), ...claimDelta(claim, after), kind: 'resolve', resolves: { seq: conflict.seq, field, value }, ...this.#by() };
      doc.history.push(entry);
      return { entry, claimId: claim.id };
    });
  }

  /** Undoes (or redoes) the document's last change; null when there is nothing to undo (or redo). */
  async step(documentId: string, direction: 'undo' | 'redo'): Promise<EditResult | null> {
    const doc = await this.#store.getDocument(documentId);
    if ((direction === 'undo' ? doc.undoStack : doc.redoStack).length === 0) return null;
    const at = this.#now().toISOString();
    return this.#change(documentId, (d) => {
      const entry = step(d, direction, at, `h-${randomId(6)}`, this.#by().by);
      return { entry, claimId: entry?.claimId ?? '' };
    });
  }

  /** Runs a change to one document and reports the claim, summary and undo state once it is on disk. */
  async #change(documentId: string, change: (doc: FactDocument) => { entry: HistoryEntry | null; claimId: string }): Promise<EditResult> {
    const { result, summary, document } = await this.#store.updateDocument(documentId, change);
    const { entry, claimId: id } = result;
    // The document as written is at hand: no need to read it again for the search index.
    if (entry) this.#search?.claimChanged(document, id);
    return { claimId: id, claim: document.claims.find((c) => c.id === id) ?? null, summary, entry: entry ? historyItem(entry) : null, undo: undoState(document) };
  }
}

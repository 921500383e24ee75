import { claimDelta, claimWith } from '../../shared/claim-delta.ts';
import { placeClaim } from '../../shared/claim-edits.ts';
import type { Claim, FactDocument, HistoryEntry } from '../../shared/model.ts';

/** Puts a claim snapshot in place (replacing the claim with its id, or inserting it in article order); null removes. */
export function putClaim(doc: FactDocument, claimId: string, claim: Claim | null): void {
  placeClaim(doc.claims, claimId, claim);
}

/** Records a change: it joins the timeline and the undo stack, and clears what could be redone. */
export function record(doc: FactDocument, entry: HistoryEntry): void {
  doc.history.push(entry);
  doc.undoStack.push(entry.id);
  doc.redoStack = [];
}

/**
 * Undoes (or redoes) the newest change on its stack: the claim goes back to its snapshot, the step moves to
 * the other stack, and the timeline gains an entry saying so. Returns that entry, or null when there is none.
 */
export function step(doc: FactDocument, direction: 'undo' | 'redo', at: string, id: string, by?: string): HistoryEntry | null {
  const from = direction === 'undo' ? doc.undoStack : doc.redoStack;
  const to = direction === 'undo' ? doc.redoStack : doc.undoStack;
  const targetId = from.pop();
  if (!targetId) return null;
  const target = doc.history.find((h) => h.id === targetId);
  if (!target) return null;
  const current = doc.claims.find((c) => c.id === target.claimId) ?? null;
  // A delta puts back the fields the change set; a whole claim (older entries, added claims) puts back the claim.
  const next = claimWith(current, direction === 'undo' ? target.before : target.after);
  putClaim(doc, target.claimId, next);
  to.push(targetId);
  const entry: HistoryEntry = {
    id,
    at,
    claimId: target.claimId,
    label: `${direction === 'undo' ? 'Undid' : 'Redid'}: ${target.label}`,
    ...(current && next ? claimDelta(current, next) : { before: current, after: next }),
    step: direction,
    target: targetId,
    ...(by ? { by } : {}),
  };
  doc.history.push(entry);
  return entry;
}

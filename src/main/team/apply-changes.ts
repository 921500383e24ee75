import { claimDelta } from '../../shared/claim-delta.ts';
import type { Claim, FactDocument, HistoryEntry } from '../../shared/model.ts';
import { fieldValue, sameValue, withFieldValue, type ClaimField, type LoggedChange } from '../../shared/team/change-model.ts';
import { describeField, describeValue } from '../../shared/team/conflicts.ts';
import { putClaim } from '../service/history.ts';

/** The prefix of history entries written by sync: they came from the desk, so they are never pushed back. */
export const TEAM_ENTRY = 't-';

/** True when a history entry was written by sync rather than made on this device. */
export function isTeamEntry(entry: HistoryEntry): boolean {
  return entry.id.startsWith(TEAM_ENTRY);
}

/**
 * Sets one claim field of `doc` to a value from the desk and records it in the timeline (not on the undo
 * stack: undo takes back this reviewer's own steps). Returns the claim id when something changed.
 */
export function applyFieldValue(doc: FactDocument, change: { seq: number; claim: string; field: ClaimField; value: unknown; author: string; at: string }): string | null {
  const claim = doc.claims.find((c) => c.id === change.claim);
  if (!claim) return null;
  const now = fieldValue(claim, change.field);
  if (sameValue(now ?? null, change.value)) return null;
  const after: Claim = withFieldValue(claim, change.field, change.value, change.at);
  putClaim(doc, claim.id, after);
  const entry: HistoryEntry = { id: `${TEAM_ENTRY}${change.seq}-${change.field}`, at: change.at, claimId: claim.id, label: `${change.author}: ${describeField(change.field)} set to ${describeValue(change.field, change.value)}`, ...claimDelta(claim, after) };
  doc.history.push(entry);
  return claim.id;
}

/** Applies the desk's applied changes to one document, in log order; returns the claims that changed. */
export function applyLogged(doc: FactDocument, changes: readonly LoggedChange[]): string[] {
  const changed = new Set<string>();
  for (const c of changes) {
    if (c.outcome !== 'applied' || c.field === 'document') continue;
    const id = applyFieldValue(doc, { seq: c.seq, claim: c.claim, field: c.field, value: c.value, author: c.author, at: c.at });
    if (id) changed.add(id);
  }
  return [...changed];
}

/** A document as published to the desk: everything but this device's history and undo steps. */
export function publishedBody(doc: FactDocument): Omit<FactDocument, 'history' | 'undoStack' | 'redoStack'> {
  const body: Partial<FactDocument> = { ...doc };
  delete body.history;
  delete body.undoStack;
  delete body.redoStack;
  return body as Omit<FactDocument, 'history' | 'undoStack' | 'redoStack'>;
}

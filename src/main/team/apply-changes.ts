import type { Claim, FactDocument, HistoryEntry } from '../../shared/model.ts';
import { fieldValue, isDocumentField, sameValue, withFieldValue, type AddedClaimValue, type ClaimField, type LoggedChange } from '../../shared/team/change-model.ts';
import { newClaim } from '../service/new-document.ts';
import { describeField, describeValue } from '../../shared/team/conflicts.ts';
import { putClaim } from '../service/history.ts';

import { isTeamEntry, TEAM_ENTRY } from '../../shared/team/change-model.ts';
export { isTeamEntry, TEAM_ENTRY } from '../../shared/team/change-model.ts';

/**
 * Sets one claim field of `doc` to a value from the desk and records it in the timeline (not on the undo
 * stack: undo takes back this reviewer's own steps). Returns the claim id when something changed.
 * The entry says who, when and what, without the claim's values: the desk's log keeps them (the entry's id
 * names the change there), and nothing here reads them (sync never pushes such an entry, undo never takes it).
 */
export function applyFieldValue(doc: FactDocument, change: { seq: number; claim: string; field: ClaimField; value: unknown; author: string; at: string }): string | null {
  const claim = doc.claims.find((c) => c.id === change.claim);
  if (!claim) return null;
  // Why no `?? null`: a source never corrected here reads undefined (the extractor's reading), and a colleague's
  // "no source" (null) must still take its place, as that correction made here would.
  const now = fieldValue(claim, change.field);
  if (sameValue(now, change.value)) return null;
  const after: Claim = withFieldValue(claim, change.field, change.value, change.at);
  putClaim(doc, claim.id, after);
  const entry: HistoryEntry = { id: `${TEAM_ENTRY}${change.seq}-${change.field}`, at: change.at, claimId: claim.id, label: `${change.author}: ${describeSynced(change.field, now, change.value)}`, before: null, after: null, by: change.author, kind: ENTRY_KIND[change.field] ?? 'evidence' };
  doc.history.push(entry);
  return claim.id;
}

/** What a synced value did to a field that was `was`, for the timeline: "status set to Verified", "added evidence: <title>". */
function describeSynced(field: ClaimField, was: unknown, value: unknown): string {
  if (!field.startsWith('evidence:')) return `${describeField(field)} set to ${describeValue(field, value)}`;
  const link = (value ?? was) as { url: string; title: string } | null | undefined;
  const what = link ? `: ${link.title || link.url}` : '';
  return `${value === null ? 'removed' : was ? 'changed' : 'added'} evidence${what}`;
}

/**
 * Takes the claim values out of the synced entries of `doc` that still hold them (written before entries
 * were compact: a link's entry could hold the claim's whole evidence list twice), leaving who, when and what.
 * Returns how many it compacted.
 */
export function compactSynced(doc: FactDocument): number {
  let n = 0;
  doc.history.forEach((h, i) => {
    // A colleague's claim stays whole in the entry that added it: it is small, and says what was added.
    if (!isTeamEntry(h) || h.kind === 'add-claim' || (h.before === null && h.after === null)) return;
    doc.history[i] = { ...h, before: null, after: null };
    n++;
  });
  return n;
}

/** Adds a colleague's claim added by hand, unless it is here already; returns its id when added. */
export function addSyncedClaim(doc: FactDocument, change: { seq: number; claim: string; value: unknown; author: string; at: string }): string | null {
  if (doc.claims.some((c) => c.id === change.claim)) return null;
  const v = change.value as AddedClaimValue;
  // Its number is only how the list shows it: one taken here already gives way to the next whole number after
  // every claim (whole: 1.118 + 1 is 2.1180000000000003 in binary, a number the store would refuse).
  const n = doc.claims.some((c) => c.n === v.n) ? Math.floor(Math.max(0, ...doc.claims.map((c) => c.n))) + 1 : v.n;
  const claim: Claim = { ...newClaim({ text: v.text, start: v.start, end: v.end, kind: 'sentence', checkworthy: v.checkworthy, score: v.score, reasons: v.reasons, attribution: v.attribution }, change.claim, n, 'manual'), promoted: v.promoted };
  putClaim(doc, claim.id, claim);
  doc.history.push({ id: `${TEAM_ENTRY}${change.seq}-claim`, at: change.at, claimId: claim.id, label: `${change.author}: added as a claim from the article text`, before: null, after: claim, kind: 'add-claim', by: change.author });
  return claim.id;
}

/** The kind of history entry a synced field makes, as the same edit made here would (reports read it). */
const ENTRY_KIND: Partial<Record<string, string>> = { status: 'status', note: 'note', attribution: 'attribution', dismissed: 'dismiss', promoted: 'promote' };

/** Applies the desk's applied changes to one document, in log order; returns the claims that changed. */
export function applyLogged(doc: FactDocument, changes: readonly LoggedChange[]): string[] {
  const changed = new Set<string>();
  for (const c of changes) {
    if (c.outcome !== 'applied' || isDocumentField(c.field)) continue;
    if (c.field === 'claim') {
      const id = addSyncedClaim(doc, { seq: c.seq, claim: c.claim, value: c.value, author: c.author, at: c.at });
      if (id) changed.add(id);
      continue;
    }
    const id = applyFieldValue(doc, { seq: c.seq, claim: c.claim, field: c.field, value: c.value, author: c.author, at: c.at });
    if (id) changed.add(id);
  }
  return [...changed];
}

/** A document as published to the desk: everything but this device's history and undo steps. */
export function publishedBody(doc: FactDocument): Omit<FactDocument, 'history' | 'undoStack' | 'redoStack'> {
  // Why the claims are copied: the body is sent later, and the store changes the document it holds in place.
  const body: Partial<FactDocument> = { ...doc, claims: [...doc.claims] };
  delete body.history;
  delete body.undoStack;
  delete body.redoStack;
  return body as Omit<FactDocument, 'history' | 'undoStack' | 'redoStack'>;
}

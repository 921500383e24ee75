import type { InferOutput } from 'valibot';
import type { ClaimEditSchema } from './ipc-schemas.ts';
import type { Claim, Evidence } from './model.ts';
import { STATUS_INFO } from './status.ts';

/** Every change a checker can make to one claim. */
export type ClaimEdit = InferOutput<typeof ClaimEditSchema>;

/** What an edit needs from outside: the time, and fresh ids for new evidence. */
export interface EditContext {
  now: string;
  newId: () => string;
}

/** Applies an edit to a copy of the claim; the original is left as it was (it becomes history). */
export function applyEdit(claim: Claim, edit: ClaimEdit, ctx: EditContext): Claim {
  const next: Claim = { ...claim, evidence: [...claim.evidence] };
  // Why: a claim a newer version changed stays flagged until the checker gives it a status, note or evidence again.
  if (edit.kind === 'status' || edit.kind === 'note' || edit.kind === 'add-evidence') delete next.recheck;
  switch (edit.kind) {
    case 'status':
      if (next.status !== edit.status) {
        next.status = edit.status;
        next.statusChangedAt = ctx.now;
      }
      break;
    case 'note':
      next.note = edit.note;
      break;
    case 'add-evidence': {
      const item: Evidence = { id: ctx.newId(), url: edit.url, title: edit.title, excerpt: edit.excerpt, addedAt: ctx.now };
      next.evidence.push(item);
      break;
    }
    case 'remove-evidence':
      next.evidence = next.evidence.filter((e) => e.id !== edit.evidenceId);
      break;
    case 'dismiss':
      next.dismissed = edit.dismissed;
      break;
    case 'promote':
      next.promoted = edit.promoted;
      break;
    case 'attribution':
      next.attributionEdited = true;
      next.attribution =
        edit.source === null
          ? null
          : { source: edit.source, anonymous: edit.anonymous, cue: 'edited by hand', start: claim.attribution?.start ?? claim.start, end: claim.attribution?.end ?? claim.start };
      break;
  }
  return next;
}

/** A short description of an edit for the history timeline ("Marked Verified", "Added evidence: …"). */
export function describeEdit(edit: ClaimEdit, claim: Claim): string {
  switch (edit.kind) {
    case 'status':
      return `Marked ${STATUS_INFO[edit.status].label}`;
    case 'note':
      return edit.note === '' ? 'Cleared the note' : 'Edited the note';
    case 'add-evidence':
      return `Added evidence: ${edit.title || edit.url}`;
    case 'remove-evidence': {
      const gone = claim.evidence.find((e) => e.id === edit.evidenceId);
      return `Removed evidence: ${gone?.title || gone?.url || 'link'}`;
    }
    case 'dismiss':
      return edit.dismissed ? 'Dismissed as not a claim' : 'Restored as a claim';
    case 'promote':
      return edit.promoted ? 'Promoted to the claim list' : 'Removed from the claim list';
    case 'attribution':
      return edit.source === null ? 'Removed the source' : `Set the source to ${edit.source} (${edit.anonymous ? 'anonymous' : 'named'})`;
  }
}

/** True when the edit would change nothing (so it is not recorded). */
export function isNoOp(claim: Claim, edit: ClaimEdit): boolean {
  switch (edit.kind) {
    case 'status':
      // Confirming the status of a claim to look at again is a change: it clears the flag.
      return claim.status === edit.status && !claim.recheck;
    case 'note':
      return claim.note === edit.note;
    case 'dismiss':
      return claim.dismissed === edit.dismissed;
    case 'promote':
      return claim.promoted === edit.promoted;
    case 'remove-evidence':
      return !claim.evidence.some((e) => e.id === edit.evidenceId);
    case 'attribution':
      return edit.source === null ? claim.attribution === null : claim.attribution?.source === edit.source && claim.attribution.anonymous === edit.anonymous;
    case 'add-evidence':
      return false;
  }
}

/**
 * Puts a claim in a document's claims, in place: it replaces the claim with its id, or goes in article order
 * (by start, then end); null takes the claim out. The service and the window both place claims with it, so
 * the list on screen is always in the order that is stored.
 */
export function placeClaim(claims: Claim[], claimId: string, claim: Claim | null): void {
  const at = claims.findIndex((c) => c.id === claimId);
  if (claim === null) {
    if (at >= 0) claims.splice(at, 1);
    return;
  }
  if (at >= 0) {
    claims[at] = claim;
    return;
  }
  const before = claims.findIndex((c) => c.start > claim.start || (c.start === claim.start && c.end > claim.end));
  claims.splice(before < 0 ? claims.length : before, 0, claim);
}

/**
 * The number a claim added at `start` gets: the number of the unit before it in the article plus a tenth
 * ("16.1" between 16 and 17), or a hundredth when a tenth is taken, so the list reads in article order and
 * no other claim is numbered again (0.1 when nothing comes before it); the next whole number after every
 * claim when no number of three decimals is free there.
 */
export function numberAt(claims: readonly Pick<Claim, 'n' | 'start' | 'end'>[], start: number, end: number): number {
  const before = claims.filter((c) => c.start < start || (c.start === start && c.end <= end));
  const prev = before.length ? Math.max(...before.map((c) => c.n)) : 0;
  const taken = new Set(claims.map((c) => c.n));
  const after = Math.min(...claims.filter((c) => c.n > prev).map((c) => c.n), Math.floor(prev) + 1);
  for (const step of [0.1, 0.01, 0.001]) {
    for (let k = 1; ; k++) {
      const n = Math.round((prev + k * step) * 1000) / 1000;
      if (n >= after) break;
      if (!taken.has(n)) return n;
    }
  }
  // No number of three decimals is free between the two (a colleague's claim took the next whole number
  // where it stands, say): it goes after every claim, as a colleague's claim whose number is taken here does.
  // Never a fourth decimal: the store, the desk and the command line read at most three.
  return Math.floor(Math.max(...claims.map((c) => c.n))) + 1;
}

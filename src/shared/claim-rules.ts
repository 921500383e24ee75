import type { Claim } from './model.ts';
import { isVerdict, STATUS_INFO } from './status.ts';

/** True for units on the checker's list: check-worthy or promoted, or already marked, and not dismissed. */
export function isOnList(claim: Claim): boolean {
  return !claim.dismissed && (claim.checkworthy || claim.promoted || claim.status !== 'unreviewed');
}

/** True once the claim has a verdict (Verified, Unsourced, Disputed): In progress is not reviewed yet. */
export function isReviewed(claim: Pick<Claim, 'status'>): boolean {
  return isVerdict(claim.status);
}

/** True when the claim carries a reason for its status: a note, evidence, or both. */
export function hasReason(claim: Pick<Claim, 'note' | 'evidence'>): boolean {
  return claim.note.trim() !== '' || claim.evidence.length > 0;
}

/** True for a verdict given without a reason (no note, no evidence): flagged in the list and the report. */
export function lacksReason(claim: Pick<Claim, 'status' | 'note' | 'evidence'>): boolean {
  return isVerdict(claim.status) && !hasReason(claim);
}

/**
 * Why a status change or dismissal cannot be made to this claim, or null when it can. A dismissed unit is not
 * a claim, so it takes no verdict (only a return to Unreviewed); a claim with a verdict is not dismissed
 * behind the checker's back. One rule for the window, the CLI and the service.
 */
export function editRefusal(claim: Claim, edit: { kind: string; status?: string; dismissed?: boolean }): string | null {
  if (edit.kind === 'status' && claim.dismissed && edit.status !== 'unreviewed') {
    return `Claim ${claim.n} is dismissed as not a claim, so it takes no status; restore it first (x).`;
  }
  if (edit.kind === 'dismiss' && edit.dismissed && !claim.dismissed && isVerdict(claim.status)) {
    return `Claim ${claim.n} is marked ${STATUS_INFO[claim.status].label}; set it back to Unreviewed before dismissing it.`;
  }
  return null;
}

/**
 * Where the selection goes when a change takes the selected claim off the shown list (dismissed, filtered
 * out): the next claim after it in the list as it was, else the one before; null when none is left.
 */
export function selectionAfter(before: readonly Pick<Claim, 'id'>[], selectedId: string, after: readonly Pick<Claim, 'id'>[]): string | null {
  if (after.some((c) => c.id === selectedId)) return selectedId;
  const shown = new Set(after.map((c) => c.id));
  const at = before.findIndex((c) => c.id === selectedId);
  for (let i = at + 1; at >= 0 && i < before.length; i++) if (shown.has(before[i]!.id)) return before[i]!.id;
  for (let i = at - 1; i >= 0; i--) if (shown.has(before[i]!.id)) return before[i]!.id;
  return after[0]?.id ?? null;
}

/**
 * The words of the claim that signal its source ("said", "according to"), to show beside it; null when the
 * cue is no words of the text (a source corrected by hand, a headline's tail), never an internal name.
 */
export function sourceCueWords(claim: Pick<Claim, 'text' | 'attribution'>): string | null {
  const cue = claim.attribution?.cue;
  return cue && claim.text.toLowerCase().includes(cue.toLowerCase()) ? cue : null;
}

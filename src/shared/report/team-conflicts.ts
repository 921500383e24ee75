import type { Claim } from '../model.ts';
import { describeConflict, type TeamConflict } from '../team/conflicts.ts';
import { escapeInline } from './markdown-escape.ts';

/** The open team conflicts of a report's claims (none when the library is not synced with a desk). */
function openOf(conflicts: readonly TeamConflict[] | undefined, claim: Claim): TeamConflict[] {
  return (conflicts ?? []).filter((c) => c.resolvedBy === null && c.claimId === claim.id);
}

/** A warning under the summary naming the claims whose verdicts reviewers disagree on (empty when none). */
export function conflictWarning(conflicts: readonly TeamConflict[] | undefined, claims: readonly Claim[]): string[] {
  const flagged = claims.filter((c) => openOf(conflicts, c).length > 0);
  if (flagged.length === 0) return [];
  // Why it leads the claims: a verdict two reviewers disagree on must not be published as settled.
  return [`**Open team conflicts** on claim${flagged.length === 1 ? '' : 's'} ${flagged.map((c) => c.n).join(', ')}: reviewers of the desk disagree; resolve before publishing.`, ''];
}

/** The lines of one claim's section that describe its open conflicts. */
export function conflictLines(conflicts: readonly TeamConflict[] | undefined, claim: Claim): string[] {
  return openOf(conflicts, claim).map((c) => `- **Open conflict:** ${escapeInline(describeConflict(c))}`);
}

import type { HistoryItem } from '../../../shared/model.ts';
import { isTeamEntry } from '../../../shared/team/change-model.ts';

/**
 * What to say when the open document changed elsewhere (`after` its history now, `before` as it was shown): a colleague's change by their name and what it
 * did ("Ana Ruiz: status set to Verified, claim 3"), several by who made them, else a change outside the app.
 */
export function changedElsewhere(title: string, before: readonly HistoryItem[], after: readonly HistoryItem[], numberOf: (claimId: string) => number | null): string {
  const seen = new Set(before.map((h) => h.id));
  const team = after.filter((h) => !seen.has(h.id) && isTeamEntry(h));
  if (team.length === 0) return `“${title}” was changed outside the app (for example with the factcheck CLI); showing the saved version.`;
  if (team.length === 1) {
    const n = numberOf(team[0]!.claimId);
    return `${team[0]!.label}${n === null ? '' : ` (claim ${n})`}.`;
  }
  const names = [...new Set(team.map((h) => h.by ?? 'a colleague'))];
  return `${team.length} changes from ${names.join(', ')} in “${title}”; the timeline of each claim says what they did.`;
}

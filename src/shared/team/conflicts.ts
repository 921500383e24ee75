import { STATUS_INFO, type Status } from '../status.ts';
import type { ClaimField, SourceValue } from './change-model.ts';

/** A change that did not stand because someone else's change to the same field was synced first. */
export interface TeamConflict {
  /** The conflicting change's place in the desk's log. */
  seq: number;
  documentId: string;
  claimId: string;
  field: ClaimField;
  /** What the conflicting change would have set, and who made it. */
  value: unknown;
  author: string;
  at: string;
  /** The value that stands, its change and who made it. */
  standingSeq: number;
  standingValue: unknown;
  standingAuthor: string;
  /** The change that resolved it (a later change to the field that stood), or null while open. */
  resolvedBy: number | null;
}

/** The claim fields in words, for lists and reports. */
export function describeField(field: ClaimField): string {
  if (field.startsWith('evidence:')) return 'evidence';
  return { status: 'status', note: 'note', attribution: 'source', dismissed: 'dismissal', promoted: 'claim list' }[field as 'status'];
}

/** A synced value in words ("Verified", "“Acme Corp” (named)", "dismissed"...). */
export function describeValue(field: ClaimField, value: unknown): string {
  if (field === 'status') return STATUS_INFO[value as Status]?.label ?? String(value);
  if (field === 'note') return value === '' ? '(empty note)' : `“${String(value).slice(0, 80)}”`;
  if (field === 'attribution') {
    const v = value as SourceValue;
    return v ? `“${v.source}” (${v.anonymous ? 'anonymous' : 'named'})` : 'no source';
  }
  if (field === 'dismissed') return value ? 'dismissed' : 'kept as a claim';
  if (field === 'promoted') return value ? 'on the claim list' : 'off the claim list';
  return value ? 'added' : 'removed';
}

/** The open conflicts of one claim. */
export function openConflictsOf(conflicts: readonly TeamConflict[], documentId: string, claimId: string): TeamConflict[] {
  return conflicts.filter((c) => c.resolvedBy === null && c.documentId === documentId && c.claimId === claimId);
}

/** One line on a conflict: "status: Disputed by sam did not stand; Verified by ana stands". */
export function describeConflict(c: TeamConflict): string {
  return `${describeField(c.field)}: ${describeValue(c.field, c.value)} by ${c.author} did not stand; ${describeValue(c.field, c.standingValue)} by ${c.standingAuthor} stands`;
}

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
  /** True when the value that did not stand was made in this library (absent in older records). */
  here?: boolean;
  /** The change that resolved it (a later change to the field that stood), 0 when resolved here and not synced yet, or null while open. */
  resolvedBy: number | null;
}

/** The claim fields in words, for lists and reports. */
export function describeField(field: ClaimField): string {
  if (field.startsWith('evidence:')) return 'evidence';
  return { status: 'status', note: 'note', attribution: 'source', dismissed: 'dismissal', promoted: 'claim list' }[field as 'status'];
}

/** A synced value in words ("Verified", "“Acme Corp” (named)", "dismissed"...); a note cut short unless `full`. */
export function describeValue(field: ClaimField, value: unknown, full = false): string {
  if (field === 'status') return STATUS_INFO[value as Status]?.label ?? String(value);
  if (field === 'note') return value === '' ? '(empty note)' : `“${full ? String(value) : String(value).slice(0, 80)}”`;
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

/** One line on a conflict: "status: Disputed by sam did not stand; Verified by ana stands" (notes in full when `full`). */
export function describeConflict(c: TeamConflict, full = false): string {
  return `${describeField(c.field)}: ${describeValue(c.field, c.value, full)} by ${c.author} did not stand; ${describeValue(c.field, c.standingValue, full)} by ${c.standingAuthor} stands`;
}

/** Which value a resolution keeps: the one that stands on the server, or the one that did not stand. */
export type ConflictKeep = 'standing' | 'lost';

/** One way to resolve a conflict, as a reviewer is offered it. */
export interface ConflictChoice {
  keep: ConflictKeep;
  /** "mine" when the value is the reviewer's own, "theirs" when a colleague's (the one that stands when neither is). */
  side: 'mine' | 'theirs';
  /** "Keep mine: Disputed", "Keep Ana Ruiz’s: Verified". */
  label: string;
}

/**
 * The two ways to resolve `c`, seen in this library by the reviewer named `me`: "mine" is the value made here
 * (or, in older records, the one `me` gave); when neither was (a third reviewer), the value that stands counts
 * as "mine", so the keys still mean one thing each.
 */
export function conflictChoices(c: TeamConflict, me: string): [ConflictChoice, ConflictChoice] {
  const name = me.trim().toLowerCase();
  const isMe = (author: string): boolean => name !== '' && author.trim().toLowerCase() === name;
  const lostIsMine = c.here ?? (isMe(c.author) && !isMe(c.standingAuthor));
  const label = (keep: ConflictKeep): string => {
    const [author, value] = keep === 'lost' ? [c.author, c.value] : [c.standingAuthor, c.standingValue];
    const mine = keep === 'lost' ? lostIsMine : !lostIsMine && isMe(author);
    return `Keep ${mine ? 'mine' : `${author}’s`}: ${describeValue(c.field, value)}`;
  };
  const standing: ConflictChoice = { keep: 'standing', side: lostIsMine ? 'theirs' : 'mine', label: label('standing') };
  const lost: ConflictChoice = { keep: 'lost', side: lostIsMine ? 'mine' : 'theirs', label: label('lost') };
  return lostIsMine ? [lost, standing] : [standing, lost];
}

/** The value a resolution puts on the claim. */
export function keptValue(c: TeamConflict, keep: ConflictKeep): unknown {
  return keep === 'lost' ? c.value : c.standingValue;
}

/** The timeline's words for a resolution: "Resolved a conflict on the status: kept Disputed (Sam Okafor’s)". */
export function describeResolution(c: TeamConflict, keep: ConflictKeep): string {
  const author = keep === 'lost' ? c.author : c.standingAuthor;
  return `Resolved a conflict on the ${describeField(c.field)}: kept ${describeValue(c.field, keptValue(c, keep))} (${author}’s)`;
}

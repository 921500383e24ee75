import { snapshotLink, snapshotLinkIds, type ClaimSnapshot } from '../claim-delta.ts';
import type { Claim, Evidence, HistoryItem } from '../model.ts';

/** The team protocol this copy speaks; a server that needs a newer one refuses it with a message. */
export const TEAM_PROTOCOL = 4;

/** The first server protocol that takes an article's versions and its moves to the trash and back. */
export const VERSIONS_PROTOCOL = 4;

/** The fields of a claim that sync, each changed on its own: evidence is one field per item. */
export type ClaimField = 'status' | 'note' | 'attribution' | 'dismissed' | 'promoted' | `evidence:${string}`;

/**
 * What a change sets: a claim's field, 'claim' (a claim added by hand), or a change of the document itself
 * (claim ''): 'document' (an article published to the desk), 'version' (its newer version), 'deleted' (moved
 * to the trash, or back).
 */
export type TeamField = ClaimField | 'claim' | DocumentField;

/** The fields of a document itself, which name no claim. */
export type DocumentField = 'document' | 'version' | 'deleted';

/** True for a change of the document itself (claim ''). */
export function isDocumentField(field: string): field is DocumentField {
  return field === 'document' || field === 'version' || field === 'deleted';
}

/** A claim added by hand as it syncs: where it is in the text and what the extractor made of it (its marks sync as fields). */
export interface AddedClaimValue {
  text: string;
  start: number;
  end: number;
  n: number;
  checkworthy: boolean;
  score: number;
  reasons: string[];
  attribution: { source: string; anonymous: boolean; cue: string; start: number; end: number } | null;
  promoted: boolean;
}

/** The value that syncs a claim added by hand. */
export function addedClaimValue(claim: Claim): AddedClaimValue {
  const a = claim.attribution;
  return { text: claim.text, start: claim.start, end: claim.end, n: claim.n, checkworthy: claim.checkworthy, score: claim.score, reasons: [...claim.reasons], attribution: a ? { source: a.source, anonymous: a.anonymous, cue: a.cue, start: a.start, end: a.end } : null, promoted: claim.promoted };
}

/** A source correction as it syncs: who, and whether anonymous (null: no source). */
export type SourceValue = { source: string; anonymous: boolean } | null;

/** An evidence item as it syncs (null once removed: the removal is a marker in the log, never a deletion). */
export type EvidenceValue = Omit<Evidence, 'id'> | null;

/** One change made on a device: one field of one claim, from the value it was made on to its new value. */
export interface TeamChange {
  /** Made on the device from its id, the document, the history entry and the field: a retry sends the same id. */
  id: string;
  document: string;
  claim: string;
  field: TeamField;
  /** The value it was made on (kept in the log, shown with conflicts). */
  before: unknown;
  value: unknown;
  /** The version it was made on: the log number of the field's last change this device had (0: none)... */
  base?: number;
  /** ...or, for edits made one after another before a push, this device's previous change to the field. */
  baseChange?: string;
  /** When it was made on the device (ISO 8601). */
  at: string;
}

/** The key of one field of one claim (of one document) in version maps. */
export function fieldKey(claimId: string, field: string): string {
  return `${claimId}/${field}`;
}

/** What the server did with a change: it stands, it matched the value already there, or it did not stand. */
export type Outcome = 'applied' | 'merged' | 'conflict';

/** What a push can answer besides: refused by the server's checks (never stored; the reason comes with it). */
export type PushOutcome = Outcome | 'refused';

/** A change as the desk's log holds it: numbered by the server and stamped with the login that pushed it. */
export interface LoggedChange extends TeamChange {
  seq: number;
  author: string;
  device: string;
  outcome: Outcome;
  /** For a conflict: the change whose value stands. */
  standingSeq: number | null;
}

/** The fields of a claim that sync, evidence included (one per item). */
export function claimFields(claim: ClaimSnapshot): ClaimField[] {
  // A history delta has evidence only when the change set it: the links it touched.
  return ['status', 'note', 'attribution', 'dismissed', 'promoted', ...snapshotLinkIds(claim).map((id) => `evidence:${id}` as const)];
}

/** The value a claim has in one field, as it syncs. */
export function fieldValue(claim: ClaimSnapshot, field: ClaimField): unknown {
  switch (field) {
    case 'status':
      return claim.status;
    case 'note':
      return claim.note;
    case 'attribution':
      // Only a correction by hand syncs; the extractor's reading is the same on every device.
      return claim.attributionEdited ? (claim.attribution ? { source: claim.attribution.source, anonymous: claim.attribution.anonymous } : null) : undefined;
    case 'dismissed':
      return claim.dismissed;
    case 'promoted':
      return claim.promoted;
    default: {
      const item = snapshotLink(claim, field.slice('evidence:'.length));
      return item ? { url: item.url, title: item.title, excerpt: item.excerpt, addedAt: item.addedAt } : null;
    }
  }
}

/** Deep equality of plain JSON values (object keys in any order). */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a).filter((k) => (a as Record<string, unknown>)[k] !== undefined);
  const kb = Object.keys(b).filter((k) => (b as Record<string, unknown>)[k] !== undefined);
  return ka.length === kb.length && ka.every((k) => sameValue((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

/** The fields one history step changed, with their values before and after (a claim added by hand: none). */
export function fieldChanges(before: ClaimSnapshot | null, after: ClaimSnapshot | null): { field: ClaimField; before: unknown; value: unknown }[] {
  if (!before || !after) return [];
  const fields = new Set<ClaimField>([...claimFields(before), ...claimFields(after)]);
  const out: { field: ClaimField; before: unknown; value: unknown }[] = [];
  for (const field of fields) {
    const b = fieldValue(before, field);
    const a = fieldValue(after, field);
    if (a === undefined || sameValue(a, b)) continue;
    out.push({ field, before: b === undefined ? null : b, value: a });
  }
  return out;
}

/** A copy of `claim` with one field set to a value that came from the desk. */
export function withFieldValue(claim: Claim, field: ClaimField, value: unknown, at: string): Claim {
  // The evidence list is shared until an evidence field changes it (nothing edits a stored list in place).
  const next: Claim = { ...claim };
  switch (field) {
    case 'status':
      next.status = value as Claim['status'];
      next.statusChangedAt = at;
      break;
    case 'note':
      next.note = value as string;
      break;
    case 'attribution': {
      const v = value as SourceValue;
      next.attributionEdited = true;
      next.attribution = v ? { source: v.source, anonymous: v.anonymous, cue: 'edited by hand', start: claim.attribution?.start ?? claim.start, end: claim.attribution?.end ?? claim.start } : null;
      break;
    }
    case 'dismissed':
      next.dismissed = value as boolean;
      break;
    case 'promoted':
      next.promoted = value as boolean;
      break;
    default: {
      const id = field.slice('evidence:'.length);
      const v = value as EvidenceValue;
      // One pass to find the link and one to copy the list: a claim can have thousands of links.
      next.evidence = claim.evidence.some((e) => e.id === id) ? claim.evidence.filter((e) => e.id !== id) : [...claim.evidence];
      if (v) next.evidence.push({ id, url: v.url, title: v.title, excerpt: v.excerpt, addedAt: v.addedAt });
    }
  }
  return next;
}

/** The prefix of history entries written by sync: they came from the desk, so they are never pushed back. */
export const TEAM_ENTRY = 't-';

/** True when a history entry was written by sync rather than made on this device. */
export function isTeamEntry(entry: Pick<HistoryItem, 'id'>): boolean {
  return entry.id.startsWith(TEAM_ENTRY);
}

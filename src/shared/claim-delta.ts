import type { Claim, Evidence } from './model.ts';
import { sameValue } from './team/change-model.ts';

/**
 * One evidence link a change touched, as one side of the change has it: the link and its place in the
 * claim's list, or null where that side has no such link (before it was added, after it was removed).
 */
export interface EvidenceAt {
  id: string;
  item: Evidence | null;
  /** The link's place in that side's list (set with `item`). */
  at?: number;
}

/**
 * The fields of a claim one change set, as history keeps them: never its id, so a delta is never taken for a
 * whole claim. Evidence comes as the links the change touched (`evidenceItems`); a whole list (`evidence`)
 * is only in entries written before, or for a change that reordered the links it kept.
 */
export type ClaimDelta = Partial<Omit<Claim, 'id'>> & { evidenceItems?: EvidenceAt[] };

/** A claim as a history entry holds it: whole (entries written before deltas, a claim added or removed) or a delta. */
export type ClaimSnapshot = Claim | ClaimDelta;

/** Optional fields: absent on one side of a change, they are written as null there and removed when applied. */
const OPTIONAL = new Set<string>(['recheck']);

/** Fields read together: a source correction syncs only with its "corrected by hand" flag beside it. */
const TOGETHER: ReadonlyArray<readonly string[]> = [['attribution', 'attributionEdited']];

/**
 * The fields a change to one claim set, before and after: what history keeps instead of two whole copies
 * of the claim (a status change on a 20,000-claim article costs the same to record as on a short one, and
 * a link added to a claim of 3,000 links the same as to a claim of none).
 */
export function claimDelta(before: Claim, after: Claim): { before: ClaimDelta; after: ClaimDelta } {
  const b = before as unknown as Record<string, unknown>;
  const a = after as unknown as Record<string, unknown>;
  const keys = new Set<string>();
  for (const key of new Set([...Object.keys(b), ...Object.keys(a)])) if (key !== 'id' && !sameValue(b[key], a[key])) keys.add(key);
  for (const group of TOGETHER) if (group.some((k) => keys.has(k))) group.forEach((k) => keys.add(k));
  const links = keys.has('evidence') ? evidenceChanges(before.evidence, after.evidence) : null;
  if (links) keys.delete('evidence');
  const pick = (from: Record<string, unknown>): ClaimDelta => Object.fromEntries([...keys].map((k) => [k, from[k] === undefined ? null : from[k]])) as ClaimDelta;
  const delta = { before: pick(b), after: pick(a) };
  if (links) {
    delta.before.evidenceItems = links.before;
    delta.after.evidenceItems = links.after;
  }
  return delta;
}

/**
 * The links that differ between two evidence lists, each side with its links where that side has them;
 * null when the links both keep are not in the same order (then only whole lists say what changed).
 */
function evidenceChanges(before: readonly Evidence[], after: readonly Evidence[]): { before: EvidenceAt[]; after: EvidenceAt[] } | null {
  const was = new Map(before.map((e, i) => [e.id, i]));
  const now = new Map(after.map((e, i) => [e.id, i]));
  if (was.size !== before.length || now.size !== after.length) return null;
  const changed = new Set<string>();
  for (const e of before) {
    const i = now.get(e.id);
    if (i === undefined || !sameValue(e, after[i])) changed.add(e.id);
  }
  for (const e of after) if (!was.has(e.id)) changed.add(e.id);
  const kept = (list: readonly Evidence[]): string[] => list.filter((e) => !changed.has(e.id)).map((e) => e.id);
  const keptAfter = kept(after);
  if (kept(before).some((id, i) => keptAfter[i] !== id)) return null;
  const side = (list: readonly Evidence[], index: ReadonlyMap<string, number>): EvidenceAt[] =>
    [...changed].map((id) => {
      const at = index.get(id);
      return at === undefined ? { id, item: null } : { id, item: list[at]!, at };
    });
  return { before: side(before, was), after: side(after, now) };
}

/** `list` as one side of a change has it: the links the change touched taken out, and that side's put in their places. */
function withLinks(list: readonly Evidence[], side: readonly EvidenceAt[]): Evidence[] {
  const touched = new Set(side.map((s) => s.id));
  const out = list.filter((e) => !touched.has(e.id));
  // In the order of their places: each goes where that side has it, after the ones before it are in.
  const placed = side.filter((s): s is EvidenceAt & { item: Evidence } => s.item !== null).sort((x, y) => (x.at ?? Infinity) - (y.at ?? Infinity));
  for (const s of placed) out.splice(Math.min(s.at ?? out.length, out.length), 0, s.item);
  return out;
}

/** True for a whole claim (it has its id); false for a delta. */
export function isWholeClaim(snapshot: ClaimSnapshot): snapshot is Claim {
  return 'id' in snapshot;
}

/** The claim a history snapshot puts in place of `current`: a whole claim as it is, a delta applied to `current`. */
export function claimWith(current: Claim | null, snapshot: ClaimSnapshot | null): Claim | null {
  if (snapshot === null) return null;
  if (isWholeClaim(snapshot)) return snapshot;
  if (current === null) return null;
  const { evidenceItems, ...fields } = snapshot;
  const next = { ...current, ...fields } as Record<string, unknown>;
  if (evidenceItems) next.evidence = withLinks(current.evidence, evidenceItems);
  for (const key of OPTIONAL) if (next[key] === null) delete next[key];
  return next as unknown as Claim;
}

/** The link with id `id` in a snapshot: the link, null when the snapshot says there is none, undefined when it does not say. */
export function snapshotLink(snapshot: ClaimSnapshot, id: string): Evidence | null | undefined {
  if (!isWholeClaim(snapshot) && snapshot.evidenceItems) {
    const s = snapshot.evidenceItems.find((x) => x.id === id);
    if (s) return s.item;
  }
  return snapshot.evidence?.find((e) => e.id === id) ?? (snapshot.evidence ? null : undefined);
}

/** The ids of the links a snapshot speaks of: all of a whole claim's, the ones a delta touched. */
export function snapshotLinkIds(snapshot: ClaimSnapshot): string[] {
  const items = isWholeClaim(snapshot) ? [] : (snapshot.evidenceItems ?? []).map((s) => s.id);
  return [...(snapshot.evidence ?? []).map((e) => e.id), ...items];
}

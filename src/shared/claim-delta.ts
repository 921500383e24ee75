import type { Claim } from './model.ts';
import { sameValue } from './team/change-model.ts';

/** The fields of a claim one change set, as history keeps them: never its id, so a delta is never taken for a whole claim. */
export type ClaimDelta = Partial<Omit<Claim, 'id'>>;

/** A claim as a history entry holds it: whole (entries written before deltas, a claim added or removed) or a delta. */
export type ClaimSnapshot = Claim | ClaimDelta;

/** Optional fields: absent on one side of a change, they are written as null there and removed when applied. */
const OPTIONAL = new Set<string>(['recheck']);

/** Fields read together: a source correction syncs only with its "corrected by hand" flag beside it. */
const TOGETHER: ReadonlyArray<readonly string[]> = [['attribution', 'attributionEdited']];

/**
 * The fields a change to one claim set, before and after: what history keeps instead of two whole copies
 * of the claim (a status change on a 20,000-claim article costs the same to record as on a short one).
 */
export function claimDelta(before: Claim, after: Claim): { before: ClaimDelta; after: ClaimDelta } {
  const b = before as unknown as Record<string, unknown>;
  const a = after as unknown as Record<string, unknown>;
  const keys = new Set<string>();
  for (const key of new Set([...Object.keys(b), ...Object.keys(a)])) if (key !== 'id' && !sameValue(b[key], a[key])) keys.add(key);
  for (const group of TOGETHER) if (group.some((k) => keys.has(k))) group.forEach((k) => keys.add(k));
  const pick = (from: Record<string, unknown>): ClaimDelta => Object.fromEntries([...keys].map((k) => [k, from[k] === undefined ? null : from[k]])) as ClaimDelta;
  return { before: pick(b), after: pick(a) };
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
  const next = { ...current, ...snapshot } as Record<string, unknown>;
  for (const key of OPTIONAL) if (next[key] === null) delete next[key];
  return next as unknown as Claim;
}

import type { Claim } from './model.ts';

/** True for units on the checker's list: check-worthy or promoted, or already marked, and not dismissed. */
export function isOnList(claim: Claim): boolean {
  return !claim.dismissed && (claim.checkworthy || claim.promoted || claim.status !== 'unreviewed');
}

/** True once the checker has given the claim a status other than Unreviewed. */
export function isReviewed(claim: Claim): boolean {
  return claim.status !== 'unreviewed';
}

import type { Claim } from './model.ts';
import { changedPositions } from './summary.ts';

/**
 * A filtered claim list kept between changes: a change that kept every claim in its place, and each changed
 * claim in or out of the list as it was (a status, a note), replaces those claims in the kept list instead
 * of filtering every claim again. The same result as `claims.filter(keep)`, at the cost of the change.
 */
export class KeptFilter {
  #claims: readonly Claim[] | null = null;
  #key: unknown = undefined;
  #out: Claim[] = [];

  /** `claims.filter(keep)`; `key` stands for `keep` (the filter settings): a new key filters all again. */
  apply(claims: readonly Claim[], key: unknown, keep: (claim: Claim) => boolean): Claim[] {
    const before = this.#claims;
    this.#claims = claims;
    if (before === claims && key === this.#key) return this.#out;
    const at = before && key === this.#key && before.length === claims.length ? changedPositions(before, claims) : null;
    const kept = at?.every((i) => before![i]!.id === claims[i]!.id && keep(before![i]!) === keep(claims[i]!)) ? this.#replace(at, before!, claims, keep) : null;
    this.#key = key;
    return (this.#out = kept ?? claims.filter(keep));
  }

  #replace(at: number[], before: readonly Claim[], after: readonly Claim[], keep: (claim: Claim) => boolean): Claim[] | null {
    if (at.length === 0) return this.#out;
    const out = [...this.#out];
    for (const i of at) {
      if (!keep(after[i]!)) continue;
      const k = out.indexOf(before[i]!);
      if (k < 0) return null;
      out[k] = after[i]!;
    }
    return out;
  }
}

import type { Claim } from '../../../shared/model.ts';

/** Where a keyboard move goes: by a number of rows, to an end of the list, or a page at a time. */
export type Move = { by: number } | { to: 'first' | 'last' } | { page: 1 | -1 };

/** How many rows a Page Up / Page Down moves. */
export const PAGE_ROWS = 10;

/**
 * The selected claim, over the claims the list shows. It remembers the row it was on, so when the selected
 * claim leaves the list (dismissed, filtered out) the selection moves on to the claim that took its place
 * rather than jumping back to the top, and a key never acts on a claim the checker cannot see.
 */
export class Selection {
  readonly #shown: () => readonly Claim[];
  #id = $state<string | null>(null);
  #row = 0;
  #selected = $derived.by(() => this.#shown().find((c) => c.id === this.#id) ?? null);

  /** `shown` gives the claims the list shows, in order. */
  constructor(shown: () => readonly Claim[]) {
    this.#shown = shown;
  }

  /** The id asked for last, even when that claim is not shown now. */
  get id(): string | null {
    return this.#id;
  }
  /** The selected claim when the list shows it; null otherwise. */
  get claim(): Claim | null {
    return this.#selected;
  }

  /** Selects a claim (or nothing). */
  select(claimId: string | null): void {
    this.#id = claimId;
    const at = this.#shown().findIndex((c) => c.id === claimId);
    if (at >= 0) this.#row = at;
  }

  /** Selects the first shown claim. */
  reset(): void {
    this.#row = 0;
    this.#id = this.#shown()[0]?.id ?? null;
  }

  /** Moves the selection; from a claim that has left the list, "down" lands on the claim that took its row. */
  move(move: Move): void {
    const list = this.#shown();
    if (list.length === 0) return;
    const at = list.findIndex((c) => c.id === this.#id);
    const from = at >= 0 ? at : this.#row;
    let next: number;
    if ('to' in move) next = move.to === 'first' ? 0 : list.length - 1;
    else {
      const delta = 'page' in move ? move.page * PAGE_ROWS : move.by;
      // The row of a claim that left now holds its follower: one step down is that row itself.
      next = at >= 0 ? from + delta : delta > 0 ? from + delta - 1 : from + delta;
    }
    this.#pick(list, Math.max(0, Math.min(list.length - 1, next)));
  }

  /** Moves to the next shown claim after the selection that `wanted` accepts (wrapping once); false when none. */
  next(wanted: (claim: Claim) => boolean): boolean {
    const list = this.#shown();
    const at = list.findIndex((c) => c.id === this.#id);
    const from = at >= 0 ? at : this.#row - 1;
    for (let i = 1; i <= list.length; i++) {
      const index = (((from + i) % list.length) + list.length) % list.length;
      if (wanted(list[index]!)) {
        this.#pick(list, index);
        return true;
      }
    }
    return false;
  }

  /**
   * Before `claimId` leaves the list: the claim to select instead (the one after it, or before it at the end),
   * or null when it stays or nothing is left.
   */
  followerOf(claimId: string): string | null {
    const list = this.#shown();
    const at = list.findIndex((c) => c.id === claimId);
    if (at < 0) return null;
    return (list[at + 1] ?? list[at - 1])?.id ?? null;
  }

  #pick(list: readonly Claim[], index: number): void {
    this.#row = index;
    this.#id = list[index]!.id;
  }
}

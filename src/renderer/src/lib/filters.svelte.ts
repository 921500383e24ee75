import { KeptFilter } from '../../../shared/kept-filter.ts';
import { isOnList } from '../../../shared/claim-rules.ts';
import type { Claim } from '../../../shared/model.ts';
import type { Status } from '../../../shared/status.ts';

/** Which claims the list shows: by status, source kind and text, plus the normally hidden kinds. */
export class ClaimFilters {
  #status = $state<Status | 'all'>('all');
  #anonymousOnly = $state(false);
  #noSource = $state(false);
  #query = $state('');
  /** The list as last filtered: a saved change filters again only the claims it changed. */
  readonly #kept = new KeptFilter();
  #showHidden = $state(false);
  #showDismissed = $state(false);

  get status(): Status | 'all' {
    return this.#status;
  }
  get anonymousOnly(): boolean {
    return this.#anonymousOnly;
  }
  get noSource(): boolean {
    return this.#noSource;
  }
  get query(): string {
    return this.#query;
  }
  get showHidden(): boolean {
    return this.#showHidden;
  }
  get showDismissed(): boolean {
    return this.#showDismissed;
  }

  /** True when any filter narrows the list. */
  get active(): boolean {
    return this.#status !== 'all' || this.#anonymousOnly || this.#noSource || this.#query.trim() !== '';
  }

  setStatus(status: Status | 'all'): void {
    this.#status = status;
  }
  setAnonymousOnly(on: boolean): void {
    this.#anonymousOnly = on;
    if (on) this.#noSource = false;
  }
  setNoSource(on: boolean): void {
    this.#noSource = on;
    if (on) this.#anonymousOnly = false;
  }
  setQuery(query: string): void {
    this.#query = query;
  }
  toggleHidden(): void {
    this.#showHidden = !this.#showHidden;
  }
  toggleDismissed(): void {
    this.#showDismissed = !this.#showDismissed;
  }
  /** Clears every narrowing filter. */
  reset(): void {
    this.#status = 'all';
    this.#anonymousOnly = false;
    this.#noSource = false;
    this.#query = '';
  }

  /** The claims to show, in article order. */
  apply(claims: readonly Claim[]): Claim[] {
    const q = this.#query.trim().toLowerCase();
    const [status, anonymousOnly, noSource, showHidden, showDismissed] = [this.#status, this.#anonymousOnly, this.#noSource, this.#showHidden, this.#showDismissed];
    const key = JSON.stringify([q, status, anonymousOnly, noSource, showHidden, showDismissed]);
    return this.#kept.apply(claims, key, (c) => {
      const visible = isOnList(c) || (showHidden && !c.dismissed) || (showDismissed && c.dismissed);
      if (!visible) return false;
      if (status !== 'all' && c.status !== status) return false;
      if (anonymousOnly && !c.attribution?.anonymous) return false;
      if (noSource && c.attribution) return false;
      if (q && !`${c.text} ${c.attribution?.source ?? ''} ${c.note}`.toLowerCase().includes(q)) return false;
      return true;
    });
  }
}

/**
 * How much of a long list is rendered: the first `step` items, growing by `step` as the reader scrolls
 * towards the end or moves the selection past it. Opening a 2,000-claim document then paints one screenful,
 * not 2,000 rows.
 */
export class RenderWindow {
  readonly step: number;
  #limit = $state(0);

  constructor(step: number) {
    this.step = step;
    this.#limit = step;
  }

  /** How many items to render. */
  get limit(): number {
    return this.#limit;
  }

  /** Renders `step` more items. */
  grow(): void {
    this.#limit += this.step;
  }

  /** Makes sure the item at `index` is rendered. */
  include(index: number): void {
    if (index >= this.#limit) this.#limit = index + this.step;
  }

  /** Back to the first screenful (a different document was opened). */
  reset(): void {
    this.#limit = this.step;
  }
}

/** Svelte action: calls `onvisible` whenever the element scrolls into (or near) view. */
export function whenVisible(node: HTMLElement, onvisible: () => void): { destroy(): void } {
  const observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && onvisible(), { rootMargin: '600px' });
  observer.observe(node);
  return { destroy: () => observer.disconnect() };
}

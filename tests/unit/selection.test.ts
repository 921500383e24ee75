import { describe, expect, it } from 'vitest';
import { PAGE_ROWS, Selection } from '../../src/renderer/src/lib/selection.svelte.ts';
import type { Claim } from '../../src/shared/model.ts';

const claim = (n: number, status: Claim['status'] = 'unreviewed'): Claim => ({ id: `c${n}`, n, status }) as Claim;

/** A selection over a list the test can change, as filters and dismissals change the shown claims. */
function over(n: number) {
  let shown = Array.from({ length: n }, (_, i) => claim(i + 1));
  const selection = new Selection(() => shown);
  return { selection, set: (next: Claim[]) => (shown = next), get shown() { return shown; } };
}

describe('selection', () => {
  it('moves on past a claim that left the list, never back to the top', () => {
    const list = over(14);
    list.selection.select('c7');
    const follower = list.selection.followerOf('c7');
    expect(follower).toBe('c8');
    list.set(list.shown.filter((c) => c.id !== 'c7'));
    // The selected claim is out of sight: no key may act on it.
    expect(list.selection.claim).toBeNull();
    list.selection.move({ by: 1 });
    expect(list.selection.claim?.id).toBe('c8');
  });

  it('goes to the ends and by pages, kept within the list', () => {
    const { selection } = over(25);
    selection.reset();
    selection.move({ page: 1 });
    expect(selection.claim?.n).toBe(1 + PAGE_ROWS);
    selection.move({ to: 'last' });
    expect(selection.claim?.n).toBe(25);
    selection.move({ page: 1 });
    expect(selection.claim?.n).toBe(25);
    selection.move({ to: 'first' });
    selection.move({ page: -1 });
    expect(selection.claim?.n).toBe(1);
  });

  it('finds the next claim that is wanted, wrapping round once', () => {
    const list = over(5);
    list.set([claim(1, 'verified'), claim(2, 'disputed'), claim(3), claim(4, 'verified'), claim(5)]);
    list.selection.select('c3');
    expect(list.selection.next((c) => c.status === 'unreviewed')).toBe(true);
    expect(list.selection.claim?.id).toBe('c5');
    expect(list.selection.next((c) => c.status === 'unreviewed')).toBe(true);
    expect(list.selection.claim?.id).toBe('c3');
    expect(list.selection.next((c) => c.status === 'in-progress')).toBe(false);
  });
});

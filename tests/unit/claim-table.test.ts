import { describe, expect, it } from 'vitest';
import { ClaimTable } from '../../src/main/search/claim-table.ts';

/** A claim's text of about a hundred bytes, different for each number, with a non-ASCII letter. */
const text = (i: number): string => `Claim ${i} says the council spent ${i * 7} euros on the río crossing, ${'x'.repeat(i % 40)} officials said.`;

describe('claim table', () => {
  it('holds a library of claims in little more room than their texts, and gives every text back', () => {
    const table = new ClaimTable();
    const n = 25_000;
    let bytes = 0;
    for (let i = 0; i < n; i++) {
      table.add(i % 100, `c${i}`, i, 0, i, text(i));
      bytes += new TextEncoder().encode(`c${i}${text(i)}`).length;
    }
    table.fit();
    expect(table.heapUsed).toBe(bytes);
    // 26 bytes of columns a claim (an eighth spare at most) and at most one chunk (256 KB) not yet filled.
    expect(table.bytes).toBeLessThanOrEqual(bytes + 1.2 * 26 * n + 256 * 1024);
    for (const i of [0, 1, 4999, 17_123, n - 1]) {
      expect(table.text(i)).toBe(text(i));
      expect(table.claimId(i)).toBe(`c${i}`);
    }
  });

  it('keeps a text longer than a chunk whole, and the live texts through a compaction', () => {
    const table = new ClaimTable();
    const long = `A very long claim ${'é'.repeat(200_000)} ends here.`;
    for (let i = 0; i < 30_000; i++) table.add(0, `c${i}`, i, 0, i, i === 7 ? long : text(i));
    expect(table.text(7)).toBe(long);
    // An id is whatever the document file holds: one past 64 KB comes back whole, and so does its text.
    const longId = `c-${'9'.repeat(70_000)}`;
    const odd = table.add(0, longId, 0, 0, 0, 'A claim with a long id.');
    expect(table.claimId(odd)).toBe(longId);
    expect(table.text(odd)).toBe('A claim with a long id.');
    table.kill(odd);
    for (let i = 0; i < 30_000; i++) if (i % 10 !== 0) table.kill(i);
    // A claim being taken out is still read (its words are counted out of "checked before?"), long or not.
    expect(table.text(7)).toBe(long);
    expect(table.text(29_999)).toBe(text(29_999));
    const before = table.bytes;
    table.compactIfWasteful();
    expect(table.liveCount).toBe(3000);
    expect(table.text(29_990)).toBe(text(29_990));
    expect(table.claimId(10)).toBe('c10');
    expect(table.text(10)).toBe(text(10));
    // What compaction gave back: the long text and nine tenths of the chunks.
    expect(table.bytes).toBeLessThan(before - 2_000_000);
    expect(table.heapUsed).toBeLessThan(400_000);
  });
});

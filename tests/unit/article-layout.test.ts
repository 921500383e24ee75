import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ArticleLayout, articleSegments } from '../../src/renderer/src/lib/article-segments.ts';
import type { Claim } from '../../src/shared/model.ts';
import { STATUSES } from '../../src/shared/status.ts';

const TEXT = 'The mayor said the budget rose 5 percent. Officials denied it. A spokesperson said nothing changed. Rents fell.';

const claimArb = (id: string) =>
  fc.record({
    start: fc.integer({ min: 0, max: TEXT.length - 1 }),
    length: fc.integer({ min: 1, max: 40 }),
    status: fc.constantFrom(...STATUSES),
    source: fc.option(fc.record({ from: fc.nat(10), length: fc.integer({ min: 1, max: 8 }), anonymous: fc.boolean() }), { nil: null }),
  }).map(({ start, length, status, source }): Claim => {
    const end = Math.min(TEXT.length, start + length);
    const attribution = source ? { source: 'x', start: Math.min(end - 1, start + source.from), end: Math.min(end, start + source.from + source.length), anonymous: source.anonymous } : null;
    return { id, n: Number(id.slice(1)), text: TEXT.slice(start, end), start, end, status, attribution } as unknown as Claim;
  });

describe('article layout kept between changes', () => {
  it('gives what cutting the article again gives, after any run of status changes, moves and new claims', () => {
    const claimsArb = fc.array(fc.nat(), { minLength: 1, maxLength: 6 }).chain((ns) => fc.tuple(...ns.map((_, i) => claimArb(`c${i + 1}`))));
    const stepArb = fc.record({ kind: fc.constantFrom('status', 'status', 'status', 'move', 'same'), at: fc.nat(), status: fc.constantFrom(...STATUSES), claim: claimArb('c1') });
    fc.assert(
      fc.property(claimsArb, fc.array(stepArb, { maxLength: 12 }), (start, steps) => {
        const layout = new ArticleLayout();
        let claims: Claim[] = [...start];
        expect(layout.segments(TEXT, claims)).toEqual(articleSegments(TEXT, claims));
        for (const step of steps) {
          const i = step.at % claims.length;
          claims = [...claims];
          if (step.kind === 'status') claims[i] = { ...claims[i]!, status: step.status };
          else if (step.kind === 'move') claims[i] = { ...step.claim, id: claims[i]!.id };
          expect(layout.segments(TEXT, claims)).toEqual(articleSegments(TEXT, claims));
        }
      }),
      { numRuns: 300 },
    );
  });
});

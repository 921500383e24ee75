import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KeptFilter } from '../../src/shared/kept-filter.ts';
import type { Claim } from '../../src/shared/model.ts';
import { STATUSES } from '../../src/shared/status.ts';

const claim = (n: number, status: (typeof STATUSES)[number], dismissed: boolean): Claim => ({ id: `c${n}`, n, status, dismissed }) as unknown as Claim;

describe('a kept filter', () => {
  it('gives what filtering every claim again gives, after any change and any change of filter', () => {
    const stepArb = fc.record({ at: fc.nat(), status: fc.constantFrom(...STATUSES), dismissed: fc.boolean(), kind: fc.constantFrom('change', 'change', 'add', 'remove', 'swap', 'filter'), filter: fc.constantFrom(...STATUSES) });
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...STATUSES), fc.boolean()), { minLength: 1, maxLength: 15 }), fc.array(stepArb, { maxLength: 20 }), (start, steps) => {
        const kept = new KeptFilter();
        let claims = start.map(([s, d], i) => claim(i + 1, s, d));
        let wanted: (typeof STATUSES)[number] = STATUSES[0]!;
        const keep = (c: Claim) => !c.dismissed && c.status !== wanted;
        let next = 100;
        for (const step of steps) {
          claims = [...claims];
          const i = step.at % claims.length;
          if (step.kind === 'change') claims[i] = { ...claims[i]!, status: step.status, dismissed: step.dismissed };
          else if (step.kind === 'add') claims.splice(i, 0, claim(next++, step.status, step.dismissed));
          else if (step.kind === 'remove' && claims.length > 1) claims.splice(i, 1);
          else if (step.kind === 'swap' && claims.length > 1) [claims[0], claims[i]] = [claims[i]!, claims[0]!];
          else if (step.kind === 'filter') wanted = step.filter;
          expect(kept.apply(claims, wanted, keep)).toEqual(claims.filter(keep));
        }
      }),
      { numRuns: 300 },
    );
  });
});

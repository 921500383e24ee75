import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Claim } from '../../src/shared/model.ts';
import { STATUSES } from '../../src/shared/status.ts';
import { countsAfter, statusCounts } from '../../src/shared/summary.ts';

const stateArb = fc.record({ status: fc.constantFrom(...STATUSES), checkworthy: fc.boolean(), promoted: fc.boolean(), dismissed: fc.boolean() });

function claim(id: string, state: { status: (typeof STATUSES)[number]; checkworthy: boolean; promoted: boolean; dismissed: boolean }): Claim {
  return { id, n: Number(id.slice(1)), text: `Claim ${id}.`, ...state } as unknown as Claim;
}

describe('counts after a change', () => {
  it('are what counting every claim again gives, whatever the change replaced, added or moved', () => {
    fc.assert(
      fc.property(
        fc.array(stateArb, { minLength: 1, maxLength: 30 }),
        fc.array(fc.tuple(fc.nat(), stateArb), { maxLength: 5 }),
        fc.constantFrom('replace', 'add', 'remove', 'swap'),
        (states, changes, kind) => {
          const before = states.map((s, i) => claim(`c${i + 1}`, s));
          const after = [...before];
          for (const [at, s] of changes) after[at % after.length] = claim(after[at % after.length]!.id, s);
          if (kind === 'add') after.push(claim('c99', changes[0]?.[1] ?? states[0]!));
          if (kind === 'remove') after.pop();
          if (kind === 'swap' && after.length > 1) [after[0], after[1]] = [after[1]!, after[0]!];
          expect(countsAfter(statusCounts(before), before, after)).toEqual(statusCounts(after));
        },
      ),
      { numRuns: 300 },
    );
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { OpenDocument } from '../../src/renderer/src/lib/open-document.svelte.ts';
import { isOnList, isReviewed } from '../../src/shared/claim-rules.ts';
import type { EditResult } from '../../src/shared/ipc-contract.ts';
import type { Claim, DocumentView } from '../../src/shared/model.ts';
import { STATUSES } from '../../src/shared/status.ts';
import { statusCounts } from '../../src/shared/summary.ts';
import { profileCounts } from '../../src/shared/sourcing-chart.ts';

const stateArb = fc.record({ status: fc.constantFrom(...STATUSES), checkworthy: fc.boolean(), promoted: fc.boolean(), dismissed: fc.boolean(), attribution: fc.constantFrom(null, { source: 'officials', anonymous: true }, { source: 'Mia Kern', anonymous: false }) });
type State = typeof stateArb extends fc.Arbitrary<infer T> ? T : never;

const claim = (n: number, s: State): Claim => ({ id: `c${n}`, n, text: `Claim ${n}.`, start: n * 10, end: n * 10 + 8, ...s }) as unknown as Claim;

describe('the open document’s tallies', () => {
  it('after any run of saved changes are what counting every claim again gives', () => {
    const stepArb = fc.record({ at: fc.nat(), state: stateArb, kind: fc.constantFrom('change', 'change', 'change', 'add', 'remove') });
    fc.assert(
      fc.property(fc.array(stateArb, { minLength: 1, maxLength: 20 }), fc.array(stepArb, { maxLength: 15 }), (states, steps) => {
        const open = new OpenDocument();
        let claims = states.map((s, i) => claim(i + 1, s));
        open.set({ id: 'd', title: 'D', text: '', claims, history: [], undoStack: [], redoStack: [] } as unknown as DocumentView);
        let added = 100;
        for (const step of steps) {
          const target = claims[step.at % claims.length];
          const next = step.kind === 'add' ? claim(added++, step.state) : step.kind === 'remove' || !target ? null : { ...target, ...step.state };
          const id = step.kind === 'add' || !target ? next!.id : target.id;
          if (step.kind === 'remove' && claims.length === 1) continue;
          open.apply('d', { claimId: id, claim: next, entry: null, summary: { updatedAt: 'x' }, undo: { canUndo: false, canRedo: false, undoLabel: null, redoLabel: null } } as unknown as EditResult);
          claims = open.view!.claims;
          const listed = claims.filter(isOnList);
          expect(open.listed).toEqual(listed);
          expect(open.counts).toEqual(statusCounts(claims));
          expect(open.progress).toEqual({ reviewed: listed.filter(isReviewed).length, total: listed.length });
          expect(open.hiddenCount).toBe(claims.filter((c) => !c.dismissed && !isOnList(c)).length);
          expect(open.sources).toEqual(profileCounts(claims).sources);
          expect(open.dismissedCount).toBe(claims.filter((c) => c.dismissed).length);
        }
      }),
      { numRuns: 300 },
    );
  });
});

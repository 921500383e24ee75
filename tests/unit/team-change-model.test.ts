import { describe, expect, it } from 'vitest';
import { applyEdit, type ClaimEdit } from '../../src/shared/claim-edits.ts';
import type { Claim, FactDocument } from '../../src/shared/model.ts';
import { fieldChanges, fieldValue, sameValue, withFieldValue } from '../../src/shared/team/change-model.ts';
import { describeConflict, openConflictsOf, type TeamConflict } from '../../src/shared/team/conflicts.ts';
import { changeProblem } from '../../src/shared/team/change-checks.ts';
import { addSyncedClaim, applyFieldValue } from '../../src/main/team/apply-changes.ts';
import { hasThreeDecimalsAtMost } from '../../src/shared/store-shape.ts';

const claim: Claim = {
  id: 'c1', n: 1, text: 'Rainfall fell 40% short.', start: 0, end: 24, kind: 'sentence', checkworthy: true, score: 3, reasons: [],
  attribution: { source: 'the Met Office', anonymous: false, cue: 'said', start: 30, end: 44 },
  status: 'unreviewed', statusChangedAt: null, note: '', evidence: [], dismissed: false, promoted: false, attributionEdited: false, origin: 'extracted',
};
const ctx = { now: '2026-01-02T03:04:05.000Z', newId: () => 'e-1' };
const edited = (edit: ClaimEdit): Claim => applyEdit(claim, edit, ctx);

describe('team change model', () => {
  it('each kind of edit is one change of one field, from the value it was made on', () => {
    expect(fieldChanges(claim, edited({ kind: 'status', status: 'verified' }))).toEqual([{ field: 'status', before: 'unreviewed', value: 'verified' }]);
    expect(fieldChanges(claim, edited({ kind: 'note', note: 'Called them' }))).toEqual([{ field: 'note', before: '', value: 'Called them' }]);
    expect(fieldChanges(claim, edited({ kind: 'dismiss', dismissed: true }))).toEqual([{ field: 'dismissed', before: false, value: true }]);
    expect(fieldChanges(claim, edited({ kind: 'attribution', source: 'An aide', anonymous: true }))).toEqual([{ field: 'attribution', before: null, value: { source: 'An aide', anonymous: true } }]);
    const withLink = edited({ kind: 'add-evidence', url: 'https://example.org/', title: 'Release', excerpt: '' });
    expect(fieldChanges(claim, withLink)).toEqual([{ field: 'evidence:e-1', before: null, value: { url: 'https://example.org/', title: 'Release', excerpt: '', addedAt: ctx.now } }]);
    // A removal is a change to null (the log keeps it as a marker), never the loss of the item's record.
    expect(fieldChanges(withLink, applyEdit(withLink, { kind: 'remove-evidence', evidenceId: 'e-1' }, ctx))).toEqual([{ field: 'evidence:e-1', before: { url: 'https://example.org/', title: 'Release', excerpt: '', addedAt: ctx.now }, value: null }]);
    // A claim added by hand is not a change of a synced field.
    expect(fieldChanges(null, claim)).toEqual([]);
  });

  it('a value from the desk puts the claim where the edit that made it would have', () => {
    for (const edit of [{ kind: 'status', status: 'disputed' }, { kind: 'note', note: 'x' }, { kind: 'dismiss', dismissed: true }, { kind: 'attribution', source: 'A spokesman', anonymous: false }, { kind: 'add-evidence', url: 'https://example.org/a', title: 'A', excerpt: 'q' }] as ClaimEdit[]) {
      const after = edited(edit);
      const [change] = fieldChanges(claim, after);
      const applied = withFieldValue(claim, change!.field, change!.value, ctx.now);
      expect(fieldValue(applied, change!.field)).toEqual(fieldValue(after, change!.field));
      expect(fieldChanges(after, applied)).toEqual([]);
    }
  });

  it('compares values as JSON, keys in any order', () => {
    expect(sameValue({ a: 1, b: [1, { c: 2 }] }, { b: [1, { c: 2 }], a: 1 })).toBe(true);
    expect(sameValue({ a: 1 }, { a: 2 })).toBe(false);
    expect(sameValue(null, {})).toBe(false);
  });

  it('describes a conflict and finds a claim’s open ones', () => {
    const c: TeamConflict = { seq: 41, documentId: 'd', claimId: 'c1', field: 'status', value: 'disputed', author: 'sam', at: ctx.now, standingSeq: 40, standingValue: 'verified', standingAuthor: 'ana', resolvedBy: null };
    expect(describeConflict(c)).toBe('status: Disputed by sam did not stand; Verified by ana stands');
    expect(openConflictsOf([c, { ...c, seq: 42, resolvedBy: 50 }, { ...c, seq: 43, claimId: 'c2' }], 'd', 'c1')).toEqual([c]);
  });

  it('takes a colleague’s claim added by hand whatever number it was given, up to three decimals', () => {
    const added = (n: number) => ({ document: 'd-1', claim: 'm2-x', field: 'claim', value: { text: 'Ships waited', start: 10, end: 22, n, checkworthy: true, score: 0.5, reasons: [], attribution: null, promoted: false } });
    for (const n of [2, 2.1, 2.01, 2.001, 16.1, 8.03, 1.001]) expect(changeProblem(added(n)), String(n)).toBeNull();
    expect(changeProblem(added(2.0001))).toMatch(/three decimals/);
  });

  it('a colleague’s claim whose number is taken here takes the next whole number after every claim', () => {
    const doc = { claims: [claim, { ...claim, id: 'm1-1-a', n: 1.1 }, { ...claim, id: 'm1-2-b', n: 1.118 }], history: [] } as unknown as FactDocument;
    const value = { text: 'Rainfall fell', start: 0, end: 13, n: 1.1, checkworthy: true, score: 0.5, reasons: [], attribution: null, promoted: false };
    expect(addSyncedClaim(doc, { seq: 7, claim: 'm1-1-c', value, author: 'sam', at: ctx.now })).toBe('m1-1-c');
    const n = doc.claims.find((c) => c.id === 'm1-1-c')!.n;
    expect(n).toBe(2);
    expect(hasThreeDecimalsAtMost(n)).toBe(true);
  });

  it('a colleague’s "no source" takes the place of the extractor’s reading, as the correction made here would', () => {
    const doc = { claims: [claim], history: [] } as unknown as FactDocument;
    expect(applyFieldValue(doc, { seq: 9, claim: 'c1', field: 'attribution', value: null, author: 'sam', at: ctx.now })).toBe('c1');
    expect(doc.claims[0]).toMatchObject({ attribution: null, attributionEdited: true });
    expect(fieldValue(doc.claims[0]!, 'attribution')).toEqual(fieldValue(edited({ kind: 'attribution', source: null, anonymous: false }), 'attribution'));
    // Once it is so here, the same value again changes nothing.
    expect(applyFieldValue(doc, { seq: 10, claim: 'c1', field: 'attribution', value: null, author: 'sam', at: ctx.now })).toBeNull();
  });
});

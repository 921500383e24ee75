import { describe, expect, it } from 'vitest';
import { conflictChoices, describeConflict, describeResolution, type TeamConflict } from '../../src/shared/team/conflicts.ts';

const conflict = (over: Partial<TeamConflict> = {}): TeamConflict => ({
  seq: 7,
  documentId: 'd-1',
  claimId: 'c3',
  field: 'status',
  value: 'disputed',
  author: 'Sam Okafor',
  at: '2026-12-01T10:00:00.000Z',
  standingSeq: 5,
  standingValue: 'verified',
  standingAuthor: 'Ana Ruiz',
  resolvedBy: null,
  ...over,
});

describe('the two ways to resolve a conflict, as each reviewer sees them', () => {
  it('in the library where the losing value was made, "mine" restores it', () => {
    expect(conflictChoices(conflict({ here: true }), 'Sam Okafor')).toEqual([
      { keep: 'lost', side: 'mine', label: 'Keep mine: Disputed' },
      { keep: 'standing', side: 'theirs', label: 'Keep Ana Ruiz’s: Verified' },
    ]);
  });

  it('for the reviewer whose value stands, "mine" keeps it', () => {
    expect(conflictChoices(conflict({ here: false }), 'ana ruiz')).toEqual([
      { keep: 'standing', side: 'mine', label: 'Keep mine: Verified' },
      { keep: 'lost', side: 'theirs', label: 'Keep Sam Okafor’s: Disputed' },
    ]);
  });

  it('a third reviewer is offered both by name, the standing value on the "mine" key', () => {
    expect(conflictChoices(conflict({ here: false }), 'Bo Lind')).toEqual([
      { keep: 'standing', side: 'mine', label: 'Keep Ana Ruiz’s: Verified' },
      { keep: 'lost', side: 'theirs', label: 'Keep Sam Okafor’s: Disputed' },
    ]);
  });

  it('older records without "here" go by the reviewer’s name', () => {
    expect(conflictChoices(conflict(), 'Sam Okafor')[0]).toMatchObject({ keep: 'lost', side: 'mine' });
    expect(conflictChoices(conflict(), '')[0]).toMatchObject({ keep: 'standing', label: 'Keep Ana Ruiz’s: Verified' });
  });

  it('notes are cut in one line, whole when asked; the timeline names whose value was kept', () => {
    const note = 'x'.repeat(200);
    const c = conflict({ field: 'note', value: note, standingValue: '' });
    expect(describeConflict(c)).toBe(`note: “${'x'.repeat(80)}” by Sam Okafor did not stand; (empty note) by Ana Ruiz stands`);
    expect(describeConflict(c, true)).toContain(`“${note}”`);
    expect(describeResolution(conflict(), 'lost')).toBe('Resolved a conflict on the status: kept Disputed (Sam Okafor’s)');
  });
});

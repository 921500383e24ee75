import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { WorkbenchService } from '../../src/main/service/workbench-service.ts';
import { editRefusal, isReviewed, lacksReason, selectionAfter, sourceCueWords } from '../../src/shared/claim-rules.ts';
import { codeOf } from '../../src/shared/errors.ts';
import type { Claim } from '../../src/shared/model.ts';
import { STATUSES } from '../../src/shared/status.ts';
import { listCountText, reviewedCount } from '../../src/shared/summary.ts';
import { factcheck, FIXED_NOW, tempDir } from './helpers.ts';

async function seeded() {
  const dataDir = await tempDir('rules');
  const svc = await WorkbenchService.start({ dataDir, seedsDir: 'seeds', now: () => FIXED_NOW });
  const doc = (await svc.getLibrary()).documents[0]!;
  return { svc, dataDir, id: doc.id };
}

const unit = (over: Partial<Claim>): Claim =>
  ({ id: 'c1', n: 1, text: 'Rents rose 4 percent.', start: 0, end: 21, kind: 'sentence', checkworthy: true, score: 1, reasons: [], attribution: null, status: 'unreviewed', statusChangedAt: null, note: '', evidence: [], dismissed: false, promoted: false, attributionEdited: false, origin: 'extracted', ...over }) as Claim;

describe('a dismissed unit takes no verdict', () => {
  it('the shared rule refuses a status on a dismissed unit and a dismissal of a claim with a verdict', () => {
    expect(editRefusal(unit({ dismissed: true, n: 7 }), { kind: 'status', status: 'verified' })).toMatch(/Claim 7 is dismissed/);
    expect(editRefusal(unit({ dismissed: true }), { kind: 'status', status: 'in-progress' })).not.toBeNull();
    // Going back to Unreviewed is how a unit stored by older versions as dismissed and verified is mended.
    expect(editRefusal(unit({ dismissed: true }), { kind: 'status', status: 'unreviewed' })).toBeNull();
    expect(editRefusal(unit({ status: 'disputed' }), { kind: 'dismiss', dismissed: true })).toMatch(/Disputed/);
    expect(editRefusal(unit({ status: 'in-progress' }), { kind: 'dismiss', dismissed: true })).toBeNull();
    expect(editRefusal(unit({}), { kind: 'status', status: 'verified' })).toBeNull();
  });

  it('the service refuses it with a typed error and changes nothing on disk', async () => {
    const { svc, dataDir, id } = await seeded();
    await svc.editClaim(id, 'c7', { kind: 'dismiss', dismissed: true });
    const before = await readFile(join(dataDir, 'documents', `${id}.json`), 'utf8');
    const err = await svc.editClaim(id, 'c7', { kind: 'status', status: 'verified' }).catch((e: unknown) => e);
    expect(codeOf(err)).toBe('refused');
    expect((err as Error).message).toMatch(/dismissed/);
    expect(await readFile(join(dataDir, 'documents', `${id}.json`), 'utf8')).toBe(before);
    const doc = await svc.getDocument(id);
    expect(doc.claims.find((c) => c.id === 'c7')).toMatchObject({ dismissed: true, status: 'unreviewed' });
  });

  it('the CLI says why and exits 1', async () => {
    const { svc, dataDir, id } = await seeded();
    await svc.editClaim(id, 'c7', { kind: 'dismiss', dismissed: true });
    await svc.flush();
    const doc = await svc.getDocument(id);
    const n = doc.claims.find((c) => c.id === 'c7')!.n;
    const ran = await factcheck(dataDir, 'mark', '--document', id, '--claim', String(n), '--status', 'verified');
    expect(ran.code).toBe(1);
    expect(ran.stderr).toMatch(/dismissed/);
  });
});

describe('the selection after a claim leaves the list', () => {
  it('moves on to the next claim, not back to the first', () => {
    const ids = (...xs: string[]) => xs.map((id) => ({ id }));
    expect(selectionAfter(ids('c1', 'c6', 'c7', 'c8'), 'c7', ids('c1', 'c6', 'c8'))).toBe('c8');
    expect(selectionAfter(ids('c1', 'c6', 'c7'), 'c7', ids('c1', 'c6'))).toBe('c6');
    expect(selectionAfter(ids('c1', 'c7'), 'c7', ids('c1', 'c7'))).toBe('c7');
    expect(selectionAfter(ids('c7'), 'c7', [])).toBeNull();
  });
});

describe('reviewed means a verdict', () => {
  it('In progress and Unreviewed are not reviewed; the three verdicts are', () => {
    expect(STATUSES.filter((s) => isReviewed({ status: s }))).toEqual(['verified', 'unsourced', 'disputed']);
    expect(reviewedCount({ unreviewed: 5, 'in-progress': 4, verified: 1, unsourced: 2, disputed: 3 })).toBe(6);
  });

  it('a verdict lacks a reason without a note or evidence', () => {
    expect(lacksReason(unit({ status: 'verified' }))).toBe(true);
    expect(lacksReason(unit({ status: 'verified', note: '  ' }))).toBe(true);
    expect(lacksReason(unit({ status: 'verified', note: 'Checked with the council.' }))).toBe(false);
    expect(lacksReason(unit({ status: 'disputed', evidence: [{ id: 'e', url: 'https://x.example/', title: '', excerpt: '', addedAt: '' }] }))).toBe(false);
    expect(lacksReason(unit({ status: 'in-progress' }))).toBe(false);
  });
});

describe('the list count', () => {
  it('never says more are shown than there are claims: set-aside units are counted apart', () => {
    const listed = Array.from({ length: 13 }, (_, i) => unit({ id: `c${i}` }));
    expect(listCountText(listed, 13)).toBe('13 shown of 13 claims');
    expect(listCountText([...listed, unit({ dismissed: true })], 13)).toBe('13 shown of 13 claims, and 1 dismissed unit');
    expect(listCountText([listed[0]!, unit({ checkworthy: false }), unit({ dismissed: true })], 13)).toBe('1 shown of 13 claims, and 1 dismissed and 1 not check-worthy units');
  });
});

describe('who made each change', () => {
  it('history entries carry the reviewer set in settings, and none when no name is set (never the login name)', async () => {
    const { svc, id } = await seeded();
    expect((await svc.getSettings()).reviewer).toBe('');
    const anonymous = await svc.editClaim(id, 'c2', { kind: 'status', status: 'in-progress' });
    expect(anonymous.entry!.by).toBeUndefined();
    await svc.saveSettings({ ...(await svc.getSettings()), reviewer: 'Ana Ruiz' });
    const named = await svc.editClaim(id, 'c2', { kind: 'note', note: 'Asked the ministry.' });
    expect(named.entry!.by).toBe('Ana Ruiz');
    const undone = await svc.undo(id);
    expect(undone!.entry).toMatchObject({ by: 'Ana Ruiz', step: 'undo', target: named.entry!.id });
    const stored = await svc.getDocument(id);
    expect(stored.history.at(-1)).toMatchObject({ by: 'Ana Ruiz', step: 'undo' });
  });
});

describe('the words that signal a source', () => {
  it('are words of the claim, never an internal name of how the source was found', () => {
    const attribution = (cue: string) => ({ source: 'X', anonymous: false, cue, start: 0, end: 1 });
    expect(sourceCueWords({ text: 'Rents rose 7 percent, the office said.', attribution: attribution('said') })).toBe('said');
    expect(sourceCueWords({ text: 'Rents rose 7 percent - reports', attribution: attribution('headline tail') })).toBeNull();
    expect(sourceCueWords({ text: 'Rents rose 7 percent.', attribution: attribution('edited by hand') })).toBeNull();
    expect(sourceCueWords({ text: 'Rents rose.', attribution: null })).toBeNull();
  });
});

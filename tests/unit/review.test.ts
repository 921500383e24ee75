import { cp, readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { WorkbenchService } from '../../src/main/service/workbench-service.ts';
import { SCHEMA_VERSION } from '../../src/main/store/schema.ts';
import { factcheck, FIXED_NOW, storedDocument, tempDir } from './helpers.ts';
import { numberAt } from '../../src/shared/claim-edits.ts';

async function seeded() {
  const dataDir = await tempDir('review');
  const svc = await WorkbenchService.start({ dataDir, seedsDir: 'seeds', now: () => FIXED_NOW });
  const doc = (await svc.getLibrary()).documents[0]!;
  return { svc, dataDir, id: doc.id };
}

const onDisk = (dataDir: string, id: string) => storedDocument(dataDir, id);

describe('review changes', () => {
  it('records every change in the history with before and after, and undo/redo walk it back and forth', async () => {
    const { svc, id, dataDir } = await seeded();
    await svc.editClaim(id, 'c2', { kind: 'status', status: 'verified' });
    await svc.editClaim(id, 'c2', { kind: 'note', note: 'Checked against the AP story.' });
    const withEvidence = await svc.editClaim(id, 'c2', { kind: 'add-evidence', url: 'https://apnews.example/story', title: 'AP story', excerpt: 'officials said' });
    expect(withEvidence.claim!.evidence).toHaveLength(1);
    expect(withEvidence.undo).toMatchObject({ canUndo: true, canRedo: false, undoLabel: 'Added evidence: AP story' });

    const undone = await svc.undo(id);
    expect(undone!.claim!.evidence).toHaveLength(0);
    expect(undone!.undo).toMatchObject({ canRedo: true, redoLabel: 'Added evidence: AP story', undoLabel: 'Edited the note' });
    await svc.undo(id);
    const third = await svc.undo(id);
    expect(third!.claim!.status).toBe('unreviewed');
    expect(third!.claim!.note).toBe('');
    expect(await svc.undo(id)).toBeNull();

    const redone = await svc.redo(id);
    expect(redone!.claim!.status).toBe('verified');
    const doc = await onDisk(dataDir, id);
    expect(doc.history.map((h: { label: string }) => h.label)).toEqual([
      'Marked Verified',
      'Edited the note',
      'Added evidence: AP story',
      'Undid: Added evidence: AP story',
      'Undid: Edited the note',
      'Undid: Marked Verified',
      'Redid: Marked Verified',
    ]);
    expect(doc.claims.find((c: { id: string }) => c.id === 'c2')!.status).toBe('verified');
  });

  it('keeps undo across a restart, and a new change clears redo', async () => {
    const { svc, id, dataDir } = await seeded();
    await svc.editClaim(id, 'c3', { kind: 'status', status: 'disputed' });
    await svc.editClaim(id, 'c3', { kind: 'status', status: 'unsourced' });
    await svc.undo(id);
    const again = await WorkbenchService.start({ dataDir, seedsDir: 'seeds', now: () => FIXED_NOW });
    const back = await again.redo(id);
    expect(back!.claim!.status).toBe('unsourced');
    await again.undo(id);
    const fresh = await again.editClaim(id, 'c3', { kind: 'status', status: 'verified' });
    expect(fresh.undo.canRedo).toBe(false);
  });

  it('records nothing for a change that changes nothing', async () => {
    const { svc, id } = await seeded();
    const r = await svc.editClaim(id, 'c2', { kind: 'status', status: 'unreviewed' });
    expect(r.entry).toBeNull();
    expect((await svc.getDocument(id)).history).toHaveLength(0);
  });

  it('dismisses and restores, promotes, and corrects sources by hand, all undoable', async () => {
    const { svc, id } = await seeded();
    const dismissed = await svc.editClaim(id, 'c4', { kind: 'dismiss', dismissed: true });
    expect(dismissed.summary.claimCount).toBe(13);
    const edited = await svc.editClaim(id, 'c4', { kind: 'attribution', source: 'Politico', anonymous: false });
    expect(edited.claim!.attribution).toMatchObject({ source: 'Politico', anonymous: false, cue: 'edited by hand' });
    expect(edited.claim!.attributionEdited).toBe(true);
    await svc.undo(id);
    const restored = await svc.undo(id);
    expect(restored!.claim!.dismissed).toBe(false);
    expect(restored!.claim!.attribution).toBeNull();
    expect(restored!.summary.claimCount).toBe(14);
  });

  it('adds a claim from selected text, in article order, with its own attribution; undo removes it', async () => {
    const { svc, id } = await seeded();
    const doc = await svc.getDocument(id);
    const phrase = 'officials underlined that US policy';
    const start = doc.text.indexOf(phrase);
    const added = await svc.addClaim(id, start - 1, start + phrase.length + 1);
    expect(added.claim).toMatchObject({ text: phrase, start, end: start + phrase.length, origin: 'manual' });
    const after = await svc.getDocument(id);
    const idx = after.claims.findIndex((c) => c.id === added.claimId);
    expect(after.claims[idx - 1]!.start).toBeLessThanOrEqual(start);
    await expect(svc.addClaim(id, start, start + phrase.length)).rejects.toThrow(/already a claim/);
    await expect(svc.addClaim(id, doc.text.length - 2, doc.text.length + 50)).rejects.toThrow(/outside the article/);
    const undone = await svc.undo(id);
    expect(undone!.claim).toBeNull();
    expect((await svc.getDocument(id)).claims.some((c) => c.id === added.claimId)).toBe(false);
  });

  it('refuses evidence for unknown claims and unknown evidence ids', async () => {
    const { svc, id } = await seeded();
    await expect(svc.editClaim(id, 'c2', { kind: 'remove-evidence', evidenceId: 'e-nope' })).rejects.toThrow(/no evidence/);
  });
});

describe('library', () => {
  it('moves a deleted document to the trash and restores it intact', async () => {
    const { svc, id, dataDir } = await seeded();
    await svc.editClaim(id, 'c2', { kind: 'status', status: 'verified' });
    const lib = await svc.deleteDocument(id);
    expect(lib.documents).toHaveLength(0);
    expect(lib.trash.map((d) => d.id)).toEqual([id]);
    expect(await readdir(join(dataDir, 'trash'))).toEqual([`${id}.json`]);
    await expect(svc.getDocument(id)).rejects.toThrow(/No document/);
    const back = await svc.restoreDocument(id);
    expect(back.documents.map((d) => d.id)).toEqual([id]);
    expect((await svc.getDocument(id)).claims[1]!.status).toBe('verified');
  });

  it('imports dropped files and pasted text, naming each file it refuses', async () => {
    const { svc } = await seeded();
    const enc = (s: string) => new TextEncoder().encode(s);
    const out = await svc.importDropped([
      { name: 'ok.md', bytes: enc('# Ferry fares rise\n\nFares rise 5 percent in May, the operator said.') },
      { name: 'photo.txt', bytes: new Uint8Array([0, 1, 2, 3]) },
    ], 'anyway');
    expect(out.imported.map((d) => d.title)).toEqual(['Ferry fares rise']);
    expect(out.errors).toEqual([expect.stringMatching(/photo\.txt.*not a text file/)]);
    const pasted = await svc.importText('Tram delayed\n\nThe tram will open in 2028, the agency said.', 'anyway');
    expect(pasted.imported[0]).toMatchObject({ title: 'Tram delayed', sourceName: 'Pasted text' });
    expect((await svc.getLibrary()).documents).toHaveLength(3);
  });
});

describe('migrations', () => {
  it('upgrades a library of the first schema, keeping every mark and a copy of the old files', async () => {
    const dataDir = await tempDir('migrate');
    await cp('tests/fixtures/store-v1', dataDir, { recursive: true });
    const svc = await WorkbenchService.start({ dataDir, seedsDir: 'seeds', now: () => FIXED_NOW });
    const lib = await svc.getLibrary();
    expect(lib.documents).toHaveLength(1);
    expect(lib.trash).toEqual([]);
    const doc = await svc.getDocument(lib.documents[0]!.id);
    expect(doc.claims.find((c) => c.id === 'c2')!.status).toBe('verified');
    expect(doc.claims.find((c) => c.id === 'c5')!.status).toBe('unsourced');
    expect(doc.claims[0]).toMatchObject({ note: '', evidence: [], dismissed: false, promoted: false, origin: 'extracted' });
    expect(doc.history).toEqual([]);
    const files = await readdir(join(dataDir, 'documents'));
    expect(files.some((f) => f.endsWith('.v1.json'))).toBe(true);
    expect(JSON.parse(await readFile(join(dataDir, 'index.json'), 'utf8')).schemaVersion).toBe(SCHEMA_VERSION);
    expect(JSON.parse(await readFile(join(dataDir, 'index.v1.json'), 'utf8')).schemaVersion).toBe(1);
    // The migrated library takes new changes.
    const r = await svc.editClaim(doc.id, 'c3', { kind: 'status', status: 'disputed' });
    expect(r.summary.counts.disputed).toBe(1);
  });

  it('refuses a document file from a newer version and leaves it untouched', async () => {
    const dataDir = await tempDir('newer');
    await cp('tests/fixtures/store-v1', dataDir, { recursive: true });
    const [file] = await readdir(join(dataDir, 'documents'));
    const path = join(dataDir, 'documents', file!);
    const data = JSON.parse(await readFile(path, 'utf8'));
    data.schemaVersion = SCHEMA_VERSION + 5;
    const newer = JSON.stringify(data);
    await writeFile(path, newer);
    const svc = await WorkbenchService.start({ dataDir, seedsDir: 'seeds', now: () => FIXED_NOW });
    const id = (await svc.getLibrary()).documents[0]!.id;
    await expect(svc.getDocument(id)).rejects.toThrow(/newer version/);
    expect(await readFile(path, 'utf8')).toBe(newer);
  });
});

describe('a claim added by hand', () => {
  it('is numbered after the unit before it in the article, never renumbering another', () => {
    const units = [1, 2, 3, 4].map((n) => ({ n, start: n * 100, end: n * 100 + 50 }));
    expect(numberAt(units, 260, 280)).toBe(2.1);
    expect(numberAt([...units, { n: 2.1, start: 260, end: 280 }], 270, 290)).toBe(2.2);
    expect(numberAt([...units, { n: 2.1, start: 260, end: 280 }], 255, 258)).toBe(2.01);
    expect(numberAt(units, 10, 20)).toBe(0.1);
    expect(numberAt(units, 500, 520)).toBe(4.1);
    const crowded = [...units, ...[1, 2, 3, 4, 5, 6, 7, 8, 9].map((k) => ({ n: 2 + k / 10, start: 200 + k * 10, end: 205 + k * 10 }))];
    expect(numberAt(crowded, 295, 298)).toBe(2.91);
  });

  it('never takes a fourth decimal: with no number free between its neighbours it goes after every claim', () => {
    // A colleague's claim took the next whole number (10) where it stands, and claims were added after it since.
    const units = [1, 2, 3].map((n) => ({ n, start: n * 100, end: n * 100 + 50 }));
    const synced = [...units, { n: 10, start: 150, end: 160 }, { n: 10.011, start: 170, end: 180 }, { n: 10.012, start: 190, end: 195 }];
    expect(numberAt(synced, 185, 188)).toBe(11);
    expect(numberAt([...units, { n: 2.999, start: 260, end: 280 }], 290, 295)).toBe(4);
  });
});

describe('a claim added by hand, opened again', () => {
  it('keeps its number, however many decimals it took ("2.01"): the article is not taken for damaged', async () => {
    const dataDir = await tempDir('added-reopen');
    const svc = await WorkbenchService.start({ dataDir, seedsDir: null, now: () => FIXED_NOW });
    const { imported } = await svc.importText('Harbour report\n\nThe port spent $4 million on dredging, the auditor said. Ships waited longer. Berth 4 closed for 12 weeks, records show.', 'anyway');
    const doc = await svc.getDocument(imported[0]!.id);
    const port = doc.claims.find((c) => c.text.startsWith('The port'))!;
    // The store changes the document it handed out in place: the numbers before the additions are kept now.
    const numbers = doc.claims.map((c) => c.n);
    const at = (words: string): [number, number] => [doc.text.indexOf(words), doc.text.indexOf(words) + words.length];
    const later = await svc.addClaim(doc.id, ...at('$4 million on dredging'));
    const earlier = await svc.addClaim(doc.id, ...at('port spent $4'));
    expect([later.claim!.n, earlier.claim!.n]).toEqual([port.n + 0.1, Math.round((port.n + 0.01) * 1000) / 1000]);
    await svc.flush();
    const again = await WorkbenchService.start({ dataDir, seedsDir: null, now: () => FIXED_NOW });
    expect((await again.getLibrary()).notices).toEqual([]);
    const claims = (await again.getDocument(doc.id)).claims;
    expect(claims.map((c) => c.n)).toEqual(numbers.concat(later.claim!.n, earlier.claim!.n).sort((a, b) => a - b));
  });
});

describe('a claim added by hand, from the command line', () => {
  it('is marked by the number the list shows ("2.1")', async () => {
    const dataDir = await tempDir('added-cli');
    const svc = await WorkbenchService.start({ dataDir, seedsDir: null, now: () => FIXED_NOW });
    const { imported } = await svc.importText('Harbour report\n\nThe port spent $4 million on dredging, the auditor said. Ships waited longer. Berth 4 closed for 12 weeks, records show.', 'anyway');
    const doc = await svc.getDocument(imported[0]!.id);
    const second = doc.claims.find((c) => c.text.startsWith('Ships'))!;
    const added = await svc.addClaim(doc.id, second.start, second.start + 'Ships waited'.length);
    await svc.flush();
    const n = String(added.claim!.n);
    expect(n).toMatch(/^\d+\.1$/);
    const r = await factcheck(dataDir, 'mark', '--document', doc.id, '--claim', n, '--status', 'disputed');
    expect(r.code, r.stderr).toBe(0);
    const after = await storedDocument(dataDir, doc.id);
    expect(after.claims.find((c) => c.id === added.claimId)!.status).toBe('disputed');
  });
});

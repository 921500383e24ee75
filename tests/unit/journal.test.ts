import { readdir, readFile, stat, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { WorkbenchService } from '../../src/main/service/workbench-service.ts';
import { applyRecord, diffDocument } from '../../src/main/store/document-journal.ts';
import { storedDocument, tempDir } from './helpers.ts';

const ARTICLE = 'Dam report\n\nThe dam held, officials said. The river rose 2 metres on Monday. Crews worked all night, the mayor said. Power returned at 6 a.m. Schools reopened on Tuesday.';

async function library(journal = {}) {
  const dataDir = await tempDir('journal');
  const svc = await WorkbenchService.start({ dataDir, seedsDir: null, journal });
  await svc.importText(ARTICLE, 'anyway');
  const id = (await svc.getLibrary()).documents[0]!.id;
  return { dataDir, svc, id, file: join(dataDir, 'documents', `${id}.json`), journal: join(dataDir, 'documents', `${id}.journal`) };
}

describe('document journal', () => {
  it('a mark appends to the journal and leaves the document file as it was', async () => {
    const { svc, id, file, journal, dataDir } = await library({ foldIdleMs: 60_000 });
    const claims = (await svc.getDocument(id)).claims;
    const before = await readFile(file, 'utf8');
    await svc.editClaim(id, claims[0]!.id, { kind: 'status', status: 'verified' });
    await svc.editClaim(id, claims[1]!.id, { kind: 'note', note: 'called the mayor' });
    expect(await readFile(file, 'utf8')).toBe(before);
    expect((await stat(journal)).size).toBeGreaterThan(0);
    const onDisk = await storedDocument(dataDir, id);
    expect(onDisk.claims[0]!.status).toBe('verified');
    expect(onDisk.claims[1]!.note).toBe('called the mayor');
    expect(onDisk).toEqual(await svc.getDocument(id));
  });

  it('a reopened library reads the journal, and a fold puts it into the file', async () => {
    const { svc, id, file, journal, dataDir } = await library({ foldIdleMs: 60_000 });
    const claim = (await svc.getDocument(id)).claims[2]!;
    await svc.editClaim(id, claim.id, { kind: 'status', status: 'disputed' });
    await svc.undo(id);
    await svc.redo(id);
    await svc.flush();
    const again = await WorkbenchService.start({ dataDir, seedsDir: null, journal: { foldIdleMs: 10 } });
    const doc = await again.getDocument(id);
    expect(doc.claims[2]!.status).toBe('disputed');
    expect(doc.history.map((h) => h.step ?? h.kind)).toEqual(['status', 'undo', 'redo']);
    for (let i = 0; i < 100 && (await readdir(join(dataDir, 'documents'))).some((n) => n.endsWith('.journal')); i++) await new Promise((r) => setTimeout(r, 20));
    await expect(stat(journal)).rejects.toThrow();
    const folded = JSON.parse(await readFile(file, 'utf8'));
    expect(folded.document.claims[2].status).toBe('disputed');
    expect(folded.folded).toBe(3);
  });

  it('folds at once when the journal passes its size, and replays nothing twice after a fold cut short', async () => {
    const { svc, id, file, journal, dataDir } = await library({ foldBytes: 1, foldIdleMs: 60_000 });
    const claim = (await svc.getDocument(id)).claims[0]!;
    await svc.editClaim(id, claim.id, { kind: 'note', note: 'one' });
    const journalText = await readFile(journal, 'utf8');
    for (let i = 0; i < 100 && (await readdir(join(dataDir, 'documents'))).some((n) => n.endsWith('.journal')); i++) await new Promise((r) => setTimeout(r, 20));
    expect(JSON.parse(await readFile(file, 'utf8')).folded).toBe(1);
    // A fold killed after its rename and before the journal was removed: the journal is still there.
    await writeFile(journal, journalText);
    const doc = await storedDocument(dataDir, id);
    expect(doc.history).toHaveLength(1);
    const again = await WorkbenchService.start({ dataDir, seedsDir: null });
    expect((await again.getDocument(id)).history).toHaveLength(1);
  });

  it('drops a record cut off by a crash (never acknowledged) and goes on after it', async () => {
    const { svc, id, journal, dataDir } = await library({ foldIdleMs: 60_000 });
    const claim = (await svc.getDocument(id)).claims[0]!;
    await svc.editClaim(id, claim.id, { kind: 'note', note: 'kept' });
    await writeFile(journal, `${await readFile(journal, 'utf8')}{"seq":2,"set":{"title":"cut o`);
    const again = await WorkbenchService.start({ dataDir, seedsDir: null, journal: { foldIdleMs: 60_000 } });
    expect((await again.getDocument(id)).claims[0]!.note).toBe('kept');
    await again.editClaim(id, claim.id, { kind: 'note', note: 'after' });
    expect((await storedDocument(dataDir, id)).claims[0]!.note).toBe('after');
  });

  it('never writes through a link planted in place of the journal', async () => {
    const { svc, id, journal, dataDir } = await library({ foldIdleMs: 60_000 });
    const victim = join(dataDir, 'victim.txt');
    await writeFile(victim, 'untouched');
    await symlink(victim, journal);
    const claim = (await svc.getDocument(id)).claims[0]!;
    await expect(svc.editClaim(id, claim.id, { kind: 'note', note: 'x' })).rejects.toThrow();
    expect(await readFile(victim, 'utf8')).toBe('untouched');
  });

  it('a record replays to the same document it was taken from', async () => {
    const { svc, id } = await library({ foldIdleMs: 60_000 });
    const before = await svc.getDocument(id);
    const claims = [...before.claims];
    claims[1] = { ...claims[1]!, note: 'changed' };
    const after = { ...before, claims, title: 'New title', history: [...before.history], undoStack: ['x'], redoStack: [] };
    delete (after as { metadata?: unknown }).metadata;
    expect(JSON.parse(JSON.stringify(applyRecord(before, JSON.parse(JSON.stringify(diffDocument(before, after))))))).toEqual(JSON.parse(JSON.stringify(after)));
  });

  it('a writer that handed the library over never folds its copy over the next writer\'s changes', async () => {
    const { svc, id, dataDir } = await library({ foldIdleMs: 50 });
    const claims = (await svc.getDocument(id)).claims;
    await svc.editClaim(id, claims[0]!.id, { kind: 'note', note: 'first writer' });
    await svc.flush();
    const next = await WorkbenchService.start({ dataDir, seedsDir: null, journal: { foldIdleMs: 60_000 } });
    await next.editClaim(id, claims[1]!.id, { kind: 'note', note: 'second writer' });
    await new Promise((r) => setTimeout(r, 200));
    const onDisk = await storedDocument(dataDir, id);
    expect([onDisk.claims[0]!.note, onDisk.claims[1]!.note]).toEqual(['first writer', 'second writer']);
  });
});

import { readdir, readFile, stat, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { WorkbenchService } from '../../src/main/service/workbench-service.ts';
import { documentFrom } from '../../src/main/service/build-document.ts';
import { applyRecord, diffDocument, parseJournal } from '../../src/main/store/document-journal.ts';
import { extractFromText } from '../../src/shared/extract/extract.ts';
import type { Evidence, FactDocument } from '../../src/shared/model.ts';
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

describe('evidence in the journal: one link, never the whole claim', () => {
  const AT = '2026-03-04T05:06:07.000Z';
  const link = (id: string): Evidence => ({ id, url: `https://example.org/${id}`, title: `page ${id}`, excerpt: '', addedAt: AT });
  /** A document whose second claim has 500 links. */
  const withLinks = (): FactDocument => {
    const doc = documentFrom(extractFromText(ARTICLE), 'dam.txt', new Date(AT));
    doc.claims[1] = { ...doc.claims[1]!, evidence: Array.from({ length: 500 }, (_, i) => link(`old${i}`)) };
    return doc;
  };
  /** A copy of `doc` as the store makes one to change (arrays copied, objects shared). */
  const draft = (doc: FactDocument): FactDocument => ({ ...doc, claims: [...doc.claims], history: [...doc.history], undoStack: [...doc.undoStack], redoStack: [...doc.redoStack], updatedAt: AT });

  it('a link added to a claim of 500 links journals that link alone, and replays to the same document', () => {
    const before = withLinks();
    const after = draft(before);
    const claim = before.claims[1]!;
    after.claims[1] = { ...claim, evidence: [...claim.evidence, link('mine')] };
    after.history.push({ id: 'h-1', at: AT, claimId: claim.id, label: 'Added evidence: page mine', before: { evidenceItems: [{ id: 'mine', item: null }] }, after: { evidenceItems: [{ id: 'mine', item: link('mine'), at: 500 }] } });
    const line = `${JSON.stringify(diffDocument(before, after))}\n`;
    expect(line).not.toContain('old0');
    expect(line.length).toBeLessThan(1000);
    const [read] = parseJournal(line).records;
    expect(applyRecord(before, read!)).toEqual(after);
  });

  it('a status change and a link removed from a claim of 500 links journal the status and the links after it', () => {
    const before = withLinks();
    before.claims[2] = { ...before.claims[2]!, recheck: { reason: 'new', version: 2 } };
    const after = draft(before);
    const claim = before.claims[1]!;
    after.claims[1] = { ...claim, status: 'verified', statusChangedAt: AT, evidence: claim.evidence.filter((e) => e.id !== 'old498') };
    // A field taken off a claim (the "look again" flag once the checker answers it).
    const answered = { ...before.claims[2]! };
    delete answered.recheck;
    after.claims[2] = answered;
    const line = JSON.stringify(diffDocument(before, after));
    expect(line).not.toContain('old0');
    expect(line).toContain('old499');
    expect(applyRecord(before, JSON.parse(line))).toEqual(after);
  });

  it('still replays records that hold whole claims (journals written before patches)', () => {
    const before = withLinks();
    const changed = { ...before.claims[0]!, status: 'disputed' as const };
    expect(applyRecord(before, { claims: { at: [[0, changed]] } }).claims[0]).toEqual(changed);
  });
});

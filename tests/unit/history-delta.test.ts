import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { documentFrom } from '../../src/main/service/build-document.ts';
import { WorkbenchService } from '../../src/main/service/workbench-service.ts';
import { LibraryStore } from '../../src/main/store/library-store.ts';
import { extractFromText } from '../../src/shared/extract/extract.ts';
import type { HistoryEntry } from '../../src/shared/model.ts';
import { generateNews } from '../../bench/generate-news.ts';
import { FIXED_NOW, storedDocument, tempDir } from './helpers.ts';

const ARTICLE = 'Dam report\n\nThe dam held, officials said. The river rose 2 metres on Monday. Crews worked all night, the mayor said.';

describe('history as field deltas', () => {
  it('records the fields a change set, not two copies of the claim, and undo and redo walk them', async () => {
    const dataDir = await tempDir('delta');
    const svc = await WorkbenchService.start({ dataDir, seedsDir: null, now: () => FIXED_NOW });
    await svc.importText(ARTICLE, 'anyway');
    const id = (await svc.getLibrary()).documents[0]!.id;
    const claim = (await svc.getDocument(id)).claims[1]!;
    await svc.editClaim(id, claim.id, { kind: 'status', status: 'verified' });
    await svc.editClaim(id, claim.id, { kind: 'note', note: 'rang the dam operator' });
    const history = (await storedDocument(dataDir, id)).history;
    expect(history.map((h) => [h.before, h.after])).toEqual([
      [{ status: 'unreviewed', statusChangedAt: null }, { status: 'verified', statusChangedAt: FIXED_NOW.toISOString() }],
      [{ note: '' }, { note: 'rang the dam operator' }],
    ]);
    await svc.undo(id);
    await svc.undo(id);
    expect((await svc.getDocument(id)).claims[1]).toEqual(claim);
    await svc.redo(id);
    const again = await WorkbenchService.start({ dataDir, seedsDir: null });
    const redone = (await again.getDocument(id)).claims[1]!;
    expect([redone.status, redone.note]).toEqual(['verified', '']);
  });

  it('still reads and undoes history entries that hold whole claims (libraries written before deltas)', async () => {
    const dataDir = await tempDir('delta-old');
    const store = await LibraryStore.open(dataDir);
    const doc = documentFrom(extractFromText(ARTICLE), 'dam.txt', FIXED_NOW);
    const before = doc.claims[0]!;
    const after = { ...before, status: 'disputed' as const, statusChangedAt: FIXED_NOW.toISOString(), note: 'old entry' };
    doc.claims[0] = after;
    const entry: HistoryEntry = { id: 'h-old', at: FIXED_NOW.toISOString(), claimId: before.id, label: 'Status: Disputed', before, after, kind: 'status' };
    doc.history.push(entry);
    doc.undoStack.push(entry.id);
    await store.addDocument(doc);
    const svc = await WorkbenchService.start({ dataDir, seedsDir: null });
    expect((await svc.getDocument(doc.id)).history[0]!.after).toEqual(after);
    await svc.undo(doc.id);
    expect((await svc.getDocument(doc.id)).claims[0]).toEqual(before);
    await svc.redo(doc.id);
    expect((await storedDocument(dataDir, doc.id)).claims[0]).toEqual(after);
  });

  // 10–20 s of work with both cores busy, too close to the default 30 s budget: its own budget.
  it('a status change on a 2,000-claim article adds as much to the disk as one on a short article', { timeout: 120_000 }, async () => {
    const dataDir = await tempDir('delta-size');
    const svc = await WorkbenchService.start({ dataDir, seedsDir: null, journal: { foldIdleMs: 60_000 } });
    await svc.importText(ARTICLE, 'anyway');
    await svc.importText(`Long article\n\n${generateNews(2000 * 103, 3)}`, 'anyway');
    const [small, large] = (await svc.getLibrary()).documents;
    const grew = async (docId: string): Promise<number> => {
      const journal = join(dataDir, 'documents', `${docId}.journal`);
      const size = async () => (await stat(journal).catch(() => ({ size: 0 }))).size;
      const claim = (await svc.getDocument(docId)).claims.at(-1)!;
      await svc.editClaim(docId, claim.id, { kind: 'status', status: 'verified' });
      const first = await size();
      await svc.editClaim(docId, claim.id, { kind: 'status', status: 'disputed' });
      return (await size()) - first;
    };
    const bytesSmall = await grew(small!.id);
    const bytesLarge = await grew(large!.id);
    expect(bytesLarge).toBeLessThan(bytesSmall * 1.5);
    expect((await readFile(join(dataDir, 'documents', `${large!.id}.journal`), 'utf8')).length).toBeLessThan(4000);
  });
});

import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { documentFrom } from '../../src/main/service/build-document.ts';
import { PiecewiseCopy } from '../../src/main/store/document-before.ts';
import { LibraryStore } from '../../src/main/store/library-store.ts';
import { tempPathFor } from '../../src/main/store/durable-file.ts';
import { extractFromText } from '../../src/shared/extract/extract.ts';
import type { FactDocument, HistoryEntry } from '../../src/shared/model.ts';
import { deferred, tempDir } from './helpers.ts';

// The journal's append waits for `gate` when one is set: a write held on the disk, deterministically.
const held: { gate: Promise<void> | null } = { gate: null };
vi.mock('../../src/main/store/document-journal.ts', async (original) => {
  const real = await original<typeof import('../../src/main/store/document-journal.ts')>();
  return {
    ...real,
    appendRecord: async (...args: Parameters<typeof real.appendRecord>) => {
      if (held.gate) await held.gate;
      return real.appendRecord(...args);
    },
  };
});

const ARTICLE = 'Dam report\n\nThe dam held, officials said. The river rose 2 metres on Monday. Crews worked all night, the mayor said. Power returned at 6 a.m. Schools reopened on Tuesday.';

async function library(): Promise<{ dataDir: string; store: LibraryStore; id: string }> {
  const dataDir = await tempDir('in-place');
  const store = await LibraryStore.open(dataDir);
  const doc = documentFrom(extractFromText(ARTICLE), 'dam.txt', new Date('2026-01-01T00:00:00Z'));
  await store.addDocument(doc);
  return { dataDir, store, id: doc.id };
}

/** A status change recorded as the service records it: the claim replaced, an entry naming it, on the undo stack. */
function mark(doc: FactDocument, at: number, status: 'verified' | 'disputed', entryFor = doc.claims[at]!.id): void {
  const before = doc.claims[at]!;
  doc.claims[at] = { ...before, status };
  const entry: HistoryEntry = { id: `h-${doc.history.length}`, at: '2026-01-02T00:00:00Z', claimId: entryFor, label: `Status: ${status}`, before: { status: before.status }, after: { status }, kind: 'status' } as HistoryEntry;
  doc.history.push(entry);
  doc.undoStack.push(entry.id);
  doc.redoStack = [];
}

describe('a change made in place', () => {
  it('that fails to be written is taken back whole: fields, claims, history and stacks, in the same arrays', async () => {
    const { dataDir, store, id } = await library();
    const doc = await store.getDocument(id);
    const arrays = [doc.claims, doc.history, doc.undoStack, doc.redoStack];
    const snapshot = structuredClone(doc);
    // Both ways a change reaches the disk are blocked: the journal and the temp file of a rewrite.
    await mkdir(tempPathFor(join(dataDir, 'documents', `${id}.json`)));
    await mkdir(join(dataDir, 'documents', `${id}.journal`));
    await expect(
      store.updateDocument(id, (d) => {
        mark(d, 0, 'verified');
        d.claims.splice(1, 1);
        d.title = 'Changed';
        d.sourceUrl = 'https://example.org/dam';
      }),
    ).rejects.toMatchObject({ code: 'io' });
    const after = await store.getDocument(id);
    expect(after).toEqual(snapshot);
    expect([after.claims, after.history, after.undoStack, after.redoStack]).toEqual(arrays);
    expect(after.claims[0]).toBe(arrays[0]![0]);
  });

  it('that throws part-way leaves the document as it was', async () => {
    const { store, id } = await library();
    const snapshot = structuredClone(await store.getDocument(id));
    await expect(
      store.updateDocument(id, (d) => {
        mark(d, 1, 'disputed');
        d.claims = [];
        throw new Error('no such claim');
      }),
    ).rejects.toThrow('no such claim');
    expect(await store.getDocument(id)).toEqual(snapshot);
  });

  it('is not read until it is on disk: a reader waits for the write and sees the saved version if it fails', async () => {
    const { dataDir, store, id } = await library();
    await mkdir(tempPathFor(join(dataDir, 'documents', `${id}.json`)));
    await mkdir(join(dataDir, 'documents', `${id}.journal`));
    const gate = deferred();
    held.gate = gate.promise;
    try {
      const change = store.updateDocument(id, (d) => mark(d, 0, 'verified'));
      const failed = change.then(
        () => 'saved',
        () => 'failed',
      );
      // The change is applied and its write is held: a reader asking now must not see it.
      await new Promise((resolve) => setTimeout(resolve, 20));
      let seen: string | null = null;
      const read = store.getDocument(id).then((d) => (seen = d.claims[0]!.status));
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(seen).toBeNull();
      gate.resolve();
      expect(await failed).toBe('failed');
      await read;
      expect(seen).toBe('unreviewed');
    } finally {
      held.gate = null;
    }
  });

  it('that replaces a claim no entry names still reaches the disk', async () => {
    const { dataDir, store, id } = await library();
    // The entry names the second claim; the first is changed too, silently.
    await store.updateDocument(id, (d) => {
      mark(d, 1, 'disputed');
      d.claims[0] = { ...d.claims[0]!, status: 'verified' };
    });
    await store.flush();
    const reopened = await LibraryStore.open(dataDir);
    const doc = await reopened.getDocument(id);
    expect(doc.claims.slice(0, 2).map((c) => c.status)).toEqual(['verified', 'disputed']);
    await reopened.flush();
  });

  it('that names its claims is recorded by them, and a reopened library has it', async () => {
    const { dataDir, store, id } = await library();
    for (const [at, status] of [[0, 'verified'], [2, 'disputed'], [0, 'disputed']] as const) await store.updateDocument(id, (d) => mark(d, at, status));
    const held = structuredClone(await store.getDocument(id));
    await store.flush();
    const reopened = await LibraryStore.open(dataDir);
    expect(await reopened.getDocument(id)).toEqual(held);
    await reopened.flush();
  });
});

describe('a copy kept in pieces', () => {
  const items = Array.from({ length: 20_000 }, (_, i) => ({ i }));

  it('reads, compares and restores across its pieces', () => {
    const copy = new PiecewiseCopy(items);
    expect([copy.length, copy.at(0), copy.at(8191), copy.at(8192), copy.at(19_999), copy.at(-1), copy.at(20_000), copy.at(-20_001)]).toEqual([20_000, items[0], items[8191], items[8192], items[19_999], items[19_999], undefined, undefined]);
    const after = [...items];
    after[8192] = { i: -1 };
    after[19_000] = { i: -2 };
    expect(copy.changedIn(after)).toEqual([8192, 19_000]);
    expect(copy.sharedPrefix(after)).toBe(8192);
    expect(copy.sharedPrefix(items.slice(0, 10_000))).toBe(10_000);
    expect(copy.sharedPrefix([...items, { i: 1 }])).toBe(20_000);
    after.length = 3;
    copy.restoreInto(after);
    expect(after).toEqual(items);
    expect(after[8192]).toBe(items[8192]);
  });
});

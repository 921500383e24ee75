import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LibraryStore } from '../../src/main/store/library-store.ts';
import { SCHEMA_VERSION } from '../../src/main/store/schema.ts';
import { buildDocument } from '../../src/main/service/build-document.ts';
import { FIXED_NOW, storedDocument, tempDir } from './helpers.ts';

const article = new TextEncoder().encode('Dam repairs finish early\n\nThe dam was repaired in May, engineers said. It cost $4 million.');

describe('LibraryStore', () => {
  it('round-trips a document through real files: index plus one file per document', async () => {
    const dir = await tempDir('store');
    const store = await LibraryStore.open(dir);
    const doc = buildDocument('dam.txt', article, FIXED_NOW);
    await store.addDocument(doc);
    await store.updateDocument(doc.id, (d) => {
      d.claims[1] = { ...d.claims[1]!, status: 'verified' };
    });
    await store.flush();

    const index = JSON.parse(await readFile(join(dir, 'index.json'), 'utf8'));
    expect(index.schemaVersion).toBe(SCHEMA_VERSION);
    expect(index.documents).toHaveLength(1);
    expect(index.documents[0].counts.verified).toBe(1);
    expect(index.documents[0]).not.toHaveProperty('text');
    const file = JSON.parse(await readFile(join(dir, 'documents', `${doc.id}.json`), 'utf8'));
    expect(file.schemaVersion).toBe(SCHEMA_VERSION);
    expect((await storedDocument(dir, doc.id)).claims[1]!.status).toBe('verified');

    const reopened = await LibraryStore.open(dir);
    expect((await reopened.getDocument(doc.id)).claims[1]!.status).toBe('verified');
  });

  it('keeps both of two quick changes', async () => {
    const dir = await tempDir('store');
    const store = await LibraryStore.open(dir);
    const doc = buildDocument('dam.txt', article, FIXED_NOW);
    await store.addDocument(doc);
    await Promise.all([
      store.updateDocument(doc.id, (d) => void (d.claims[0] = { ...d.claims[0]!, status: 'verified' })),
      store.updateDocument(doc.id, (d) => void (d.claims[2] = { ...d.claims[2]!, status: 'disputed' })),
    ]);
    const file = { document: await storedDocument(dir, doc.id) };
    expect(file.document.claims.map((c: { status: string }) => c.status)).toEqual(['verified', 'unreviewed', 'disputed']);
  });

  it('keeps a change made while the same document is being read for the first time (one copy per document)', async () => {
    const dir = await tempDir('store');
    const doc = buildDocument('dam.txt', article, FIXED_NOW);
    await (await LibraryStore.open(dir)).addDocument(doc);
    // A freshly opened store has nothing cached: a read and a change arrive together (the CLI's list, a mark).
    const store = await LibraryStore.open(dir);
    const reads = () => Array.from({ length: 8 }, (_, i) => new Promise((r) => setTimeout(r, i)).then(() => store.getDocument(doc.id)));
    await Promise.all([...reads(), store.updateDocument(doc.id, (d) => void (d.claims[0] = { ...d.claims[0]!, status: 'verified' })), ...reads()]);
    await store.updateDocument(doc.id, (d) => void (d.claims[2] = { ...d.claims[2]!, status: 'disputed' }));
    const file = { document: await storedDocument(dir, doc.id) };
    expect(file.document.claims.map((c: { status: string }) => c.status)).toEqual(['verified', 'unreviewed', 'disputed']);
  });

  it('refuses a file from a newer version without rewriting it', async () => {
    const dir = await tempDir('store');
    const newer = JSON.stringify({ schemaVersion: SCHEMA_VERSION + 1, seeded: [], documents: [], future: true });
    await writeFile(join(dir, 'index.json'), newer);
    await expect(LibraryStore.open(dir)).rejects.toThrow(/newer version/);
    expect(await readFile(join(dir, 'index.json'), 'utf8')).toBe(newer);
  });

  it('names a corrupt index and what is wrong with it, moves it aside and starts again', async () => {
    const dir = await tempDir('store');
    await writeFile(join(dir, 'index.json'), '{"schemaVersion": 1, "documents": [');
    const store = await LibraryStore.open(dir);
    expect(store.notices[0]!.message).toMatch(/index\.json is damaged: it is not valid JSON.*moved to/);
    expect(store.documents).toEqual([]);
  });

  it('never builds a path from an unsafe id', async () => {
    const store = await LibraryStore.open(await tempDir('store'));
    expect(() => store.documentPath('../../etc/passwd')).toThrow(/valid document id/);
    await expect(store.getDocument('no-such-doc')).rejects.toThrow(/No document/);
  });
});

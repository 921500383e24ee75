import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';

// The documents folder can be listed once (the start-up sweep) and then fails (EIO, EACCES for a non-root user, a
// network share dropping): the rebuild of a damaged index must not take that for "no documents".
const failing = { on: false, calls: 0 };
vi.mock('node:fs/promises', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs/promises')>();
  const readdir = (async (path: string, ...rest: unknown[]) => {
    if (failing.on && String(path).endsWith('documents') && ++failing.calls > 1) throw Object.assign(new Error('EIO: i/o error, scandir'), { code: 'EIO' });
    return (fs.readdir as (...a: unknown[]) => unknown)(path, ...rest);
  }) as typeof fs.readdir;
  return { ...fs, default: { ...fs, readdir }, readdir };
});

const { LibraryStore } = await import('../../src/main/store/library-store.ts');
const { buildDocument } = await import('../../src/main/service/build-document.ts');
const { FIXED_NOW, tempDir } = await import('./helpers.ts');

/** A library of one article whose index is damaged, its documents folder failing to list from now on. */
async function libraryWithDamagedIndex(): Promise<string> {
  const dir = await tempDir('store');
  const store = await LibraryStore.open(dir);
  await store.addDocument(buildDocument('dam.txt', new TextEncoder().encode('Dam repairs finish early\n\nThe dam was repaired in May, engineers said.'), FIXED_NOW));
  await store.flush();
  await writeFile(join(dir, 'index.json'), '{"schemaVersion": 1, "documents": [');
  failing.on = true;
  failing.calls = 0;
  return dir;
}

describe('a damaged index rebuilt while the documents folder cannot be listed', () => {
  it('does not write an empty index over a library whose documents are all still there', async () => {
    const dir = await libraryWithDamagedIndex();
    // A listing error must stop the open, never be read as an empty folder.
    const reopened = await LibraryStore.open(dir).catch((err: Error) => err);
    failing.on = false;
    // Refusing to open is right, with a message that says what could not be read.
    if (reopened instanceof Error) {
      expect(reopened.message).toMatch(/documents in .* could not be listed/);
      return;
    }
    expect(JSON.parse(await readFile(join(dir, 'index.json'), 'utf8')).documents).toHaveLength(1);
  });

  it('and so, once the folder reads again, does not send every article to the trash as a cut-off import', async () => {
    const dir = await libraryWithDamagedIndex();
    await LibraryStore.open(dir).catch(() => undefined);
    failing.on = false;
    const later = await LibraryStore.open(dir);
    expect(later.trash).toHaveLength(0);
    expect(later.documents).toHaveLength(1);
  });
});

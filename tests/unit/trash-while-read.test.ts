import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { WorkbenchService } from '../../src/main/service/workbench-service.ts';
import { deferred } from './helpers.ts';
import { twoArticles } from './two-articles.ts';

// The read of one document file, held before it reads (a large article on a slow disk).
const held: { path: string | null; gate: Promise<void> | null; reading: () => void } = { path: null, gate: null, reading: () => undefined };
vi.mock('../../src/main/store/store-open.ts', async (original) => {
  const real = await original<typeof import('../../src/main/store/store-open.ts')>();
  return {
    ...real,
    readStoreFile: async (path: string) => {
      if (held.path && path === held.path && held.gate) {
        const gate = held.gate;
        held.gate = null;
        held.reading();
        await gate;
      }
      return real.readStoreFile(path);
    },
  };
});

describe('an article moved to the trash while it is being opened', () => {
  it('is not reported damaged, and comes back from the trash as it was', async () => {
    const { dataDir, svc, b, now } = await twoArticles('rev2-trash-read', 'Bus fares frozen\n\nFares are frozen until 2027, the council said. Trams run every 6 minutes.', 'Pool reopens\n\nThe pool reopened on Monday after 8 months, the city said.');
    await svc.flush();
    const again = await WorkbenchService.start({ dataDir, seedsDir: null, now });
    const gate = deferred();
    const reading = deferred();
    held.path = join(dataDir, 'documents', `${b.id}.json`);
    held.gate = gate.promise;
    held.reading = reading.resolve;
    const opened = again.getDocument(b.id).catch((e: Error) => e);
    await reading.promise;
    // No journal to fold: the move must still wait for the open under way, which would find its file gone.
    const trashed = again.deleteDocument(b.id);
    await new Promise((r) => setTimeout(r, 200));
    gate.resolve();
    await trashed;
    const res = await opened;
    const lib = await again.getLibrary();
    expect(res).not.toBeInstanceOf(Error);
    expect(lib.trash.find((d) => d.id === b.id)?.damaged).toBeUndefined();
    await again.restoreDocument(b.id);
    expect((await again.getDocument(b.id)).id).toBe(b.id);
  });
});

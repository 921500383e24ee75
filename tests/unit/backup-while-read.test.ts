import { describe, expect, it, vi } from 'vitest';
import { WorkbenchService } from '../../src/main/service/workbench-service.ts';
import { BACKUP_INTERVAL_MS } from '../../src/main/store/library-store.ts';
import { deferred } from './helpers.ts';
import { twoArticles } from './two-articles.ts';

// A journal read, then held: the read of a document to open it has its text and waits on the disk meanwhile.
const held: { read: Promise<void> | null; reading: () => void } = { read: null, reading: () => undefined };
vi.mock('../../src/main/store/document-journal.ts', async (original) => {
  const real = await original<typeof import('../../src/main/store/document-journal.ts')>();
  return {
    ...real,
    readJournal: async (path: string) => {
      const text = await real.readJournal(path);
      const gate = held.read;
      if (gate) {
        held.read = null;
        held.reading();
        await gate;
      }
      return text;
    },
  };
});

describe('a backup put back while the document is being opened', () => {
  it('waits for the open, so the copy read before never takes the backup’s place', async () => {
    const { dataDir, svc, a, tick, now } = await twoArticles('backup-read', 'Bus fares frozen\n\nFares are frozen until 2027, the council said. Trams run every 6 minutes.', 'Pool reopens\n\nThe pool reopened on Monday after 8 months, the city said.');
    await svc.editClaim(a.id, 'c2', { kind: 'status', status: 'verified' });
    tick(BACKUP_INTERVAL_MS + 1);
    // The backup taken before this change holds the verdict; the change after it lives in the journal.
    await svc.editClaim(a.id, 'c2', { kind: 'status', status: 'disputed' });
    await svc.flush();

    const again = await WorkbenchService.start({ dataDir, seedsDir: null, now });
    const gate = deferred();
    const reading = deferred();
    held.read = gate.promise;
    held.reading = reading.resolve;
    const opened = again.getDocument(a.id);
    await reading.promise;
    const restored = again.restoreBackup(a.id);
    // The put-back has all the time it needs to finish while the open is held.
    await new Promise((r) => setTimeout(r, 200));
    gate.resolve();
    await Promise.all([opened, restored]);

    expect((await again.getDocument(a.id)).claims[1]!.status).toBe('verified');
    await again.editClaim(a.id, 'c2', { kind: 'note', note: 'after the restore' });
    await again.flush();
    const third = await WorkbenchService.start({ dataDir, seedsDir: null, now });
    const doc = await third.getDocument(a.id);
    expect(doc.claims[1]!.status).toBe('verified');
    expect(doc.claims[1]!.note).toBe('after the restore');
  });
});

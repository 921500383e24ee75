import { readFile, rename } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { WorkbenchService } from '../../src/main/service/workbench-service.ts';
import { publishedBody } from '../../src/main/team/apply-changes.ts';
import { DEFAULT_CHOICES } from '../../src/shared/report/report-options.ts';
import { deferred, tempDir } from './helpers.ts';

// Writes held on a gate, deterministically: a chart file being written (export), a short disk (journal).
const held: { chart: Promise<void> | null; reached: () => void; chunk: number; copy: Promise<void> | null; copying: () => void } = { chart: null, reached: () => undefined, chunk: 0, copy: null, copying: () => undefined };
vi.mock('../../src/main/service/write-export.ts', async (original) => {
  const real = await original<typeof import('../../src/main/service/write-export.ts')>();
  return {
    ...real,
    writeExportFile: async (path: string, text: string) => {
      if (held.chart && path.endsWith('.svg')) {
        held.reached();
        await held.chart;
      }
      return real.writeExportFile(path, text);
    },
  };
});
vi.mock('../../src/main/store/store-open.ts', async (original) => {
  const real = await original<typeof import('../../src/main/store/store-open.ts')>();
  return {
    ...real,
    // A backup being copied, held: the change that takes it waits on the disk meanwhile.
    copyStoreFile: async (...args: Parameters<typeof real.copyStoreFile>) => {
      if (held.copy) {
        held.copying();
        await held.copy;
      }
      return real.copyStoreFile(...args);
    },
    // A disk that takes at most `chunk` bytes a write, without an error, as a nearly full one can.
    openStoreFile: async (...args: Parameters<typeof real.openStoreFile>) => {
      const handle = await real.openStoreFile(...args);
      if (!held.chunk) return handle;
      const write = handle.write.bind(handle) as (buffer: Buffer, offset: number, length: number) => Promise<{ bytesWritten: number }>;
      return Object.assign(handle, { write: (buffer: Buffer, offset = 0, length = buffer.length - offset) => write(buffer, offset, Math.min(length, held.chunk)) });
    },
  };
});

const ARTICLE = 'Dam report\n\nThe dam held, officials said. The river rose 2 metres on Monday. Crews worked all night, the mayor said. Power returned at 6 a.m. Schools reopened on Tuesday.';

async function library(): Promise<{ dataDir: string; svc: WorkbenchService; id: string }> {
  const dataDir = await tempDir('holders');
  const svc = await WorkbenchService.start({ dataDir, seedsDir: null });
  const { imported } = await svc.importText(ARTICLE, 'anyway');
  return { dataDir, svc, id: imported[0]!.id };
}

describe('what is taken from a document stays as it was taken, while the store changes it in place', () => {
  it('a body published to the desk keeps the claims it was made from', async () => {
    const { svc, id } = await library();
    const doc = await svc.getDocument(id);
    const body = publishedBody(doc);
    await svc.editClaim(id, doc.claims[0]!.id, { kind: 'status', status: 'verified' });
    expect(body.claims[0]!.status).toBe('unreviewed');
  });

  it('an export shows the document as it was when asked for, in the chart and the report alike', async () => {
    const { dataDir, svc, id } = await library();
    const doc = await svc.getDocument(id);
    const gate = deferred();
    const reached = deferred();
    held.chart = gate.promise;
    held.reached = reached.resolve;
    try {
      const path = join(dataDir, 'report.md');
      const exporting = svc.writeExport(id, DEFAULT_CHOICES, path);
      // The chart file is being written; a verdict saved meanwhile belongs to the next export (this one lists
      // reviewed claims only, and none was reviewed when it was asked for).
      await reached.promise;
      const river = doc.claims.find((c) => c.text.startsWith('The river rose'))!;
      await svc.editClaim(id, river.id, { kind: 'status', status: 'verified' });
      gate.resolve();
      await exporting;
      const report = await readFile(path, 'utf8');
      expect(report).toContain('Dam report');
      expect(report).not.toContain('The river rose');
    } finally {
      held.chart = null;
    }
  });
});

describe('a change and the cache of open documents', () => {
  it('a document read by others while its change waits on the disk keeps the change', async () => {
    const dataDir = await tempDir('evict');
    const svc = await WorkbenchService.start({ dataDir, seedsDir: null });
    const ids: string[] = [];
    for (let i = 0; i < 14; i++) ids.push((await svc.importText(`Report ${i}\n\nThe dam ${i} held, officials said. The river rose ${i} metres on Monday.`, 'anyway')).imported[0]!.id);
    await svc.flush();
    const again = await WorkbenchService.start({ dataDir, seedsDir: null });
    const [target, ...others] = ids;
    const claim = (await again.getDocument(target!)).claims[0]!;
    const gate = deferred();
    const copying = deferred();
    held.copy = gate.promise;
    held.copying = copying.resolve;
    try {
      // The first change of a session takes a backup; while it is copied, thirteen other articles are opened,
      // and then the article itself again.
      const marked = again.editClaim(target!, claim.id, { kind: 'note', note: 'acknowledged' });
      await copying.promise;
      for (const id of others) await again.getDocument(id);
      await again.getDocument(target!);
      gate.resolve();
      expect((await marked).claim!.note).toBe('acknowledged');
    } finally {
      held.copy = null;
    }
    expect((await again.getDocument(target!)).claims[0]!.note).toBe('acknowledged');
    await again.flush();
    const reopened = await WorkbenchService.start({ dataDir, seedsDir: null });
    expect((await reopened.getDocument(target!)).claims[0]!.note).toBe('acknowledged');
    await reopened.flush();
  });
});

describe('a change and the trash', () => {
  it('a change queued behind a move to the trash is refused, and the restored article has every acknowledged change', async () => {
    const { dataDir, svc, id } = await library();
    const claim = (await svc.getDocument(id)).claims[0]!;
    await svc.editClaim(id, claim.id, { kind: 'note', note: 'before the move' });
    const [moved, edit] = await Promise.allSettled([svc.deleteDocument(id), svc.editClaim(id, claim.id, { kind: 'note', note: 'raced the move' })]);
    expect(moved.status).toBe('fulfilled');
    await svc.restoreDocument(id);
    const note = (await svc.getDocument(id)).claims[0]!.note;
    expect(note).toBe(edit.status === 'fulfilled' ? 'raced the move' : 'before the move');
    if (edit.status === 'rejected') expect(String(edit.reason)).toMatch(/moved to the trash/);
    await svc.flush();
    const again = await WorkbenchService.start({ dataDir, seedsDir: null });
    expect((await again.getDocument(id)).claims[0]!.note).toBe(note);
    await again.flush();
  });
});

describe('a disk that takes part of a write without an error', () => {
  it('still gets every acknowledged record whole', async () => {
    const { dataDir, svc, id } = await library();
    const claims = (await svc.getDocument(id)).claims;
    held.chunk = 7;
    try {
      for (const [i, c] of claims.entries()) await svc.editClaim(id, c.id, { kind: 'note', note: `note ${i} written seven bytes at a time` });
    } finally {
      held.chunk = 0;
    }
    await svc.flush();
    const again = await WorkbenchService.start({ dataDir, seedsDir: null });
    expect((await again.getDocument(id)).claims.map((c) => c.note)).toEqual(claims.map((_, i) => `note ${i} written seven bytes at a time`));
    await again.flush();
  });
});

describe('a move to or from the trash cut off between the file and the index', () => {
  it('is finished when the article is next opened or restored, never left unreachable', async () => {
    const { dataDir, svc, id } = await library();
    const claim = (await svc.getDocument(id)).claims[0]!;
    await svc.editClaim(id, claim.id, { kind: 'note', note: 'kept through the cut' });
    await svc.flush();
    const file = (where: string): string => join(dataDir, where, `${id}.json`);
    // Killed after the file went to the trash, before the index said so.
    await rename(file('documents'), file('trash'));
    const again = await WorkbenchService.start({ dataDir, seedsDir: null });
    await expect(again.getDocument(id)).rejects.toThrow(/is in the trash \(its move there was cut short\); restore it from the trash/);
    expect((await again.getLibrary()).trash.map((d) => d.id)).toContain(id);
    // Killed after the file came back from the trash, before the index said so.
    await rename(file('trash'), file('documents'));
    await again.restoreDocument(id);
    expect((await again.getDocument(id)).claims[0]!.note).toBe('kept through the cut');
    expect((await again.getLibrary()).documents.map((d) => d.id)).toContain(id);
    await again.flush();
  });
});

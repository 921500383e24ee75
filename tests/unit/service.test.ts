import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { WorkbenchService } from '../../src/main/service/workbench-service.ts';
import { FIXED_NOW, storedDocument, tempDir } from './helpers.ts';

const start = (dataDir: string, seedsDir: string | null) => WorkbenchService.start({ dataDir, seedsDir, now: () => FIXED_NOW });

describe('WorkbenchService', () => {
  it('imports the shipped seed on first start, and never again', async () => {
    const dataDir = await tempDir('svc');
    const first = await start(dataDir, 'seeds');
    const lib = await first.getLibrary();
    const seedFiles = (await readdir('seeds')).filter((f) => !f.startsWith('.'));
    expect(lib.documents).toHaveLength(seedFiles.length);
    expect(lib.documents[0]!.sourceName).toBe('biden-ukraine-strikes.txt');

    const second = await start(dataDir, 'seeds');
    expect((await second.getLibrary()).documents).toHaveLength(seedFiles.length);
    expect(await readdir(join(dataDir, 'documents'))).toHaveLength(seedFiles.length);
  });

  it('persists a status change before resolving, visible to the next start', async () => {
    const dataDir = await tempDir('svc');
    const svc = await start(dataDir, 'seeds');
    const doc = (await svc.getLibrary()).documents[0]!;
    const claim = (await svc.getDocument(doc.id)).claims.find((c) => c.checkworthy)!;
    const change = await svc.editClaim(doc.id, claim.id, { kind: 'status', status: 'unsourced' });
    expect(change.claim!.status).toBe('unsourced');
    expect(change.claim!.statusChangedAt).toBe(FIXED_NOW.toISOString());
    expect(change.summary.counts.unsourced).toBe(1);
    const onDisk = { document: await storedDocument(dataDir, doc.id) };
    expect(onDisk.document.claims.find((c: { id: string }) => c.id === claim.id)!.status).toBe('unsourced');

    const again = await start(dataDir, 'seeds');
    expect((await again.getDocument(doc.id)).claims.find((c) => c.id === claim.id)!.status).toBe('unsourced');
    expect((await again.getLibrary()).documents[0]!.counts.unsourced).toBe(1);
  });

  it('rejects unknown claims with a clear message', async () => {
    const svc = await start(await tempDir('svc'), 'seeds');
    const doc = (await svc.getLibrary()).documents[0]!;
    await expect(svc.editClaim(doc.id, 'c9999', { kind: 'status', status: 'verified' })).rejects.toThrow(/has no claim c9999/);
  });

  it('skips a binary or empty seed with a notice and loads the good ones', async () => {
    const seeds = await tempDir('seeds');
    await writeFile(join(seeds, 'good.txt'), 'Water rates rise\n\nRates rise 5 percent on July 1, the utility said.');
    await writeFile(join(seeds, 'image.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
    await writeFile(join(seeds, 'empty.txt'), '');
    const dataDir = await tempDir('svc');
    const svc = await start(dataDir, seeds);
    const lib = await svc.getLibrary();
    expect(lib.documents.map((d) => d.sourceName)).toEqual(['good.txt']);
    const warnings = lib.notices.filter((n) => n.level === 'warning').map((n) => n.message);
    expect(warnings).toEqual(expect.arrayContaining([expect.stringMatching(/image\.txt.*not a text file/), expect.stringMatching(/empty\.txt.*empty/)]));
    // A bad seed is not retried (and re-reported) at every start.
    const again = await start(dataDir, seeds);
    expect((await again.getLibrary()).notices).toEqual([]);
  });

  it('opens with a notice when the seeds folder is missing', async () => {
    const svc = await start(await tempDir('svc'), join(await tempDir('x'), 'missing'));
    const lib = await svc.getLibrary();
    expect(lib.documents).toEqual([]);
    expect(lib.notices[0]!.message).toMatch(/seeds folder .* does not exist/);
  });

  it('keeps working, changing nothing, when the data folder is unusable', async () => {
    const parent = await tempDir('svc');
    const blocked = join(parent, 'library');
    await writeFile(blocked, 'not a folder');
    const svc = await start(blocked, 'seeds');
    const lib = await svc.getLibrary();
    expect(lib.notices[0]).toMatchObject({ level: 'error' });
    expect(lib.notices[0]!.message).toContain(blocked);
    await expect(svc.getDocument('anything')).rejects.toThrow(/could not be opened/);
    expect(await readFile(blocked, 'utf8')).toBe('not a folder');
  });

  it('keeps an existing library untouched when a seed goes bad later', async () => {
    const seeds = await tempDir('seeds');
    await writeFile(join(seeds, 'a.txt'), 'Bus fares frozen\n\nFares are frozen until 2027, the council said.');
    const dataDir = await tempDir('svc');
    const svc = await start(dataDir, seeds);
    const doc = (await svc.getLibrary()).documents[0]!;
    await svc.editClaim(doc.id, 'c2', { kind: 'status', status: 'verified' });
    await mkdir(join(seeds, 'sub'));
    await writeFile(join(seeds, 'b.txt'), Buffer.from([0, 1, 2, 3]));
    const again = await start(dataDir, seeds);
    expect((await again.getDocument(doc.id)).claims[1]!.status).toBe('verified');
  });
});

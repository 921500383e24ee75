import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { WorkbenchService } from '../../src/main/service/workbench-service.ts';
import { DurableFile, tempPathFor } from '../../src/main/store/durable-file.ts';
import { BACKUP_INTERVAL_MS } from '../../src/main/store/library-store.ts';
import { tempDir } from './helpers.ts';
import { twoArticles } from './two-articles.ts';

describe('DurableFile', () => {
  it('writes in order, each with the data as it was when asked', async () => {
    const file = join(await tempDir('durable'), 'x.json');
    const f = new DurableFile<{ n: number }>(file);
    const data = { n: 1 };
    const first = f.write(data);
    data.n = 2;
    const second = f.write(data);
    await Promise.all([first, second]);
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual({ n: 2 });
    expect(await f.read()).toEqual({ n: 2 });
    expect(await new DurableFile(join(file, '..', 'missing.json')).read()).toBeNull();
  });

  it('reports a failed write and keeps going with the next', async () => {
    const dir = await tempDir('durable');
    const file = join(dir, 'x.json');
    const f = new DurableFile<{ n: number }>(file);
    await f.write({ n: 1 });
    // A folder where this process's temp file must go makes the write fail, even for root (EISDIR).
    await mkdir(tempPathFor(file));
    await expect(f.write({ n: 2 })).rejects.toThrow(/EISDIR/);
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual({ n: 1 });
    await rm(tempPathFor(file), { recursive: true });
    await f.write({ n: 3 });
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual({ n: 3 });
  });
});

function library() {
  return twoArticles('recover', 'Bus fares frozen\n\nFares are frozen until 2027, the council said.', 'Pool reopens\n\nThe pool reopened on Monday after 8 months, the city said.');
}

describe('temp files left by a write that was cut off', () => {
  it('are removed when their process is gone, and left alone while it runs', async () => {
    const { dataDir, a } = await library();
    const file = join(dataDir, 'documents', `${a.id}.json`);
    const exited = spawnSync(process.execPath, ['-e', '0']).pid!;
    await writeFile(tempPathFor(file, exited), '{"half": ');
    await writeFile(tempPathFor(file, process.ppid), '{"being written": ');
    const again = await WorkbenchService.start({ dataDir, seedsDir: null });
    const names = await readdir(join(dataDir, 'documents'));
    expect(names).not.toContain(`.${a.id}.json.${exited}.tmp`);
    expect(names).toContain(`.${a.id}.json.${process.ppid}.tmp`);
    expect((await again.getDocument(a.id)).id).toBe(a.id);
  });
});

describe('recovery from damaged files', () => {
  it('moves a truncated document aside, keeps the rest working, and restores the latest backup', async () => {
    const { dataDir, svc, a, b, tick, now } = await library();
    await svc.editClaim(a.id, 'c2', { kind: 'status', status: 'verified' });
    tick(BACKUP_INTERVAL_MS + 1);
    await svc.editClaim(a.id, 'c2', { kind: 'note', note: 'after the first backup' });
    expect((await readdir(join(dataDir, 'backups', a.id))).length).toBe(2);

    const file = join(dataDir, 'documents', `${a.id}.json`);
    const whole = await readFile(file, 'utf8');
    await writeFile(file, whole.slice(0, whole.length / 2));
    const again = await WorkbenchService.start({ dataDir, seedsDir: null, now });
    await expect(again.getDocument(a.id)).rejects.toThrow(/is damaged: it is not valid JSON.*moved to .*damaged-.*backup from/);
    const names = await readdir(join(dataDir, 'documents'));
    expect(names.some((n) => n.startsWith(`${a.id}.json.damaged-`))).toBe(true);
    expect((await again.getLibrary()).documents.find((d) => d.id === a.id)!.damaged).toMatch(/damaged/);
    // Everything else still works.
    await again.editClaim(b.id, 'c2', { kind: 'status', status: 'disputed' });
    // The latest backup is the file as it was before the note: status verified.
    await again.restoreBackup(a.id);
    const restored = await again.getDocument(a.id);
    expect(restored.claims[1]!.status).toBe('verified');
    expect((await again.getLibrary()).documents.find((d) => d.id === a.id)!.damaged).toBeUndefined();
  });

  it('finds a damaged document right after start-up, while the search index is built, and says which and why', async () => {
    const { dataDir, a, b } = await library();
    const file = join(dataDir, 'documents', `${a.id}.json`);
    await writeFile(file, (await readFile(file, 'utf8')).slice(0, 40));
    const again = await WorkbenchService.start({ dataDir, seedsDir: null, searchInBackground: true });
    await again.searchLibrary({ text: 'anything' });
    const lib = await again.getLibrary();
    expect(lib.documents.find((d) => d.id === a.id)!.damaged).toMatch(/is damaged: it is not valid JSON/);
    expect(lib.notices.map((n) => n.message).join('\n')).toMatch(new RegExp(`${a.id}\\.json is damaged.*moved to .*damaged-`));
    expect((await readdir(join(dataDir, 'documents'))).some((n) => n.startsWith(`${a.id}.json.damaged-`))).toBe(true);
    expect((await again.getDocument(b.id)).id).toBe(b.id);
    await expect(again.getDocument(a.id)).rejects.toThrow(/damaged/);
  });

  it('rebuilds a damaged index from the document files, keeping the damaged one beside it', async () => {
    const { dataDir, svc, a, b } = await library();
    await svc.editClaim(b.id, 'c2', { kind: 'status', status: 'unsourced' });
    await svc.flush();
    await writeFile(join(dataDir, 'index.json'), '{"schemaVersion": 2, "documents": [{"id": ');
    const again = await WorkbenchService.start({ dataDir, seedsDir: null });
    const lib = await again.getLibrary();
    expect(lib.documents.map((d) => d.id).sort()).toEqual([a.id, b.id].sort());
    expect(lib.documents.find((d) => d.id === b.id)!.counts.unsourced).toBe(1);
    expect(lib.notices[0]!.message).toMatch(/index\.json is damaged.*moved to .*index\.json\.damaged-.*rebuilt from the 2 document files/);
    expect((await readdir(dataDir)).some((n) => n.startsWith('index.json.damaged-'))).toBe(true);
  });

  it('treats a foreign JSON file and an unreadable path as damaged', async () => {
    const { dataDir, a, b } = await library();
    await writeFile(join(dataDir, 'documents', `${a.id}.json`), JSON.stringify({ hello: 'world' }));
    const fileB = join(dataDir, 'documents', `${b.id}.json`);
    await rm(fileB);
    await mkdir(fileB);
    const again = await WorkbenchService.start({ dataDir, seedsDir: null });
    await expect(again.getDocument(a.id)).rejects.toThrow(/not a workbench store file/);
    await expect(again.getDocument(b.id)).rejects.toThrow(/cannot be read: it is a folder/);
    expect((await again.getLibrary()).documents).toHaveLength(2);
  });

  it('moves a damaged settings file aside and uses the defaults', async () => {
    const { dataDir } = await library();
    await writeFile(join(dataDir, 'settings.json'), 'not json');
    const again = await WorkbenchService.start({ dataDir, seedsDir: null });
    expect((await again.getLibrary()).notices.map((n) => n.message).join()).toMatch(/settings file .* was damaged/);
    const saved = await again.saveSettings({ reviewer: 'R', organisation: 'O', organisationUrl: '' });
    expect(saved.reviewer).toBe('R');
  });

  it('refuses a write to a disk that cannot take it, keeps the old file, and takes the change later', async () => {
    const { dataDir, svc, a } = await library();
    // Both ways a change reaches the disk are blocked: the document's journal and the temp file of a rewrite.
    const tmp = tempPathFor(join(dataDir, 'documents', `${a.id}.json`));
    const journal = join(dataDir, 'documents', `${a.id}.journal`);
    await mkdir(tmp);
    await mkdir(journal);
    await expect(svc.editClaim(a.id, 'c2', { kind: 'status', status: 'verified' })).rejects.toMatchObject({ code: 'io' });
    expect((await svc.getDocument(a.id)).claims[1]!.status).toBe('unreviewed');
    await expect(svc.editClaim(a.id, 'c2', { kind: 'status', status: 'verified' })).rejects.toMatchObject({ code: 'io' });
    await rm(tmp, { recursive: true });
    await rm(journal, { recursive: true });
    const r = await svc.editClaim(a.id, 'c2', { kind: 'status', status: 'verified' });
    expect(r.claim!.status).toBe('verified');
  });
});

import { copyFile, cp, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { WorkbenchService } from '../../src/main/service/workbench-service.ts';
import { tempPathFor } from '../../src/main/store/durable-file.ts';
import { BACKUP_INTERVAL_MS } from '../../src/main/store/library-store.ts';
import { FIXED_NOW, tempDir } from './helpers.ts';
import { twoArticles } from './two-articles.ts';

function library() {
  return twoArticles('damaged', 'Bus fares frozen\n\nFares are frozen until 2027, the council said. Trams run every 6 minutes.', 'Pool reopens\n\nThe pool reopened on Monday after 8 months, the city said.');
}

/** Cuts a document's file in half, as a crash in the middle of someone else's copy could. */
async function damage(dataDir: string, id: string): Promise<void> {
  const file = join(dataDir, 'documents', `${id}.json`);
  const whole = await readFile(file, 'utf8');
  await writeFile(file, whole.slice(0, whole.length / 2));
}

describe('a damaged document', () => {
  it('can be moved to the trash and back, and still offers its backup', async () => {
    const { dataDir, svc, a, b, tick, now } = await library();
    await svc.editClaim(a.id, 'c2', { kind: 'status', status: 'verified' });
    tick(BACKUP_INTERVAL_MS + 1);
    // The backup taken before this note holds the verdict.
    await svc.editClaim(a.id, 'c2', { kind: 'note', note: 'after the first backup' });
    await svc.flush();
    await damage(dataDir, a.id);
    const again = await WorkbenchService.start({ dataDir, seedsDir: null, now });
    await expect(again.getDocument(a.id)).rejects.toThrow(/damaged/);

    const trashed = await again.deleteDocument(a.id);
    expect(trashed.documents.map((d) => d.id)).toEqual([b.id]);
    expect(trashed.trash.map((d) => d.id)).toEqual([a.id]);
    // What was set aside stays where it was put: nothing of it is lost by the move.
    expect((await readdir(join(dataDir, 'documents'))).some((n) => n.startsWith(`${a.id}.json.damaged-`))).toBe(true);

    const back = await again.restoreDocument(a.id);
    expect(back.documents.find((d) => d.id === a.id)!.damaged).toMatch(/damaged/);
    await again.restoreBackup(a.id);
    expect((await again.getDocument(a.id)).claims[1]!.status).toBe('verified');
  });

  it('offers a backup only when one can be read', async () => {
    const { dataDir, svc, a, now } = await library();
    await svc.editClaim(a.id, 'c2', { kind: 'status', status: 'verified' });
    await svc.flush();
    const backups = join(dataDir, 'backups', a.id);
    // Only a folder under a backup's name: nothing there can be restored.
    for (const name of await readdir(backups)) await writeFile(join(backups, name), '{"half": ');
    await mkdir(join(backups, '2099-01-01T00-00-00-000Z.json'));
    await damage(dataDir, a.id);
    const again = await WorkbenchService.start({ dataDir, seedsDir: null, now });
    const err = await again.getDocument(a.id).catch((e: Error) => e);
    expect(String(err)).toMatch(/damaged/);
    expect(String(err)).not.toMatch(/can be restored/);
    expect(String(err)).toMatch(/no readable backup/);
  });

  it('names the newest backup that can be read, not a newer one that cannot', async () => {
    const { dataDir, svc, a, now } = await library();
    await svc.editClaim(a.id, 'c2', { kind: 'status', status: 'verified' });
    await svc.flush();
    await writeFile(join(dataDir, 'backups', a.id, '2099-01-01T00-00-00-000Z.json'), 'not a store file');
    await damage(dataDir, a.id);
    const again = await WorkbenchService.start({ dataDir, seedsDir: null, now });
    const err = String(await again.getDocument(a.id).catch((e: Error) => e));
    expect(err).toMatch(/backup from 2026-03-04 05:06 UTC can be restored/);
  });
});

describe('a document moved to the trash', () => {
  it('takes its unfolded changes with it even when it was never opened by this process', async () => {
    const { dataDir, svc, a, now } = await library();
    await svc.editClaim(a.id, 'c2', { kind: 'status', status: 'verified' });
    // A kill before the fold: the change lives in the journal only.
    const names = await readdir(join(dataDir, 'documents'));
    expect(names).toContain(`${a.id}.journal`);
    const again = await WorkbenchService.start({ dataDir, seedsDir: null, now });
    await again.deleteDocument(a.id);
    expect(await readdir(join(dataDir, 'documents'))).not.toContain(`${a.id}.journal`);
    const inTrash = JSON.parse(await readFile(join(dataDir, 'trash', `${a.id}.json`), 'utf8'));
    expect(inTrash.document.claims[1].status).toBe('verified');
  });
});

describe('a backup put back', () => {
  it('waits for a change under way, so the change is never replayed onto the backup', async () => {
    const { dataDir, svc, a, tick, now } = await library();
    await svc.editClaim(a.id, 'c2', { kind: 'status', status: 'verified' });
    tick(BACKUP_INTERVAL_MS + 1);
    const marks = [1, 2, 3, 4, 5, 6].map((n) => svc.editClaim(a.id, 'c2', { kind: 'note', note: `note ${n}` }));
    const restored = svc.restoreBackup(a.id);
    await Promise.allSettled([...marks, restored]);
    await svc.flush();
    const again = await WorkbenchService.start({ dataDir, seedsDir: null, now });
    const doc = await again.getDocument(a.id);
    expect((await again.getLibrary()).documents.find((d) => d.id === a.id)!.damaged).toBeUndefined();
    // Every acknowledged note came before the backup was put back, which then holds its own state.
    expect(doc.claims[1]!.status).toBe('verified');
  });
});

describe('a backup', () => {
  it('of another article is never offered, nor put in the place of this one', async () => {
    const { dataDir, svc, a, b, now } = await library();
    await svc.editClaim(a.id, 'c2', { kind: 'status', status: 'verified' });
    await svc.flush();
    // A copy of B's file among A's backups (by hand, or a sync tool), newer than A's own.
    await copyFile(join(dataDir, 'documents', `${b.id}.json`), join(dataDir, 'backups', a.id, '2099-01-01T00-00-00-000Z.json'));
    await damage(dataDir, a.id);
    const again = await WorkbenchService.start({ dataDir, seedsDir: null, now });
    expect(String(await again.getDocument(a.id).catch((e: Error) => e))).toMatch(/backup from 2026-03-04 05:06 UTC can be restored/);
    await again.restoreBackup(a.id);
    const lib = await again.getLibrary();
    expect(lib.documents.map((d) => d.id).sort()).toEqual([a.id, b.id].sort());
    expect((await again.getDocument(a.id)).title).toBe('Bus fares frozen');
  });
});

describe('a backup of an older version of the app', () => {
  it('is read as it is, never migrated on disk or copied beside itself when it is looked at or put back', async () => {
    const dataDir = await tempDir('damaged-v1');
    await cp('tests/fixtures/store-v1', dataDir, { recursive: true });
    const [name] = await readdir(join(dataDir, 'documents'));
    const id = name!.replace(/\.json$/, '');
    await mkdir(join(dataDir, 'backups', id), { recursive: true });
    const backup = join(dataDir, 'backups', id, '2026-11-21T10-00-00-000Z.json');
    await copyFile(join(dataDir, 'documents', name!), backup);
    const before = await readFile(backup, 'utf8');
    await writeFile(join(dataDir, 'documents', name!), '{"half');
    const svc = await WorkbenchService.start({ dataDir, seedsDir: null, now: () => FIXED_NOW });
    expect(String(await svc.getDocument(id).catch((e: Error) => e))).toMatch(/backup from 2026-11-21 10:00 UTC can be restored/);
    await svc.restoreBackup(id);
    expect((await svc.getDocument(id)).id).toBe(id);
    expect(await readdir(join(dataDir, 'backups', id))).toEqual(['2026-11-21T10-00-00-000Z.json']);
    expect(await readFile(backup, 'utf8')).toBe(before);
  });
});

describe('a document with no journal', () => {
  it('goes to the trash unread, even when a newer version of the app wrote it', async () => {
    const { dataDir, svc, a, now } = await library();
    await svc.flush();
    const file = join(dataDir, 'documents', `${a.id}.json`);
    const newer = JSON.parse(await readFile(file, 'utf8'));
    newer.schemaVersion = 99;
    await writeFile(file, JSON.stringify(newer));
    const again = await WorkbenchService.start({ dataDir, seedsDir: null, now });
    const lib = await again.deleteDocument(a.id);
    expect(lib.trash.map((d) => d.id)).toEqual([a.id]);
    // Moved whole, as it was: never rewritten by an app older than the one that wrote it.
    expect(JSON.parse(await readFile(join(dataDir, 'trash', `${a.id}.json`), 'utf8'))).toEqual(newer);
  });
});

describe('a backup that cannot be written in place', () => {
  it('leaves the article as it was, its unfolded changes too', async () => {
    const { dataDir, svc, a, tick, now } = await library();
    await svc.editClaim(a.id, 'c2', { kind: 'status', status: 'verified' });
    tick(BACKUP_INTERVAL_MS + 1);
    await svc.editClaim(a.id, 'c2', { kind: 'note', note: 'kept in the journal' });
    await svc.flush();
    const file = join(dataDir, 'documents', `${a.id}.json`);
    const again = await WorkbenchService.start({ dataDir, seedsDir: null, now });
    await again.getDocument(a.id);
    // A folder where the write's temp file must go makes the write fail, even for root (EISDIR).
    await mkdir(tempPathFor(file));
    await expect(again.restoreBackup(a.id)).rejects.toThrow(/EISDIR|folder/);
    await rm(tempPathFor(file), { recursive: true });
    await again.flush();
    const third = await WorkbenchService.start({ dataDir, seedsDir: null, now });
    expect((await third.getDocument(a.id)).claims[1]!.note).toBe('kept in the journal');
  });
});

describe('an article whose file is gone without a trace in the index', () => {
  it('can still be moved to the trash and back, and then says what is wrong with it', async () => {
    const { dataDir, svc, a, now } = await library();
    await svc.flush();
    // As a kill between setting a damaged file aside and writing the index leaves it: listed, with no file.
    const file = join(dataDir, 'documents', `${a.id}.json`);
    await copyFile(file, `${file}.damaged-2026-03-04T05-06-07-000Z-0000`);
    await rm(file);
    const again = await WorkbenchService.start({ dataDir, seedsDir: null, now });
    expect((await again.deleteDocument(a.id)).trash.map((d) => d.id)).toEqual([a.id]);
    expect((await again.restoreDocument(a.id)).documents.map((d) => d.id)).toContain(a.id);
    await expect(again.getDocument(a.id)).rejects.toThrow(/damaged|cannot be read/);
  });
});

describe('an article damaged while it was in the trash', () => {
  it('comes back from the trash listed as damaged, and the restore says so without failing', async () => {
    const { dataDir, svc, a, now } = await library();
    await svc.deleteDocument(a.id);
    await svc.flush();
    await writeFile(join(dataDir, 'trash', `${a.id}.json`), '{"half');
    const again = await WorkbenchService.start({ dataDir, seedsDir: null, now });
    const lib = await again.restoreDocument(a.id);
    expect(lib.documents.find((d) => d.id === a.id)!.damaged).toMatch(/damaged/);
  });
});

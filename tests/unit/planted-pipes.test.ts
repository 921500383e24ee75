import { execFileSync } from 'node:child_process';
import { lstat, readdir, readFile, rename, stat, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { WorkbenchService } from '../../src/main/service/workbench-service.ts';
import { tempDir } from './helpers.ts';

const ARTICLE = 'Dam report\n\nThe dam held, officials said. The river rose 2 metres on Monday. Crews worked all night, the mayor said. Power returned at 6 a.m. Schools reopened on Tuesday.';

/** A library with one article, its changes folded into its file; the service that wrote it is closed. */
async function library(): Promise<{ dataDir: string; id: string; file: string }> {
  const dataDir = await tempDir('pipes');
  const svc = await WorkbenchService.start({ dataDir, seedsDir: null });
  const { imported } = await svc.importText(ARTICLE, 'anyway');
  await svc.flush();
  const id = imported[0]!.id;
  return { dataDir, id, file: join(dataDir, 'documents', `${id}.json`) };
}

// Why these matter: a pipe with no one at the other end never gives end-of-file to a reader, and never opens
// for a writer; read or written like a file, it would hold the app (and every change after) forever.
describe('a pipe planted in the library folder', () => {
  it('in place of a journal: the article is refused at once with what is there and what to do, and marks are refused', { timeout: 20_000 }, async () => {
    const { dataDir, id, file } = await library();
    execFileSync('mkfifo', [file.replace(/\.json$/, '.journal')]);
    const svc = await WorkbenchService.start({ dataDir, seedsDir: null });
    await expect(svc.getDocument(id)).rejects.toThrow(/journal .* cannot be read: it is a pipe, device or socket, not a file \(ENOTREG\)\. If it is not a file the workbench wrote, move it out/);
    await expect(svc.editClaim(id, 'c1', { kind: 'status', status: 'verified' })).rejects.toThrow(/ENOTREG/);
    await svc.flush();
  });

  it('in place of a document: the document is reported damaged and set aside, the library goes on', { timeout: 20_000 }, async () => {
    const { dataDir, id, file } = await library();
    await rename(file, `${file}.moved`);
    execFileSync('mkfifo', [file]);
    const svc = await WorkbenchService.start({ dataDir, seedsDir: null });
    await expect(svc.getDocument(id)).rejects.toThrow(/not a file \(ENOTREG\)/);
    expect((await svc.getLibrary()).documents.find((d) => d.id === id)?.damaged).toBeTruthy();
    expect((await readdir(join(dataDir, 'documents'))).some((n) => n.includes('.damaged-'))).toBe(true);
    await svc.flush();
  });

  it('in place of a document while it is open: the next change is written over it, with nothing to keep', { timeout: 20_000 }, async () => {
    const { dataDir, id, file } = await library();
    const svc = await WorkbenchService.start({ dataDir, seedsDir: null });
    const claim = (await svc.getDocument(id)).claims[0]!;
    await rename(file, `${file}.moved`);
    execFileSync('mkfifo', [file]);
    const r = await svc.editClaim(id, claim.id, { kind: 'status', status: 'verified' });
    expect(r.claim!.status).toBe('verified');
    await svc.flush();
    expect((await stat(file)).isFile()).toBe(true);
    const again = await WorkbenchService.start({ dataDir, seedsDir: null });
    expect((await again.getDocument(id)).claims[0]!.status).toBe('verified');
    await again.flush();
  });

  it('a link in place of a document while it is open: moved aside as it is, never read through, and the change written', { timeout: 20_000 }, async () => {
    const { dataDir, id, file } = await library();
    const svc = await WorkbenchService.start({ dataDir, seedsDir: null });
    const claim = (await svc.getDocument(id)).claims[0]!;
    const victim = join(dataDir, 'victim.txt');
    await writeFile(victim, 'untouched');
    await rename(file, `${file}.moved`);
    await symlink(victim, file);
    const r = await svc.editClaim(id, claim.id, { kind: 'status', status: 'verified' });
    expect(r.claim!.status).toBe('verified');
    const aside = (await readdir(join(dataDir, 'documents'))).find((n) => n.includes('.replaced-'));
    expect((await lstat(join(dataDir, 'documents', aside!))).isSymbolicLink()).toBe(true);
    expect(await readFile(victim, 'utf8')).toBe('untouched');
    await svc.flush();
    expect((await lstat(file)).isFile()).toBe(true);
  });
});

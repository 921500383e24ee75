import { spawn } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openLibrary, type LibraryHandle } from '../../src/main/owner/library-owner.ts';
import { WorkbenchService } from '../../src/main/service/workbench-service.ts';
import { factcheck, storedDocument, tempDir } from './helpers.ts';

/** The app as it opens a library: its one writer, told of each request another process had it carry out. */
async function openApp(dataDir: string, served: string[] = []): Promise<LibraryHandle> {
  return openLibrary({ dataDir, mustWrite: true, startService: () => WorkbenchService.start({ dataDir, seedsDir: 'seeds' }), onServed: (m) => served.push(m) });
}

/** A second process's view of the same library, as the CLI opens it (here in-process, over the same socket). */
function openCli(dataDir: string): Promise<LibraryHandle> {
  return openLibrary({ dataDir, startService: () => WorkbenchService.start({ dataDir, seedsDir: null }) });
}

async function appAndCli() {
  const dataDir = await tempDir('shared');
  const served: string[] = [];
  const app = await openApp(dataDir, served);
  const cli = await openCli(dataDir);
  const doc = await app.service!.getDocument((await app.service!.getLibrary()).documents[0]!.id);
  const [a, b] = doc.claims.filter((c) => c.checkworthy);
  return { dataDir, app, cli, served, docId: doc.id, a: a!.id, b: b!.id };
}

const onDisk = (dataDir: string, docId: string) => storedDocument(dataDir, docId);

describe('one writer per library: the app, and the CLI beside it', () => {
  it('makes the app the writer and the CLI its client; both marks land, in order, and the window is told', async () => {
    const { dataDir, app, cli, served, docId, a, b } = await appAndCli();
    expect(app.role).toBe('writer');
    expect(cli.role).toBe('client');
    await cli.api.editClaim(docId, a, { kind: 'status', status: 'verified' });
    await app.service!.editClaim(docId, b, { kind: 'status', status: 'unsourced' });
    await cli.close();
    await app.close();
    const doc = await onDisk(dataDir, docId);
    const status = (id: string) => doc.claims.find((c: { id: string }) => c.id === id)!.status;
    expect([status(a), status(b)]).toEqual(['verified', 'unsourced']);
    expect(doc.history).toHaveLength(2);
    expect(served).toContain('editClaim');
    const reopened = await WorkbenchService.start({ dataDir, seedsDir: null });
    expect((await reopened.getLibrary()).documents[0]!.counts).toMatchObject({ verified: 1, unsourced: 1 });
  });

  it('refuses through the socket what the window\'s gate refuses (a javascript: address, a note over the limit)', async () => {
    const { app, cli, docId, a } = await appAndCli();
    await expect(cli.api.setDocumentUrl(docId, 'javascript:alert(document.cookie)')).rejects.toThrow(/http and https/);
    await expect(cli.api.editClaim(docId, a, { kind: 'note', note: 'x'.repeat(131_000) })).rejects.toThrow(/too long.*20,000/);
    expect((await app.service!.getDocument(docId)).sourceUrl).toBeNull();
    await cli.close();
    await app.close();
  });

  it('has a document the CLI imported in the app\'s library and search at once', async () => {
    const { dataDir, app, cli } = await appAndCli();
    const file = join(await tempDir('harbour'), 'harbour.txt');
    await (await import('node:fs/promises')).writeFile(file, 'Harbour dredging halted\n\nThe port authority halted dredging of the Kessel channel on Monday, it said.');
    const imported = await cli.api.importPaths([file], null, 'anyway');
    expect(imported.errors).toEqual([]);
    expect((await app.service!.getLibrary()).documents.map((d) => d.title)).toContain('Harbour dredging halted');
    const hits = await app.service!.searchLibrary({ text: 'Kessel dredging' });
    expect(hits.map((h) => h.documentTitle)).toContain('Harbour dredging halted');
    await cli.close();
    await app.close();
    const index = JSON.parse(await readFile(join(dataDir, 'index.json'), 'utf8'));
    expect(index.documents.map((d: { title: string }) => d.title)).toContain('Harbour dredging halted');
  });

  it('loses no mark when real CLI processes mark claims while the app marks others at the same time', { timeout: 120_000 }, async () => {
    const { dataDir, app, docId } = await appAndCli();
    const claims = (await app.service!.getDocument(docId)).claims.filter((c) => c.checkworthy);
    const byCli = claims.slice(0, 4);
    const byApp = claims.slice(4);
    expect(byApp.length).toBeGreaterThanOrEqual(6);
    const cliRuns = Promise.all(byCli.map((c) => factcheck(dataDir, 'mark', '--document', docId, '--claim', String(c.n), '--status', 'disputed', '--note', `cli ${c.n}`)));
    let round = 0;
    let cliDone = false;
    void cliRuns.finally(() => (cliDone = true));
    while (!cliDone || round < byApp.length) {
      const c = byApp[round % byApp.length]!;
      await app.service!.editClaim(docId, c.id, { kind: 'status', status: round % 2 === 0 ? 'verified' : 'unsourced' });
      await app.service!.editClaim(docId, c.id, { kind: 'status', status: 'verified' });
      round++;
    }
    expect((await cliRuns).map((r) => r.code)).toEqual(byCli.map(() => 0));
    await app.close();
    const doc = await onDisk(dataDir, docId);
    const claim = (id: string) => doc.claims.find((c: { id: string }) => c.id === id)!;
    expect(byCli.map((c) => [claim(c.id).status, claim(c.id).note])).toEqual(byCli.map((c) => ['disputed', `cli ${c.n}`]));
    expect(byApp.map((c) => claim(c.id).status)).toEqual(byApp.map(() => 'verified'));
    expect((await readdir(join(dataDir, 'documents'))).filter((n) => n.startsWith('.'))).toEqual([]);
  });

  it('lets the next process take over at once when the writer is killed, with nothing lost', { timeout: 60_000 }, async () => {
    const dataDir = await tempDir('killed-writer');
    const first = await openApp(dataDir);
    const docId = (await first.service!.getLibrary()).documents[0]!.id;
    await first.close();
    // A writer in another process, killed while it holds the library.
    const child = spawn(process.execPath, ['--import', 'tsx', '-e', `
      const { openLibrary } = await import('./src/main/owner/library-owner.ts');
      const { WorkbenchService } = await import('./src/main/service/workbench-service.ts');
      const lib = await openLibrary({ dataDir: ${JSON.stringify(dataDir)}, startService: () => WorkbenchService.start({ dataDir: ${JSON.stringify(dataDir)}, seedsDir: null }) });
      const doc = await lib.api.getDocument(${JSON.stringify(docId)});
      await lib.api.editClaim(doc.id, doc.claims[0].id, { kind: 'note', note: 'from the killed writer' });
      console.log('ready ' + lib.role);
      setInterval(() => {}, 1000);
    `], { stdio: ['ignore', 'pipe', 'inherit'] });
    const ready = await new Promise<string>((resolve) => child.stdout!.on('data', (d) => resolve(String(d).trim())));
    expect(ready).toBe('ready writer');
    child.kill('SIGKILL');
    await new Promise((resolve) => child.on('exit', resolve));
    const next = await openCli(dataDir);
    expect(next.role).toBe('writer');
    const doc = await next.api.getDocument(docId);
    expect(doc.claims[0]!.note).toBe('from the killed writer');
    await next.close();
  });
});

import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { WorkbenchService } from '../../src/main/service/workbench-service.ts';
import { factcheck, tempDir } from './helpers.ts';

/** The app and the CLI on one data folder: two services, each with its own store and cache, as two processes have. */
async function appAndCli() {
  const dataDir = await tempDir('shared');
  const app = await WorkbenchService.start({ dataDir, seedsDir: 'seeds' });
  const cli = await WorkbenchService.start({ dataDir, seedsDir: null });
  const doc = await app.getDocument((await app.getLibrary()).documents[0]!.id);
  const [a, b] = doc.claims.filter((c) => c.checkworthy);
  return { dataDir, app, cli, docId: doc.id, a: a!.id, b: b!.id };
}

describe('the app and the CLI on the same folder', () => {
  it('keeps a mark the CLI made while the app had the document open, and the app\'s own mark after it', async () => {
    const { dataDir, app, cli, docId, a, b } = await appAndCli();
    await cli.editClaim(docId, a, { kind: 'status', status: 'verified' });
    await cli.flush();
    await app.editClaim(docId, b, { kind: 'status', status: 'unsourced' });
    await app.flush();

    const onDisk = JSON.parse(await readFile(join(dataDir, 'documents', `${docId}.json`), 'utf8')).document;
    const status = (id: string) => onDisk.claims.find((c: { id: string }) => c.id === id).status;
    expect(status(a)).toBe('verified');
    expect(status(b)).toBe('unsourced');
    expect(onDisk.history).toHaveLength(2);
    const reopened = await WorkbenchService.start({ dataDir, seedsDir: null });
    expect((await reopened.getLibrary()).documents[0]!.counts).toMatchObject({ verified: 1, unsourced: 1 });
  });

  it('shows the app what the CLI changed when the app reads the document again', async () => {
    const { app, cli, docId, a } = await appAndCli();
    await cli.editClaim(docId, a, { kind: 'note', note: 'Checked against the Pentagon transcript.' });
    const seen = await app.getDocument(docId);
    expect(seen.claims.find((c) => c.id === a)!.note).toBe('Checked against the Pentagon transcript.');
  });

  it('keeps a document the CLI imported when the app writes its index, and makes it searchable', async () => {
    const { dataDir, app, cli, docId, b } = await appAndCli();
    const imported = await cli.importText('Harbour dredging halted\n\nThe port authority halted dredging of the Kessel channel on Monday, it said.');
    expect(imported.errors).toEqual([]);
    await cli.flush();
    await app.editClaim(docId, b, { kind: 'status', status: 'disputed' });
    await app.flush();

    const index = JSON.parse(await readFile(join(dataDir, 'index.json'), 'utf8'));
    expect(index.documents.map((d: { title: string }) => d.title)).toContain('Harbour dredging halted');
    expect(index.documents.find((d: { id: string }) => d.id === docId).counts.disputed).toBe(1);
    expect((await app.getLibrary()).documents.map((d) => d.title)).toContain('Harbour dredging halted');
    const hits = await app.searchLibrary({ text: 'Kessel dredging' });
    expect(hits.map((h) => h.documentTitle)).toContain('Harbour dredging halted');
  });

  it('loses no mark when the CLI marks claims in another process while the app marks others at the same time', { timeout: 120_000 }, async () => {
    const { dataDir, app, docId } = await appAndCli();
    const claims = (await app.getDocument(docId)).claims.filter((c) => c.checkworthy);
    const byCli = claims.slice(0, 4);
    const byApp = claims.slice(4);
    expect(byApp.length).toBeGreaterThanOrEqual(6);
    const cliRuns = (async () => {
      for (const c of byCli) await factcheck(dataDir, 'mark', '--document', docId, '--claim', String(c.n), '--status', 'disputed');
    })();
    // The app keeps marking (and rewriting the file) for as long as the CLI runs.
    let round = 0;
    let cliDone = false;
    void cliRuns.finally(() => (cliDone = true));
    while (!cliDone || round < byApp.length) {
      const c = byApp[round % byApp.length]!;
      await app.editClaim(docId, c.id, { kind: 'status', status: round % 2 === 0 ? 'verified' : 'unsourced' });
      await app.editClaim(docId, c.id, { kind: 'status', status: 'verified' });
      round++;
    }
    await cliRuns;
    await app.flush();

    const onDisk = JSON.parse(await readFile(join(dataDir, 'documents', `${docId}.json`), 'utf8')).document;
    const status = (id: string) => onDisk.claims.find((c: { id: string }) => c.id === id).status;
    expect(byCli.map((c) => status(c.id))).toEqual(byCli.map(() => 'disputed'));
    expect(byApp.map((c) => status(c.id))).toEqual(byApp.map(() => 'verified'));
    const names = await readdir(join(dataDir, 'documents'));
    expect(names.filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });
});

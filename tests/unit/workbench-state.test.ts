import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createHandlers } from '../../src/main/ipc/handlers.ts';
import { openLibrary } from '../../src/main/owner/library-owner.ts';
import { WorkbenchService } from '../../src/main/service/workbench-service.ts';
import { Workbench } from '../../src/renderer/src/lib/workbench.svelte.ts';
import type { DocumentView } from '../../src/shared/model.ts';
import type { WorkbenchBridge } from '../../src/shared/ipc-contract.ts';
import { deferred, tempDir } from './helpers.ts';

const noDialogs = { chooseReportPath: async () => null, chooseArticleFiles: async () => [] };

/** The renderer's state over the real service, with `getDocument` for one id held until the test lets it go. */
async function setUp() {
  const service = await WorkbenchService.start({ dataDir: await tempDir('workbench'), seedsDir: 'seeds' });
  const handlers = createHandlers(service, noDialogs);
  await service.importText('The harbour authority said on Monday that 400 berths will close by June.\n\nA port spokesperson said 12 ships were turned away last year.', 'anyway');
  const [first, second] = (await handlers.getLibrary()).documents;
  const held = deferred();
  const api: WorkbenchBridge = {
    ...handlers,
    getDocument: async (id): Promise<DocumentView> => {
      if (id === first!.id) await held.promise;
      return handlers.getDocument(id);
    },
    onMenuCommand: () => () => undefined, onImportProgress: () => () => undefined,
  };
  return { api, first: first!, second: second!, held };
}

describe('workbench state', () => {
  it('shows the last document asked for when an earlier open answers later', async () => {
    const { api, first, second, held } = await setUp();
    const workbench = new Workbench(api);
    const slow = workbench.open(first.id);
    await workbench.open(second.id);
    expect(workbench.document?.id).toBe(second.id);
    held.resolve();
    await slow;
    expect(workbench.document?.id).toBe(second.id);
    const selected = workbench.selected;
    expect(selected).not.toBeNull();
    expect(workbench.document!.claims.map((c) => c.id)).toContain(selected!.id);
  });
});

describe('workbench state with the CLI on the same folder', () => {
  it('shows what the CLI had the app change as soon as it is told, keeping the selection', async () => {
    const dataDir = await tempDir('workbench-cli');
    let told = 0;
    const library = await openLibrary({ dataDir, mustWrite: true, startService: () => WorkbenchService.start({ dataDir, seedsDir: 'seeds' }), onServed: () => told++ });
    const handlers = createHandlers(library.service!, noDialogs);
    const workbench = new Workbench({ ...handlers, onMenuCommand: () => () => undefined, onImportProgress: () => () => undefined });
    await workbench.load();
    const doc = workbench.document!;
    const [first, second] = doc.claims.filter((c) => c.checkworthy);
    workbench.select(second!.id);
    await workbench.setStatus(second!.id, 'verified');

    const cli = await openLibrary({ dataDir, startService: () => WorkbenchService.start({ dataDir, seedsDir: null }) });
    await cli.api.editClaim(doc.id, first!.id, { kind: 'status', status: 'disputed' });
    const file = join(dataDir, '..', `ferry-${process.pid}.txt`);
    await writeFile(file, 'Ferry fares rise\n\nFerry fares will rise by 9 percent in April, the operator said.');
    await cli.api.importPaths([file], null, 'anyway');
    await cli.close();
    expect(told).toBe(2); // the edit and the import: the app sends 'library-changed' to its window for each

    await workbench.refresh();
    expect(workbench.document!.claims.find((c) => c.id === first!.id)!.status).toBe('disputed');
    expect(workbench.document!.claims.find((c) => c.id === second!.id)!.status).toBe('verified');
    expect(workbench.selected?.id).toBe(second!.id);
    expect(workbench.documents.map((d) => d.title)).toContain('Ferry fares rise');
    expect(workbench.toast?.text).toMatch(/was changed outside the app/);
    await library.close();
  });

  it('lists a document with the counts of its file when the index summary is behind it', async () => {
    const dataDir = await tempDir('workbench-stale');
    const first = await WorkbenchService.start({ dataDir, seedsDir: 'seeds' });
    const doc = await first.getDocument((await first.getLibrary()).documents[0]!.id);
    await first.flush();
    const index = join(dataDir, 'index.json');
    const before = await readFile(index);
    // Marked by a program killed before its index write: the document file has the mark, the index not.
    await first.editClaim(doc.id, doc.claims.find((c) => c.checkworthy)!.id, { kind: 'status', status: 'verified' });
    await first.flush();
    await writeFile(index, before);
    const app = await WorkbenchService.start({ dataDir, seedsDir: null });
    expect((await app.getLibrary()).documents[0]!.counts.verified).toBe(0);
    const workbench = new Workbench({ ...createHandlers(app, noDialogs), onMenuCommand: () => () => undefined, onImportProgress: () => () => undefined });
    await workbench.load();
    expect(workbench.documents[0]!.counts.verified).toBe(1);
  });
});

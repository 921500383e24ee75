import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, it, vi } from 'vitest';
import { WorkbenchService } from '../../src/main/service/workbench-service.ts';
import { DEFAULT_CHOICES } from '../../src/shared/report/report-options.ts';
import { deferred, tempDir } from './helpers.ts';

// The first export loads the export module (a dynamic import): held here, as a slow first load would be.
const gates = { module: deferred(), loaded: deferred(), append: deferred<void>(), appendReached: deferred() };
vi.mock('../../src/main/service/export-service.ts', async (original) => {
  await gates.module.promise;
  const loaded = await original();
  gates.loaded.resolve();
  return loaded;
});
// The journal write of a change is held, then fails (a disk error).
let holdAppend = false;
vi.mock('../../src/main/store/document-journal.ts', async (original) => {
  const real = await original<typeof import('../../src/main/store/document-journal.ts')>();
  return {
    ...real,
    appendRecord: async (...args: Parameters<typeof real.appendRecord>) => {
      if (holdAppend) {
        gates.appendReached.resolve();
        await gates.append.promise;
        throw Object.assign(new Error('EIO: i/o error, write'), { code: 'EIO' });
      }
      return real.appendRecord(...args);
    },
  };
});

const ARTICLE = 'Dam report\n\nThe dam held, officials said. The river rose 2 metres on Monday. Crews worked all night, the mayor said. Power returned at 6 a.m. Schools reopened on Tuesday.';

it('an export asked for while a change is being written waits for it, and shows nothing unsaved', async () => {
  const dataDir = await tempDir('export-unsaved');
  const svc = await WorkbenchService.start({ dataDir, seedsDir: null });
  const { imported } = await svc.importText(ARTICLE, 'anyway');
  const id = imported[0]!.id;
  const river = (await svc.getDocument(id)).claims.find((c) => c.text.startsWith('The river rose'))!;
  const path = join(dataDir, 'report.md');
  const exporting = svc.writeExport(id, DEFAULT_CHOICES, path); // asked for first: nothing reviewed
  await new Promise((r) => setTimeout(r, 20));
  holdAppend = true;
  const edit = svc.editClaim(id, river.id, { kind: 'status', status: 'verified' });
  await gates.appendReached.promise; // the change is made in place, its write under way
  gates.module.resolve(); // the export module finishes loading now, while the change is being written
  await gates.loaded.promise;
  await new Promise((r) => setTimeout(r, 20));
  gates.append.resolve(); // the write fails: the change is taken back
  await expect(edit).rejects.toThrow(/not saved/);
  await exporting;
  holdAppend = false;
  expect((await svc.getDocument(id)).claims.find((c) => c.id === river.id)!.status).toBe('unreviewed');
  const report = await readFile(path, 'utf8');
  expect(report).not.toContain('The river rose'); // lists reviewed claims only
});

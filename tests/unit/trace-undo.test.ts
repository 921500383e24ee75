import { describe, expect, it } from 'vitest';
import { WorkbenchService } from '../../src/main/service/workbench-service.ts';
import { explainSource } from '../../src/shared/extract/trace-text.ts';
import { FIXED_NOW, tempDir } from './helpers.ts';

describe('undo and redo of a source correction', () => {
  it('gives the extractor’s trace back on undo, drops it on redo, and keeps it through a reopen', async () => {
    const dataDir = await tempDir('trace-undo');
    const svc = await WorkbenchService.start({ dataDir, seedsDir: null, now: () => FIXED_NOW });
    const id = (await svc.importText('Depot to close\n\nAna Ruiz has run the depot since 2009.\n\n"We move 40 trucks a day," she said.', 'anyway')).imported[0]!.id;
    const before = (await svc.getDocument(id)).claims.find((c) => c.attribution?.trace?.pronoun)!;
    expect(before.attribution!.trace!.from).toBeDefined();
    await svc.editClaim(id, before.id, { kind: 'attribution', source: 'Depot manager Ana Ruiz', anonymous: false });
    await svc.undo(id);
    let doc = await svc.getDocument(id);
    expect(doc.claims.find((c) => c.id === before.id)!.attribution).toEqual(before.attribution);
    await svc.redo(id);
    doc = await svc.getDocument(id);
    const redone = doc.claims.find((c) => c.id === before.id)!;
    expect(redone.attribution!.trace).toBeUndefined();
    expect(explainSource(redone, doc.claims)).toBe('Corrected by hand');
    await svc.undo(id);
    await svc.flush();
    const again = await WorkbenchService.start({ dataDir, seedsDir: null, now: () => FIXED_NOW });
    doc = await again.getDocument(id);
    expect(doc.claims.find((c) => c.id === before.id)!.attribution).toEqual(before.attribution);
    expect(explainSource(doc.claims.find((c) => c.id === before.id)!, doc.claims)).toMatch(/taken to be Ana Ruiz, named in claim #/);
  });
});

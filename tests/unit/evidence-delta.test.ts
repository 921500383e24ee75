import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { documentFrom } from '../../src/main/service/build-document.ts';
import { WorkbenchService } from '../../src/main/service/workbench-service.ts';
import { putClaim, record, step } from '../../src/main/service/history.ts';
import { applyFieldValue } from '../../src/main/team/apply-changes.ts';
import { documentChanges } from '../../src/main/team/local-changes.ts';
import { diffDocument } from '../../src/main/store/document-journal.ts';
import { claimDelta, claimWith } from '../../src/shared/claim-delta.ts';
import { applyEdit } from '../../src/shared/claim-edits.ts';
import { extractFromText } from '../../src/shared/extract/extract.ts';
import type { Claim, Evidence, FactDocument } from '../../src/shared/model.ts';
import { fieldChanges, withFieldValue } from '../../src/shared/team/change-model.ts';
import { FIXED_NOW, storedDocument, tempDir } from './helpers.ts';

const ARTICLE = 'Dam report\n\nThe dam held, officials said. The river rose 2 metres on Monday. Crews worked all night, the mayor said.';
const AT = FIXED_NOW.toISOString();

const link = (id: string): Evidence => ({ id, url: `https://example.org/${id}`, title: `page ${id}`, excerpt: '', addedAt: AT });

/** The dam article with `links` evidence links on its second claim. */
function documentWithLinks(links: number): FactDocument {
  const doc = documentFrom(extractFromText(ARTICLE), 'dam.txt', FIXED_NOW);
  doc.claims[1] = { ...doc.claims[1]!, evidence: Array.from({ length: links }, (_, i) => link(`old${i}`)) };
  return doc;
}

/** Adds a link to the second claim as the checker does here: recorded for undo. */
function addOwnLink(doc: FactDocument, url: string, id: string): void {
  const claim = doc.claims[1]!;
  const after = applyEdit(claim, { kind: 'add-evidence', url, title: 'mine', excerpt: '' }, { now: AT, newId: () => id });
  putClaim(doc, claim.id, after);
  record(doc, { id: `h-${id}`, at: AT, claimId: claim.id, label: 'Added evidence: mine', ...claimDelta(claim, after), kind: 'add-evidence' });
}

describe('evidence in history: one link, never the whole list', () => {
  it('a link added to a claim of 500 links records that link alone', () => {
    const doc = documentWithLinks(500);
    addOwnLink(doc, 'https://example.org/mine', 'e-mine');
    const entry = doc.history.at(-1)!;
    const json = JSON.stringify([entry.before, entry.after]);
    expect(json).not.toContain('old0');
    expect(json.length).toBeLessThan(400);
    // What team sync reads from it: one field, from nothing to the link.
    expect(fieldChanges(entry.before, entry.after)).toEqual([{ field: 'evidence:e-mine', before: null, value: { url: 'https://example.org/mine', title: 'mine', excerpt: '', addedAt: AT } }]);
  });

  it('a colleague’s link synced here is recorded with who added it, when and what, and no claim values', () => {
    const doc = documentWithLinks(500);
    const claimId = doc.claims[1]!.id;
    applyFieldValue(doc, { seq: 7, claim: claimId, field: 'evidence:r1x1', value: { url: 'https://example.org/r1/1', title: 'r1', excerpt: '', addedAt: AT }, author: 'Ana Ruiz', at: AT });
    const entry = doc.history.at(-1)!;
    expect(entry).toMatchObject({ claimId, by: 'Ana Ruiz', at: AT, kind: 'evidence' });
    expect(entry.label).toBe('Ana Ruiz: added evidence: r1');
    expect(JSON.stringify(entry)).not.toContain('old0');
    // The desk's log keeps the values; the timeline keeps who, when and what.
    expect([entry.before, entry.after]).toEqual([null, null]);
    expect(JSON.stringify(entry).length).toBeLessThan(200);
    expect(doc.claims[1]!.evidence.map((e) => e.id).slice(-2)).toEqual(['old499', 'r1x1']);
  });

  it('a colleague’s status on a claim of 500 links leaves its list of links as it was, and the journal without them', () => {
    const doc = documentWithLinks(500);
    const before: FactDocument = { ...doc, claims: [...doc.claims], history: [...doc.history] };
    applyFieldValue(doc, { seq: 9, claim: doc.claims[1]!.id, field: 'status', value: 'verified', author: 'Ana Ruiz', at: AT });
    expect(doc.claims[1]!.status).toBe('verified');
    expect(doc.claims[1]!.evidence).toBe(before.claims[1]!.evidence);
    expect(JSON.stringify(diffDocument(before, doc))).not.toContain('evidence');
  });

  it('undo of one’s own link keeps the links colleagues added since', () => {
    const doc = documentWithLinks(3);
    const claimId = doc.claims[1]!.id;
    addOwnLink(doc, 'https://example.org/mine', 'e-mine');
    applyFieldValue(doc, { seq: 8, claim: claimId, field: 'evidence:r2x1', value: { url: 'https://example.org/r2/1', title: 'r2', excerpt: '', addedAt: AT }, author: 'Bo Chen', at: AT });
    step(doc, 'undo', AT, 'h-undo');
    expect(doc.claims[1]!.evidence.map((e) => e.id)).toEqual(['old0', 'old1', 'old2', 'r2x1']);
    step(doc, 'redo', AT, 'h-redo');
    // Back in the place it had.
    expect(doc.claims[1]!.evidence.map((e) => e.id)).toEqual(['old0', 'old1', 'old2', 'e-mine', 'r2x1']);
  });

  it('a link removed from the middle comes back in its place on undo, and only its removal is pushed', () => {
    const doc = documentWithLinks(5);
    const claim = doc.claims[1]!;
    const after = applyEdit(claim, { kind: 'remove-evidence', evidenceId: 'old2' }, { now: AT, newId: () => 'unused' });
    putClaim(doc, claim.id, after);
    record(doc, { id: 'h-rm', at: AT, claimId: claim.id, label: 'Removed evidence: page old2', ...claimDelta(claim, after), kind: 'remove-evidence' });
    expect(JSON.stringify(doc.history[0])).not.toContain('old4');
    expect(documentChanges(doc, 'dev', true, null).map((c) => [c.field, c.value])).toEqual([['evidence:old2', null]]);
    step(doc, 'undo', AT, 'h-undo');
    expect(doc.claims[1]).toEqual(claim);
  });

  it('a library reopened reads the links its history recorded, and undoes them', async () => {
    const dataDir = await tempDir('evidence-delta');
    const svc = await WorkbenchService.start({ dataDir, seedsDir: null, now: () => FIXED_NOW });
    await svc.importText(ARTICLE, 'anyway');
    const id = (await svc.getLibrary()).documents[0]!.id;
    const claim = (await svc.getDocument(id)).claims[1]!;
    for (const n of [1, 2, 3]) await svc.editClaim(id, claim.id, { kind: 'add-evidence', url: `https://example.org/${n}`, title: `page ${n}`, excerpt: '' });
    await svc.flush();
    const again = await WorkbenchService.start({ dataDir, seedsDir: null, now: () => FIXED_NOW });
    expect((await again.getDocument(id)).history.at(-1)!.after).toMatchObject({ evidenceItems: [{ item: { url: 'https://example.org/3' }, at: 2 }] });
    await again.undo(id);
    expect((await again.getDocument(id)).claims[1]!.evidence.map((e) => e.url)).toEqual(['https://example.org/1', 'https://example.org/2']);
    await again.flush();
    expect((await storedDocument(dataDir, id)).claims[1]!.evidence).toHaveLength(2);
  });

  it('any change of a claim’s links goes back and forth through its delta', () => {
    const ids = fc.uniqueArray(fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', 'g'), { maxLength: 6 });
    fc.assert(
      fc.property(ids, fc.array(fc.tuple(fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'), fc.option(fc.constantFrom('x', 'y'))), { maxLength: 4 }), (start, edits) => {
        const base = documentWithLinks(0).claims[1]!;
        const before: Claim = { ...base, evidence: start.map(link) };
        // Colleagues' values as sync sets them: a new link, a link changed (it moves to the end), a link removed.
        let after = before;
        for (const [id, title] of edits) after = withFieldValue(after, `evidence:${id}`, title === null ? null : { ...link(id), title }, AT);
        const delta = claimDelta(before, after);
        expect(claimWith(after, delta.before)).toEqual(before);
        expect(claimWith(before, delta.after)).toEqual(after);
        // The JSON written to disk reads back the same.
        const read = JSON.parse(JSON.stringify(delta)) as typeof delta;
        expect(claimWith(after, read.before)).toEqual(before);
        expect(claimWith(before, read.after)).toEqual(after);
      }),
    );
  });
});

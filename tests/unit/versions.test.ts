import { describe, expect, it } from 'vitest';
import { WorkbenchService } from '../../src/main/service/workbench-service.ts';
import { renderMarkdownReport } from '../../src/shared/report/markdown-report.ts';
import { DEFAULT_CHOICES } from '../../src/shared/report/report-options.ts';
import { FIXED_NOW, tempDir } from './helpers.ts';

const page = (body: string, updated: string) =>
  `<!DOCTYPE html><html lang="en"><head><title>Rent cap passes</title><link rel="canonical" href="https://ledger.example.com/news/rent-cap"><meta property="og:site_name" content="The Riverside Ledger"><meta property="article:modified_time" content="${updated}"></head><body><article><h1>Rent cap passes</h1>${body}</article></body></html>`;

const V1 = page(
  '<p>The city council voted 9 to 4 on Thursday to cap annual rent rises at 3 percent, council leader Ruth Okafor said.</p><p>Average rents in the city rose 11 percent last year, according to the statistics office.</p><p>About 40,000 households rent from private landlords, officials familiar with the plan said.</p>',
  '2026-11-28T09:30:00Z',
);
// The corrected page: one sentence unchanged, one with a new figure, one gone, one new.
const V2 = page(
  '<p>The city council voted 9 to 4 on Thursday to cap annual rent rises at 3 percent, council leader Ruth Okafor said.</p><p>Average rents in the city rose 7 percent last year, according to the statistics office.</p><p>Landlords said the cap would cut the number of homes for rent by a fifth.</p>',
  '2026-11-29T10:00:00Z',
);

describe('a newer version of an article', () => {
  // 10–20 s of work with both cores busy, too close to the default 30 s budget: its own budget.
  it('numbers a new claim with the next whole number, after claims added by hand (never "c5.92")', { timeout: 120_000 }, async () => {
    const dataDir = await tempDir('versions-added');
    const svc = await WorkbenchService.start({ dataDir, seedsDir: null, now: () => FIXED_NOW });
    const id = (await svc.importDropped([{ name: 'rent-v1.html', bytes: new TextEncoder().encode(V1) }], 'anyway')).imported[0]!.id;
    const doc = await svc.getDocument(id);
    const last = doc.claims.at(-1)!;
    // Added by hand inside the last claim, each after the one before: n.1 ... n.9, then n.91, n.92.
    for (let i = 0; i < 11; i++) await svc.addClaim(id, last.start + 2 * i + 1, last.end);
    const top = Math.max(...(await svc.getDocument(id)).claims.map((c) => c.n));
    expect(top).toBe(last.n + 0.92);
    await svc.importDropped([{ name: 'rent-v2.html', bytes: new TextEncoder().encode(V2) }], 'anyway');
    const added = (await svc.getDocument(id)).claims.filter((c) => c.recheck?.reason === 'new');
    expect(added.map((c) => [c.id, c.n])).toEqual([[`c${Math.floor(top) + 1}`, Math.floor(top) + 1]]);
    await svc.flush();
    const again = await WorkbenchService.start({ dataDir, seedsDir: null, now: () => FIXED_NOW });
    expect((await again.getDocument(id)).claims.length).toBe((await svc.getDocument(id)).claims.length);
  });

  it('keeps the marks of unchanged claims, flags changed ones, and the report lists the versions', async () => {
    const dataDir = await tempDir('versions');
    const svc = await WorkbenchService.start({ dataDir, seedsDir: null, now: () => FIXED_NOW });
    const first = await svc.importDropped([{ name: 'rent-v1.html', bytes: new TextEncoder().encode(V1) }], 'anyway');
    const id = first.imported[0]!.id;
    const doc1 = await svc.getDocument(id);
    const [vote, rents, households] = ['voted 9 to 4', 'rose 11 percent', '40,000 households'].map((t) => doc1.claims.find((c) => c.text.includes(t))!);
    await svc.editClaim(id, vote!.id, { kind: 'note', note: 'Council minutes, item 4.' });
    await svc.editClaim(id, vote!.id, { kind: 'status', status: 'verified' });
    await svc.editClaim(id, rents!.id, { kind: 'add-evidence', url: 'https://stats.example.org/rents', title: 'Rents 2025', excerpt: '' });
    await svc.editClaim(id, rents!.id, { kind: 'status', status: 'disputed' });
    await svc.editClaim(id, households!.id, { kind: 'status', status: 'in-progress' });

    // Same canonical address: an update, not a doubt; it updates the first document instead of adding one.
    // (This short test page is itself a doubt, "not an article", so it is imported without questions.)
    const second = await svc.importDropped([{ name: 'rent-v2.html', bytes: new TextEncoder().encode(V2) }], 'anyway');
    expect(second.pending).toEqual([]);
    expect(second.imported.map((d) => d.id)).toEqual([id]);
    // Its message speaks for it: the window does not also say "Imported".
    expect(second.updated).toEqual([id]);
    expect((await svc.getLibrary()).documents).toHaveLength(1);
    expect(second.messages).toHaveLength(1);
    expect(second.messages?.[0]).toMatch(/newer version.*1 changed \(#\d+\), 1 new \(#\d+\), 1 gone \(#\d+\)/);
    // The stored fingerprint follows the newest version: the same version again is the same text, said once
    // and not asked about (at the same address, importing it could change nothing).
    const third = await svc.importDropped([{ name: 'rent-v2-again.html', bytes: new TextEncoder().encode(V2) }], 'anyway');
    expect((await svc.getDocument(id)).fingerprint).toBe((await svc.getLibrary()).documents[0]!.fingerprint);
    expect(third.updated).toEqual([id]);
    expect(third.messages).toEqual(['“Rent cap passes” is already in the library with the same text; nothing was added.']);

    const doc2 = await svc.getDocument(id);
    const kept = doc2.claims.find((c) => c.id === vote!.id)!;
    expect(kept).toMatchObject({ status: 'verified', note: 'Council minutes, item 4.', text: vote!.text });
    expect(kept.recheck).toBeUndefined();
    const changed = doc2.claims.find((c) => c.id === rents!.id)!;
    expect(changed.text).toContain('rose 7 percent');
    expect(changed).toMatchObject({ status: 'disputed', recheck: { reason: 'changed', previousText: rents!.text, version: 2 } });
    expect(changed.evidence.map((e) => e.title)).toEqual(['Rents 2025']);
    expect(doc2.text.slice(changed.start, changed.end)).toBe(changed.text);
    const added = doc2.claims.find((c) => c.text.startsWith('Landlords'))!;
    expect(added.recheck).toMatchObject({ reason: 'new' });
    expect(doc2.claims.some((c) => c.id === households!.id)).toBe(false);
    expect(doc2.versions![1]!.removed![0]).toMatchObject({ id: households!.id, status: 'in-progress' });

    const md = renderMarkdownReport(doc2, DEFAULT_CHOICES, { exportedAt: FIXED_NOW, reviewer: 'Ana', organisation: '', organisationUrl: '', appVersion: '1' });
    expect(md).toContain('- **Versions:** 2');
    expect(md).toMatch(/ {2}- Version 2, imported 2026-03-04 05:06 UTC, updated 2026-11-29T10:00:00Z: 2 claims unchanged, 1 changed \(#\d+\), 1 new \(#\d+\), 1 gone \(#\d+\)/);
    const open = md.slice(md.indexOf('## Still open'));
    expect(open).toContain('### Changed in a newer version of the article: look again (1)');
    // A verdict on words the article no longer has is not a finding until the checker looks again.
    expect(md.slice(md.indexOf('## Findings'), md.indexOf('## Still open'))).not.toContain('rose 7 percent');

    // Looking again (confirming the status) clears the flag.
    const again = await svc.editClaim(id, rents!.id, { kind: 'status', status: 'disputed' });
    expect(again.claim!.recheck).toBeUndefined();
  });

  it('the same page again adds nothing', async () => {
    const dataDir = await tempDir('versions-same');
    const svc = await WorkbenchService.start({ dataDir, seedsDir: null, now: () => FIXED_NOW });
    await svc.importDropped([{ name: 'rent.html', bytes: new TextEncoder().encode(V1) }], 'anyway');
    const asked = await svc.importDropped([{ name: 'rent-copy.html', bytes: new TextEncoder().encode(V1) }]);
    // Same text at the same address is no question (only this short page's own doubt is): it can change nothing.
    expect(asked.pending[0]!.doubts.map((d) => d.kind)).toEqual(['not-article']);
    const again = await svc.confirmImport(asked.pending[0]!.token);
    expect(again.messages).toEqual([expect.stringMatching(/already in the library with the same text; nothing was added/)]);
    expect(again.updated).toHaveLength(1);
    expect((await svc.getLibrary()).documents).toHaveLength(1);
  });
});

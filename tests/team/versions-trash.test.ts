import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LiveSync } from '../../src/main/team/live-sync.ts';
import { TeamServer } from '../../src/main/team/team-server.ts';
import type { FactDocument } from '../../src/shared/model.ts';
import { deskLog, newDesk, type Device, teamSuite } from './server.ts';

const { cluster, device } = teamSuite();
const URL = 'https://news.example.org/drought-water-cuts';

/** The structure and marks of every claim, for comparing two libraries field by field. */
const claimsOf = (doc: FactDocument) => doc.claims.map((c) => ({ id: c.id, n: c.n, text: c.text, start: c.start, status: c.status, note: c.note, recheck: c.recheck ?? null, evidence: c.evidence.map((e) => e.url) }));

/** A second version of the wire story: one sentence reworded, one added. */
async function versionTwo(dir: string): Promise<string> {
  const v1 = await readFile('tests/fixtures/wire-drought.txt', 'utf8');
  const v2 = v1
    .replace('Reservoirs in the Guadalquivir basin are at 18% of capacity', 'Reservoirs in the Guadalquivir basin are at 17% of capacity')
    .replace('Farm groups said the cuts would cost the sector at least 1.2 billion euros.', 'Farm groups said the cuts would cost the sector at least 1.2 billion euros.\n\nThe government will review the cuts in October, officials said.');
  const path = join(dir, 'wire-drought-v2.txt');
  await writeFile(path, v2);
  return path;
}

async function pair(): Promise<{ ana: Device; sam: Device; doc: string }> {
  const { logins } = await newDesk(cluster, ['ana', 'sam']);
  const ana = await device(logins[0]!);
  const sam = await device(logins[1]!);
  const { id } = await ana.service.importFile('tests/fixtures/wire-drought.txt', URL);
  await ana.team.sync();
  await sam.team.sync();
  return { ana, sam, doc: id };
}

describe('an article’s versions and its trash sync', () => {
  it('a newer version reaches a colleague with its new claims, and every verdict lands on the right claim', async () => {
    const { ana, sam, doc } = await pair();
    const before = await sam.service.getDocument(doc);
    const basin = before.claims.find((c) => c.text.startsWith('Reservoirs in the Guadalquivir'))!;
    const minister = before.claims.find((c) => c.text.includes('Luis Planas'))!;
    await sam.service.editClaim(doc, basin.id, { kind: 'note', note: 'Basin authority table, 2 Oct.' });
    await sam.service.editClaim(doc, minister.id, { kind: 'status', status: 'verified' });
    await sam.team.sync();
    await ana.team.sync();
    // Ana imports version 2 from the same address, then marks its new claim.
    await ana.service.importFile(await versionTwo(ana.dataDir), URL);
    const mine = await ana.service.getDocument(doc);
    expect(mine.versions).toHaveLength(2);
    const added = mine.claims.find((c) => c.text.startsWith('The government will review'))!;
    expect(added.recheck).toEqual({ reason: 'new', version: 2 });
    await ana.service.editClaim(doc, added.id, { kind: 'status', status: 'disputed' });
    await ana.team.sync();
    expect((await sam.team.sync()).quarantined).toEqual([]);
    await ana.team.sync();
    const [a, s] = [await ana.service.getDocument(doc), await sam.service.getDocument(doc)];
    expect(s.text).toBe(a.text);
    expect(s.versions).toEqual(a.versions);
    expect(claimsOf(s)).toEqual(claimsOf(a));
    const samClaim = (id: string) => s.claims.find((c) => c.id === id)!;
    expect(samClaim(added.id).status).toBe('disputed');
    expect(samClaim(minister.id).status).toBe('verified');
    // The reworded claim keeps Sam's note, is flagged to look at again, and his timeline says who brought it.
    expect(samClaim(basin.id)).toMatchObject({ note: 'Basin authority table, 2 Oct.', recheck: { reason: 'changed', version: 2 } });
    expect(samClaim(basin.id).text).toContain('17% of capacity');
    expect(s.history.filter((h) => h.claimId === basin.id).at(-1)!.label).toMatch(/: changed in version 2 of the article: look again$/);
    // Nothing echoes back: both have nothing waiting.
    for (const d of [ana, sam]) expect((await d.team.status()).waiting).toBe(0);
  });

  it('moving an article to the trash and back reaches colleagues, with marks made meanwhile', async () => {
    const { ana, sam, doc } = await pair();
    const claim = (await ana.service.getDocument(doc)).claims.find((c) => c.checkworthy)!;
    await sam.service.editClaim(doc, claim.id, { kind: 'status', status: 'unsourced' });
    await ana.service.deleteDocument(doc);
    await sam.team.sync();
    await ana.team.sync();
    await sam.team.sync();
    for (const d of [ana, sam]) {
      const lib = await d.service.getLibrary();
      expect(lib.documents.map((x) => x.id)).not.toContain(doc);
      expect(lib.trash.map((x) => x.id)).toContain(doc);
    }
    await sam.service.restoreDocument(doc);
    await sam.team.sync();
    await ana.team.sync();
    for (const d of [ana, sam]) {
      expect((await d.service.getLibrary()).documents.map((x) => x.id)).toContain(doc);
      expect((await d.service.getDocument(doc)).claims.find((c) => c.id === claim.id)!.status).toBe('unsourced');
      expect((await d.team.status()).waiting).toBe(0);
    }
  });

  it('while the app runs, an import and a move to the trash go to the desk at once, not at the next poll', async () => {
    const { desk, logins } = await newDesk(cluster, ['ana']);
    const ana = await device(logins[0]!);
    await ana.team.sync();
    const live = new LiveSync(ana.team, () => undefined, { listen: false, pollMs: 600_000, pushDelayMs: 0 });
    live.start();
    try {
      const { id } = await ana.service.importFile('tests/fixtures/wire-drought.txt', URL);
      await expect.poll(async () => (await deskLog(cluster, desk)).filter((r) => r.document_id === id).map((r) => r.field), { timeout: 20_000 }).toEqual(['document']);
      await ana.service.deleteDocument(id);
      await expect.poll(async () => (await deskLog(cluster, desk)).filter((r) => r.document_id === id).map((r) => [r.field, r.field === 'deleted' ? r.value : null]), { timeout: 20_000 }).toEqual([['document', null], ['deleted', true]]);
    } finally {
      await live.stop();
    }
  });

  it('the server refuses a version or trash move the app could never make', async () => {
    const { logins } = await newDesk(cluster, ['eve']);
    const server = await TeamServer.connect(logins[0]!.settings, logins[0]!.password);
    const at = new Date().toISOString();
    const body = { title: 'T', text: 'x', sourceName: 't.txt', sourceUrl: null, importedAt: at, claims: [] };
    const results = await server.push('eve-device', [
      { id: 'eve:1', document: 'doc-1', claim: '', field: 'deleted', before: null, value: 'yes', at },
      { id: 'eve:2', document: 'doc-1', claim: 'c1', field: 'deleted', before: null, value: true, at },
      { id: 'eve:3', document: 'doc-1', claim: '', field: 'version', before: null, value: body, at },
      { id: 'eve:4', document: 'doc-1', claim: '', field: 'version', before: null, value: { ...body, versions: [{}, {}], claims: [{ id: '../x', text: 't' }] }, at },
      // A claim a library's files could not hold (no kind, flags or origin) would be stored and then damage each colleague's copy.
      { id: 'eve:5', document: 'doc-2', claim: '', field: 'document', before: null, value: { ...body, claims: [{ id: 'c1', text: 'x', start: 0, end: 1, status: 'verified', note: '', dismissed: false, promoted: false, evidence: [] }] }, at },
    ]);
    await server.close();
    expect(results.map((r) => [r.outcome, r.standingValue])).toEqual([
      ['refused', 'deleted must be true or false'],
      ['refused', 'a change of the document itself names no claim'],
      ['refused', "a version must carry the list of the article's versions"],
      ['refused', 'a claim needs an id of letters, digits, "-" or "_"'],
      ['refused', 'claim c1: its number, kind, flags, score, reasons, source or origin are missing or malformed'],
    ]);
  });

  it('a colleague’s marks on an article damaged here wait for its backup, and sync goes on meanwhile', async () => {
    const { desk, logins } = await newDesk(cluster, ['ana', 'sam']);
    const ana = await device(logins[0]!);
    const first = await device(logins[1]!);
    const { id: doc } = await ana.service.importFile('tests/fixtures/wire-drought.txt', URL);
    await ana.team.sync();
    await first.team.sync();
    const claims = (await first.service.getDocument(doc)).claims.filter((c) => c.checkworthy);
    // Sam's first change takes a backup of the article as it came from the desk.
    await first.service.editClaim(doc, claims[0]!.id, { kind: 'note', note: 'seen' });
    await first.team.sync();
    await first.service.flush();
    const file = join(first.dataDir, 'documents', `${doc}.json`);
    const whole = await readFile(file, 'utf8');
    await writeFile(file, whole.slice(0, whole.length / 2));
    const sam = await device(logins[1]!, first.dataDir);
    await expect(sam.service.getDocument(doc)).rejects.toThrow(/damaged/);

    await ana.service.editClaim(doc, claims[1]!.id, { kind: 'status', status: 'verified' });
    await ana.team.sync();
    // Twice: a change applied to the damaged file would fail this sync and every one after it.
    await sam.team.sync();
    await sam.team.sync();
    await sam.service.restoreBackup(doc);
    await sam.team.sync();
    expect((await sam.service.getDocument(doc)).claims.find((c) => c.id === claims[1]!.id)!.status).toBe('verified');
    // Sam, having seen Ana's verdict, changes it: an edit on the desk's latest, no conflict.
    await sam.service.editClaim(doc, claims[1]!.id, { kind: 'status', status: 'disputed' });
    await sam.team.sync();
    expect((await deskLog(cluster, desk)).filter((r) => r.claim_id === claims[1]!.id).map((r) => r.outcome)).toEqual(['applied', 'applied']);
  });

  it('a colleague’s mark held while an article was in the trash here is the version the next edit builds on', async () => {
    const { desk, logins } = await newDesk(cluster, ['ana', 'sam']);
    const ana = await device(logins[0]!);
    const sam = await device(logins[1]!);
    const { id: doc } = await ana.service.importFile('tests/fixtures/wire-drought.txt', URL);
    await ana.team.sync();
    await sam.team.sync();
    const claim = (await sam.service.getDocument(doc)).claims.find((c) => c.checkworthy)!;
    await sam.service.deleteDocument(doc);
    await ana.service.editClaim(doc, claim.id, { kind: 'status', status: 'verified' });
    await ana.team.sync();
    await sam.team.sync();
    await sam.service.restoreDocument(doc);
    await sam.team.sync();
    expect((await sam.service.getDocument(doc)).claims.find((c) => c.id === claim.id)!.status).toBe('verified');
    await sam.service.editClaim(doc, claim.id, { kind: 'status', status: 'disputed' });
    await sam.team.sync();
    expect((await deskLog(cluster, desk)).filter((r) => r.claim_id === claim.id).map((r) => r.outcome)).toEqual(['applied', 'applied']);
  });
});

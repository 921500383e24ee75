import { describe, expect, it } from 'vitest';
import { newDesk, teamSuite } from './server.ts';

const { cluster, device: deviceOf } = teamSuite();

describe('two devices of one desk', () => {
  it('edits made offline on each reach the other after both sync', async () => {
    const { logins } = await newDesk(cluster, ['ana', 'sam']);
    const ana = await deviceOf(logins[0]!);
    const sam = await deviceOf(logins[1]!);
    const summary = await ana.service.importFile('tests/fixtures/wire-drought.txt');
    await ana.team.sync();
    await sam.team.sync();
    const doc = await sam.service.getDocument(summary.id);
    const [c1, c2] = doc.claims.filter((c) => c.checkworthy);
    await ana.service.editClaim(summary.id, c1!.id, { kind: 'status', status: 'verified' });
    await sam.service.editClaim(summary.id, c2!.id, { kind: 'note', note: 'Called the ministry' });
    await sam.service.editClaim(summary.id, c2!.id, { kind: 'add-evidence', url: 'https://example.org/a', title: 'Ministry release', excerpt: '' });
    expect((await ana.team.status()).waiting).toBe(1);
    await ana.team.sync();
    await sam.team.sync();
    await ana.team.sync();
    for (const d of [ana, sam]) {
      const now = await d.service.getDocument(summary.id);
      const a = now.claims.find((c) => c.id === c1!.id)!;
      const b = now.claims.find((c) => c.id === c2!.id)!;
      expect(a.status).toBe('verified');
      expect(b.note).toBe('Called the ministry');
      expect(b.evidence.map((e) => e.url)).toEqual(['https://example.org/a']);
      expect((await d.team.status()).state).toBe('synced');
    }
  });

  it('claims added by hand on each device reach the other under their own ids, with their verdicts', async () => {
    const { logins } = await newDesk(cluster, ['ana', 'bo']);
    const ana = await deviceOf(logins[0]!);
    const bo = await deviceOf(logins[1]!);
    const summary = await ana.service.importFile('tests/fixtures/wire-drought.txt');
    await ana.team.sync();
    await bo.team.sync();
    const doc = await ana.service.getDocument(summary.id);
    // Each adds a different stretch of the same text as a claim: both get the next number here.
    const words = (from: number) => {
      const start = doc.text.indexOf(' ', from) + 1;
      return [start, doc.text.indexOf(' ', start + 25)] as const;
    };
    const a = await ana.service.addClaim(summary.id, ...words(10));
    const b = await bo.service.addClaim(summary.id, ...words(200));
    expect(a.claimId).not.toBe(b.claimId);
    await ana.service.editClaim(summary.id, a.claimId, { kind: 'note', note: 'The ministry denies it.' });
    await ana.service.editClaim(summary.id, a.claimId, { kind: 'status', status: 'disputed' });
    await ana.team.sync();
    await bo.team.sync();
    await ana.team.sync();
    for (const d of [ana, bo]) {
      const now = await d.service.getDocument(summary.id);
      const mine = now.claims.find((c) => c.id === a.claimId)!;
      const theirs = now.claims.find((c) => c.id === b.claimId)!;
      expect(mine).toMatchObject({ status: 'disputed', note: 'The ministry denies it.', origin: 'manual', text: a.claim!.text });
      expect(theirs).toMatchObject({ status: 'unreviewed', note: '', origin: 'manual', text: b.claim!.text });
      // Numbers stay unique on each device, whichever added first.
      expect(new Set(now.claims.map((c) => c.n)).size).toBe(now.claims.length);
      expect((await d.team.status()).state).toBe('synced');
    }
  });

  it('a source removed by hand ("no source") is removed on every library, not left as the extractor read it', async () => {
    const { logins } = await newDesk(cluster, ['ana', 'sam']);
    const ana = await deviceOf(logins[0]!);
    const sam = await deviceOf(logins[1]!);
    const { id } = await ana.service.importFile('tests/fixtures/wire-drought.txt');
    await ana.team.sync();
    await sam.team.sync();
    const sourced = (await sam.service.getDocument(id)).claims.find((c) => c.attribution !== null)!;
    await ana.service.editClaim(id, sourced.id, { kind: 'attribution', source: null, anonymous: false });
    await ana.team.sync();
    await sam.team.sync();
    for (const d of [ana, sam]) expect((await d.service.getDocument(id)).claims.find((c) => c.id === sourced.id)).toMatchObject({ attribution: null, attributionEdited: true });
  });
});

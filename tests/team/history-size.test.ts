import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { HistoryEntry } from '../../src/shared/model.ts';
import { storedDocument } from '../unit/helpers.ts';
import { newDesk, teamSuite } from './server.ts';

const { cluster, device: deviceOf } = teamSuite();

/** Two reviewers on a new desk: Ana imports and publishes an article, Sam pulls it; its first claim. */
async function pair() {
  const { logins } = await newDesk(cluster, ['ana', 'sam']);
  const ana = await deviceOf(logins[0]!);
  const { id } = await ana.service.importFile('tests/fixtures/wire-drought.txt');
  await ana.team.sync();
  const sam = await deviceOf(logins[1]!);
  await sam.team.sync();
  const claim = (await sam.service.getDocument(id)).claims[0]!;
  return { logins, ana, sam, id, claim };
}

describe('a document’s synced history stays small', () => {
  it('colleagues’ links are kept as who, when and what; older synced entries holding whole lists are compacted; own undo still works', async () => {
    const { logins, ana, sam, id, claim } = await pair();
    await sam.service.editClaim(id, claim.id, { kind: 'add-evidence', url: 'https://example.org/sam', title: 'Sam’s source', excerpt: '' });
    await sam.team.sync();
    await sam.team.close();
    await sam.service.flush();

    // Sam's library as a version before compact entries left it: a synced link with the whole list, twice.
    const doc = await storedDocument(sam.dataDir, id);
    const list = Array.from({ length: 200 }, (_, i) => ({ id: `old${i}`, url: `https://example.org/old/${i}`, title: 'old', excerpt: '', addedAt: doc.importedAt }));
    const bloated: HistoryEntry = { id: 't-999999-evidence:old199', at: doc.importedAt, claimId: claim.id, label: 'bo: evidence set to added', before: { evidence: list.slice(0, 199) }, after: { evidence: list }, by: 'bo', kind: 'evidence' };
    doc.history.unshift(bloated);
    const file = join(sam.dataDir, 'documents', `${id}.json`);
    await writeFile(file, JSON.stringify({ schemaVersion: 2, document: doc }));
    await rm(file.replace(/\.json$/, '.journal'), { force: true });
    const big = (await readFile(file)).length;

    const again = await deviceOf(logins[1]!, sam.dataDir);
    await ana.service.editClaim(id, claim.id, { kind: 'add-evidence', url: 'https://example.org/ana', title: 'Ana’s source', excerpt: '' });
    await ana.team.sync();
    await again.team.sync();
    await again.service.flush();
    const history = (await storedDocument(again.dataDir, id)).history;
    const synced = history.filter((h) => h.id.startsWith('t-'));
    expect(synced.map((h) => [h.label, h.before, h.after])).toEqual([
      ['bo: evidence set to added', null, null],
      [expect.stringMatching(/: added evidence: Ana’s source$/), null, null],
    ]);
    expect(JSON.stringify(history).length).toBeLessThan(big / 4);
    // The timeline the window shows: the colleague's link with who and when.
    const view = (await again.service.viewDocument(id)).history.find((h) => h.label.endsWith('Ana’s source'))!;
    expect(view).toMatchObject({ claimId: claim.id, by: expect.any(String) });
    expect(view.at).toMatch(/^\d{4}-/);
    // Undo takes back Sam's own link and keeps Ana's.
    await again.service.undo(id);
    expect((await again.service.getDocument(id)).claims[0]!.evidence.map((e) => e.url)).toEqual(['https://example.org/ana']);
  });

  it('syncs one after another write the sync record once for each, at most, and closing writes the last', async () => {
    const { ana, sam, id, claim } = await pair();
    const checkpoint = vi.spyOn(sam.team.state, 'checkpoint');
    for (const n of [1, 2, 3]) {
      await ana.service.editClaim(id, claim.id, { kind: 'add-evidence', url: `https://example.org/ana/${n}`, title: `Ana’s source ${n}`, excerpt: '' });
      await ana.team.sync();
      expect((await sam.team.sync()).pulled).toBe(1);
    }
    // Nothing to push and one pulled batch: one write asked for per sync, not three.
    expect(checkpoint).toHaveBeenCalledTimes(3);
    await sam.team.close();
    const record = JSON.parse(await readFile(join(sam.dataDir, 'team-sync.json'), 'utf8')) as { lastSeq: number };
    expect(record.lastSeq).toBe(sam.team.state.data.lastSeq);
    expect((await sam.service.getDocument(id)).claims[0]!.evidence).toHaveLength(3);
  });
});

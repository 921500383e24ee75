import { describe, expect, it } from 'vitest';
import { documentFrom } from '../../src/main/service/build-document.ts';
import { documentChanges, unpushedFields } from '../../src/main/team/local-changes.ts';
import { extractFromText } from '../../src/shared/extract/extract.ts';
import type { FactDocument, HistoryEntry } from '../../src/shared/model.ts';
import { FIXED_NOW } from './helpers.ts';

const AT = FIXED_NOW.toISOString();

/** A document with 10,000 synced links in its history and one status change of this device's after them. */
function busyDocument(): { doc: FactDocument; pushedThrough: string; versions: Record<string, number> } {
  const doc = documentFrom(extractFromText('Dam report\n\nThe dam held, officials said. The river rose 2 metres on Monday.'), 'dam.txt', FIXED_NOW);
  const claim = doc.claims[1]!.id;
  const versions: Record<string, number> = {};
  for (let i = 1; i <= 10_000; i++) {
    doc.history.push({ id: `t-${i}-evidence:x${i}`, at: AT, claimId: claim, label: `ana: added evidence: ${i}`, before: null, after: null, by: 'ana', kind: 'evidence' });
    versions[`${claim}/evidence:x${i}`] = i;
  }
  versions[`${claim}/status`] = 77;
  const pushedThrough = doc.history.at(-1)!.id;
  doc.history.push({ id: 'h-mine', at: AT, claimId: claim, label: 'Marked Verified', before: { status: 'unreviewed', statusChangedAt: null }, after: { status: 'verified', statusChangedAt: AT }, kind: 'status' });
  return { doc, pushedThrough, versions };
}

/** `list` behind a proxy that counts which of its items are read. */
function counted<T extends object>(list: T[]): { list: T[]; reads: () => number } {
  let reads = 0;
  const proxy = new Proxy(list, {
    get(target, key, receiver) {
      if (typeof key === 'string' && /^\d+$/.test(key)) reads++;
      return Reflect.get(target, key, receiver);
    },
  });
  return { list: proxy, reads: () => reads };
}

describe('the changes a sync derives from a long history', () => {
  it('reads the entries after the last pushed one and the versions of the fields they change, not the whole history or every version', () => {
    const { doc, pushedThrough, versions } = busyDocument();
    const history = counted<HistoryEntry>(doc.history);
    let versionsListed = 0;
    const watched = new Proxy(versions, {
      ownKeys(target) {
        versionsListed++;
        return Reflect.ownKeys(target);
      },
    });
    const changes = documentChanges({ ...doc, history: history.list }, 'dev', true, pushedThrough, watched);
    expect(changes.map((c) => [c.field, c.value, c.base])).toEqual([['status', 'verified', 77]]);
    expect(versionsListed).toBe(0);
    expect(history.reads()).toBeLessThan(10);
    const fields = unpushedFields({ ...doc, history: history.list }, pushedThrough);
    expect([...fields]).toEqual([`${doc.claims[1]!.id}/status`]);
    expect(history.reads()).toBeLessThan(20);
  });

  it('still finds every entry when none was pushed yet', () => {
    const { doc } = busyDocument();
    doc.history.splice(0, 9_990);
    expect(documentChanges(doc, 'dev', true, null).map((c) => c.field)).toEqual(['status']);
    expect(documentChanges(doc, 'dev', true, 'h-gone').map((c) => c.field)).toEqual(['status']);
  });
});

import { beforeAll, describe, expect, inject, it } from 'vitest';
import type { TeamChange } from '../../src/shared/team/change-model.ts';
import { TeamServer } from '../../src/main/team/team-server.ts';
import { STATUSES } from '../../src/shared/status.ts';
import { adminClient, deskLog, migrated, newDesk, newDevice, readCluster } from './server.ts';

const cluster = readCluster(inject('pgConnection'));

beforeAll(async () => {
  await migrated(cluster);
});

const REVIEWERS = 8;
const EACH = 500;
const PER_PUSH = 50;

/** One reviewer's 500 changes on the desk's first 5 claims: statuses and notes made one after another, and evidence. */
function changesOf(r: number, doc: string, claims: string[]): TeamChange[] {
  const last = new Map<string, string>();
  return Array.from({ length: EACH }, (_, i) => {
    const claim = claims[i % claims.length]!;
    const field = i % 5 === 4 ? (`evidence:r${r}e${i}` as const) : i % 2 === 0 ? 'status' : 'note';
    const value = field === 'status' ? STATUSES[(i + r) % STATUSES.length] : field === 'note' ? `reviewer ${r} mark ${i}` : { url: `https://example.org/${r}/${i}`, title: `r${r} ${i}`, excerpt: '', addedAt: '2026-01-01T00:00:00.000Z' };
    const id = `dev${r}:${doc}:h${i}:${field}`;
    const key = `${claim}/${field}`;
    const base = last.get(key);
    last.set(key, id);
    return { id, document: doc, claim, field, before: null, value, ...(base ? { baseChange: base } : { base: 0 }), at: new Date().toISOString() };
  });
}

describe('eight reviewers at once', () => {
  it(`pushing ${EACH} changes each on the same claims: every change logged once, no gap, no mark lost`, async () => {
    const names = Array.from({ length: REVIEWERS }, (_, i) => `r${i}`);
    const { desk, logins } = await newDesk(cluster, [...names, 'reader']);
    const publisher = await newDevice(logins[REVIEWERS]!);
    const { id: doc } = await publisher.service.importFile('tests/fixtures/wire-drought.txt');
    await publisher.team.sync();
    const claims = (await publisher.service.getDocument(doc)).claims.slice(0, 5).map((c) => c.id);
    const servers = await Promise.all(logins.slice(0, REVIEWERS).map((l) => TeamServer.connect(l.settings, l.password)));
    const batches = servers.map((_, r) => changesOf(r, doc, claims));
    // All eight push at once, 50 changes a call, so their pushes interleave on the desk's counter.
    await Promise.all(servers.map(async (server, r) => {
      for (let i = 0; i < EACH; i += PER_PUSH) await server.push(`dev${r}`, batches[r]!.slice(i, i + PER_PUSH));
    }));
    await Promise.all(servers.map((s) => s.close()));

    const log = (await deskLog(cluster, desk)).filter((row) => row.field !== 'document');
    const all = (await deskLog(cluster, desk)).map((row) => row.seq);
    expect(all).toEqual(Array.from({ length: 1 + REVIEWERS * EACH }, (_, i) => i + 1));
    expect(log).toHaveLength(REVIEWERS * EACH);
    const byId = new Map(log.map((row) => [row.change_id, row]));
    batches.forEach((list, r) => {
      for (const c of list) {
        const row = byId.get(c.id);
        expect(row, c.id).toBeDefined();
        // Stamped by the server with the login that pushed it.
        expect(row!.author).toBe(logins[r]!.role);
        expect(row!.value).toEqual(c.value);
      }
    });
    // Every evidence item stands (each is its own field); each field's value is its last applied change's.
    expect(log.filter((row) => row.field.startsWith('evidence:')).every((row) => row.outcome === 'applied')).toBe(true);
    const db = await adminClient(cluster);
    const { rows: fields } = await db.query('SELECT claim_id, field, value, seq::int FROM team.fields WHERE desk = $1 AND field <> $2', [desk, 'document']);
    await db.end();
    for (const f of fields) {
      const lastApplied = log.filter((row) => row.claim_id === f.claim_id && row.field === f.field && row.outcome === 'applied').at(-1)!;
      expect(f.seq).toBe(lastApplied.seq);
      expect(f.value).toEqual(lastApplied.value);
    }
    // A device that pulls the whole log ends with exactly the server's values.
    await publisher.team.sync();
    const mine = await publisher.service.getDocument(doc);
    for (const f of fields.filter((x) => x.field === 'status')) expect(mine.claims.find((c) => c.id === f.claim_id)!.status).toBe(f.value);
    expect(mine.claims.slice(0, 5).reduce((n, c) => n + c.evidence.length, 0)).toBe((REVIEWERS * EACH) / 5);
    await publisher.team.close();
  });
});

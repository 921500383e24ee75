import { describe, expect, it } from 'vitest';
import type { ClaimEdit } from '../../src/shared/claim-edits.ts';
import type { Claim } from '../../src/shared/model.ts';
import { adminClient, deskLog, newDesk, newDevice, type Device, teamSuite } from './server.ts';

const { cluster, devices, device } = teamSuite();

/** Two reviewers of a new desk, each on their own device, both holding one article published by the first. */
async function pair(): Promise<{ ana: Device; sam: Device; doc: string; claim: Claim; roles: string[] }> {
  const { logins } = await newDesk(cluster, ['ana', 'sam']);
  const ana = await newDevice(logins[0]!);
  const sam = await newDevice(logins[1]!);
  devices.push(ana, sam);
  const { id } = await ana.service.importFile('tests/fixtures/wire-drought.txt');
  await ana.team.sync();
  await sam.team.sync();
  const claim = (await sam.service.getDocument(id)).claims.find((c) => c.checkworthy)!;
  return { ana, sam, doc: id, claim, roles: logins.map((l) => l.role) };
}

const claimOn = async (d: Device, doc: string, id: string): Promise<Claim> => (await d.service.getDocument(doc)).claims.find((c) => c.id === id)!;

const KINDS: { name: string; field: string; ana: ClaimEdit; sam: ClaimEdit; read: (c: Claim) => unknown; anaValue: unknown; samValue: unknown }[] = [
  { name: 'status', field: 'status', ana: { kind: 'status', status: 'verified' }, sam: { kind: 'status', status: 'disputed' }, read: (c) => c.status, anaValue: 'verified', samValue: 'disputed' },
  { name: 'note', field: 'note', ana: { kind: 'note', note: 'Matches the budget' }, sam: { kind: 'note', note: 'Figure is from 2019' }, read: (c) => c.note, anaValue: 'Matches the budget', samValue: 'Figure is from 2019' },
  { name: 'source correction', field: 'attribution', ana: { kind: 'attribution', source: 'The ministry', anonymous: false }, sam: { kind: 'attribution', source: 'An aide', anonymous: true }, read: (c) => c.attribution?.source, anaValue: 'The ministry', samValue: 'An aide' },
];

describe('conflicts between two reviewers', () => {
  for (const k of KINDS) {
    it(`${k.name}: the first synced stands, the other is a conflict both see`, async () => {
      const { ana, sam, doc, claim, roles } = await pair();
      await ana.service.editClaim(doc, claim.id, k.ana);
      await sam.service.editClaim(doc, claim.id, k.sam);
      await ana.team.sync();
      const report = await sam.team.sync();
      expect(report.newConflicts).toBe(1);
      await ana.team.sync();
      for (const d of [ana, sam]) {
        expect(k.read(await claimOn(d, doc, claim.id))).toEqual(k.anaValue);
        const open = d.team.conflicts().filter((c) => c.resolvedBy === null);
        expect(open).toHaveLength(1);
        expect(open[0]).toMatchObject({ documentId: doc, claimId: claim.id, field: k.field, author: roles[1], standingAuthor: roles[0] });
        expect((await d.team.status()).state).toBe('conflicts');
      }
      // Sam resolves it with a new change; both see it resolved and the new value.
      await sam.service.editClaim(doc, claim.id, k.sam);
      await sam.team.sync();
      await ana.team.sync();
      for (const d of [ana, sam]) {
        expect(d.team.conflicts().filter((c) => c.resolvedBy === null)).toHaveLength(0);
        expect(k.read(await claimOn(d, doc, claim.id))).toEqual(k.samValue);
      }
    });
  }

  it('dismissal: a claim dismissed on a version another reviewer changed since is a conflict', async () => {
    const { ana, sam, doc, claim, roles } = await pair();
    // Ana dismisses it and restores it (both synced); Sam, who saw neither, dismisses it.
    await ana.service.editClaim(doc, claim.id, { kind: 'dismiss', dismissed: true });
    await ana.service.editClaim(doc, claim.id, { kind: 'dismiss', dismissed: false });
    await sam.service.editClaim(doc, claim.id, { kind: 'dismiss', dismissed: true });
    await ana.team.sync();
    expect((await sam.team.sync()).newConflicts).toBe(1);
    await ana.team.sync();
    for (const d of [ana, sam]) {
      expect((await claimOn(d, doc, claim.id)).dismissed).toBe(false);
      expect(d.team.conflicts()).toMatchObject([{ field: 'dismissed', value: true, author: roles[1], standingValue: false, standingAuthor: roles[0], resolvedBy: null }]);
    }
  });

  it('edits made one after another offline stand together when no one else changed the field', async () => {
    const { ana, sam, doc, claim } = await pair();
    await sam.service.editClaim(doc, claim.id, { kind: 'status', status: 'in-progress' });
    await sam.service.editClaim(doc, claim.id, { kind: 'status', status: 'disputed' });
    await sam.service.editClaim(doc, claim.id, { kind: 'note', note: 'one' });
    await sam.service.editClaim(doc, claim.id, { kind: 'note', note: 'two' });
    expect((await sam.team.sync()).newConflicts).toBe(0);
    await ana.team.sync();
    await ana.service.editClaim(doc, claim.id, { kind: 'status', status: 'verified' });
    expect((await ana.team.sync()).newConflicts).toBe(0);
    await sam.team.sync();
    expect((await claimOn(sam, doc, claim.id))).toMatchObject({ status: 'verified', note: 'two' });
  });

  it('reports flag claims with open conflicts, and stop once resolved', async () => {
    const { ana, sam, doc, claim, roles } = await pair();
    await ana.service.editClaim(doc, claim.id, { kind: 'status', status: 'verified' });
    await sam.service.editClaim(doc, claim.id, { kind: 'status', status: 'disputed' });
    await ana.team.sync();
    await sam.team.sync();
    await ana.team.sync();
    const choices = { format: 'markdown' as const, includeUnreviewed: true, includeDismissed: false, includeArticle: false, includeRecord: true };
    for (const d of [ana, sam]) {
      const report = await d.service.renderExport(doc, choices);
      expect(report).toContain(`**Open team conflicts** on claim ${claim.n}: reviewers of the desk disagree; resolve before publishing.`);
      expect(report).toContain(`- **Open conflict:** status: Disputed by ${roles[1]!.replace(/_/g, '\\_')} did not stand; Verified by ${roles[0]!.replace(/_/g, '\\_')} stands`);
    }
    await sam.service.editClaim(doc, claim.id, { kind: 'status', status: 'disputed' });
    await sam.team.sync();
    await ana.team.sync();
    expect(await ana.service.renderExport(doc, choices)).not.toContain('Open');
  });

  it('the same value from two reviewers merges without a conflict', async () => {
    const { ana, sam, doc, claim } = await pair();
    await ana.service.editClaim(doc, claim.id, { kind: 'status', status: 'verified' });
    await sam.service.editClaim(doc, claim.id, { kind: 'status', status: 'verified' });
    await ana.team.sync();
    expect((await sam.team.sync()).newConflicts).toBe(0);
    expect(sam.team.conflicts()).toHaveLength(0);
    const db = await adminClient(cluster);
    const { rows } = await db.query("SELECT outcome FROM team.changes WHERE document_id = $1 AND field = 'status' ORDER BY seq", [doc]);
    await db.end();
    expect(rows.map((r) => r.outcome)).toEqual(['applied', 'merged']);
  });

  it('evidence added by two reviewers is all kept; a removal is a marker in the log', async () => {
    const { ana, sam, doc, claim } = await pair();
    await ana.service.editClaim(doc, claim.id, { kind: 'add-evidence', url: 'https://example.org/ana', title: 'Ana', excerpt: '' });
    await sam.service.editClaim(doc, claim.id, { kind: 'add-evidence', url: 'https://example.org/sam', title: 'Sam', excerpt: '' });
    await ana.team.sync();
    await sam.team.sync();
    await ana.team.sync();
    for (const d of [ana, sam]) expect((await claimOn(d, doc, claim.id)).evidence.map((e) => e.url).sort()).toEqual(['https://example.org/ana', 'https://example.org/sam']);
    const gone = (await claimOn(sam, doc, claim.id)).evidence.find((e) => e.title === 'Ana')!;
    await sam.service.editClaim(doc, claim.id, { kind: 'remove-evidence', evidenceId: gone.id });
    await sam.team.sync();
    await ana.team.sync();
    expect((await claimOn(ana, doc, claim.id)).evidence.map((e) => e.title)).toEqual(['Sam']);
    const db = await adminClient(cluster);
    const { rows } = await db.query('SELECT value FROM team.changes WHERE document_id = $1 AND field = $2 ORDER BY seq', [doc, `evidence:${gone.id}`]);
    await db.end();
    expect(rows.map((r) => r.value === null)).toEqual([false, true]);
    expect(rows[0].value.url).toBe('https://example.org/ana');
  });
});

describe('a library shows what the server holds', () => {
  it('an edit made while a losing push waits is kept, pushed, and every library ends equal to the server', async () => {
    const { logins } = await newDesk(cluster, ['ana', 'bo']);
    const ana = await device(logins[0]!);
    const bo = await device(logins[1]!);
    const summary = await ana.service.importFile('tests/fixtures/wire-drought.txt');
    await ana.team.sync();
    await bo.team.sync();
    const claim = (await ana.service.getDocument(summary.id)).claims.find((c) => c.checkworthy)!;
    // Bo's verdict reaches the server first; Ana's unpushed one will lose.
    await bo.service.editClaim(summary.id, claim.id, { kind: 'status', status: 'disputed' });
    await bo.team.sync();
    await ana.service.editClaim(summary.id, claim.id, { kind: 'status', status: 'verified' });
    // Hold the desk's row, so Ana's push waits in team.push while she edits the same claim again.
    const admin = await adminClient(cluster);
    await admin.query('BEGIN');
    const desk = (await admin.query('SELECT desk FROM team.reviewers WHERE role = $1', [logins[0]!.role])).rows[0].desk;
    await admin.query('SELECT * FROM team.desks WHERE desk = $1 FOR UPDATE', [desk]);
    const syncing = ana.team.sync();
    await expect.poll(async () => (await admin.query("SELECT count(*)::int AS n FROM pg_locks WHERE NOT granted")).rows[0].n, { timeout: 20_000 }).toBeGreaterThan(0);
    await ana.service.editClaim(summary.id, claim.id, { kind: 'status', status: 'unsourced' });
    await admin.query('COMMIT');
    await admin.end();
    await syncing;
    await ana.team.sync();
    await bo.team.sync();
    await ana.team.sync();
    const server = await fieldsOnServer(desk, summary.id, claim.id);
    const log = (await deskLog(cluster, desk)).filter((r) => r.field === 'status').map((r) => `${r.seq} ${r.author.slice(0, 3)} ${String(r.value)} ${r.outcome}`);
    expect(server.status, log.join('\n')).toBe('unsourced');
    for (const d of [ana, bo]) expect((await d.service.getDocument(summary.id)).claims.find((c) => c.id === claim.id)!.status).toBe('unsourced');
  });
});

/** The values the server holds for one claim's fields, read as the superuser. */
async function fieldsOnServer(desk: string, documentId: string, claimId: string): Promise<Record<string, unknown>> {
  const admin = await adminClient(cluster);
  try {
    const { rows } = await admin.query('SELECT field, value FROM team.fields WHERE desk = $1 AND document_id = $2 AND claim_id = $3', [desk, documentId, claimId]);
    return Object.fromEntries(rows.map((r: { field: string; value: unknown }) => [r.field, r.value]));
  } finally {
    await admin.end();
  }
}

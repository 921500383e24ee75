import { describe, expect, it } from 'vitest';
import type { Claim } from '../../src/shared/model.ts';
import { deskLog, newDesk, type Device, teamSuite } from './server.ts';

const { cluster, device } = teamSuite();

const claimOn = async (d: Device, doc: string, id: string): Promise<Claim> => (await d.service.getDocument(doc)).claims.find((c) => c.id === id)!;
const open = (d: Device) => d.team.conflicts().filter((c) => c.resolvedBy === null);

/** Three reviewers; Ana's Verified reaches the desk first, Sam's Disputed (made on the same version) does not. */
async function conflicted(): Promise<{ ana: Device; sam: Device; bo: Device; doc: string; claim: Claim; desk: string; roles: string[] }> {
  const { desk, logins } = await newDesk(cluster, ['ana', 'sam', 'bo']);
  const [ana, sam, bo] = [await device(logins[0]!), await device(logins[1]!), await device(logins[2]!)];
  const { id: doc } = await ana.service.importFile('tests/fixtures/wire-drought.txt');
  await ana.team.sync();
  await sam.team.sync();
  const claim = (await sam.service.getDocument(doc)).claims.find((c) => c.checkworthy)!;
  await ana.service.editClaim(doc, claim.id, { kind: 'status', status: 'verified' });
  await sam.service.editClaim(doc, claim.id, { kind: 'status', status: 'disputed' });
  await ana.team.sync();
  expect((await sam.team.sync()).newConflicts).toBe(1);
  await ana.team.sync();
  await bo.team.sync();
  for (const d of [ana, sam, bo]) expect(open(d)).toHaveLength(1);
  return { ana, sam, bo, doc, claim, desk, roles: logins.map((l) => l.role) };
}

describe('resolving a team conflict', () => {
  it('the losing reviewer keeps theirs: the claim takes it at once, and every library and the server end with it, settled', async () => {
    const { ana, sam, bo, doc, claim, desk, roles } = await conflicted();
    const seq = open(sam)[0]!.seq;
    // The value that did not stand is still there to restore, and it is Sam's own.
    expect(open(sam)[0]).toMatchObject({ value: 'disputed', standingValue: 'verified', here: true });
    expect(open(ana)[0]!.here).toBe(false);
    const { documentId, result } = await sam.service.teamResolve(seq, 'lost');
    expect(documentId).toBe(doc);
    expect(result.claim!.status).toBe('disputed');
    expect(result.entry!.label).toBe(`Resolved a conflict on the status: kept Disputed (${roles[1]}’s)`);
    expect(open(sam)).toHaveLength(0);
    expect((await sam.team.status()).state).toBe('waiting');
    await sam.team.sync();
    await ana.team.sync();
    await bo.team.sync();
    for (const d of [ana, sam, bo]) {
      expect((await claimOn(d, doc, claim.id)).status).toBe('disputed');
      expect(open(d)).toHaveLength(0);
      expect(d.team.conflicts().find((c) => c.seq === seq)!.resolvedBy).toBeGreaterThan(seq);
      expect((await d.team.status()).state).toBe('synced');
    }
    const status = (await deskLog(cluster, desk)).filter((r) => r.field === 'status' && r.claim_id === claim.id);
    expect(status.at(-1)).toMatchObject({ value: 'disputed', outcome: 'applied' });
  });

  it('a third reviewer keeps the value that stands: nothing changes, yet the conflict is settled everywhere', async () => {
    const { ana, sam, bo, doc, claim, desk } = await conflicted();
    const before = (await deskLog(cluster, desk)).length;
    const seq = open(bo)[0]!.seq;
    const samHistory = (await sam.service.getDocument(doc)).history.length;
    await bo.service.teamResolve(seq, 'standing');
    for (const d of [bo, ana, sam]) await d.team.sync();
    for (const d of [ana, sam, bo]) {
      expect((await claimOn(d, doc, claim.id)).status).toBe('verified');
      expect(open(d)).toHaveLength(0);
    }
    // One change in the log says so; Sam's timeline gains no "set to Verified" for a value it already had.
    const log = await deskLog(cluster, desk);
    expect(log).toHaveLength(before + 1);
    expect(log.at(-1)).toMatchObject({ field: 'status', value: 'verified', outcome: 'applied' });
    expect((await sam.service.getDocument(doc)).history).toHaveLength(samHistory);
  });

  it('says clearly when the conflict is unknown or settled already, and changes nothing then', async () => {
    const { sam, doc, claim } = await conflicted();
    const seq = open(sam)[0]!.seq;
    await expect(sam.service.teamResolve(999_999, 'lost')).rejects.toThrow('This library knows no conflict 999999');
    await sam.service.teamResolve(seq, 'standing');
    const history = (await sam.service.getDocument(doc)).history.length;
    await expect(sam.service.teamResolve(seq, 'lost')).rejects.toThrow(`Conflict ${seq} is resolved already.`);
    expect((await sam.service.getDocument(doc)).history).toHaveLength(history);
    expect((await claimOn(sam, doc, claim.id)).status).toBe('verified');
  });

  it('a resolution that meets a newer change on the server is a new conflict, not a silent overwrite', async () => {
    const { ana, sam, doc, claim } = await conflicted();
    const seq = open(sam)[0]!.seq;
    await sam.service.teamResolve(seq, 'lost');
    // Ana marks it again before Sam's resolution reaches the desk.
    await ana.service.editClaim(doc, claim.id, { kind: 'status', status: 'unsourced' });
    await ana.team.sync();
    expect((await sam.team.sync()).newConflicts).toBe(1);
    await ana.team.sync();
    for (const d of [ana, sam]) {
      expect((await claimOn(d, doc, claim.id)).status).toBe('unsourced');
      expect(open(d)).toEqual([expect.objectContaining({ value: 'disputed', standingValue: 'unsourced' })]);
    }
  });
});

import { readFileSync } from 'node:fs';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { TeamServer } from '../../src/main/team/team-server.ts';
import type { TeamChange } from '../../src/shared/team/change-model.ts';
import { adminClient, deskLog, newDesk, startServer, stopServer, teamSuite, type Login } from './server.ts';

const { cluster, device: deviceOf } = teamSuite();
const open: pg.Client[] = [];

afterAll(async () => {
  for (const c of open) await c.end().catch(() => undefined);
});

/** A plain SQL session as a reviewer, as anyone with the password could open with psql. */
async function sqlAs(login: Login): Promise<pg.Client> {
  const db = new pg.Client({ host: cluster.host, port: cluster.port, database: cluster.database, user: login.role, password: login.password, ssl: { ca: readFileSync(cluster.ca, 'utf8'), rejectUnauthorized: true } });
  db.on('error', () => undefined);
  await db.connect();
  open.push(db);
  return db;
}

let n = 0;
const change = (field: string, value: unknown, extra: Record<string, unknown> = {}) => ({ id: `x${Date.now()}-${n++}`, document: 'doc-1', claim: 'c1', field, before: null, value, base: 0, at: '2026-01-01T00:00:00.000Z', ...extra });

/** Pushes one change through team.push as `db`'s login, from `device`; the server's answer row. */
async function push(db: pg.Client, device: string, c: Record<string, unknown>): Promise<{ outcome: string; seq: string | null; standing_value: unknown }> {
  const { rows } = await db.query('SELECT * FROM team.push(2, $1, $2::jsonb)', [device, JSON.stringify([c])]);
  return rows[0];
}

describe('the server checks every change', () => {
  it('refuses values the app could never make, says why to the pusher, and stores none of them', async () => {
    const { desk, logins } = await newDesk(cluster, ['ana']);
    const db = await sqlAs(logins[0]!);
    const hostile: [Record<string, unknown>, RegExp][] = [
      [change('status', 'hacked'), /status must be one of/],
      [change('note', { html: '<script>' }), /note must be text/],
      [change('note', 'x'.repeat(20_001)), /at most 20,000 characters/],
      [{ ...change('document', { title: 't', text: 'x', claims: [] }), document: '../../evil', claim: '' }, /document id must be/],
      [{ ...change('status', 'verified'), claim: '../c1' }, /claim id must be/],
      [change('evidence:e1', { url: 'javascript:alert(1)', title: 'x', excerpt: '', addedAt: '2026-01-01' }), /http\(s\) link/],
      [change('attribution', { source: 'Ana', anonymous: false, admin: true }), /a source must be/],
      [change('dismissed', 'yes'), /true or false/],
      [{ ...change('document', { title: 'Evil', text: 'x', claims: [{ id: 'c1', text: 'x', status: 'hacked', note: '', dismissed: false, promoted: false, evidence: [] }] }), claim: '' }, /claim c1: a status must be/],
    ];
    for (const [c, reason] of hostile) {
      const answer = await push(db, 'dev-ana-1', c);
      expect(answer.outcome, JSON.stringify(c).slice(0, 80)).toBe('refused');
      expect(answer.seq).toBeNull();
      expect(String(answer.standing_value)).toMatch(reason);
    }
    // A sound change in the same session is taken: the refusals blocked nothing.
    expect((await push(db, 'dev-ana-1', change('status', 'verified'))).outcome).toBe('applied');
    expect((await deskLog(cluster, desk)).map((r) => [r.field, r.value])).toEqual([['status', 'verified']]);
  });

  it('binds a device to the login that first pushed from it: a colleague cannot push as it', async () => {
    const { desk, logins } = await newDesk(cluster, ['ana', 'bo']);
    const ana = await sqlAs(logins[0]!);
    const bo = await sqlAs(logins[1]!);
    expect((await push(ana, 'dev-ana-2', change('status', 'verified'))).outcome).toBe('applied');
    // Bo reads Ana's device id from the log, and pushes under it.
    const seen = (await bo.query('SELECT device FROM team.changes')).rows.map((r: { device: string }) => r.device);
    expect(seen).toEqual(['dev-ana-2']);
    await expect(push(bo, 'dev-ana-2', change('note', 'forged'))).rejects.toThrow(/belongs to another reviewer/);
    expect((await deskLog(cluster, desk)).map((r) => r.author)).toEqual([logins[0]!.role]);
  });

  it('a change id another desk used is refused without saying where', async () => {
    const metro = await newDesk(cluster, ['ana']);
    const sport = await newDesk(cluster, ['sam']);
    const c = change('status', 'verified');
    expect((await push(await sqlAs(metro.logins[0]!), 'dev-ana-3', c)).outcome).toBe('applied');
    const answer = await push(await sqlAs(sport.logins[0]!), 'dev-sam-3', c);
    expect(answer.outcome).toBe('refused');
    expect(JSON.stringify(answer)).not.toContain(metro.desk);
  });

  it('notifies each desk on a channel only its own logins learn', async () => {
    const metro = await newDesk(cluster, ['ana']);
    const sport = await newDesk(cluster, ['sam']);
    const ana = await TeamServer.connect(metro.logins[0]!.settings, metro.logins[0]!.password);
    const sam = await sqlAs(sport.logins[0]!);
    expect(ana.hello.channel).toMatch(/^team_[0-9a-f]{32}$/);
    expect(ana.hello.channel).not.toContain(metro.desk);
    await expect(sam.query('SELECT channel FROM team.desks')).rejects.toThrow(/permission denied/);
    // Listening on the old, guessable name hears nothing.
    const heard: string[] = [];
    sam.on('notification', (m) => heard.push(m.channel));
    await sam.query(`LISTEN ${pg.escapeIdentifier(`team_${metro.desk}`)}`);
    const seqs: number[] = [];
    await ana.listen((seq) => seqs.push(seq), () => undefined);
    const writer = await TeamServer.connect(metro.logins[0]!.settings, metro.logins[0]!.password);
    await writer.push('dev-ana-4', [change('status', 'disputed') as TeamChange]);
    await expect.poll(() => seqs.length).toBe(1);
    await sam.query('SELECT 1');
    expect(heard).toEqual([]);
    await writer.close();
    await ana.close();
  });
});

describe('a library checks what it pulls', () => {
  it('sets aside a damaging change with a message, keeps its documents, and goes on pulling', async () => {
    const { desk, logins } = await newDesk(cluster, ['ana', 'bo']);
    const ana = await deviceOf(logins[0]!);
    const bo = await deviceOf(logins[1]!);
    const summary = await ana.service.importFile('tests/fixtures/wire-drought.txt');
    await ana.team.sync();
    await bo.team.sync();
    const claim = (await bo.service.getDocument(summary.id)).claims.find((c) => c.checkworthy)!;
    // What an older or tampered server could hold: written straight into the log, past team.push.
    const admin = await adminClient(cluster);
    const last = Number((await admin.query('SELECT last_seq FROM team.desks WHERE desk = $1', [desk])).rows[0].last_seq);
    const rows: [string, string, unknown][] = [
      [claim.id, 'status', 'hacked'],
      [claim.id, 'note', { evil: true }],
      ['', 'document', { title: 'x', text: 'x', claims: [] }],
    ];
    for (const [i, [claimId, field, value]] of rows.entries()) {
      const doc = field === 'document' ? '../../evil' : summary.id;
      await admin.query("INSERT INTO team.changes (desk, seq, change_id, author, device, document_id, claim_id, field, value, outcome, made_at) VALUES ($1, $2, $3, $4, 'dev-x', $5, $6, $7, $8::jsonb, 'applied', now())", [desk, last + i + 1, `bad-${desk}-${i}`, logins[0]!.role, doc, claimId, field, JSON.stringify(value)]);
    }
    await admin.query('UPDATE team.desks SET last_seq = $2 WHERE desk = $1', [desk, last + rows.length]);
    await admin.end();
    // A sound change after them still arrives.
    await ana.service.editClaim(summary.id, claim.id, { kind: 'note', note: 'Checked with the ministry.' });
    await ana.team.sync();

    const outcome = await bo.team.sync();
    expect(outcome.quarantined).toHaveLength(3);
    expect(outcome.quarantined.join('\n')).toMatch(/a status must be one of/);
    expect(outcome.quarantined.join('\n')).toMatch(/document id/);
    const status = await bo.team.status();
    expect(status.message).toMatch(/3 changes not synced; set aside/);
    const doc = await bo.service.getDocument(summary.id);
    const now = doc.claims.find((c) => c.id === claim.id)!;
    expect(now.status).toBe('unreviewed');
    expect(now.note).toBe('Checked with the ministry.');
    expect((await bo.service.getLibrary()).documents.map((d) => d.id)).toEqual([summary.id]);
    // The next sync has nothing of the kind, and says so.
    expect((await bo.team.sync()).quarantined).toEqual([]);
    expect((await bo.team.status()).state).toBe('synced');
  });
});

describe('team status asks the server', () => {
  it('says offline, with the reason, while the server is down, and synced once it answers; colleagues’ verdicts name who gave them', async () => {
    const { logins } = await newDesk(cluster, ['ana', 'bo']);
    const ana = await deviceOf(logins[0]!);
    const bo = await deviceOf(logins[1]!);
    const summary = await ana.service.importFile('tests/fixtures/wire-drought.txt');
    await ana.team.sync();
    await bo.team.sync();
    const claim = (await ana.service.getDocument(summary.id)).claims.find((c) => c.checkworthy)!;
    await ana.service.editClaim(summary.id, claim.id, { kind: 'note', note: 'Ministry figures.' });
    await ana.service.editClaim(summary.id, claim.id, { kind: 'status', status: 'verified' });
    await ana.team.sync();
    await bo.team.sync();
    // Bo's report names Ana's login as the one who gave the verdict, as the server stamped it.
    const report = await bo.service.renderExport(summary.id);
    expect(report).toContain(`- **Verdict by:** ${logins[0]!.role.replace(/_/g, '\\_')}, `);
    expect((await bo.team.check()).state).toBe('synced');
    await stopServer(cluster);
    try {
      const down = await bo.team.check();
      expect(down.state).toBe('offline');
      expect(down.message).toMatch(/cannot be reached|terminat|connect/i);
    } finally {
      await startServer(cluster);
    }
    await expect.poll(async () => (await bo.team.check()).state, { timeout: 30_000 }).toBe('synced');
  });

  it('a sync that cannot even connect says offline, and the next that reaches the server says so no more', async () => {
    const { logins } = await newDesk(cluster, ['ana']);
    const ana = await deviceOf(logins[0]!);
    await ana.service.importFile('tests/fixtures/wire-drought.txt');
    // No open connection: the sync has to connect, and that fails.
    await ana.team.close();
    await stopServer(cluster);
    try {
      await expect(ana.team.sync()).rejects.toThrow(/cannot be reached/);
      expect(await ana.team.status()).toMatchObject({ state: 'offline', waiting: 1 });
    } finally {
      await startServer(cluster);
    }
    await expect.poll(async () => ana.team.sync().then(() => 'ok', (err: Error) => err.message), { timeout: 30_000 }).toBe('ok');
    expect(await ana.team.status()).toMatchObject({ state: 'synced', message: null });
  });

  it('the first sync after the server restarted succeeds, though its kept connection died', async () => {
    const { logins } = await newDesk(cluster, ['ana']);
    const ana = await deviceOf(logins[0]!);
    await ana.service.importFile('tests/fixtures/wire-drought.txt');
    await ana.team.sync();
    await stopServer(cluster);
    await startServer(cluster);
    await ana.service.importFile('tests/fixtures/rent-cap-ledger.html');
    expect((await ana.team.sync()).pushed).toBe(1);
    expect(await ana.team.status()).toMatchObject({ state: 'synced', waiting: 0 });
  });
});

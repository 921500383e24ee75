import { readFileSync } from 'node:fs';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { TeamServer } from '../../src/main/team/team-server.ts';
import { adminClient, deskLog, migrated, newDesk, readCluster, type Login } from './server.ts';
import { migrate } from '../../src/main/team/migrate.ts';

const cluster = readCluster(inject('pgConnection'));
const open: pg.Client[] = [];

beforeAll(async () => {
  await migrated(cluster);
});

afterAll(async () => {
  for (const c of open) await c.end().catch(() => undefined);
});

/** A plain SQL session as a reviewer, as anyone with the password could open with psql. */
async function sqlAs(login: Login, database = cluster.database): Promise<pg.Client> {
  const db = new pg.Client({ host: cluster.host, port: cluster.port, database, user: login.role, password: login.password, ssl: { ca: readFileSync(cluster.ca, 'utf8'), rejectUnauthorized: true } });
  db.on('error', () => undefined);
  await db.connect();
  open.push(db);
  return db;
}

const change = (id: string, value: string) => ({ id: `${id}-${Date.now()}`, document: 'd1', claim: 'c1', field: 'status' as const, before: 'unreviewed', value, base: 0, at: '2026-01-01T00:00:00.000Z' });

describe('desks are kept apart', () => {
  it('one desk cannot read or write another desk’s rows, not even by direct SQL', async () => {
    const metro = await newDesk(cluster, ['ana']);
    const sport = await newDesk(cluster, ['sam']);
    const ana = await TeamServer.connect(metro.logins[0]!.settings, metro.logins[0]!.password);
    await ana.push('dev-ana', [change('a1', 'verified')]);
    await ana.close();
    const sam = await sqlAs(sport.logins[0]!);
    expect((await sam.query('SELECT * FROM team.changes')).rows).toEqual([]);
    expect((await sam.query('SELECT * FROM team.pull(2, 0, 100)')).rows).toEqual([]);
    for (const sql of [
      `INSERT INTO team.changes (desk, seq, change_id, author, device, document_id, claim_id, field, value, outcome, made_at) VALUES ('${metro.desk}', 99, 'x', 'x', 'x', 'd1', 'c1', 'status', '"disputed"', 'applied', now())`,
      `UPDATE team.changes SET value = '"disputed"' WHERE desk = '${metro.desk}'`,
      `DELETE FROM team.changes WHERE desk = '${metro.desk}'`,
      'SELECT * FROM team.fields',
      `UPDATE team.fields SET value = '"disputed"'`,
      `UPDATE team.desks SET last_seq = 0`,
      `INSERT INTO team.reviewers VALUES (session_user, '${metro.desk}')`,
      `SET ROLE ${metro.logins[0]!.role}`,
      'SET ROLE factcheck_owner',
    ]) {
      await expect(sam.query(sql), sql).rejects.toThrow(/permission denied/);
    }
    // Sam's pushes go to Sam's desk whatever they name: the desk comes from the login, never from the client.
    await sam.query('SELECT * FROM team.push(2, $1, $2::jsonb)', ['dev-sam', JSON.stringify([change('s1', 'disputed')])]);
    expect((await deskLog(cluster, metro.desk)).map((r) => [r.change_id.slice(0, 2), r.author])).toEqual([['a1', metro.logins[0]!.role]]);
    expect((await deskLog(cluster, sport.desk)).map((r) => [r.change_id.slice(0, 2), r.author])).toEqual([['s1', sport.logins[0]!.role]]);
  });

  it('a client older than the server allows is refused with a message saying to update', async () => {
    const { logins } = await newDesk(cluster, ['ana']);
    const db = await sqlAs(logins[0]!);
    await expect(db.query('SELECT * FROM team.hello(0)')).rejects.toThrow(/needs a newer Factcheck Workbench \(team protocol 2 or later; this copy speaks 0\)/);
    // A server that needs a newer protocol than this copy speaks (its own database, so other tests are untouched).
    const admin = await adminClient(cluster);
    const name = `proto_${Date.now()}`;
    await admin.query(`CREATE DATABASE ${name}`);
    const other = new pg.Client({ host: cluster.host, port: cluster.port, database: name, user: cluster.user, password: cluster.password, ssl: { ca: readFileSync(cluster.ca, 'utf8') } });
    await other.connect();
    await migrate(other);
    await other.query("INSERT INTO team.desks VALUES ('metro')");
    await other.query('INSERT INTO team.reviewers VALUES ($1, $2)', [logins[0]!.role, 'metro']);
    await other.query('UPDATE team.server_info SET protocol = 5, min_client_protocol = 5');
    await other.end();
    await expect(TeamServer.connect({ ...logins[0]!.settings, database: name }, logins[0]!.password)).rejects.toThrow(/needs a newer Factcheck Workbench .*Update the app/);
    await admin.query(`DROP DATABASE ${name} WITH (FORCE)`);
    await admin.end();
  });

  it('a login that is no desk’s reviewer is told so; a wrong CA certificate is refused', async () => {
    const admin = await adminClient(cluster);
    const role = `stranger_${Date.now()}`;
    await admin.query(`CREATE ROLE ${role} LOGIN PASSWORD 'pw-stranger' IN ROLE factcheck_reviewer`);
    await admin.end();
    const settings = { host: cluster.host, port: cluster.port, database: cluster.database, user: role, caFile: cluster.ca };
    await expect(TeamServer.connect(settings, 'pw-stranger')).rejects.toThrow(/is not a reviewer of any desk/);
    await expect(TeamServer.connect({ ...settings, caFile: '/etc/ssl/certs/ca-certificates.crt' }, 'pw-stranger')).rejects.toThrow(/certificate is not trusted \(self-signed certificate\); nothing was sent/);
  });
});

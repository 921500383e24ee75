import { readFileSync } from 'node:fs';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { TEAM_PROTOCOL } from '../../src/shared/team/change-model.ts';
import { newDesk, teamSuite, type Device, type Login } from './server.ts';

const { cluster, device: deviceOf } = teamSuite();

/** A device whose reviewer has named themselves in the app, connected again so the server learns the name. */
async function named(login: Login, name: string): Promise<Device> {
  const d = await deviceOf(login);
  await d.service.saveSettings({ ...(await d.service.getSettings()), reviewer: name });
  await d.team.connect(login.settings, login.password);
  return d;
}

describe('reviewers by their names', () => {
  it('a colleague’s changes and conflicts show the name they gave, never their login', async () => {
    const { logins } = await newDesk(cluster, ['ana', 'sam']);
    const ana = await named(logins[0]!, 'Ana Ruiz');
    const sam = await named(logins[1]!, 'Sam Okafor');
    const { id } = await ana.service.importFile('tests/fixtures/wire-drought.txt');
    await ana.team.sync();
    await sam.team.sync();
    const [first, second] = (await ana.service.getDocument(id)).claims.filter((c) => c.checkworthy);
    await ana.service.editClaim(id, first!.id, { kind: 'status', status: 'verified' });
    await ana.team.sync();
    await sam.team.sync();
    const entry = (await sam.service.getDocument(id)).history.find((h) => h.claimId === first!.id)!;
    expect(entry.by).toBe('Ana Ruiz');
    expect(entry.label).toBe('Ana Ruiz: status set to Verified');
    expect(JSON.stringify(await sam.service.getDocument(id))).not.toContain(logins[0]!.role);

    // Both mark the same claim; Ana's stands. Each side's conflict names both by their names.
    await ana.service.editClaim(id, second!.id, { kind: 'status', status: 'verified' });
    await sam.service.editClaim(id, second!.id, { kind: 'status', status: 'disputed' });
    await ana.team.sync();
    await sam.team.sync();
    await ana.team.sync();
    for (const d of [ana, sam]) {
      const [c] = d.team.conflicts().filter((x) => x.resolvedBy === null);
      expect(c).toMatchObject({ author: 'Sam Okafor', standingAuthor: 'Ana Ruiz' });
    }
    expect((await sam.team.status()).reviewer).toBe('Sam Okafor');
  });

  it('a reviewer names only themselves, never with a colleague’s name or control characters', async () => {
    const { logins } = await newDesk(cluster, ['ana', 'sam']);
    await named(logins[0]!, 'Ana Ruiz');
    const db = new pg.Client({ host: cluster.host, port: cluster.port, database: cluster.database, user: logins[1]!.role, password: logins[1]!.password, ssl: { ca: readFileSync(cluster.ca, 'utf8'), rejectUnauthorized: true } });
    await db.connect();
    try {
      await expect(db.query('SELECT team.set_name($1, $2)', [TEAM_PROTOCOL, 'Evil\u001b[2J'])).rejects.toThrow(/control characters/);
      await expect(db.query('SELECT team.set_name($1, $2)', [TEAM_PROTOCOL, 'x'.repeat(101)])).rejects.toThrow(/1 to 100/);
      // Another reviewer's name, in any case, is refused: nobody can pass for a colleague.
      await expect(db.query('SELECT team.set_name($1, $2)', [TEAM_PROTOCOL, 'ana ruiz'])).rejects.toThrow(/already goes by that name/);
      await db.query('SELECT team.set_name($1, $2)', [TEAM_PROTOCOL, 'Ana Ruiz (really Sam)']);
      await expect(db.query('UPDATE team.reviewers SET display_name = $1', ['Hijacked'])).rejects.toThrow(/permission denied/);
      const { rows } = await db.query<{ login: string; display_name: string }>('SELECT * FROM team.people($1) ORDER BY login', [TEAM_PROTOCOL]);
      expect(rows).toEqual([
        { login: logins[0]!.role, display_name: 'Ana Ruiz' },
        { login: logins[1]!.role, display_name: 'Ana Ruiz (really Sam)' },
      ].sort((a, b) => a.login.localeCompare(b.login)));
    } finally {
      await db.end();
    }
  });
});

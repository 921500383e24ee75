import { execFile } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { migrated, newDesk, readCluster, type Login } from './server.ts';

const cluster = readCluster(inject('pgConnection'));
const run = promisify(execFile);

beforeAll(async () => {
  await migrated(cluster);
});

/** A CLI user: a library folder and a pgpass file with their password. */
async function user(login: Login): Promise<(...args: string[]) => Promise<{ code: number; stdout: string; stderr: string }>> {
  const dir = await mkdtemp(join(tmpdir(), 'factcheck-team-cli-'));
  const pass = join(dir, 'pgpass');
  await writeFile(pass, `${cluster.host}:${cluster.port}:${cluster.database}:${login.role}:${login.password}\n`, { mode: 0o600 });
  const env = { ...process.env, FACTCHECK_DATA_DIR: join(dir, 'library'), PGPASSFILE: pass };
  return async (...args) => {
    try {
      const { stdout, stderr } = await run(process.execPath, ['bin/factcheck.js', ...args], { env });
      return { code: 0, stdout, stderr };
    } catch (err) {
      const e = err as { code: number; stdout: string; stderr: string };
      return { code: e.code, stdout: e.stdout, stderr: e.stderr };
    }
  };
}

describe('factcheck team', () => {
  it('connect, sync, status and conflicts between two command-line users', async () => {
    const { desk, logins } = await newDesk(cluster, ['ana', 'sam']);
    const ana = await user(logins[0]!);
    const sam = await user(logins[1]!);
    const connect = ['team', 'connect', '--host', cluster.host, '--port', String(cluster.port), '--database', cluster.database, '--ca', cluster.ca];
    expect((await ana(...connect, '--user', logins[0]!.role)).stdout).toContain(`connected: synced — desk ${desk}`);
    expect((await sam(...connect, '--user', logins[1]!.role)).code).toBe(0);
    const doc = (await ana('import', 'tests/fixtures/wire-drought.txt')).stdout.trim();
    expect((await ana('team', 'status')).stdout).toMatch(/^1 change waiting/);
    expect((await ana('team', 'sync')).stdout).toMatch(/^pushed 1, pulled 1, 0 new conflicts; synced/);
    expect((await sam('team', 'sync')).code).toBe(0);
    await ana('mark', '--document', doc, '--claim', '1', '--status', 'verified');
    await sam('mark', '--document', doc, '--claim', '1', '--status', 'disputed');
    await ana('team', 'sync');
    const samSync = await sam('team', 'sync');
    expect(samSync.code).toBe(1);
    expect(samSync.stdout).toContain('1 new conflict; 1 open conflict');
    await ana('team', 'sync');
    const seqs: string[] = [];
    for (const who of [ana, sam]) {
      const listed = await who('team', 'conflicts');
      const [seq, ...rest] = listed.stdout.trim().split('\t');
      seqs.push(seq!);
      expect(seq).toMatch(/^#\d+$/);
      expect(rest.join('\t')).toBe(`${doc}\tclaim 1\tstatus: Disputed by ${logins[1]!.role} did not stand; Verified by ${logins[0]!.role} stands`);
      expect((await who('list', '--document', doc)).stdout.split('\n')[0]).toMatch(/^1\tVerified\t/);
    }
    expect(seqs[0]).toBe(seqs[1]);
    // Sam keeps his own verdict; once both have synced, both libraries show it and nothing is open.
    const resolved = await sam('team', 'resolve', '--conflict', seqs[0]!.slice(1), '--keep', 'mine');
    expect(resolved.stdout.trim()).toBe(`conflict ${seqs[0]!.slice(1)}: Resolved a conflict on the status: kept Disputed (${logins[1]!.role}’s); the next team sync tells the desk`);
    expect((await sam('team', 'sync')).code).toBe(0);
    expect((await ana('team', 'sync')).code).toBe(0);
    for (const who of [ana, sam]) {
      expect((await who('team', 'conflicts')).stdout.trim()).toBe('no open conflicts');
      expect((await who('list', '--document', doc)).stdout.split('\n')[0]).toMatch(/^1\tDisputed\t/);
    }
    const again = await sam('team', 'resolve', '--conflict', seqs[0]!.slice(1), '--keep', 'theirs');
    expect(again.code).not.toBe(0);
    expect(again.stderr).toContain(`Conflict ${seqs[0]!.slice(1)} is resolved already.`);
    expect((await sam('team', 'resolve', '--conflict', 'x', '--keep', 'mine')).stderr).toContain('team resolve needs --conflict N');
  });

  it('team conflicts prints a losing note whole', async () => {
    const { logins } = await newDesk(cluster, ['ana', 'sam']);
    const ana = await user(logins[0]!);
    const sam = await user(logins[1]!);
    const connect = ['team', 'connect', '--host', cluster.host, '--port', String(cluster.port), '--database', cluster.database, '--ca', cluster.ca];
    await ana(...connect, '--user', logins[0]!.role);
    await sam(...connect, '--user', logins[1]!.role);
    const doc = (await ana('import', 'tests/fixtures/wire-drought.txt')).stdout.trim();
    await ana('team', 'sync');
    await sam('team', 'sync');
    const long = `The ministry's table gives 4.1 million for 2023, not 4.6 million; ${'see row 12 of the annex and the footnote on revisions. '.repeat(4)}End.`;
    await ana('mark', '--document', doc, '--claim', '1', '--status', 'verified', '--note', 'Matches the ministry table.');
    await sam('mark', '--document', doc, '--claim', '1', '--status', 'verified', '--note', long);
    await ana('team', 'sync');
    await sam('team', 'sync');
    const listed = (await sam('team', 'conflicts')).stdout;
    expect(listed).toContain(`note: “${long}” by ${logins[1]!.role} did not stand; “Matches the ministry table.” by ${logins[0]!.role} stands`);
  });

  it('without a password in PGPASSFILE and no terminal, says how to give one', async () => {
    const { logins } = await newDesk(cluster, ['ana']);
    const ana = await user({ ...logins[0]!, role: 'someone_else' });
    const r = await ana('team', 'connect', '--host', cluster.host, '--port', String(cluster.port), '--database', cluster.database, '--user', logins[0]!.role, '--ca', cluster.ca);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('No password for');
    expect(r.stderr).toContain('PGPASSFILE');
  });

  it('team init sets up a new desk on the server in one step, and each reviewer connects with what it printed', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'factcheck-team-init-'));
    const adminPass = join(dir, 'admin-pgpass');
    await writeFile(adminPass, `${cluster.host}:${cluster.port}:*:${cluster.user}:${cluster.password}\n`, { mode: 0o600 });
    const admin = (...args: string[]) =>
      run(process.execPath, ['bin/factcheck.js', ...args], { env: { ...process.env, FACTCHECK_DATA_DIR: join(dir, 'admin-library'), PGPASSFILE: adminPass } });
    const tag = Date.now().toString(36);
    const database = `fc_init_${tag}`;
    const args = ['team', 'init', '--host', cluster.host, '--port', String(cluster.port), '--database', database, '--user', cluster.user, '--ca', cluster.ca, '--desk', `metro_${tag}`, '--reviewer', `ana_${tag}`, '--reviewer', `bo_${tag}`];
    const first = await admin(...args, '--json');
    const report = JSON.parse(first.stdout) as { createdDatabase: boolean; reviewers: { role: string; password: string | null; pgpass: string; connect: string; psql: string }[] };
    expect(report.createdDatabase).toBe(true);
    expect(report.reviewers.map((r) => r.role)).toEqual([`ana_${tag}`, `bo_${tag}`]);
    const ana = report.reviewers[0]!;
    expect(ana.connect).toContain(`--port ${cluster.port}`);
    expect(ana.psql).toContain('sslmode=verify-full');
    // Ana follows the printed lines: her pgpass line and her connect command, as written.
    const anaDir = await mkdtemp(join(tmpdir(), 'factcheck-team-ana-'));
    await writeFile(join(anaDir, 'pgpass'), `${ana.pgpass}\n`, { mode: 0o600 });
    const connectArgs = ana.connect.split(' ').slice(1);
    const connected = await run(process.execPath, ['bin/factcheck.js', ...connectArgs], { env: { ...process.env, FACTCHECK_DATA_DIR: join(anaDir, 'library'), PGPASSFILE: join(anaDir, 'pgpass') } });
    expect(connected.stdout).toContain(`connected: synced — desk metro_${tag}`);
    // Run again, it adds nothing and changes no password.
    const again = JSON.parse((await admin(...args, '--json')).stdout) as { createdDatabase: boolean; reviewers: { password: string | null }[] };
    expect(again.createdDatabase).toBe(false);
    expect(again.reviewers.map((r) => r.password)).toEqual([null, null]);
  });
});

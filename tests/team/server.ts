import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { afterAll, beforeAll, inject } from 'vitest';
import type { TeamSettings } from '../../src/shared/team/team-settings.ts';
import { migrate } from '../../src/main/team/migrate.ts';
import { WorkbenchService } from '../../src/main/service/workbench-service.ts';
import type { TeamSync } from '../../src/main/team/team-sync.ts';

/** What pg-start wrote: where the throwaway cluster listens and its superuser's password. */
export interface Cluster {
  host: string;
  port: number;
  user: string;
  password: string;
  database: string;
  ca: string;
  data: string;
  bin: string;
  opts: string;
  dir: string;
}

/** Reads a cluster's connection.json. */
export function readCluster(file: string): Cluster {
  return JSON.parse(readFileSync(file, 'utf8')) as Cluster;
}

/** A superuser connection (TLS, the cluster's certificate checked). */
export async function adminClient(cluster: Cluster): Promise<pg.Client> {
  const db = new pg.Client({ host: cluster.host, port: cluster.port, user: cluster.user, password: cluster.password, database: cluster.database, ssl: { ca: readFileSync(cluster.ca, 'utf8'), rejectUnauthorized: true } });
  db.on('error', () => undefined);
  await db.connect();
  return db;
}

/** Brings the cluster's team schema up to date (each file applied once, whoever migrates first). */
export async function migrated(cluster: Cluster): Promise<void> {
  const db = await adminClient(cluster);
  try {
    await migrate(db);
  } finally {
    await db.end();
  }
}

/** A reviewer's login: the settings a device connects with, and the password. */
export interface Login {
  settings: TeamSettings;
  password: string;
  role: string;
}

const suffix = (): string => randomBytes(4).toString('hex');

/** Makes a new desk with `names.length` reviewers (login roles named after them plus a random suffix). */
export async function newDesk(cluster: Cluster, names: readonly string[]): Promise<{ desk: string; logins: Login[] }> {
  const desk = `desk_${suffix()}`;
  const db = await adminClient(cluster);
  try {
    await db.query('INSERT INTO team.desks (desk) VALUES ($1)', [desk]);
    const logins: Login[] = [];
    for (const name of names) {
      const role = `${name}_${suffix()}`;
      const password = randomBytes(12).toString('base64url');
      await db.query(`CREATE ROLE ${pg.escapeIdentifier(role)} LOGIN PASSWORD ${pg.escapeLiteral(password)} IN ROLE factcheck_reviewer`);
      await db.query('INSERT INTO team.reviewers (role, desk) VALUES ($1, $2)', [role, desk]);
      logins.push({ role, password, settings: { host: cluster.host, port: cluster.port, database: cluster.database, user: role, caFile: cluster.ca } });
    }
    return { desk, logins };
  } finally {
    await db.end();
  }
}

/** A device: a service on its own data folder, connected to the desk as one reviewer. */
export interface Device {
  service: WorkbenchService;
  team: TeamSync;
  dataDir: string;
}

/** Starts a device (its own library, no sample articles) and connects it. */
export async function newDevice(login: Login, dataDir?: string): Promise<Device> {
  const dir = dataDir ?? (await mkdtemp(join(tmpdir(), 'factcheck-team-')));
  const service = await WorkbenchService.start({ dataDir: dir, seedsDir: null });
  const team = service.team!;
  await team.connect(login.settings, login.password);
  return { service, team, dataDir: dir };
}

const runFile = promisify(execFile);

/** Runs pg_ctl on the cluster (as the postgres user when root, as pg-start did). */
async function pgCtl(cluster: Cluster, args: string[]): Promise<void> {
  const ctl = join(cluster.bin, 'pg_ctl');
  if (process.getuid?.() === 0) await runFile('runuser', ['-u', 'postgres', '--', ctl, ...args]);
  else await runFile(ctl, args);
}

/** Stops the server at once, as a crash or a pulled cable would ('immediate': no clean shutdown). */
export function stopServer(cluster: Cluster): Promise<void> {
  return pgCtl(cluster, ['-w', '-D', cluster.data, '-m', 'immediate', 'stop']);
}

/** Starts the server again on the same port and settings. */
export function startServer(cluster: Cluster): Promise<void> {
  return pgCtl(cluster, ['-w', '-D', cluster.data, '-l', join(cluster.dir, 'server.log'), '-o', cluster.opts, 'start']);
}

/** Every change the desk's log holds, in order, read as the superuser. */
export async function deskLog(cluster: Cluster, desk: string): Promise<{ seq: number; change_id: string; author: string; field: string; outcome: string; document_id: string; claim_id: string; value: unknown }[]> {
  const db = await adminClient(cluster);
  try {
    const { rows } = await db.query('SELECT seq::int, change_id, author, field, outcome, document_id, claim_id, value FROM team.changes WHERE desk = $1 ORDER BY seq', [desk]);
    return rows;
  } finally {
    await db.end();
  }
}

/** The cluster this run started, migrated before a test file's tests, and the devices they open, closed after them. */
export function teamSuite(): { cluster: Cluster; devices: Device[]; device: (login: Login, dataDir?: string) => Promise<Device> } {
  const cluster = readCluster(inject('pgConnection'));
  const devices: Device[] = [];
  /** A device of one reviewer, closed after the file's tests. */
  const device = async (login: Login, dataDir?: string): Promise<Device> => {
    const d = await newDevice(login, dataDir);
    devices.push(d);
    return d;
  };
  beforeAll(async () => {
    await migrated(cluster);
  });
  afterAll(async () => {
    for (const d of devices) await d.team.close();
  });
  return { cluster, devices, device };
}

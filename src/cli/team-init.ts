import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import pg from 'pg';
import { migrate, schemaVersion } from '../main/team/migrate.ts';
import { describeServerError } from '../main/team/team-server.ts';
import type { TeamSettings } from '../shared/team/team-settings.ts';
import { teamPassword } from './team-password.ts';

/** A desk or reviewer name as the server takes it: lower-case letters, digits and "_", starting with a letter. */
export const SERVER_NAME = /^[a-z][a-z0-9_]{0,40}$/;

/** One reviewer login made (or found) by init, and how its owner connects. */
export interface ReviewerLogin {
  role: string;
  /** The new login's password; null when the login existed already (its password is left as it was). */
  password: string | null;
  connect: string;
  pgpass: string | null;
  psql: string;
}

/** What init did on the server. */
export interface InitReport {
  createdDatabase: boolean;
  schemaVersion: number;
  desk: string;
  reviewers: ReviewerLogin[];
}

/** What team init is told: the server and its administrator, the database to make, the desk and its reviewers. */
export interface InitOptions {
  admin: TeamSettings;
  adminDatabase: string;
  database: string;
  desk: string;
  reviewers: string[];
}

function shellQuote(s: string): string {
  return /^[A-Za-z0-9_./:@=-]+$/.test(s) ? s : `'${s.replace(/'/g, "'\\''")}'`;
}

async function adminClient(settings: TeamSettings, database: string): Promise<pg.Client> {
  const password = await teamPassword({ ...settings, database });
  const ca = settings.caFile ? await readFile(settings.caFile, 'utf8') : undefined;
  const db = new pg.Client({ host: settings.host, port: settings.port, database, user: settings.user, password, ssl: { ca, rejectUnauthorized: true } });
  db.on('error', () => undefined);
  await db.connect().catch((err: unknown) => {
    throw describeServerError(err);
  });
  return db;
}

/**
 * Sets up a desk on a fresh server in one step, as its administrator: creates the database (when missing), brings
 * the team schema up to date, adds the desk and a login per reviewer with a generated password, and says how
 * each reviewer connects. Run again, it adds only what is missing and never changes an existing password.
 */
export async function initTeam(o: InitOptions): Promise<InitReport> {
  const { host, port, caFile } = o.admin;
  const server = await adminClient(o.admin, o.adminDatabase);
  let createdDatabase = false;
  try {
    const exists = await server.query('SELECT 1 FROM pg_database WHERE datname = $1', [o.database]);
    if (exists.rowCount === 0) {
      await server.query(`CREATE DATABASE ${server.escapeIdentifier(o.database)}`);
      createdDatabase = true;
    }
  } finally {
    await server.end();
  }
  const db = await adminClient(o.admin, o.database);
  try {
    await migrate(db);
    await db.query('INSERT INTO team.desks (desk) VALUES ($1) ON CONFLICT DO NOTHING', [o.desk]);
    const reviewers: ReviewerLogin[] = [];
    for (const role of o.reviewers) {
      const found = await db.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [role]);
      // Why generated: a password a person makes up for a colleague is a weak one, and this one is shown once.
      const password = found.rowCount === 0 ? randomBytes(18).toString('base64url') : null;
      if (password !== null) await db.query(`CREATE ROLE ${db.escapeIdentifier(role)} LOGIN PASSWORD ${db.escapeLiteral(password)} IN ROLE factcheck_reviewer`);
      const member = await db.query('SELECT desk FROM team.reviewers WHERE role = $1', [role]);
      if (member.rowCount === 0) await db.query('INSERT INTO team.reviewers (role, desk) VALUES ($1, $2)', [role, o.desk]);
      else if (member.rows[0].desk !== o.desk) throw new Error(`${role} is already a reviewer of desk ${member.rows[0].desk}; a login belongs to one desk.`);
      const ca = caFile ? ` --ca ${shellQuote(caFile)}` : '';
      reviewers.push({
        role,
        password,
        connect: `factcheck team connect --host ${shellQuote(host)} --port ${port} --database ${shellQuote(o.database)} --user ${role}${ca}`,
        pgpass: password === null ? null : `${host}:${port}:${o.database}:${role}:${password}`,
        psql: `psql "host=${host} port=${port} dbname=${o.database} user=${role} sslmode=${caFile ? `verify-full sslrootcert=${caFile}` : 'require'}"`,
      });
    }
    return { createdDatabase, schemaVersion: await schemaVersion(db), desk: o.desk, reviewers };
  } finally {
    await db.end();
  }
}

/** The report of init in words: what was made, then for each reviewer the lines to give them. */
export function describeInit(r: InitReport, database: string): string {
  const lines = [`${r.createdDatabase ? 'created' : 'found'} database ${database}; team schema at version ${r.schemaVersion}; desk ${r.desk}`, ''];
  for (const v of r.reviewers) {
    lines.push(`reviewer ${v.role}${v.password === null ? ' (login existed; its password was not changed)' : ''}:`);
    if (v.pgpass) lines.push(`  echo ${shellQuote(v.pgpass)} >> ~/.pgpass && chmod 600 ~/.pgpass`);
    lines.push(`  ${v.connect}`, `  ${v.psql}`, '');
  }
  lines.push('Give each reviewer their lines over a safe channel: the passwords are shown only now.');
  return lines.join('\n');
}

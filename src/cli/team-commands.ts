import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { migrate, schemaVersion } from '../main/team/migrate.ts';
import { describeServerError } from '../main/team/team-server.ts';
import { parseWith } from '../shared/ipc-validate.ts';
import { TeamSettingsSchema } from '../shared/ipc-schemas.ts';
import type { LibraryApi } from '../shared/library-protocol.ts';
import type { WorkbenchService } from '../main/service/workbench-service.ts';
import { conflictChoices, describeConflict, type ConflictKeep } from '../shared/team/conflicts.ts';
import type { TeamSettings, TeamStatus } from '../shared/team/team-settings.ts';
import { withLibrary } from './library.ts';
import { describeInit, initTeam, SERVER_NAME } from './team-init.ts';
import { teamPassword } from './team-password.ts';
import { terminalJson, terminalSafe } from './terminal.ts';

/** A mistake in how a team command was called (exit code 2, with the usage). */
export class TeamUsageError extends Error {}

/** Where output goes. */
interface Io {
  out(text: string): void;
  err(text: string): void;
}

/** The sync state in one line. */
function statusLine(s: TeamStatus): string {
  if (s.state === 'off') return 'not connected to a team server (factcheck team connect --help)';
  const where = `desk ${s.desk ?? '?'} on ${s.settings?.host}:${s.settings?.port}/${s.settings?.database} as ${s.settings?.user}`;
  const words = { synced: 'synced', waiting: `${s.waiting} change${s.waiting === 1 ? '' : 's'} waiting`, offline: 'offline', conflicts: `${s.conflicts} open conflict${s.conflicts === 1 ? '' : 's'}` }[s.state];
  const extra = s.state === 'conflicts' && s.waiting > 0 ? `, ${s.waiting} waiting` : '';
  return `${words}${extra} — ${where}; last sync ${s.lastSyncAt ?? 'never'}${s.message ? `\n${s.message}` : ''}`;
}

function flags(args: string[], spec: Record<string, { type: 'string' | 'boolean'; multiple?: boolean }>) {
  try {
    return parseArgs({ args, options: spec, strict: true, allowPositionals: false }).values as Record<string, string | boolean | string[] | undefined>;
  } catch (err) {
    throw new TeamUsageError((err as Error).message.replace(/^.*?: /, ''));
  }
}

/** Runs the library's verbs as its writer would; when this command is the writer, its password comes from PGPASSFILE or a prompt. */
async function withTeam<T>(task: (api: LibraryApi) => Promise<T>): Promise<T> {
  let writer: WorkbenchService | null = null;
  try {
    return await withLibrary(task, (service) => {
      writer = service;
      const team = service.team;
      const settings = team?.state.data.settings;
      if (team && settings) team.setPasswordSource(() => teamPassword(settings));
    });
  } finally {
    // The connection would keep the command running after its work is done.
    await (writer as WorkbenchService | null)?.team?.close();
  }
}

/** The server options of connect and migrate, checked by the same schema the window's settings pass. */
function serverOptions(command: string, args: string[]): { settings: TeamSettings; json: boolean } {
  const v = flags(args, { host: { type: 'string' }, port: { type: 'string' }, database: { type: 'string' }, user: { type: 'string' }, ca: { type: 'string' }, json: { type: 'boolean' } });
  for (const need of ['host', 'database', 'user'] as const) if (!v[need]) throw new TeamUsageError(`team ${command} needs --${need}`);
  const port = v.port === undefined ? 5432 : /^\d{1,5}$/.test(String(v.port)) ? Number(v.port) : NaN;
  return { settings: parseWith(TeamSettingsSchema, { host: v.host, port, database: v.database, user: v.user, caFile: v.ca ? resolve(String(v.ca)) : '' }), json: v.json === true };
}

async function connect(args: string[], io: Io): Promise<number> {
  const { settings, json } = serverOptions('connect', args);
  const v = { json };
  const password = await teamPassword(settings);
  const status = await withTeam((api) => api.teamConnect(settings, password));
  io.out(v.json ? terminalJson(status) : terminalSafe(`connected: ${statusLine(status)}`));
  return 0;
}

async function sync(args: string[], io: Io): Promise<number> {
  const v = flags(args, { json: { type: 'boolean' } });
  const outcome = await withTeam((api) => api.teamSync());
  if (v.json) io.out(terminalJson(outcome));
  else io.out(terminalSafe(`pushed ${outcome.pushed}, pulled ${outcome.pulled}, ${outcome.newConflicts} new conflict${outcome.newConflicts === 1 ? '' : 's'}; ${statusLine(outcome.status)}`));
  for (const r of outcome.refused) io.err(`factcheck: refused by the team server: ${terminalSafe(r)}`);
  for (const q of outcome.quarantined) io.err(`factcheck: set aside, not applied: ${terminalSafe(q)}`);
  return outcome.status.conflicts > 0 || outcome.refused.length > 0 || outcome.quarantined.length > 0 ? 1 : 0;
}

async function status(args: string[], io: Io): Promise<number> {
  const v = flags(args, { json: { type: 'boolean' } });
  // Asks the server: "synced" is said only when it answers now.
  const s = await withTeam((api) => api.teamCheck());
  io.out(v.json ? terminalJson(s) : terminalSafe(statusLine(s)));
  return s.state === 'offline' ? 1 : 0;
}

async function conflicts(args: string[], io: Io): Promise<number> {
  const v = flags(args, { json: { type: 'boolean' }, all: { type: 'boolean' } });
  const rows = await withTeam(async (api) => {
    const list = (await api.teamConflicts()).filter((c) => v.all || c.resolvedBy === null);
    const numbers = new Map<string, number>();
    for (const documentId of new Set(list.map((c) => c.documentId))) {
      const doc = await api.getDocument(documentId).catch(() => null);
      for (const claim of doc?.claims ?? []) numbers.set(`${documentId}/${claim.id}`, claim.n);
    }
    return list.map((c) => ({ ...c, claimNumber: numbers.get(`${c.documentId}/${c.claimId}`) ?? null }));
  });
  if (v.json) io.out(terminalJson(rows));
  else if (rows.length === 0) io.out('no open conflicts');
  // The number is what `team resolve --conflict N` takes; notes are printed whole, so the losing one can be read.
  else for (const c of rows) io.out(`#${c.seq}\t${c.documentId}\tclaim ${c.claimNumber ?? c.claimId}\t${terminalSafe(describeConflict(c, true))}${c.resolvedBy === null ? '' : ' (resolved)'}`);
  return 0;
}

/** `team resolve --conflict N --keep mine|theirs|standing|lost`: settles a conflict here; the next sync tells the desk. */
async function resolveConflict(args: string[], io: Io): Promise<number> {
  const v = flags(args, { conflict: { type: 'string' }, keep: { type: 'string' }, json: { type: 'boolean' } });
  if (!v.conflict || !/^\d{1,15}$/.test(String(v.conflict))) throw new TeamUsageError('team resolve needs --conflict N (the number team conflicts prints)');
  const want = String(v.keep ?? '');
  if (!['mine', 'theirs', 'standing', 'lost'].includes(want)) throw new TeamUsageError('team resolve needs --keep mine, theirs, standing (the value that stands) or lost (the one that did not)');
  const seq = Number(v.conflict);
  const outcome = await withTeam(async (api) => {
    let keep = want as ConflictKeep;
    if (want === 'mine' || want === 'theirs') {
      const conflict = (await api.teamConflicts()).find((c) => c.seq === seq && c.resolvedBy === null);
      // Unknown or settled: the service says which, in the same words as the window.
      if (conflict) keep = conflictChoices(conflict, (await api.getSettings()).reviewer).find((c) => c.side === want)!.keep;
      else keep = 'standing';
    }
    return api.teamResolve(seq, keep);
  });
  io.out(v.json ? terminalJson(outcome) : terminalSafe(`conflict ${seq}: ${outcome.result.entry?.label ?? 'resolved'}; the next team sync tells the desk`));
  return 0;
}

/** For the server's administrator: creates or updates the team schema (a role that may create roles and schemas). */
async function migrateServer(args: string[], io: Io): Promise<number> {
  const { settings } = serverOptions('migrate', args);
  const password = await teamPassword(settings);
  const ca = settings.caFile ? await readFile(settings.caFile, 'utf8') : undefined;
  const db = new pg.Client({ host: settings.host, port: settings.port, database: settings.database, user: settings.user, password, ssl: { ca, rejectUnauthorized: true } });
  await db.connect().catch((err: unknown) => {
    throw describeServerError(err);
  });
  try {
    const applied = await migrate(db);
    io.out(applied.length ? `applied ${applied.map((n) => String(n).padStart(3, '0')).join(', ')}; schema at version ${await schemaVersion(db)}` : `up to date at version ${await schemaVersion(db)}`);
  } finally {
    await db.end();
  }
  return 0;
}

/** For the server's administrator: the database, schema, desk and reviewer logins of a new desk, in one step. */
async function init(args: string[], io: Io): Promise<number> {
  const v = flags(args, { host: { type: 'string' }, port: { type: 'string' }, database: { type: 'string' }, 'admin-database': { type: 'string' }, user: { type: 'string' }, ca: { type: 'string' }, desk: { type: 'string' }, reviewer: { type: 'string', multiple: true }, json: { type: 'boolean' } });
  const { settings } = serverOptions('init', ['--host', String(v.host ?? ''), '--database', String(v.database ?? 'factcheck'), '--user', String(v.user ?? ''), ...(v.port ? ['--port', String(v.port)] : []), ...(v.ca ? ['--ca', String(v.ca)] : [])]);
  const desk = String(v.desk ?? '');
  const reviewers = Array.isArray(v.reviewer) ? v.reviewer : [];
  if (!SERVER_NAME.test(desk)) throw new TeamUsageError('team init needs --desk NAME (lower-case letters, digits and "_", starting with a letter)');
  if (reviewers.length === 0) throw new TeamUsageError('team init needs at least one --reviewer NAME');
  for (const r of reviewers) if (!SERVER_NAME.test(r)) throw new TeamUsageError(`--reviewer "${terminalSafe(r)}": a login is lower-case letters, digits and "_", starting with a letter`);
  const report = await initTeam({ admin: settings, adminDatabase: String(v['admin-database'] ?? 'postgres'), database: settings.database, desk, reviewers });
  io.out(v.json ? terminalJson(report) : terminalSafe(describeInit(report, settings.database)));
  return 0;
}

const SUBCOMMANDS: Record<string, (args: string[], io: Io) => Promise<number>> = { connect, sync, status, conflicts, resolve: resolveConflict, migrate: migrateServer, init };

/** `factcheck team connect | sync | status | conflicts | resolve`: the library's team sync (run by the library's writer). */
export function runTeam(args: string[], io: Io): Promise<number> {
  const [sub, ...rest] = args;
  const run = sub !== undefined && Object.hasOwn(SUBCOMMANDS, sub) ? SUBCOMMANDS[sub] : undefined;
  if (!run) throw new TeamUsageError(sub === undefined ? 'team needs connect, sync, status, conflicts, resolve, migrate or init' : `unknown team command "${terminalSafe(sub)}"`);
  return run(rest, io);
}

import { readFile } from 'node:fs/promises';
import type { Client } from 'pg';
import { WorkbenchError } from '../../shared/errors.ts';
import { TEAM_PROTOCOL, type LoggedChange, type Outcome, type PushOutcome, type TeamChange, type TeamField } from '../../shared/team/change-model.ts';
import type { TeamSettings } from '../../shared/team/team-settings.ts';

/** Who is connected: the desk, the login the server knows, and how far the desk's log goes. */
export interface Hello {
  desk: string;
  reviewer: string;
  lastSeq: number;
  /** The desk's notification channel: a name only its own logins learn. */
  channel: string;
  /** The team protocol the server speaks (3 and later: reviewers' names). */
  protocol: number;
}

/** What the server did with one pushed change (a duplicate: it had it already, from an earlier try). */
export interface PushResult {
  id: string;
  /** The change's number in the desk's log (0 when refused: it was not stored). */
  seq: number;
  outcome: PushOutcome;
  duplicate: boolean;
  standingSeq: number | null;
  standingValue: unknown;
  standingAuthor: string | null;
}

/**
 * node-postgres, loaded on the first connection: a library that never syncs never loads it (and processes
 * bundled for tests, where its CommonJS requires cannot run, never touch it).
 */
async function loadPg(): Promise<(typeof import('pg'))['default']> {
  const loaded = await import('pg');
  // CommonJS through an ES import: the module is the default export (or the namespace itself, once bundled).
  return loaded.default ?? (loaded as unknown as (typeof import('pg'))['default']);
}

/** Network and shutdown failures: the device is offline (or the server away) and keeps its changes for later. */
const OFFLINE_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN', 'EPIPE', '57P01', '57P02', '57P03', '08006', '08001', '08003']);

/** True when a failure means "not reachable now" rather than "refused". */
export function isOffline(err: unknown): boolean {
  const e = err as { code?: string; message?: string };
  return (e.code !== undefined && OFFLINE_CODES.has(e.code)) || /Connection terminated|connection timeout|Client has encountered a connection error/i.test(e.message ?? '');
}

/** How the message of a failure to reach the server begins. */
const UNREACHABLE = 'The team server cannot be reached';

/** True for the error describeServerError makes of an unreachable server. */
export function isUnreachable(err: WorkbenchError): boolean {
  return err.code === 'io' && err.message.startsWith(UNREACHABLE);
}

/** A server failure in words the user can act on (protocol and membership refusals come from the server itself). */
export function describeServerError(err: unknown): WorkbenchError {
  const e = err as { code?: string; message?: string };
  if (e.code === 'FC426' || e.code === 'FC403') return new WorkbenchError('invalid-argument', e.message ?? 'Refused by the team server.');
  if (e.code === '28P01' || e.code === '28000') return new WorkbenchError('invalid-argument', `The team server refused the login: ${e.message}.`);
  // Why a message of its own: a certificate that does not check out may be someone between the app and the server.
  if (/CERT|SELF_SIGNED|UNABLE_TO_VERIFY|ERR_TLS/.test(e.code ?? '')) return new WorkbenchError('invalid-argument', `The team server's certificate is not trusted (${e.message}); nothing was sent. Check the CA certificate in the team settings.`);
  if (isOffline(err)) return new WorkbenchError('io', `${UNREACHABLE} (${e.code ?? e.message}); changes are kept here and sync when it is back.`);
  return new WorkbenchError('io', `The team server failed: ${e.message ?? String(err)}`);
}

/** A change from the desk's log, with the value that stands when it is a conflict. */
export interface PulledChange extends LoggedChange {
  standingValue: unknown;
  standingAuthor: string | null;
}

interface ChangeRow {
  seq: string;
  change_id: string;
  author: string;
  device: string;
  document_id: string;
  claim_id: string;
  field: string;
  before: unknown;
  value: unknown;
  outcome: Outcome;
  standing_seq: string | null;
  made_at: Date;
  standing_value: unknown;
  standing_author: string | null;
}

/** The first protocol whose server keeps reviewers' names. */
const NAMES_PROTOCOL = 3;

/** A connection to the desk's PostgreSQL server, speaking the team protocol (TLS with a checked certificate). */
export class TeamServer {
  readonly #db: Client;
  /** The desk's reviewers' names by login, as last read. */
  #names = new Map<string, string>();
  readonly hello: Hello;

  private constructor(db: Client, hello: Hello) {
    this.#db = db;
    this.hello = hello;
  }

  /** Connects and says hello; a refusal (old client, not a reviewer, bad password) throws with the server's reason. */
  static async connect(settings: TeamSettings, password: string | undefined): Promise<TeamServer> {
    const ca = settings.caFile ? await readFile(settings.caFile, 'utf8').catch((err: Error) => {
      throw new WorkbenchError('invalid-argument', `The CA certificate ${settings.caFile} cannot be read: ${err.message}`);
    }) : undefined;
    // Why rejectUnauthorized: the password and every verdict cross the network; a server whose certificate
    // does not check out is refused, never "trusted for now".
    const pg = await loadPg();
    const db = new pg.Client({ host: settings.host, port: settings.port, database: settings.database, user: settings.user, password, ssl: { ca, rejectUnauthorized: true }, connectionTimeoutMillis: 5_000, application_name: 'factcheck-workbench' });
    db.on('error', () => undefined);
    try {
      await db.connect();
      const { rows } = await db.query<{ desk: string; reviewer: string; last_seq: string; channel: string; protocol: number }>('SELECT * FROM team.hello($1)', [TEAM_PROTOCOL]);
      const row = rows[0];
      if (!row) throw new WorkbenchError('invalid-argument', 'The team server did not say which desk this login belongs to.');
      return new TeamServer(db, { desk: row.desk, reviewer: row.reviewer, lastSeq: Number(row.last_seq), channel: row.channel, protocol: Number(row.protocol) });
    } catch (err) {
      await db.end().catch(() => undefined);
      throw err instanceof WorkbenchError ? err : describeServerError(err);
    }
  }

  /**
   * Gives the server this reviewer's own name (a server before names keeps showing logins) and reads the
   * desk's names. A name the server refuses is said; sync goes on under the login.
   */
  async introduce(displayName: string): Promise<string | null> {
    if (this.hello.protocol < NAMES_PROTOCOL) return null;
    let problem: string | null = null;
    if (displayName.trim()) {
      try {
        await this.#db.query('SELECT team.set_name($1, $2)', [TEAM_PROTOCOL, displayName]);
      } catch (err) {
        problem = describeServerError(err).message;
      }
    }
    await this.#readNames();
    return problem;
  }

  async #readNames(): Promise<void> {
    if (this.hello.protocol < NAMES_PROTOCOL) return;
    const { rows } = await this.#db.query<{ login: string; display_name: string }>('SELECT * FROM team.people($1)', [TEAM_PROTOCOL]);
    this.#names = new Map(rows.map((r) => [r.login, r.display_name]));
  }

  /** A reviewer as people read them: the name they gave, else their login. */
  nameOf(login: string): string {
    return this.#names.get(login) ?? login;
  }

  /** Pushes changes in one call, in order; the server numbers them and says what became of each. */
  async push(device: string, changes: readonly TeamChange[]): Promise<PushResult[]> {
    if (changes.length === 0) return [];
    const { rows } = await this.#db.query<{ change_id: string; seq: string | null; outcome: PushOutcome; duplicate: boolean; standing_seq: string | null; standing_value: unknown; standing_author: string | null }>(
      'SELECT * FROM team.push($1, $2, $3::jsonb)',
      [TEAM_PROTOCOL, device, JSON.stringify(changes)],
    );
    return rows.map((r) => ({ id: r.change_id, seq: Number(r.seq ?? 0), outcome: r.outcome, duplicate: r.duplicate, standingSeq: r.standing_seq === null ? null : Number(r.standing_seq), standingValue: r.standing_value, standingAuthor: r.standing_author === null ? null : this.nameOf(r.standing_author) }));
  }

  /** The desk's changes after `after`, in order, at most `max`. */
  async pull(after: number, max = 5_000): Promise<PulledChange[]> {
    const { rows } = await this.#db.query<ChangeRow>('SELECT * FROM team.pull($1, $2, $3)', [TEAM_PROTOCOL, after, max]);
    // Names are read with every pull: a colleague who named themselves since shows by that name.
    if (rows.length > 0) await this.#readNames();
    return rows.map((r) => ({
      seq: Number(r.seq),
      id: r.change_id,
      author: this.nameOf(r.author),
      device: r.device,
      document: r.document_id,
      claim: r.claim_id,
      field: r.field as TeamField,
      before: r.before,
      value: r.value,
      outcome: r.outcome,
      standingSeq: r.standing_seq === null ? null : Number(r.standing_seq),
      standingValue: r.standing_value,
      standingAuthor: r.standing_author === null ? null : this.nameOf(r.standing_author),
      at: r.made_at.toISOString(),
    }));
  }

  /** Calls `onSeq` with the desk's newest number each time someone pushes (LISTEN/NOTIFY on the desk's channel). */
  async listen(onSeq: (seq: number) => void, onClose: () => void): Promise<void> {
    const channel = this.hello.channel;
    this.#db.on('notification', (msg) => {
      if (msg.channel === channel) onSeq(Number(msg.payload));
    });
    this.#db.on('end', onClose);
    await this.#db.query(`LISTEN ${this.#db.escapeIdentifier(channel)}`);
  }

  /** Asks the server to answer (and this login to still be the desk's reviewer). */
  async ping(): Promise<void> {
    await this.#db.query('SELECT desk FROM team.hello($1)', [TEAM_PROTOCOL]);
  }

  /** Closes the connection. */
  async close(): Promise<void> {
    await this.#db.end().catch(() => undefined);
  }
}

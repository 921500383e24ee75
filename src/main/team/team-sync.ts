import { WorkbenchError } from '../../shared/errors.ts';
import type { TeamConflict } from '../../shared/team/conflicts.ts';
import type { TeamSettings, TeamStatus } from '../../shared/team/team-settings.ts';
import type { ServiceParts } from '../service/service-parts.ts';
import { applyHeld } from './document-changes.ts';
import { pendingChanges } from './local-changes.ts';
import { SyncState } from './sync-state.ts';
import { pullNew } from './sync-pull.ts';
import { pushWaiting } from './sync-push.ts';
import type { SyncContext, SyncReport } from './sync-steps.ts';
import { describeServerError, isOffline, isUnreachable, TeamServer } from './team-server.ts';

export type { SyncReport };

/** Where the password comes from: the app's safe storage, a prompt, or undefined (PGPASSFILE / ~/.pgpass). */
export type PasswordSource = () => Promise<string | undefined>;

/** Keeps the team password between runs (the app: Electron's safeStorage); save throws, with why, when it cannot. */
export interface PasswordKeeper {
  load(): Promise<string | undefined>;
  save(password: string): Promise<void>;
}

/**
 * The library's team sync: pushes the changes made here (derived from the durable history) in one call,
 * pulls the desk's changes after the last number seen and applies them through the store, the library's
 * one writer. One sync runs at a time.
 */
export class TeamSync {
  readonly #parts: ServiceParts;
  readonly state: SyncState;
  #password: PasswordSource;
  #server: TeamServer | null = null;
  #turn: Promise<unknown> = Promise.resolve();
  #offline: string | null = null;
  #notice: string | null = null;
  #keeper: PasswordKeeper | null = null;
  readonly #localListeners = new Set<() => void>();
  /** What the push and pull steps work on; `compacted` lists the documents whose synced history was compacted since this library opened. */
  readonly #ctx: SyncContext;

  private constructor(parts: ServiceParts, state: SyncState, password: PasswordSource) {
    this.#parts = parts;
    this.state = state;
    this.#password = password;
    this.#ctx = { parts, state, compacted: new Set() };
  }

  /** Opens the device's sync record in the library folder. */
  static async open(parts: ServiceParts, dataDir: string, password: PasswordSource = async () => undefined): Promise<TeamSync> {
    const state = await SyncState.open(dataDir);
    // Why: the library index is written in the background, so a crash can leave a document's summary older than
    // the document (an edit acknowledged and on disk, its summary not yet). A summary is trusted to say "nothing
    // new since the last push" only once this process has read the document itself.
    for (const rec of Object.values(state.data.documents)) rec.seenUpdatedAt = null;
    return new TeamSync(parts, state, password);
  }

  /** Replaces where the password comes from (the app: safe storage; the CLI: a prompt). */
  setPasswordSource(password: PasswordSource): void {
    this.#password = password;
  }

  /** Keeps the password with `keeper` from now on, and reads it from there when connecting. */
  usePasswordKeeper(keeper: PasswordKeeper): void {
    this.#keeper = keeper;
    this.#password = () => keeper.load();
  }

  /** Says a change was made here (live sync pushes it soon). */
  localChanged(): void {
    for (const listener of this.#localListeners) listener();
  }

  /** Calls `listener` on each change made here; returns a function that stops it. */
  onLocalChange(listener: () => void): () => void {
    this.#localListeners.add(listener);
    return () => this.#localListeners.delete(listener);
  }

  /** Runs `task` after every sync or connect asked for before it. */
  #inTurn<T>(task: () => Promise<T>): Promise<T> {
    const run = this.#turn.then(task, task);
    this.#turn = run.catch(() => undefined);
    return run;
  }

  /** Connects to a team server and remembers it; another desk than before starts this device's record afresh. */
  connect(settings: TeamSettings, password?: string): Promise<TeamStatus> {
    return this.#inTurn(async () => {
      const server = await this.#introduced(await TeamServer.connect(settings, password ?? (await this.#password())));
      await this.#server?.close();
      this.#server = server;
      // Kept in memory, to connect again after the server or the network comes back; on disk only through the keeper.
      if (password !== undefined) this.#password = async () => password;
      this.#notice = null;
      if (password !== undefined && this.#keeper) {
        try {
          await this.#keeper.save(password);
        } catch (err) {
          this.#notice = (err as Error).message;
        }
      }
      const s = this.state.data;
      if (s.desk !== server.hello.desk || s.settings?.host !== settings.host || s.settings.port !== settings.port || s.settings.database !== settings.database) {
        Object.assign(s, { desk: server.hello.desk, lastSeq: 0, documents: {}, conflicts: [], versions: {}, lastSyncAt: null });
      }
      s.settings = settings;
      await this.state.save();
      this.#offline = null;
      return this.#status();
    });
  }

  /** The open connection, connecting with the saved settings when there is none. */
  async #connected(): Promise<TeamServer> {
    if (this.#server) return this.#server;
    const settings = this.state.data.settings;
    if (!settings) throw new WorkbenchError('invalid-argument', 'No team server is set: connect first (factcheck team connect, or the Team server settings).');
    this.#server = await this.#introduced(await TeamServer.connect(settings, await this.#password()));
    return this.#server;
  }

  /** A new connection, with this reviewer's name given to the server and the desk's names read. */
  async #introduced(server: TeamServer): Promise<TeamServer> {
    const problem = await server.introduce(this.#parts.reviewer?.() ?? '').catch((err: unknown) => (err instanceof Error ? err.message : String(err)));
    if (problem) this.#notice = `Your name was not given to the team server: ${problem}`;
    return server;
  }

  /** Pushes what is waiting, then pulls what is new; offline, it says so and keeps every change for later. */
  sync(): Promise<SyncReport> {
    return this.#inTurn(async () => {
      const reused = this.#server !== null;
      try {
        return await this.#syncOnce();
      } catch (err) {
        // A connection kept from before a server restart fails on first use; one new connection settles
        // whether the server is really away (pushes are idempotent, so a retry sends nothing twice).
        if (reused && err instanceof WorkbenchError && isUnreachable(err)) return this.#syncOnce();
        throw err;
      }
    });
  }

  /** One push and pull; a failure drops a broken connection and says whether the server is away. */
  async #syncOnce(): Promise<SyncReport> {
    try {
      const server = await this.#connected();
      const report: SyncReport = { pushed: 0, pulled: 0, newConflicts: 0, refused: [], quarantined: [] };
      // An article restored here since the last sync first takes in what colleagues did while it was away.
      await applyHeld(this.#parts, this.state);
      await pushWaiting(this.#ctx, server, report);
      await pullNew(this.#ctx, server, report);
      // What was refused or set aside stays said in the status until a sync has nothing of the kind.
      const said = [...report.refused.map((r) => `refused by the server: ${r}`), ...report.quarantined.map((q) => `set aside: ${q}`)];
      this.#notice = said.length ? `${said.length} change${said.length === 1 ? '' : 's'} not synced; ${said.slice(0, 3).join('; ')}${said.length > 3 ? '; …' : ''}` : null;
      this.state.data.lastSyncAt = this.#parts.now().toISOString();
      await this.state.checkpoint();
      this.#offline = null;
      return report;
    } catch (err) {
      if (!(err instanceof WorkbenchError)) {
        // A broken connection is dropped; the next sync opens a new one.
        await this.#server?.close();
        this.#server = null;
      }
      const described = err instanceof WorkbenchError ? err : describeServerError(err);
      // Offline only while the server cannot be reached (also when connecting failed); any other failure
      // means it answered, so an earlier "offline" no longer holds.
      this.#offline = isOffline(err) || isUnreachable(described) ? described.message : null;
      throw described;
    }
  }

  /** The open conflict numbered `seq` in the desk's log; a clear error when there is none or it is settled. */
  openConflict(seq: number): TeamConflict {
    const c = this.state.data.conflicts.find((x) => x.seq === seq);
    if (!c) throw new WorkbenchError('not-found', `This library knows no conflict ${seq} (factcheck team conflicts lists them).`);
    if (c.resolvedBy !== null) throw new WorkbenchError('invalid-argument', `Conflict ${seq} is resolved already.`);
    return c;
  }

  /** Marks the open conflicts on the field `c` is on as resolved here; the next sync tells the desk. */
  async markResolved(c: TeamConflict): Promise<void> {
    for (const x of this.state.data.conflicts) if (x.resolvedBy === null && x.documentId === c.documentId && x.claimId === c.claimId && x.field === c.field) x.resolvedBy = 0;
    await this.state.save();
  }

  /** The conflicts on the desk's claims this device knows of (open ones first). */
  conflicts(): TeamConflict[] {
    return [...this.state.data.conflicts].sort((a, b) => Number(a.resolvedBy !== null) - Number(b.resolvedBy !== null) || a.seq - b.seq);
  }

  /** How the sync stands: synced, N waiting, offline, conflicts. */
  status(): Promise<TeamStatus> {
    return this.#status();
  }

  /** The same, after asking the server whether it answers now: offline, with the reason, when it does not. */
  check(): Promise<TeamStatus> {
    return this.#inTurn(async () => {
      if (this.state.data.settings) {
        try {
          await (await this.#connected()).ping();
          this.#offline = null;
        } catch (err) {
          await this.#server?.close();
          this.#server = null;
          this.#offline = (err instanceof WorkbenchError ? err : describeServerError(err)).message;
        }
      }
      return this.#status();
    });
  }

  async #status(): Promise<TeamStatus> {
    const s = this.state.data;
    const waiting = s.settings ? (await pendingChanges(this.#parts.store, this.state)).reduce((n, p) => n + p.changes.length, 0) : 0;
    const open = s.conflicts.filter((c) => c.resolvedBy === null).length;
    const state = !s.settings ? 'off' : this.#offline ? 'offline' : open > 0 ? 'conflicts' : waiting > 0 ? 'waiting' : 'synced';
    return { state, desk: s.desk, reviewer: this.#server ? this.#server.nameOf(this.#server.hello.reviewer) : null, waiting, conflicts: open, lastSyncAt: s.lastSyncAt, message: this.#offline ?? this.#notice, settings: s.settings };
  }

  /** Opens a second connection that listens for the desk's pushes (the caller pulls when told). */
  async listen(onSeq: (seq: number) => void, onClose: () => void): Promise<() => Promise<void>> {
    const settings = this.state.data.settings;
    if (!settings) throw new WorkbenchError('invalid-argument', 'No team server is set.');
    const server = await TeamServer.connect(settings, await this.#password());
    await server.listen(onSeq, onClose);
    return () => server.close();
  }

  /** Closes the connection to the server, and writes the sync record if a checkpoint is waiting. */
  close(): Promise<void> {
    return this.#inTurn(async () => {
      await this.#server?.close();
      this.#server = null;
      await this.state.flush();
    });
  }
}

import { WorkbenchError } from '../../shared/errors.ts';
import type { FactDocument } from '../../shared/model.ts';
import { fieldKey, isDocumentField, VERSIONS_PROTOCOL, type ClaimField, type TeamChange } from '../../shared/team/change-model.ts';
import { changeProblem, describeChange } from '../../shared/team/change-checks.ts';
import type { TeamConflict } from '../../shared/team/conflicts.ts';
import type { TeamSettings, TeamStatus } from '../../shared/team/team-settings.ts';
import type { ServiceParts } from '../service/service-parts.ts';
import { applyFieldValue, applyLogged, compactSynced } from './apply-changes.ts';
import { applyDocumentChange, applyHeld, hold, type DocumentLevelChange } from './document-changes.ts';
import { pendingChanges, unpushedFields, type PendingDocument } from './local-changes.ts';
import { SyncState } from './sync-state.ts';
import { describeServerError, isOffline, isUnreachable, TeamServer, type PulledChange, type PushResult } from './team-server.ts';

/** Where the password comes from: the app's safe storage, a prompt, or undefined (PGPASSFILE / ~/.pgpass). */
export type PasswordSource = () => Promise<string | undefined>;

/** Keeps the team password between runs (the app: Electron's safeStorage); save throws, with why, when it cannot. */
export interface PasswordKeeper {
  load(): Promise<string | undefined>;
  save(password: string): Promise<void>;
}

/** What one sync did. */
export interface SyncReport {
  pushed: number;
  pulled: number;
  /** Conflicts that this sync found (pushed here or pulled from colleagues). */
  newConflicts: number;
  /** This library's changes the server refused, with the reason. */
  refused: string[];
  /** Changes from the desk set aside here: they do not have the shape the app uses. */
  quarantined: string[];
}

/** How many changes go in one push: one call, bounded so a long offline stretch does not make one huge statement. */
const PUSH_BATCH = 2_000;
const PULL_BATCH = 5_000;

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
  /** Documents whose synced history was compacted since this library opened (once each: it scans the history). */
  readonly #compacted = new Set<string>();

  private constructor(parts: ServiceParts, state: SyncState, password: PasswordSource) {
    this.#parts = parts;
    this.state = state;
    this.#password = password;
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
      await this.#push(server, report);
      await this.#pull(server, report);
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

  async #push(server: TeamServer, report: SyncReport): Promise<void> {
    const pending = await pendingChanges(this.#parts.store, this.state, { documentFields: server.hello.protocol >= VERSIONS_PROTOCOL });
    const batches: PendingDocument[][] = [[]];
    let size = 0;
    for (const p of pending) {
      if (size > 0 && size + p.changes.length > PUSH_BATCH) {
        batches.push([]);
        size = 0;
      }
      batches.at(-1)!.push(p);
      size += p.changes.length;
    }
    for (const batch of batches) {
      const changes = batch.flatMap((p) => p.changes);
      if (changes.length > 0) {
        const results = await server.push(this.state.data.device, changes);
        report.pushed += results.filter((r) => !r.duplicate).length;
        await this.#settleConflicts(changes, results, server.nameOf(server.hello.reviewer), report, new Map(batch.map((p) => [p.documentId, p.through])));
      }
      // Only now is the history marked pushed: a device killed before this line sends the same ids again,
      // and the server answers them as duplicates (applied once).
      for (const p of batch) {
        const rec = this.state.doc(p.documentId);
        rec.published = true;
        rec.pushedThrough = p.through ?? rec.pushedThrough;
        rec.seenUpdatedAt = p.updatedAt;
        rec.versionsSynced = p.versions;
        if (p.deleted !== undefined) {
          rec.deleted = p.deleted;
          rec.trashMoves = (rec.trashMoves ?? 0) + 1;
        }
      }
      // With nothing pushed the record is written with the rest of this sync, not once more here.
      if (changes.length > 0) await this.state.checkpoint();
    }
  }

  /** Records each pushed change that did not stand, and puts the standing value back on this device's claim. */
  async #settleConflicts(changes: readonly TeamChange[], results: readonly PushResult[], reviewer: string, report: SyncReport, through: ReadonlyMap<string, string | null>): Promise<void> {
    const byDoc = new Map<string, { change: TeamChange; result: PushResult }[]>();
    const documentLevel: DocumentLevelChange[] = [];
    results.forEach((result, i) => {
      const change = changes[i]!;
      if (result.outcome === 'refused') {
        // Never stored on the server: said to the reviewer, and the change stays in this library only.
        report.refused.push(`${describeChange(change)}: ${typeof result.standingValue === 'string' ? result.standingValue : 'refused'}`);
        return;
      }
      if (change.field !== 'document') {
        const version = result.outcome === 'applied' ? result.seq : result.standingSeq;
        if (version !== null) this.state.setVersion(change.document, fieldKey(change.claim, change.field), version);
      }
      // A version or trash move that did not stand gives way here too: the library shows what the desk has.
      if (result.outcome === 'conflict' && (change.field === 'version' || change.field === 'deleted')) {
        documentLevel.push({ seq: result.standingSeq ?? result.seq, document: change.document, field: change.field, value: result.standingValue, author: result.standingAuthor ?? '?', at: change.at });
        return;
      }
      // A document or an added claim is never a conflict: each has an id no other device makes.
      if (result.outcome !== 'conflict' || result.standingSeq === null || isDocumentField(change.field) || change.field === 'claim') return;
      if (this.#record({ seq: result.seq, documentId: change.document, claimId: change.claim, field: change.field, value: change.value, author: reviewer, at: change.at, standingSeq: result.standingSeq, standingValue: result.standingValue, standingAuthor: result.standingAuthor ?? '?', here: true, resolvedBy: null })) report.newConflicts++;
      byDoc.set(change.document, [...(byDoc.get(change.document) ?? []), { change, result }]);
    });
    for (const [documentId, list] of byDoc) {
      await this.#update(documentId, (doc) => {
        // Why: a field edited here while the push was on its way keeps that newer edit; it is pushed next, on
        // the version that stands, and wins there. Overwriting it would leave this library unlike the server.
        const editing = unpushedFields(doc, through.get(documentId) ?? null);
        return list
          .filter(({ change }) => !editing.has(fieldKey(change.claim, change.field)))
          .map(({ change, result }) => applyFieldValue(doc, { seq: result.standingSeq!, claim: change.claim, field: change.field as ClaimField, value: result.standingValue, author: result.standingAuthor ?? '?', at: this.#parts.now().toISOString() }))
          .filter((c): c is string => c !== null);
      });
    }
    for (const c of documentLevel) await applyDocumentChange(this.#parts, this.state, c);
  }

  /** Adds a conflict to the record unless it is there already; true when it is new. */
  #record(conflict: TeamConflict): boolean {
    const list = this.state.data.conflicts;
    if (list.some((c) => c.seq === conflict.seq)) return false;
    list.push(conflict);
    return true;
  }

  async #pull(server: TeamServer, report: SyncReport): Promise<void> {
    for (;;) {
      const rows = await server.pull(this.state.data.lastSeq, PULL_BATCH);
      if (rows.length === 0) return;
      await this.#applyPulled(rows, report);
      this.state.data.lastSeq = rows.at(-1)!.seq;
      report.pulled += rows.length;
      // The last batch is written with the rest of this sync (a library killed before it pulls the batch
      // again, and applying a change twice changes nothing).
      if (rows.length < PULL_BATCH) return;
      await this.state.checkpoint();
    }
  }

  async #applyPulled(rows: readonly PulledChange[], report: SyncReport): Promise<void> {
    const device = this.state.data.device;
    const store = this.#parts.store;
    // The last applied change of each field is the value that stands; this device's own is already here.
    const last = new Map<string, PulledChange>();
    const trashMoves: DocumentLevelChange[] = [];
    for (const r of rows) {
      // Why: a change the app could never make (a status "hacked", a note that is an object, an id like
      // "../../evil") is set aside with a message; it never reaches the library, and the pull goes on.
      const problem = changeProblem(r);
      if (problem) {
        report.quarantined.push(`change ${r.seq} by ${r.author} (${describeChange(r)}): ${problem}`);
        continue;
      }
      if (r.field === 'document') {
        if (r.outcome === 'applied' && r.device !== device && !store.documents.some((d) => d.id === r.document)) await this.#adopt(r);
        continue;
      }
      if (r.field === 'version' || r.field === 'deleted') {
        if (r.outcome !== 'applied') continue;
        this.state.setVersion(r.document, fieldKey('', r.field), r.seq);
        // A version first, so marks on its new claims find them; a trash move after the marks before it.
        if (r.device !== device && r.field === 'version') await applyDocumentChange(this.#parts, this.state, { ...r, field: r.field });
        if (r.device !== device && r.field === 'deleted') trashMoves.push({ ...r, field: r.field });
        continue;
      }
      if (r.outcome === 'conflict' && r.standingSeq !== null && r.field !== 'claim') {
        if (this.#record({ seq: r.seq, documentId: r.document, claimId: r.claim, field: r.field, value: r.value, author: r.author, at: r.at, standingSeq: r.standingSeq, standingValue: r.standingValue, standingAuthor: r.standingAuthor ?? '?', here: r.device === device, resolvedBy: null })) report.newConflicts++;
      }
      if (r.outcome !== 'applied') continue;
      last.set(`${r.document}/${fieldKey(r.claim, r.field)}`, r);
      // A later change that stands on the field resolves its open conflicts (and numbers those resolved here).
      for (const c of this.state.data.conflicts) if ((c.resolvedBy === null || c.resolvedBy === 0) && c.seq < r.seq && c.documentId === r.document && c.claimId === r.claim && c.field === r.field) c.resolvedBy = r.seq;
    }
    const byDoc = new Map<string, PulledChange[]>();
    for (const r of last.values()) {
      // This device's own change is here already, and its copy of the field is at that version.
      if (r.device === device) this.state.setVersion(r.document, fieldKey(r.claim, r.field), r.seq);
      else byDoc.set(r.document, [...(byDoc.get(r.document) ?? []), r]);
    }
    for (const [documentId, list] of byDoc) {
      if (!store.documents.some((d) => d.id === documentId)) {
        // In the trash here: kept for its restore (a document this library never had is not the desk's to keep).
        if (store.trash.some((d) => d.id === documentId)) hold(this.state, documentId, list.map((r) => ({ seq: r.seq, claim: r.claim, field: r.field, value: r.value, author: r.author, at: r.at })));
        continue;
      }
      await this.#update(documentId, (doc) => {
        // A field edited here since the push keeps its edit, made on the older version: the next push
        // sends it as a conflict, rather than this pull overwriting it unseen.
        const editing = unpushedFields(doc, this.state.doc(documentId).pushedThrough);
        const take = list.filter((r) => !editing.has(fieldKey(r.claim, r.field)));
        for (const r of take) this.state.setVersion(documentId, fieldKey(r.claim, r.field), r.seq);
        // Entries synced before they were compact can hold whole claims; the desk's log keeps their values.
        if (!this.#compacted.has(documentId)) compactSynced(doc);
        return applyLogged(doc, take);
      });
      this.#compacted.add(documentId);
    }
    for (const c of trashMoves) await applyDocumentChange(this.#parts, this.state, c);
    await applyHeld(this.#parts, this.state);
  }

  /** Adds a colleague's published article to this library (its body was checked by changeProblem). */
  async #adopt(r: PulledChange): Promise<void> {
    const body = r.value as Omit<FactDocument, 'history' | 'undoStack' | 'redoStack'>;
    const doc: FactDocument = { ...body, id: r.document, history: [], undoStack: [], redoStack: [] };
    await this.#parts.store.addDocument(doc);
    this.#parts.search?.documentChanged(doc);
    Object.assign(this.state.doc(r.document), { published: true, pushedThrough: null });
  }

  /** Changes one document through the store and updates its claims in search. */
  async #update(documentId: string, change: (doc: FactDocument) => string[]): Promise<void> {
    const { result, document } = await this.#parts.store.updateDocument(documentId, change);
    for (const id of result) this.#parts.search?.claimChanged(document, id);
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

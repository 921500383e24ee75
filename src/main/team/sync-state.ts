import { randomUUID } from 'node:crypto';
import { rename } from 'node:fs/promises';
import { join } from 'node:path';
import { Low } from 'lowdb';
import type { TeamConflict } from '../../shared/team/conflicts.ts';
import type { TeamSettings } from '../../shared/team/team-settings.ts';
import { DurableFile } from '../store/durable-file.ts';

/** Where this device stands with one document: published to the desk, and the last history entry pushed. */
export interface DocumentSync {
  published: boolean;
  /** The last history entry whose changes are on the server (null: none yet). */
  pushedThrough: string | null;
  /** The document's updatedAt when its changes were last derived: unchanged means nothing new to push. */
  seenUpdatedAt: string | null;
  /** How many versions of the article the desk has from or for this device (absent: the first only). */
  versionsSynced?: number;
  /** True while the desk knows the article as moved to the trash. */
  deleted?: boolean;
  /** How many moves to the trash or back this device has pushed (part of the next one's id). */
  trashMoves?: number;
  /** Colleagues' changes that arrived while the article was in the trash here, in log order: applied on restore. */
  held?: HeldChange[];
}

/** A change from the desk kept for an article in the trash (a claim field, an added claim, or a version). */
export interface HeldChange {
  seq: number;
  claim: string;
  field: string;
  value: unknown;
  author: string;
  at: string;
}

/** This device's sync record, in team-sync.json beside the library index. */
export interface SyncStateData {
  schemaVersion: 1;
  /** Made once per library: part of every change id, so ids made on two devices never meet. */
  device: string;
  settings: TeamSettings | null;
  /** The desk the state belongs to; another desk starts afresh. */
  desk: string | null;
  /** The last number of the desk's log this device has applied. */
  lastSeq: number;
  documents: Record<string, DocumentSync>;
  conflicts: TeamConflict[];
  /** Per document, the version (log number) of each field this device's copy is at: what its next edit is made on. */
  versions: Record<string, Record<string, number>>;
  lastSyncAt: string | null;
}

/** How often at most syncs that follow one another write the record (live sync with a busy desk). */
export const CHECKPOINT_MS = 1_000;

/** The device's sync record, written durably (temp file, fsync, rename) like the library's own files. */
export class SyncState {
  readonly #db: Low<SyncStateData>;
  readonly #now: () => number;
  /** When the last write was asked for (on the `now` clock). */
  #written = -Infinity;
  /** A checkpoint waiting for its write. */
  #timer: ReturnType<typeof setTimeout> | null = null;
  /** The last write asked for, to wait for on flush. */
  #writing: Promise<void> = Promise.resolve();

  private constructor(db: Low<SyncStateData>, now: () => number) {
    this.#db = db;
    this.#now = now;
  }

  /**
   * Opens (or starts) the record; a damaged one is moved aside and sync starts over (the server has everything).
   * `now`: the clock of checkpoints, in milliseconds (tests hold it still).
   */
  static async open(dataDir: string, now: () => number = () => performance.now()): Promise<SyncState> {
    const file = join(dataDir, 'team-sync.json');
    const fresh = (): SyncStateData => ({ schemaVersion: 1, device: randomUUID(), settings: null, desk: null, lastSeq: 0, documents: {}, conflicts: [], versions: {}, lastSyncAt: null });
    // Compact JSON: the versions hold a key for every field the desk changed, and the record is written at each sync.
    const db = new Low<SyncStateData>(new DurableFile(file, { stringify: (data) => JSON.stringify(data) }), fresh());
    try {
      await db.read();
      if (db.data?.schemaVersion !== 1 || typeof db.data.device !== 'string') throw new Error('not a sync record');
      db.data.versions ??= {};
    } catch {
      await rename(file, `${file}.damaged-${Date.now()}`).catch(() => undefined);
      db.data = fresh();
    }
    return new SyncState(db, now);
  }

  /** The record as it is now (change it, then save). */
  get data(): SyncStateData {
    return this.#db.data;
  }

  /** One document's sync record, made on first use. */
  doc(id: string): DocumentSync {
    return (this.#db.data.documents[id] ??= { published: false, pushedThrough: null, seenUpdatedAt: null });
  }

  /** Records that this device's copy of a field is at log number `seq`. */
  setVersion(documentId: string, key: string, seq: number): void {
    (this.#db.data.versions[documentId] ??= {})[key] = seq;
  }

  /** Writes the record to disk now (and with it any checkpoint waiting). */
  save(): Promise<void> {
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = null;
    this.#written = this.#now();
    const write = this.#db.write().catch((err: unknown) => {
      // A failed write is tried again by the next checkpoint, at once.
      this.#written = -Infinity;
      throw err;
    });
    this.#writing = write.catch(() => undefined);
    return write;
  }

  /**
   * Writes the record as a sync goes: at once when the last write is a second old or more, else when the
   * second is up, one write for every sync in it. Why: the record keeps a version for every field the desk
   * changed (a key per link), and writing it at each of many syncs a second cost more with every link. A
   * library killed before the write pulls those changes again and pushes again what it had not recorded as
   * pushed; the server answers those as duplicates, and applying a change twice changes nothing.
   */
  checkpoint(): Promise<void> {
    const wait = this.#written + CHECKPOINT_MS - this.#now();
    if (wait <= 0) return this.save();
    if (!this.#timer) {
      this.#timer = setTimeout(() => void this.save().catch(() => undefined), wait);
      // A command that is done does not wait for it: closing the library writes it (flush).
      this.#timer.unref?.();
    }
    return Promise.resolve();
  }

  /** Writes a checkpoint that is waiting, and waits for the last write (the library is closing). */
  async flush(): Promise<void> {
    if (this.#timer) await this.save();
    await this.#writing;
  }
}

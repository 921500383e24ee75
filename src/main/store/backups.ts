import { readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { stamp } from './quarantine.ts';
import { realFolder } from './safe-folder.ts';
import { copyStoreFile } from './store-open.ts';

/** How often a document file is copied to its backups while it is being changed, and how many copies are kept. */
export const BACKUP_INTERVAL_MS = 10 * 60_000;
export const BACKUPS_KEPT = 5;

/** Rotating copies of each document file under `backups/<id>/`, taken before changes. */
export class Backups {
  readonly #dir: string;
  readonly #now: () => Date;
  readonly #last = new Map<string, number>();

  constructor(dir: string, now: () => Date) {
    this.#dir = dir;
    this.#now = now;
  }

  /** True when a document's last copy is older than the interval: its next change takes a copy first. */
  due(id: string): boolean {
    return this.#now().getTime() - (this.#last.get(id) ?? 0) >= BACKUP_INTERVAL_MS;
  }

  /** Copies a document's file when its last copy is older than the interval; keeps the newest few. */
  async take(id: string, file: string): Promise<void> {
    const now = this.#now().getTime();
    if (now - (this.#last.get(id) ?? 0) < BACKUP_INTERVAL_MS) return;
    const dir = join(this.#dir, id);
    try {
      await realFolder(dir);
      // Exclusive: a name that exists already (a planted link among them) is never written through.
      await copyStoreFile(file, join(dir, `${stamp(this.#now())}.json`));
      this.#last.set(id, now);
      for (const name of (await this.list(id)).slice(BACKUPS_KEPT)) await rm(join(dir, name), { force: true });
    } catch {
      // A backup that cannot be made must not block the change itself; the next change tries again.
    }
  }

  /** A document's backups, newest first. */
  async list(id: string): Promise<string[]> {
    try {
      return (await readdir(join(this.#dir, id))).filter((n) => n.endsWith('.json')).sort().reverse();
    } catch {
      return [];
    }
  }

  /** The path of one backup. */
  path(id: string, name: string): string {
    return join(this.#dir, id, name);
  }
}

import { rename, stat } from 'node:fs/promises';
import type { Low } from 'lowdb';
import { WorkbenchError } from '../../shared/errors.ts';
import { describeFsError } from '../service/fs-errors.ts';
import { DurableFile } from './durable-file.ts';
import { stamp } from './quarantine.ts';
import { copyStoreFile, readStoreFile } from './store-open.ts';
import { checkSchema, SCHEMA_VERSION, type DocumentFile } from './schema.ts';

/**
 * A document file: compact JSON (a 2,000-claim article is written in a third of the time of indented JSON),
 * written atomically and durably like every store file.
 */
export function documentFile(path: string): DurableFile<DocumentFile> {
  return new DurableFile<DocumentFile>(path, { stringify: (data) => JSON.stringify(data) });
}

/**
 * What a file is on disk right now: every store write renames a fresh file into place, so a new inode (or
 * time or size) means something else replaced it since. Null when there is no file.
 */
export async function fileVersion(file: string): Promise<string | null> {
  try {
    const s = await stat(file, { bigint: true });
    return `${s.ino}:${s.mtimeNs}:${s.size}`;
  } catch {
    return null;
  }
}

/** Copies `file` to a new name beside it that did not exist (never through a link planted under that name). */
export async function keepCopy(file: string, suffix: string, now: Date): Promise<string> {
  for (const name of [`${file.replace(/\.json$/, '')}${suffix}.json`, `${file}${suffix}-${stamp(now)}`]) {
    try {
      await copyStoreFile(file, name);
      return name;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    }
  }
  throw new WorkbenchError('io', `Could not keep a copy of ${file}.`);
}

/**
 * Reads a store file, checks its schema and shape, and migrates an older one (keeping a copy of the old
 * file beside it, `name.v1.json`; `persist` false: in memory only). Unreadable, truncated or foreign files throw
 * "damaged"; newer ones "store".
 */
export async function readChecked<T extends { schemaVersion: number }>(db: Low<T>, file: string, migrate: (d: unknown) => T, shape: (d: T, file: string) => void, now: Date, persist = true): Promise<void> {
  try {
    await db.read();
  } catch (err) {
    const reason = err instanceof SyntaxError ? 'it is not valid JSON (truncated or corrupt)' : `it cannot be read: ${describeFsError(err)}`;
    throw new WorkbenchError('damaged', `${file} is damaged: ${reason}`);
  }
  checkSchema(db.data, file);
  const version = db.data.schemaVersion;
  if (version < SCHEMA_VERSION) {
    const migrated = migrate(db.data);
    shape(migrated, file);
    db.data = migrated;
    if (persist) {
      await keepCopy(file, `.v${version}`, now).catch(() => undefined);
      await db.write();
    }
  }
  shape(db.data, file);
}

/**
 * Before writing over a store file: if something other than this process replaced it since (a newer app's
 * file put back, a restore by hand), a newer one is refused and anything else is kept as a copy first.
 * Why: the writer's copy in memory must never silently erase a file it did not write.
 */
export async function guardReplaced(file: string, known: string | null | undefined, now: Date): Promise<void> {
  if (known === undefined) return;
  const current = await fileVersion(file);
  if (current === null || current === known) return;
  try {
    const version = (JSON.parse(await readStoreFile(file)) as { schemaVersion?: unknown }).schemaVersion;
    if (typeof version === 'number' && version > SCHEMA_VERSION) {
      throw new WorkbenchError('store', `${file} was replaced by a file of a newer version of the workbench (schema ${version}); it was not overwritten. Update the app, or move that file away.`);
    }
  } catch (err) {
    if (err instanceof WorkbenchError) throw err;
    // A link, a folder, a pipe, a device or a socket put in its place is never read or copied through: it is
    // moved aside whole, as it is, and the file is written in its place.
    if (NOT_A_FILE.has((err as NodeJS.ErrnoException).code ?? '')) {
      const aside = `${file}.replaced-${stamp(now)}`;
      try {
        await rename(file, aside);
        return;
      } catch (moved) {
        throw new WorkbenchError('io', `${file} was replaced by something that is not a file (${describeFsError(err)}), and it could not be moved aside: ${describeFsError(moved)}. Move it out of the library folder.`);
      }
    }
  }
  await keepCopy(file, '.replaced', now);
}

/** The errors openStoreFile gives for something other than a regular file under a store file's name. */
const NOT_A_FILE = new Set(['ENOTREG', 'ELOOP', 'EISDIR', 'ENXIO']);

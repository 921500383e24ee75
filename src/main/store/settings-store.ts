import { rename } from 'node:fs/promises';
import { join } from 'node:path';
import { Low } from 'lowdb';
import { DurableFile } from './durable-file.ts';
import { WorkbenchError } from '../../shared/errors.ts';
import type { Settings } from '../../shared/settings.ts';
import { describeFsError } from '../service/fs-errors.ts';
import { checkSchema, SCHEMA_VERSION } from './schema.ts';

interface SettingsFile {
  schemaVersion: number;
  settings: Settings;
}

/** The user's settings, in settings.json beside the library index. */
export class SettingsStore {
  readonly #db: Low<SettingsFile>;

  private constructor(db: Low<SettingsFile>) {
    this.#db = db;
  }

  /**
   * Opens the settings file, starting from `defaults` when there is none. A damaged one is moved aside (never
   * deleted) and the defaults are used; `notice` says so.
   */
  static async open(dir: string, defaults: Settings): Promise<{ store: SettingsStore; notice: string | null }> {
    const file = join(dir, 'settings.json');
    const db = new Low<SettingsFile>(new DurableFile(file), { schemaVersion: SCHEMA_VERSION, settings: defaults });
    let notice: string | null = null;
    try {
      await db.read();
      checkSchema(db.data, file);
      if (typeof db.data.settings !== 'object' || db.data.settings === null) throw new WorkbenchError('damaged', `${file} has no settings in it`);
    } catch (err) {
      if (err instanceof WorkbenchError && err.code === 'store') throw err;
      const aside = `${file}.damaged-${Date.now()}`;
      await rename(file, aside).catch(() => undefined);
      const reason = err instanceof SyntaxError ? 'it is not valid JSON' : err instanceof WorkbenchError ? err.message.replace(`${file} `, '') : describeFsError(err);
      notice = `The settings file ${file} was damaged (${reason}); it was moved to ${aside} and the default settings are used.`;
      db.data = { schemaVersion: SCHEMA_VERSION, settings: defaults };
    }
    db.data.settings = { ...defaults, ...db.data.settings };
    return { store: new SettingsStore(db), notice };
  }

  /** The current settings. */
  get settings(): Settings {
    return { ...this.#db.data.settings };
  }

  /** Saves new settings. */
  async save(settings: Settings): Promise<Settings> {
    this.#db.data = { schemaVersion: SCHEMA_VERSION, settings };
    try {
      await this.#db.write();
    } catch (err) {
      throw new WorkbenchError('io', `The settings could not be saved: ${describeFsError(err)}.`);
    }
    return this.settings;
  }
}

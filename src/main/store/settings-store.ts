import { join } from 'node:path';
import { Low } from 'lowdb';
import { JSONFile } from 'lowdb/node';
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

  /** Opens the settings file, starting from `defaults` when there is none (an unreadable one is reported). */
  static async open(dir: string, defaults: Settings): Promise<SettingsStore> {
    const file = join(dir, 'settings.json');
    const db = new Low<SettingsFile>(new JSONFile(file), { schemaVersion: SCHEMA_VERSION, settings: defaults });
    try {
      await db.read();
    } catch (err) {
      throw new WorkbenchError('store', `Cannot read ${file}: ${err instanceof SyntaxError ? 'it is not valid JSON' : describeFsError(err)}.`);
    }
    checkSchema(db.data, file);
    db.data.settings = { ...defaults, ...db.data.settings };
    return new SettingsStore(db);
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

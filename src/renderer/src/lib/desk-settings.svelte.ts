import type { WorkbenchBridge } from '../../../shared/ipc-contract.ts';
import { defaultSettings, type Settings } from '../../../shared/settings.ts';

/** The desk's settings as the window knows them: who reviews, and whether verdicts need a reason. */
export class DeskSettings {
  #settings = $state<Settings>(defaultSettings());
  #loaded = $state(false);
  #error = $state<string | null>(null);

  get settings(): Settings {
    return this.#settings;
  }
  /** True once the stored settings were read (before that, nothing is asked of the user). */
  get loaded(): boolean {
    return this.#loaded;
  }
  get error(): string | null {
    return this.#error;
  }
  /** True once the settings are read and no reviewer is named: the window asks for one before any change. */
  get needsReviewer(): boolean {
    return this.#loaded && !this.#settings.reviewer;
  }
  /** True when verdicts without a note or evidence are flagged and a reason is asked for. */
  get requireReason(): boolean {
    return this.#settings.requireReason ?? true;
  }

  /** Reads the stored settings. */
  async load(api: WorkbenchBridge): Promise<void> {
    try {
      this.#settings = await api.getSettings();
      this.#loaded = true;
    } catch (err) {
      this.#error = (err as Error).message;
    }
  }

  /** Saves a change to the settings; false (with the reason in `error`) when it was refused. */
  async save(api: WorkbenchBridge, change: Partial<Settings>): Promise<boolean> {
    try {
      this.#settings = await api.saveSettings({ ...this.#settings, ...change });
      this.#error = null;
      return true;
    } catch (err) {
      this.#error = (err as Error).message;
      return false;
    }
  }

  /** Takes in settings saved elsewhere in the window (the export dialog). */
  adopt(settings: Settings): void {
    this.#settings = settings;
  }
}

/** The one copy the window's components read. */
export const desk = new DeskSettings();

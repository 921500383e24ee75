import type { WorkbenchBridge } from '../../../shared/ipc-contract.ts';
import { DEFAULT_CHOICES, type ExportChoices } from '../../../shared/report/report-options.ts';
import { defaultSettings, type Settings } from '../../../shared/settings.ts';

/** The export dialog's state: the choices, who signs, the article address, and the preview of the result. */
export class ExportState {
  readonly #api: WorkbenchBridge;
  readonly documentId: string;
  #choices = $state<ExportChoices>({ ...DEFAULT_CHOICES });
  #settings = $state<Settings>(defaultSettings(''));
  #url = $state('');
  #preview = $state('');
  #error = $state<string | null>(null);
  #busy = $state(false);
  #ticket = 0;
  #saving: Promise<void> = Promise.resolve();

  constructor(api: WorkbenchBridge, documentId: string, url: string | null) {
    this.#api = api;
    this.documentId = documentId;
    this.#url = url ?? '';
  }

  get choices(): ExportChoices {
    return this.#choices;
  }
  get settings(): Settings {
    return this.#settings;
  }
  get url(): string {
    return this.#url;
  }
  get preview(): string {
    return this.#preview;
  }
  get error(): string | null {
    return this.#error;
  }
  get busy(): boolean {
    return this.#busy;
  }

  /** Loads the settings and the first preview. */
  async load(): Promise<void> {
    try {
      this.#settings = await this.#api.getSettings();
    } catch (err) {
      this.#error = (err as Error).message;
    }
    await this.refresh();
  }

  /** Changes one choice and refreshes the preview. */
  async choose<K extends keyof ExportChoices>(key: K, value: ExportChoices[K]): Promise<void> {
    this.#choices = { ...this.#choices, [key]: value };
    await this.refresh();
  }

  /**
   * Saves an edited setting and refreshes the preview. The edit applies at once and saves queue up in order,
   * so two fields changed in quick succession never undo each other.
   */
  async setSetting(key: keyof Settings, value: string): Promise<void> {
    const previous = this.#settings;
    this.#settings = { ...this.#settings, [key]: value };
    const next = this.#settings;
    this.#saving = this.#saving.then(async () => {
      try {
        await this.#api.saveSettings(next);
        this.#error = null;
      } catch (err) {
        if (this.#settings === next) this.#settings = previous;
        this.#error = (err as Error).message;
      }
    });
    await this.#saving;
    await this.refresh();
  }

  /** Saves the article's web address and refreshes the preview. */
  async setUrl(value: string): Promise<void> {
    try {
      await this.#api.setDocumentUrl(this.documentId, value.trim() === '' ? null : value.trim());
      this.#url = value.trim();
      this.#error = null;
      await this.refresh();
    } catch (err) {
      this.#error = (err as Error).message;
    }
  }

  /** Renders the export as it would be saved now (only the latest request's answer is shown). */
  async refresh(): Promise<void> {
    const ticket = ++this.#ticket;
    try {
      const text = await this.#api.previewExport(this.documentId, this.#choices);
      if (ticket === this.#ticket) this.#preview = text;
    } catch (err) {
      if (ticket === this.#ticket) this.#error = (err as Error).message;
    }
  }

  /** Asks where to save and writes the export; returns the path, or null when cancelled or failed. */
  async save(): Promise<string | null> {
    this.#busy = true;
    try {
      const outcome = await this.#api.exportReport(this.documentId, this.#choices);
      return outcome.saved ? outcome.path : null;
    } catch (err) {
      this.#error = (err as Error).message;
      return null;
    } finally {
      this.#busy = false;
    }
  }
}

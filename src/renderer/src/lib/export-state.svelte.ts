import type { WorkbenchBridge } from '../../../shared/ipc-contract.ts';
import { DEFAULT_CHOICES, type ExportChoices } from '../../../shared/report/report-options.ts';
import { defaultSettings, type Settings } from '../../../shared/settings.ts';
import { desk } from './desk-settings.svelte.ts';
import { PreviewPages } from './preview-pages.svelte.ts';

/** How much of the export one request brings: the preview asks for the next part as the reader scrolls. */
export const PART_CHARS = 96_000;

const ERROR_SOURCES = ['settings', 'url', 'preview', 'save'] as const;
type ErrorSource = (typeof ERROR_SOURCES)[number];

/** The export dialog's state: the choices, who signs, the article address, and the preview of the result. */
export class ExportState {
  readonly #api: WorkbenchBridge;
  readonly documentId: string;
  #choices = $state<ExportChoices>({ ...DEFAULT_CHOICES });
  #settings = $state<Settings>(defaultSettings());
  #url = $state('');
  #missing = $state<string[]>([]);
  #pages = $state<PreviewPages | null>(null);
  #fetching = false;
  /** Why: each source clears only its own message, so a late settings save cannot wipe a URL refusal. */
  #errors = $state<Partial<Record<ErrorSource, string>>>({});
  #busy = $state(false);
  #savedTo = $state<string | null>(null);
  #ticket = 0;
  #saving: Promise<void> = Promise.resolve();

  readonly #onUrl: (url: string | null) => void;

  /** `onUrl` hears the article address once saved, so the open document (and the next dialog) keeps it. */
  constructor(api: WorkbenchBridge, documentId: string, url: string | null, onUrl: (url: string | null) => void = () => {}) {
    this.#api = api;
    this.documentId = documentId;
    this.#url = url ?? '';
    this.#onUrl = onUrl;
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
  /** The export's text as far as it has arrived. */
  get preview(): string {
    return this.#pages?.text ?? '';
  }
  /** The preview, cut into pages as it is read. */
  get pages(): PreviewPages | null {
    return this.#pages;
  }
  /** What the chosen export still lacks (organisation, addresses, dates, reasons), in words. */
  get missing(): string[] {
    return this.#missing;
  }
  get error(): string | null {
    const messages = ERROR_SOURCES.map((source) => this.#errors[source]).filter((m): m is string => m !== undefined);
    return messages.length > 0 ? messages.join(' ') : null;
  }
  get busy(): boolean {
    return this.#busy;
  }
  /** Where the last save went, shown in the dialog (which stays open for the next format). */
  get savedTo(): string | null {
    return this.#savedTo;
  }

  /** Loads the settings and the first preview. */
  async load(): Promise<void> {
    try {
      this.#settings = await this.#api.getSettings();
    } catch (err) {
      this.#setError('settings', err);
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
  async setSetting<K extends keyof Settings>(key: K, value: Settings[K]): Promise<void> {
    const previous = this.#settings;
    this.#settings = { ...this.#settings, [key]: value };
    const next = this.#settings;
    this.#saving = this.#saving.then(async () => {
      try {
        desk.adopt(await this.#api.saveSettings(next));
        this.#setError('settings', null);
      } catch (err) {
        if (this.#settings === next) this.#settings = previous;
        this.#setError('settings', err);
      }
    });
    await this.#saving;
    await this.refresh();
  }

  /** Saves the article's web address and refreshes the preview. */
  async setUrl(value: string): Promise<void> {
    try {
      const url = value.trim() === '' ? null : value.trim();
      await this.#api.setDocumentUrl(this.documentId, url);
      this.#url = value.trim();
      this.#onUrl(url);
      this.#setError('url', null);
    } catch (err) {
      this.#setError('url', err);
      return;
    }
    await this.refresh();
  }

  /**
   * Renders the export as it would be saved now and shows its first part; later parts come as the reader
   * scrolls (only the latest request's answer is shown). A 20,000-claim report never crosses at once.
   */
  async refresh(): Promise<void> {
    const ticket = ++this.#ticket;
    const choices = this.#choices;
    try {
      const [first, missing] = await Promise.all([this.#api.previewExportPart(this.documentId, choices, 0, PART_CHARS), this.#api.exportPreflight(this.documentId, this.#choices)]);
      if (ticket !== this.#ticket) return;
      this.#missing = missing;
      const pages: PreviewPages = new PreviewPages(choices.format === 'markdown', () => void this.#fetchMore(ticket, choices, pages));
      this.#fetching = false;
      pages.append(first.text, first.text.length >= first.total);
      this.#pages = pages;
      this.#setError('preview', null);
    } catch (err) {
      if (ticket === this.#ticket) this.#setError('preview', err);
    }
  }

  async #fetchMore(ticket: number, choices: ExportChoices, pages: PreviewPages): Promise<void> {
    if (this.#fetching || ticket !== this.#ticket) return;
    this.#fetching = true;
    try {
      const part = await this.#api.previewExportPart(this.documentId, choices, pages.received, PART_CHARS);
      if (ticket !== this.#ticket) return;
      pages.append(part.text, pages.received + part.text.length >= part.total);
    } catch (err) {
      if (ticket === this.#ticket) this.#setError('preview', err);
    } finally {
      if (ticket === this.#ticket) this.#fetching = false;
    }
  }

  /** Asks where to save and writes the export; returns the path, or null when cancelled or failed. */
  async save(): Promise<string | null> {
    this.#busy = true;
    try {
      const outcome = await this.#api.exportReport(this.documentId, this.#choices);
      this.#setError('save', null);
      if (outcome.saved) this.#savedTo = outcome.path;
      return outcome.saved ? outcome.path : null;
    } catch (err) {
      this.#setError('save', err);
      return null;
    } finally {
      this.#busy = false;
    }
  }

  #setError(source: ErrorSource, err: unknown): void {
    const next = { ...this.#errors };
    if (err === null) delete next[source];
    else next[source] = err instanceof Error ? err.message : String(err);
    this.#errors = next;
  }
}

import type { ImportProgress, WorkbenchBridge } from '../../../shared/ipc-contract.ts';

/** How an import's one bar is shared out: reading the article, then saving it, then showing it. */
const READING_SHARE = 85;
const SAVING_AT = 90;
const OPENING_AT = 96;

/** One import as the window shows it: which step, and how far the whole import has come (0–100). */
export interface ImportStep {
  name: string;
  stage: 'reading' | 'saving' | 'opening';
  percent: number;
}

/**
 * The import the library is running now, as one bar from the start to the article shown: main reports reading
 * and saving; the window adds opening the article, until it is shown. Null when none is running.
 */
export class ImportProgressState {
  #current = $state<ImportStep | null>(null);

  /** The running import's step, or null. */
  get current(): ImportStep | null {
    return this.#current;
  }

  /** What a screen reader and the label say: "Reading “x.html”… 42 %". */
  get label(): string {
    const p = this.#current;
    if (!p) return '';
    const verb = p.stage === 'reading' ? 'Reading' : p.stage === 'saving' ? 'Saving' : 'Opening';
    return `${verb} “${p.name}”… ${p.percent} %`;
  }

  /**
   * Follows the bridge's progress events; `showing` tells whether the window is still opening what was
   * imported (the bar then stays, at its last step, until `settle`). Returns the function that stops following.
   */
  follow(api: Pick<WorkbenchBridge, 'onImportProgress'>, showing: () => boolean): () => void {
    return api.onImportProgress((p: ImportProgress) => {
      if (p.stage === 'reading') this.#current = { name: p.name, stage: 'reading', percent: Math.round((p.percent * READING_SHARE) / 100) };
      else if (p.stage === 'saving') this.#current = { name: p.name, stage: 'saving', percent: SAVING_AT };
      else this.#current = showing() ? { name: p.name, stage: 'opening', percent: OPENING_AT } : null;
    });
  }

  /** The window has shown what it imported: the bar goes. */
  settle(): void {
    if (this.#current?.stage === 'opening') this.#current = null;
  }
}

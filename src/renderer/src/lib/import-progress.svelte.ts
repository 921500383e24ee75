import type { ImportProgress, WorkbenchBridge } from '../../../shared/ipc-contract.ts';

/** The import the library is reading now, as main reports it; null when none is running. */
export class ImportProgressState {
  #current = $state<ImportProgress | null>(null);

  /** The running import's progress, or null. */
  get current(): ImportProgress | null {
    return this.#current;
  }

  /** What a screen reader and the label say: "Reading “x.html”… 42 %". */
  get label(): string {
    const p = this.#current;
    if (!p) return '';
    return p.stage === 'saving' ? `Saving “${p.name}”…` : `Reading “${p.name}”… ${p.percent} %`;
  }

  /** Follows the bridge's progress events; returns the function that stops following. */
  follow(api: Pick<WorkbenchBridge, 'onImportProgress'>): () => void {
    return api.onImportProgress((p) => {
      this.#current = p.stage === 'done' ? null : p;
    });
  }
}

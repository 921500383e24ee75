import type { ExportChoices } from '../../shared/report/report-options.ts';
import type { WorkbenchService } from '../service/workbench-service.ts';

/**
 * The export preview, rendered once and handed out in parts: the window asks for the first part when the
 * dialog opens or a choice changes (rendered afresh), then for later parts as the reader scrolls (served from
 * the same rendering while the document, its address and the settings are unchanged).
 */
export class PreviewCache {
  readonly #service: WorkbenchService;
  #last: { key: string; text: Promise<string> } | null = null;

  constructor(service: WorkbenchService) {
    this.#service = service;
  }

  /** The export as the preview shows it; `fresh` renders it again even when nothing it depends on changed. */
  async render(documentId: string, choices: ExportChoices, fresh: boolean): Promise<string> {
    const doc = await this.#service.getDocument(documentId);
    const settings = await this.#service.getSettings();
    // Why: a part must come from the rendering the first part came from, or the preview would splice two reports.
    const key = JSON.stringify([documentId, choices, doc.updatedAt ?? doc.importedAt, doc.sourceUrl, settings]);
    if (fresh || this.#last?.key !== key) {
      const text = this.#service.renderExport(documentId, choices);
      this.#last = { key, text };
      text.catch(() => {
        if (this.#last?.text === text) this.#last = null;
      });
    }
    return this.#last!.text;
  }
}

import type { FactDocument } from '../../shared/model.ts';
import { renderExport } from '../../shared/report/render-report.ts';
import { FORMAT_INFO, type ExportChoices } from '../../shared/report/report-options.ts';
import type { Settings } from '../../shared/settings.ts';
import { SCHEMA_VERSION } from '../store/schema.ts';

/** Reports of a document: rendered in a format, signed with the settings and the clock, and named for saving. */
export class ExportService {
  readonly #now: () => Date;
  readonly #appVersion: string;

  constructor(now: () => Date, appVersion: string) {
    this.#now = now;
    this.#appVersion = appVersion;
  }

  /** A document rendered in the chosen format, signed by the reviewer and organisation in `settings`. */
  render(doc: FactDocument, choices: ExportChoices, settings: Settings): string {
    const context = { exportedAt: this.#now(), reviewer: settings.reviewer, organisation: settings.organisation, organisationUrl: settings.organisationUrl, appVersion: this.#appVersion };
    return renderExport(doc, choices, context, SCHEMA_VERSION);
  }

  /** A file name to suggest when saving a document's export. */
  fileName(doc: FactDocument, choices: ExportChoices): string {
    const suffix = choices.format === 'markdown' ? 'report' : choices.format;
    return `${doc.id.replace(/-[0-9a-f]{6}$/, '')}-${suffix}.${FORMAT_INFO[choices.format].extension}`;
  }
}

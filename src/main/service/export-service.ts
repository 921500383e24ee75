import type { FactDocument } from '../../shared/model.ts';
import { claimReviewPreflight } from '../../shared/report/claimreview.ts';
import { articleUrl } from '../../shared/report/report-data.ts';
import { renderExport } from '../../shared/report/render-report.ts';
import { FORMAT_INFO, type ExportChoices, type ReportContext } from '../../shared/report/report-options.ts';
import type { Settings } from '../../shared/settings.ts';
import { profileCounts, renderSourcingSvg, sourcingProfile } from '../../shared/sourcing-chart.ts';
import type { TeamConflict } from '../../shared/team/conflicts.ts';

/** What an export shows beyond the document: the chart file beside it, the desk's conflicts on its claims. */
export interface ExportExtras {
  chartFile?: string;
  teamConflicts?: readonly TeamConflict[];
}
import { SCHEMA_VERSION } from '../store/schema.ts';

/** Reports of a document: rendered in a format, signed with the settings and the clock, and named for saving. */
export class ExportService {
  readonly #now: () => Date;
  readonly #appVersion: string;

  constructor(now: () => Date, appVersion: string) {
    this.#now = now;
    this.#appVersion = appVersion;
  }

  /** Everything about an export that is not in the document: the clock, who signs, the desk's rules. */
  context(settings: Settings, { chartFile, teamConflicts }: ExportExtras = {}): ReportContext {
    return {
      exportedAt: this.#now(),
      reviewer: settings.reviewer,
      organisation: settings.organisation,
      organisationUrl: settings.organisationUrl,
      appVersion: this.#appVersion,
      requireReason: settings.requireReason ?? true,
      ...(chartFile ? { chartFile } : {}),
      ...(teamConflicts?.length ? { teamConflicts } : {}),
    };
  }

  /** A document rendered in the chosen format, signed by the reviewer and organisation in `settings`. */
  render(doc: FactDocument, choices: ExportChoices, settings: Settings, extras: ExportExtras = {}): string {
    return renderExport(doc, choices, this.context(settings, extras), SCHEMA_VERSION);
  }

  /** The sourcing profile chart of a document as an SVG file's text. */
  chart(doc: FactDocument): string {
    const { sources, counts } = profileCounts(doc.claims);
    return renderSourcingSvg(sourcingProfile(sources, counts));
  }

  /** What the chosen export still lacks, in words (empty when nothing): shown in the dialog before saving. */
  preflight(doc: FactDocument, choices: ExportChoices, settings: Settings): string[] {
    const ctx = this.context(settings);
    if (choices.format === 'claimreview') return claimReviewPreflight(doc, ctx);
    const missing: string[] = [];
    if (!settings.reviewer) missing.push('The reviewer’s name: the report and its history say who checked.');
    if (!articleUrl(doc)) missing.push('The article’s web address.');
    return missing;
  }

  /** A file name to suggest when saving a document's export. */
  fileName(doc: FactDocument, choices: ExportChoices): string {
    const suffix = choices.format === 'markdown' ? 'report' : choices.format;
    return `${doc.id.replace(/-[0-9a-f]{6}$/, '')}-${suffix}.${FORMAT_INFO[choices.format].extension}`;
  }
}

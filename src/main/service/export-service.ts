import type { FactDocument } from '../../shared/model.ts';
import { claimReviewGaps, type ExportGap } from '../../shared/report/claimreview.ts';
import { articleUrl } from '../../shared/report/report-data.ts';
import { renderExport } from '../../shared/report/render-report.ts';
import { FORMAT_INFO, type ExportChoices, type ReportContext } from '../../shared/report/report-options.ts';
import type { Settings } from '../../shared/settings.ts';
import { reportChartSvg } from '../../shared/report/report-chart.ts';
import type { TeamConflict } from '../../shared/team/conflicts.ts';

/** What an export shows beyond the document: the chart file beside it, the desk's conflicts on its claims. */
export interface ExportExtras {
  chartFile?: string;
  teamConflicts?: readonly TeamConflict[];
}

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
    return renderExport(doc, choices, this.context(settings, extras));
  }

  /** The sourcing profile chart of a document as an SVG file's text. */
  chart(doc: FactDocument, settings: Settings): string {
    return reportChartSvg(doc, settings.requireReason ?? true);
  }

  /** What the chosen export still lacks, in words (empty when nothing): shown in the dialog before saving. */
  preflight(doc: FactDocument, choices: ExportChoices, settings: Settings): string[] {
    return this.gaps(doc, choices, settings).map((g) => g.message);
  }

  /** What the chosen export lacks, each marked required when readers cannot use the export without it. */
  gaps(doc: FactDocument, choices: ExportChoices, settings: Settings): ExportGap[] {
    if (choices.format === 'claimreview') return claimReviewGaps(doc, this.context(settings));
    const gaps: ExportGap[] = [];
    if (!settings.reviewer) gaps.push({ message: 'The reviewer’s name: the report and its history say who checked (factcheck settings --reviewer NAME).', required: false });
    if (!articleUrl(doc)) gaps.push({ message: 'The article’s web address (factcheck import --url, or the export dialog).', required: false });
    return gaps;
  }

  /** A file name to suggest when saving a document's export. */
  fileName(doc: FactDocument, choices: ExportChoices): string {
    // The extension names the format: "-report.csv", never "-csv.csv".
    const suffix = choices.format === 'claimreview' ? 'claimreview' : 'report';
    return `${doc.id.replace(/-[0-9a-f]{6}$/, '')}-${suffix}.${FORMAT_INFO[choices.format].extension}`;
  }
}

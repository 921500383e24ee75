import type { TeamConflict } from '../team/conflicts.ts';
import type { InferOutput } from 'valibot';
import type { ExportChoicesSchema } from '../ipc-schemas.ts';
/** The formats a document can be exported in. */
export const EXPORT_FORMATS = ['markdown', 'claimreview', 'csv', 'json'] as const;

/** One export format. */
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** File extension, dialog filter name and media type of each format. */
export const FORMAT_INFO: Readonly<Record<ExportFormat, { label: string; extension: string; mime: string }>> = {
  markdown: { label: 'Markdown report', extension: 'md', mime: 'text/markdown' },
  claimreview: { label: 'ClaimReview JSON-LD', extension: 'jsonld', mime: 'application/ld+json' },
  csv: { label: 'CSV spreadsheet', extension: 'csv', mime: 'text/csv' },
  json: { label: 'JSON document record', extension: 'json', mime: 'application/json' },
};

/** What the user chooses in the export dialog. */
export type ExportChoices = InferOutput<typeof ExportChoicesSchema>;

/** The default export: a Markdown report of the findings and what is open, without the full record or appendices. */
export const DEFAULT_CHOICES: ExportChoices = { format: 'markdown', includeUnreviewed: true, includeDismissed: false, includeArticle: false, includeRecord: false };

/** Everything about an export that is not in the document: the clock and who signs it. */
export interface ReportContext {
  exportedAt: Date;
  reviewer: string;
  organisation: string;
  organisationUrl: string;
  appVersion: string;
  /** Whether a verdict needs a reason (the desk's setting; on when not given): one without is reported as open. */
  requireReason?: boolean;
  /** The file name of the sourcing chart saved beside a Markdown report, when there is one. */
  chartFile?: string;
  /** The desk's conflicts on this document's claims, when the library syncs with a team (open ones are flagged). */
  teamConflicts?: readonly TeamConflict[];
}

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
  json: { label: 'JSON report', extension: 'json', mime: 'application/json' },
};

/** The choices that add something to an export, besides its format. */
export type ExportOption = 'includeUnreviewed' | 'includeDismissed' | 'includeArticle' | 'includeRecord';

/**
 * Which options mean something in each format, and what they add there; an option not listed for a format
 * is refused by the CLI and disabled in the dialog, never silently ignored.
 */
export const FORMAT_OPTIONS: Readonly<Record<ExportFormat, Partial<Record<ExportOption, string>>>> = {
  markdown: { includeUnreviewed: 'each Unreviewed claim listed (else summarised)', includeDismissed: 'an appendix of dismissed units', includeArticle: 'the full article text', includeRecord: 'the full per-claim record with its history' },
  csv: { includeDismissed: 'rows for dismissed units', includeRecord: 'the history table instead of the claims: one row per change' },
  json: { includeDismissed: 'the dismissed units', includeArticle: 'the full article text', includeRecord: 'the history: one entry per change' },
  claimreview: {},
};

/** The options chosen that the format does not take (empty when none). */
export function optionsNotTaken(choices: ExportChoices): ExportOption[] {
  const taken = FORMAT_OPTIONS[choices.format];
  return (['includeUnreviewed', 'includeDismissed', 'includeArticle', 'includeRecord'] as const).filter((o) => choices[o] && !(o in taken));
}

/** What the user chooses in the export dialog. */
export type ExportChoices = InferOutput<typeof ExportChoicesSchema>;

/** The default export: a Markdown report of the findings and what is open (Unreviewed claims summarised), without the full record or appendices. */
export const DEFAULT_CHOICES: ExportChoices = { format: 'markdown', includeUnreviewed: false, includeDismissed: false, includeArticle: false, includeRecord: false };

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

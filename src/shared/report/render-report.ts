import type { FactDocument } from '../model.ts';
import { renderClaimReview } from './claimreview.ts';
import { renderCsv } from './csv-report.ts';
import { renderMarkdownReport } from './markdown-report.ts';
import type { ExportChoices, ReportContext } from './report-options.ts';

/** The full document record, for backups and other tools. */
export function renderJsonRecord(doc: FactDocument, ctx: ReportContext, schemaVersion: number): string {
  return `${JSON.stringify({ format: 'factcheck-workbench-document', schemaVersion, appVersion: ctx.appVersion, exportedAt: ctx.exportedAt.toISOString(), document: doc }, null, 2)}\n`;
}

/** Renders a document in the chosen format. */
export function renderExport(doc: FactDocument, choices: ExportChoices, ctx: ReportContext, schemaVersion: number): string {
  switch (choices.format) {
    case 'markdown':
      return renderMarkdownReport(doc, choices, ctx);
    case 'claimreview':
      return renderClaimReview(doc, ctx);
    case 'csv':
      return renderCsv(doc, choices, ctx);
    case 'json':
      return renderJsonRecord(doc, ctx, schemaVersion);
  }
}

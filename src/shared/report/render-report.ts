import type { FactDocument } from '../model.ts';
import { renderClaimReview } from './claimreview.ts';
import { renderCsv } from './csv-report.ts';
import { renderJsonReport } from './json-report.ts';
import { renderMarkdownReport } from './markdown-report.ts';
import type { ExportChoices, ReportContext } from './report-options.ts';

/** Renders a document in the chosen format. */
export function renderExport(doc: FactDocument, choices: ExportChoices, ctx: ReportContext): string {
  switch (choices.format) {
    case 'markdown':
      return renderMarkdownReport(doc, choices, ctx);
    case 'claimreview':
      return renderClaimReview(doc, ctx);
    case 'csv':
      return renderCsv(doc, choices, ctx);
    case 'json':
      return renderJsonReport(doc, choices, ctx);
  }
}

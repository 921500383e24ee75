import type { Claim, FactDocument } from '../model.ts';
import type { Status } from '../status.ts';
import { articleDetails } from './article-details.ts';
import { FIGURES, reportData, sectionOf, type FigureKey, type ReportData, type ReportSection } from './report-data.ts';
import type { ExportChoices, ReportContext } from './report-options.ts';

/** The version of the JSON report's shape; raised whenever a field changes meaning or goes away. */
export const JSON_REPORT_VERSION = 1;

/** One claim as the JSON report gives it. */
export interface JsonReportClaim {
  number: number;
  id: string;
  /** Where the report puts it: finding, no-reason, recheck, in-progress, unreviewed, or dismissed. */
  section: ReportSection | 'dismissed';
  status: Status;
  text: string;
  /** Who the article attributes it to; null when no one. */
  source: { name: string; anonymous: boolean; correctedByHand: boolean } | null;
  note: string;
  evidence: { url: string; title: string; excerpt: string }[];
  /** Who set its current status, and when (ISO 8601); null when unknown or still Unreviewed. */
  verdictBy: string | null;
  verdictAt: string | null;
  checkworthy: boolean;
  score: number;
  reasons: string[];
  /** Character offsets into the article text. */
  start: number;
  end: number;
}

/** The JSON report: the same model as the Markdown report, as data for other tools. */
export interface JsonReport {
  format: 'factcheck-workbench-report';
  version: typeof JSON_REPORT_VERSION;
  exportedAt: string;
  app: string;
  signedBy: { reviewer: string | null; organisation: string | null; organisationUrl: string | null };
  article: { documentId: string; title: string; details: Record<string, string | null> };
  figures: { total: number; reviewed: number; findings: number; byCategory: Record<FigureKey, number>; sources: ReportData['sources'] };
  /** Every claim on the list, in report order: findings (Disputed, Unsourced, Verified), then what is open. */
  claims: JsonReportClaim[];
  /** With the dismissed units chosen. */
  dismissed?: JsonReportClaim[];
  /** With the full record chosen: every standing change, oldest first. */
  history?: { number: number | null; at: string; by: string | null; change: string }[];
  /** With the article chosen: its full text, which the offsets index. */
  articleText?: string;
}

function claimOut(data: ReportData, c: Claim, section: JsonReportClaim['section']): JsonReportClaim {
  const mark = c.status === 'unreviewed' ? undefined : data.marks.get(c.id);
  return {
    number: c.n,
    id: c.id,
    section,
    status: c.status,
    text: c.text,
    source: c.attribution ? { name: c.attribution.source, anonymous: c.attribution.anonymous, correctedByHand: c.attributionEdited } : null,
    note: c.note,
    evidence: c.evidence.map((e) => ({ url: e.url, title: e.title, excerpt: e.excerpt })),
    verdictBy: mark?.by ?? null,
    verdictAt: mark?.at ?? null,
    checkworthy: c.checkworthy,
    score: c.score,
    reasons: [...c.reasons],
    start: c.start,
    end: c.end,
  };
}

/** The document's report as JSON of a documented, versioned shape (never the store's internals). */
export function renderJsonReport(doc: FactDocument, choices: ExportChoices, ctx: ReportContext): string {
  const requireReason = ctx.requireReason ?? true;
  const data = reportData(doc, choices, requireReason);
  const number = new Map(doc.claims.map((c) => [c.id, c.n]));
  const report: JsonReport = {
    format: 'factcheck-workbench-report',
    version: JSON_REPORT_VERSION,
    exportedAt: ctx.exportedAt.toISOString(),
    app: `Factcheck Workbench ${ctx.appVersion}`,
    signedBy: { reviewer: ctx.reviewer || null, organisation: ctx.organisation || null, organisationUrl: ctx.organisationUrl || null },
    article: { documentId: doc.id, title: doc.title, details: Object.fromEntries(articleDetails(doc).map((d) => [d.label.toLowerCase(), d.value])) },
    figures: { total: data.total, reviewed: data.reviewed, findings: data.findings, byCategory: Object.fromEntries(FIGURES.map((f) => [f.key, data.figures[f.key]])) as Record<FigureKey, number>, sources: data.sources },
    claims: data.ordered.map((c) => claimOut(data, c, sectionOf(c, requireReason))),
    ...(choices.includeDismissed ? { dismissed: data.dismissed.map((c) => claimOut(data, c, 'dismissed')) } : {}),
    ...(choices.includeRecord
      ? {
          history: [...data.history.values()]
            .flat()
            .sort((a, b) => a.at.localeCompare(b.at))
            .map((h) => ({ number: number.get(h.claimId) ?? null, at: h.at, by: h.by || null, change: h.label })),
        }
      : {}),
    ...(choices.includeArticle ? { articleText: doc.text } : {}),
  };
  return `${JSON.stringify(report, null, 2)}\n`;
}

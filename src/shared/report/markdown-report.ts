import { isOnList } from '../claim-rules.ts';
import type { Claim, FactDocument } from '../model.ts';
import { emptyCounts, STATUS_INFO, STATUSES } from '../status.ts';
import { escapeInline } from './markdown-escape.ts';

/** Options for rendering a report; the clock is passed in so the same store gives the same bytes. */
export interface ReportOptions {
  exportedAt: Date;
}

/** The units that belong in a report: those on the checker's list. */
export function reportedClaims(doc: FactDocument): Claim[] {
  return doc.claims.filter(isOnList);
}

/** How a claim's source reads in the report. */
function sourceCell(claim: Claim): string {
  const a = claim.attribution;
  if (!a) return 'no source';
  return `${escapeInline(a.source)} (${a.anonymous ? 'anonymous' : 'named'})`;
}

/** Formats a date as "YYYY-MM-DD HH:MM UTC". */
function formatDate(date: Date): string {
  return `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

/** Renders a document's verification report as GitHub-flavoured Markdown. */
export function renderMarkdownReport(doc: FactDocument, options: ReportOptions): string {
  const claims = reportedClaims(doc);
  const counts = emptyCounts();
  for (const c of claims) counts[c.status]++;
  const lines: string[] = [
    `# Verification report: ${escapeInline(doc.title)}`,
    '',
    `- **Source file:** ${escapeInline(doc.sourceName)}`,
    `- **Exported:** ${formatDate(options.exportedAt)}`,
    `- **Claims:** ${claims.length}`,
    '',
    '## Summary',
    '',
    '| Status | Claims |',
    '| --- | ---: |',
    ...STATUSES.map((s) => `| ${STATUS_INFO[s].label} | ${counts[s]} |`),
    `| **Total** | **${claims.length}** |`,
    '',
    '## Claims',
    '',
  ];
  if (claims.length === 0) {
    lines.push('_No check-worthy claims were found in this article._', '');
  } else {
    lines.push('| # | Status | Claim | Source |', '| ---: | --- | --- | --- |');
    for (const c of claims) {
      lines.push(`| ${c.n} | ${STATUS_INFO[c.status].label} | ${escapeInline(c.text)} | ${sourceCell(c)} |`);
    }
    lines.push('');
  }
  return lines.join('\n');
}

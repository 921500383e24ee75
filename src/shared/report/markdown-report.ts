import type { Claim, FactDocument } from '../model.ts';
import { STATUS_INFO, STATUSES } from '../status.ts';
import { escapeInline, escapeLines, escapeLineStart, escapeUrl } from './markdown-escape.ts';
import { percent, reportData } from './report-data.ts';
import type { ExportChoices, ReportContext } from './report-options.ts';

/** Formats a date as "YYYY-MM-DD HH:MM UTC". */
export function formatDate(date: Date): string {
  return `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

/** How a claim's source reads in the report. */
function sourceText(claim: Claim): string {
  const a = claim.attribution;
  if (!a) return 'no source given';
  return `${escapeInline(a.source)} (${a.anonymous ? 'anonymous' : 'named'}${claim.attributionEdited ? ', corrected by hand' : ''})`;
}

/** A claim's history entries, grouped once per report (a scan per claim would be quadratic). */
type HistoryByClaim = Map<string, FactDocument['history']>;

function groupHistory(doc: FactDocument): HistoryByClaim {
  const map: HistoryByClaim = new Map();
  for (const h of doc.history) {
    const list = map.get(h.claimId);
    if (list) list.push(h);
    else map.set(h.claimId, [h]);
  }
  return map;
}

/** One line on what happened to a claim: "3 changes, last on 2026-03-04 05:06 UTC: Marked Verified". */
function historyLine(history: HistoryByClaim, claim: Claim): string {
  const entries = history.get(claim.id) ?? [];
  const last = entries.at(-1);
  if (!last) return 'no changes';
  return `${entries.length} change${entries.length === 1 ? '' : 's'}, last on ${formatDate(new Date(last.at))}: ${escapeInline(last.label)}`;
}

/** The section of one claim: status, the claim quoted, source, note, evidence, history. */
function claimSection(history: HistoryByClaim, claim: Claim): string[] {
  const lines = [`### Claim ${claim.n}: ${STATUS_INFO[claim.status].label}`, '', `> ${escapeLineStart(claim.text)}`, '', `- **Source:** ${sourceText(claim)}`];
  if (claim.note.trim()) lines.push(`- **Note:** ${escapeLines(claim.note, '  ')}`);
  if (claim.evidence.length > 0) {
    lines.push('- **Evidence:**');
    for (const e of claim.evidence) {
      const excerpt = e.excerpt ? ` — “${escapeInline(e.excerpt)}”` : '';
      lines.push(`  - [${escapeInline(e.title || e.url)}](${escapeUrl(e.url)})${excerpt}`);
    }
  }
  lines.push(`- **History:** ${historyLine(history, claim)}`, '');
  return lines;
}

/** The article's own metadata as report lines: outlet, byline, dates (each only when the page gave it). */
function articleLines(doc: FactDocument): string[] {
  const m = doc.metadata ?? {};
  const byline = m.authors?.length ? m.authors.join(', ') : m.byline;
  return [
    ...(m.siteName ? [`- **Outlet:** ${escapeInline(m.siteName)}`] : []),
    ...(byline ? [`- **Byline:** ${escapeInline(byline)}`] : []),
    ...(m.published ? [`- **Published:** ${escapeInline(m.published)}`] : []),
    ...(m.updated && m.updated !== m.published ? [`- **Updated:** ${escapeInline(m.updated)}`] : []),
  ];
}

/** Renders a document's verification report as GitHub-flavoured Markdown; same input, same bytes. */
export function renderMarkdownReport(doc: FactDocument, choices: ExportChoices, ctx: ReportContext): string {
  const data = reportData(doc, choices);
  // The article's address is the one deliberate link besides evidence (checked to be http(s) when it was set).
  const source = doc.sourceUrl ? `${escapeInline(doc.sourceName)}, [${escapeInline(doc.sourceUrl)}](${escapeUrl(doc.sourceUrl)})` : escapeInline(doc.sourceName);
  const lines: string[] = [
    `# Verification report: ${escapeInline(doc.title)}`,
    '',
    ...articleLines(doc),
    `- **Source:** ${source}`,
    `- **Reviewer:** ${escapeInline(ctx.reviewer) || 'not set'}`,
    ...(ctx.organisation ? [`- **Organisation:** ${escapeInline(ctx.organisation)}`] : []),
    `- **Exported:** ${formatDate(ctx.exportedAt)}`,
    `- **App:** Factcheck Workbench ${escapeInline(ctx.appVersion)}`,
    '',
    '## Summary',
    '',
    `${data.reviewed} of ${data.total} claims reviewed (${percent(data.reviewed, data.total)}).`,
    '',
    '| Status | Claims |',
    '| --- | ---: |',
    ...STATUSES.map((s) => `| ${STATUS_INFO[s].label} | ${data.counts[s]} |`),
    `| **Total** | **${data.total}** |`,
    '',
    '| Source | Claims |',
    '| --- | ---: |',
    `| Named | ${data.sources.named} |`,
    `| Anonymous | ${data.sources.anonymous} |`,
    `| No source | ${data.sources.none} |`,
    '',
    '## Claims',
    '',
  ];
  if (data.claims.length === 0) {
    lines.push(data.total === 0 ? '_No check-worthy claims were found in this article._' : '_No reviewed claims yet._', '');
  } else {
    lines.push('| # | Status | Claim | Source |', '| ---: | --- | --- | --- |');
    for (const c of data.claims) lines.push(`| ${c.n} | ${STATUS_INFO[c.status].label} | ${escapeInline(c.text)} | ${sourceText(c)} |`);
    lines.push('');
    const history = groupHistory(doc);
    for (const c of data.claims) lines.push(...claimSection(history, c));
  }
  if (choices.includeDismissed) {
    lines.push('## Appendix: units dismissed as not claims', '');
    if (data.dismissed.length === 0) lines.push('_None._', '');
    for (const c of data.dismissed) lines.push(`- ${c.n}: ${escapeInline(c.text)}`);
    if (data.dismissed.length) lines.push('');
  }
  if (choices.includeArticle) {
    lines.push('## Article text', '');
    for (const para of doc.text.split(/\n\s*\n/)) {
      const body = escapeLines(para, '');
      if (body) lines.push(body, '');
    }
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

import { historyByClaim } from '../history-view.ts';
import type { Claim, FactDocument } from '../model.ts';
import { STATUS_INFO, STATUSES } from '../status.ts';
import { sourcingProfile } from '../sourcing-chart.ts';
import { escapeInline, escapeLines, escapeUrl } from './markdown-escape.ts';
import { findingSection, formatDate, openItem, recordSection, sourceText } from './markdown-claims.ts';
import { conflictLines, conflictWarning } from './team-conflicts.ts';
import { articleUrl, percent, reportData, type ReportData } from './report-data.ts';
import type { ExportChoices, ReportContext } from './report-options.ts';

/** The article, as its page named it: headline, outlet, byline, dates, address (each only when known). */
function articleLines(doc: FactDocument): string[] {
  const m = doc.metadata ?? {};
  const byline = m.authors?.length ? m.authors.join(', ') : m.byline;
  const url = articleUrl(doc);
  return [
    `- **Headline:** ${escapeInline(m.headline || doc.title)}`,
    ...(m.siteName ? [`- **Outlet:** ${escapeInline(m.siteName)}`] : []),
    ...(byline ? [`- **Byline:** ${escapeInline(byline)}`] : []),
    ...(m.published ? [`- **Published:** ${escapeInline(m.published)}`] : []),
    ...(m.updated && m.updated !== m.published ? [`- **Updated:** ${escapeInline(m.updated)}`] : []),
    // The article's address is the one deliberate link besides evidence (checked to be http(s) when it was set).
    ...(url ? [`- **URL:** [${escapeInline(url)}](${escapeUrl(url)})`] : []),
    `- **File:** ${escapeInline(doc.sourceName)}`,
    ...versionLines(doc),
  ];
}

/** The article's versions, when more than one was imported: when, and what each changed in the claims. */
function versionLines(doc: FactDocument): string[] {
  if (!doc.versions || doc.versions.length < 2) return [];
  const nums = (k: number[]): string => (k.length ? ` (${k.map((n) => `#${n}`).join(', ')})` : '');
  return [
    `- **Versions:** ${doc.versions.length}`,
    ...doc.versions.map((v, i) => {
      const dates = [`imported ${formatDate(new Date(v.importedAt))}`, ...(v.published ? [`published ${escapeInline(v.published)}`] : []), ...(v.updated ? [`updated ${escapeInline(v.updated)}`] : [])].join(', ');
      const c = v.changes;
      const what = c ? `: ${c.kept} claims unchanged, ${c.changed.length} changed${nums(c.changed)}, ${c.added.length} new${nums(c.added)}, ${c.removed.length} gone${nums(c.removed)}` : '';
      return `  - Version ${i + 1}, ${dates}${what}`;
    }),
  ];
}

/** What is still open: verdicts without a reason, In progress, Unreviewed (listed, or counted when left out). */
function openLines(data: ReportData): string[] {
  const { sections } = data;
  const lines: string[] = [];
  const group = (title: string, claims: typeof sections.finding): void => {
    if (claims.length === 0) return;
    lines.push(`### ${title} (${claims.length})`, '', ...claims.map(openItem), '');
  };
  group('Verdicts without a reason', sections['no-reason']);
  group('Changed in a newer version of the article: look again', sections.recheck);
  group('In progress', sections['in-progress']);
  group('Unreviewed', sections.unreviewed);
  if (sections.unreviewed.length === 0 && data.unreviewedCount > 0) lines.push(`_${data.unreviewedCount} unreviewed claim${data.unreviewedCount === 1 ? ' is' : 's are'} left out of this report._`, '');
  return lines.length > 0 ? lines : ['_Nothing is open: every claim has a verdict with a reason._', ''];
}

/** The figures: counts by status and by kind of source. */
function figureLines(data: ReportData, ctx: ReportContext): string[] {
  const profile = sourcingProfile(data.sources, data.counts);
  return [
    ...(ctx.chartFile ? [`![${escapeInline(profile.summary)}](${escapeUrl(ctx.chartFile)})`, ''] : []),
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
  ];
}

/** A claim's section with its open team conflicts listed before the blank line that ends it. */
function withConflicts(section: string[], ctx: ReportContext, claim: Claim): string[] {
  const extra = conflictLines(ctx.teamConflicts, claim);
  if (extra.length === 0) return section;
  const end = section.at(-1) === '' ? section.length - 1 : section.length;
  return [...section.slice(0, end), ...extra, ...section.slice(end)];
}

/**
 * Renders a document's verification report as GitHub-flavoured Markdown; same input, same bytes. It leads
 * with the article and the findings (verdicts with their reasons), then what is still open; the full
 * per-claim record comes only when asked for.
 */
export function renderMarkdownReport(doc: FactDocument, choices: ExportChoices, ctx: ReportContext): string {
  const data = reportData(doc, choices, ctx.requireReason ?? true);
  const history = historyByClaim(doc.history);
  const open = data.total - data.sections.finding.length;
  const lines: string[] = [
    `# Verification report: ${escapeInline(doc.title)}`,
    '',
    '## The article',
    '',
    ...articleLines(doc),
    '',
    '## Summary',
    '',
    `${data.reviewed} of ${data.total} claims reviewed (${percent(data.reviewed, data.total)}): ${data.sections.finding.length} finding${data.sections.finding.length === 1 ? '' : 's'}, ${open} still open.`,
    '',
    `- **Reviewer:** ${escapeInline(ctx.reviewer) || 'not set'}`,
    ...(ctx.organisation ? [`- **Organisation:** ${escapeInline(ctx.organisation)}`] : []),
    `- **Exported:** ${formatDate(ctx.exportedAt)}`,
    `- **App:** Factcheck Workbench ${escapeInline(ctx.appVersion)}`,
    '',
    ...conflictWarning(ctx.teamConflicts, data.ordered),
    '## Findings',
    '',
  ];
  if (data.sections.finding.length === 0) lines.push(data.total === 0 ? '_No check-worthy claims were found in this article._' : '_No verdicts with a reason yet._', '');
  for (const c of data.sections.finding) lines.push(...withConflicts(findingSection(history, c), ctx, c));
  lines.push('## Still open', '', ...openLines(data), '## Figures', '', ...figureLines(data, ctx));
  if (choices.includeRecord && data.ordered.length > 0) {
    lines.push('## Full record', '', '| # | Status | Claim | Source |', '| ---: | --- | --- | --- |');
    for (const c of data.ordered) lines.push(`| ${c.n} | ${STATUS_INFO[c.status].label} | ${escapeInline(c.text)} | ${sourceText(c)} |`);
    lines.push('');
    for (const c of data.ordered) lines.push(...withConflicts(recordSection(history, c), ctx, c));
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

import type { Claim, FactDocument } from '../model.ts';
import { sourcingProfile } from '../sourcing-chart.ts';
import { escapeInline, escapeLines, escapeOr, escapeUrl } from './markdown-escape.ts';
import { findingSection, formatDate, numberRanges, openItem, recordSection, sourceText, whoWhen } from './markdown-claims.ts';
import { conflictLines, conflictWarning } from './team-conflicts.ts';
import { articleDetails } from './article-details.ts';
import { countSentence, FIGURES, FINDING_ORDER, reportData, type ReportData } from './report-data.ts';
import type { ExportChoices, ReportContext } from './report-options.ts';
import { STATUS_INFO } from '../status.ts';

/** A heading's text: escaped, and without the trailing punctuation Markdown linters refuse in headings. */
function headingText(text: string): string {
  return escapeInline(text).replace(/[\s.,;:!。，；：！]+$/u, '') || 'Untitled';
}

/** The verdict tally that opens the report: findings by verdict, Disputed and Unsourced first, then the count sentence. */
function tallyLines(data: ReportData): string[] {
  return [
    '## Verdicts',
    '',
    '| Verdict | Findings |',
    '| --- | ---: |',
    ...FINDING_ORDER.map((v) => `| ${STATUS_INFO[v].label} | ${data.figures[v]} |`),
    `| **All findings** | **${data.findings}** |`,
    '',
    countSentence(data),
    '',
  ];
}

/** The article, as its page named it; a detail the page did not give is flagged, not left out. */
function articleLines(doc: FactDocument): string[] {
  const lines: string[] = [];
  for (const d of articleDetails(doc)) {
    // The article's address is the one deliberate link besides evidence (checked to be http(s) when it was set).
    const value = d.value === null || !escapeInline(d.value) ? `_not known: ${d.missing || 'not given'}_` : d.link ? `[${escapeInline(d.value)}](${escapeUrl(d.value)})` : escapeInline(d.value);
    lines.push(`- **${d.label}:** ${value}`);
  }
  return [...lines, ...versionLines(doc)];
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

/** What is still open: verdicts without a reason, changed claims, In progress with its notes and who holds it, Unreviewed (listed or summarised). */
function openLines(data: ReportData): string[] {
  const { sections } = data;
  const lines: string[] = [];
  const group = (title: string, claims: readonly Claim[]): void => {
    if (claims.length === 0) return;
    lines.push(`### ${title} (${claims.length})`, '', ...claims.map((c) => openItem(data, c)), '');
  };
  group('Verdicts without a reason', sections['no-reason']);
  group('Changed in a newer version of the article: look again', sections.recheck);
  group('In progress', sections['in-progress']);
  if (data.listUnreviewed) group('Unreviewed', sections.unreviewed);
  else if (sections.unreviewed.length > 0) {
    lines.push(`### Unreviewed (${sections.unreviewed.length})`, '', `Not looked at yet: ${sections.unreviewed.length === 1 ? 'claim' : 'claims'} ${numberRanges(sections.unreviewed.map((c) => c.n))}.`, '');
  }
  return lines.length > 0 ? lines : ['_Nothing is open: every claim has a verdict with a reason._', ''];
}

/** The figures: the report's categories (as the tally and the sections count them), and the kinds of source. */
function figureLines(data: ReportData, ctx: ReportContext): string[] {
  const profile = sourcingProfile(data.sources, data.counts);
  return [
    ...(ctx.chartFile ? [`![${escapeInline(profile.summary.split('. ')[0]!)}](${escapeUrl(ctx.chartFile)})`, ''] : []),
    '| Standing | Claims |',
    '| --- | ---: |',
    ...FIGURES.filter((f) => f.key !== 'recheck' || data.figures.recheck > 0).map((f) => `| ${f.label} | ${data.figures[f.key]} |`),
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

/** Who dismissed a unit and when. */
function dismissedBy(data: ReportData, claim: Claim): string {
  const entry = data.history.get(claim.id)?.findLast((h) => h.kind === 'dismiss' || h.label === 'Dismissed as not a claim');
  return entry ? whoWhen(entry.by, entry.at) : 'not recorded';
}

/**
 * Renders a document's verification report as GitHub-flavoured Markdown; same input, same bytes. It leads
 * with the verdict tally and the findings (Disputed and Unsourced first), then what is still open, the
 * figures and the article's details; the full per-claim record comes only when asked for.
 */
export function renderMarkdownReport(doc: FactDocument, choices: ExportChoices, ctx: ReportContext): string {
  const data = reportData(doc, choices, ctx.requireReason ?? true);
  const lines: string[] = [`# Verification report: ${headingText(doc.title)}`, '', ...tallyLines(data), ...conflictWarning(ctx.teamConflicts, data.ordered), '## Findings', ''];
  if (data.findings === 0) lines.push(data.total === 0 ? '_No check-worthy claims were found in this article._' : '_No verdicts with a reason yet._', '');
  for (const c of data.sections.finding) lines.push(...withConflicts(findingSection(data, c), ctx, c));
  lines.push('## Still open', '', ...openLines(data), '## Figures', '', ...figureLines(data, ctx), '## The article', '', ...articleLines(doc), '');
  lines.push(
    '## About this report',
    '',
    `- **Reviewer:** ${ctx.reviewer ? escapeInline(ctx.reviewer) : '_not set_'}`,
    `- **Organisation:** ${ctx.organisation ? escapeInline(ctx.organisation) : '_not set_'}`,
    `- **Exported:** ${formatDate(ctx.exportedAt)}`,
    `- **App:** Factcheck Workbench ${escapeInline(ctx.appVersion)}`,
    '',
  );
  if (choices.includeRecord && data.ordered.length > 0) {
    lines.push('## Full record', '', '| # | Status | Claim | Source |', '| ---: | --- | --- | --- |');
    for (const c of data.ordered) lines.push(`| ${c.n} | ${STATUS_INFO[c.status].label} | ${escapeOr(c.text, '(no text)')} | ${sourceText(c)} |`);
    lines.push('');
    for (const c of data.ordered) lines.push(...withConflicts(recordSection(data, c), ctx, c));
  }
  if (choices.includeDismissed) {
    lines.push('## Appendix: units dismissed as not claims', '');
    if (data.dismissed.length === 0) lines.push('_None._', '');
    for (const c of data.dismissed) lines.push(`- **Unit ${c.n}**: ${escapeOr(c.text, '(no text)')} — dismissed by ${dismissedBy(data, c)}`);
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

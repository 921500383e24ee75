import { historyByClaim, statusEntry } from '../history-view.ts';
import type { Claim, FactDocument } from '../model.ts';
import { STATUS_INFO } from '../status.ts';
import { reportData, SECTION_LABEL, sectionOf } from './report-data.ts';
import type { ExportChoices, ReportContext } from './report-options.ts';

const COLUMNS = ['section', 'number', 'status', 'claim', 'source', 'anonymous', 'note', 'evidence_urls', 'evidence_titles', 'verdict_by', 'checkworthy', 'score', 'reasons', 'dismissed', 'start', 'end'];

/**
 * One CSV field, RFC 4180-quoted. A field that a spreadsheet would run as a formula (=, +, -, @, tab, CR) is
 * prefixed with an apostrophe, so an article can never put a formula into the checker's spreadsheet.
 */
export function csvField(value: string | number | boolean): string {
  let s = String(value);
  if (/^[=+\-@\t\r]/.test(s) && typeof value === 'string') s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

function row(c: Claim, section: string, by: string): string[] {
  return [
    section,
    String(c.n),
    STATUS_INFO[c.status].label,
    c.text,
    c.attribution?.source ?? '',
    c.attribution ? (c.attribution.anonymous ? 'yes' : 'no') : '',
    c.note,
    c.evidence.map((e) => e.url).join('\n'),
    c.evidence.map((e) => e.title).join('\n'),
    by,
    c.checkworthy ? 'yes' : 'no',
    c.score.toFixed(2),
    c.reasons.join('; '),
    c.dismissed ? 'yes' : 'no',
    String(c.start),
    String(c.end),
  ];
}

/**
 * The claims as CSV: UTF-8 with a byte-order mark (so spreadsheets read accents), CRLF line ends, one row per
 * claim in the report's order (findings, then what is open, then dismissed units when chosen).
 */
export function renderCsv(doc: FactDocument, choices: ExportChoices, ctx: Pick<ReportContext, 'requireReason'> = {}): string {
  const requireReason = ctx.requireReason ?? true;
  const data = reportData(doc, choices, requireReason);
  const history = historyByClaim(doc.history);
  const by = (c: Claim): string => (c.status === 'unreviewed' ? '' : (statusEntry(history.get(c.id))?.by ?? ''));
  const rows = data.ordered.map((c) => row(c, SECTION_LABEL[sectionOf(c, requireReason)], by(c)));
  if (choices.includeDismissed) rows.push(...data.dismissed.map((c) => row(c, 'Dismissed', '')));
  const lines = [COLUMNS.join(','), ...rows.map((r) => r.map(csvField).join(','))];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

import type { Claim, FactDocument } from '../model.ts';
import { STATUS_INFO } from '../status.ts';
import { articleUrl, reportData, SECTION_LABEL, sectionOf, type ReportData } from './report-data.ts';
import type { ExportChoices, ReportContext } from './report-options.ts';

const COLUMNS = ['document_id', 'title', 'article_url', 'section', 'number', 'status', 'claim', 'source', 'anonymous', 'note', 'evidence_urls', 'evidence_titles', 'verdict_by', 'verdict_at', 'checkworthy', 'score', 'reasons', 'dismissed', 'start', 'end'];

const HISTORY_COLUMNS = ['document_id', 'title', 'number', 'at', 'by', 'change'];

/** A number as a spreadsheet reads one: "-16%", "+3.5", "-2,000". */
const PLAIN_NUMBER = /^[+-]\s*[\d.,]+\s*%?$/;

/**
 * True when a spreadsheet would run the text as a formula: it starts with "=" or "@" (or a tab or CR that
 * hides one), or with "+" or "-" followed by anything but plain words after a number ("-16% of voters").
 */
function wouldEvaluate(s: string): boolean {
  if (/^[=@\t\r]/.test(s)) return true;
  if (!/^[+-]/.test(s) || PLAIN_NUMBER.test(s)) return false;
  // A sign, a number, then ordinary words is text a reader wrote; any operator or call after a sign is a formula.
  return !/^[+-]\s*\d[\d.,]*\s*%?(?:\s+[\p{L}\p{N}][\p{L}\p{N}\s.,;:'’"“”%-]*)?$/u.test(s);
}

/**
 * One CSV field, RFC 4180-quoted. A text a spreadsheet would run as a formula is prefixed with an apostrophe,
 * so an article can never put a formula into the checker's spreadsheet; other text is left as written.
 */
export function csvField(value: string | number | boolean): string {
  let s = String(value);
  if (typeof value === 'string' && wouldEvaluate(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

function row(doc: FactDocument, data: ReportData, c: Claim, section: string): string[] {
  const mark = c.status === 'unreviewed' ? undefined : data.marks.get(c.id);
  return [
    doc.id,
    doc.title,
    articleUrl(doc) ?? '',
    section,
    String(c.n),
    STATUS_INFO[c.status].label,
    c.text,
    c.attribution?.source ?? '',
    c.attribution ? (c.attribution.anonymous ? 'yes' : 'no') : '',
    c.note,
    c.evidence.map((e) => e.url).join('\n'),
    c.evidence.map((e) => e.title).join('\n'),
    mark?.by ?? '',
    mark?.at ?? '',
    c.checkworthy ? 'yes' : 'no',
    c.score.toFixed(2),
    c.reasons.join('; '),
    c.dismissed ? 'yes' : 'no',
    String(c.start),
    String(c.end),
  ];
}

/** CSV text: UTF-8 with a byte-order mark (so spreadsheets read accents), CRLF line ends. */
function csvText(columns: readonly string[], rows: readonly string[][]): string {
  return `\uFEFF${[columns.join(','), ...rows.map((r) => r.map(csvField).join(','))].join('\r\n')}\r\n`;
}

/**
 * The claims as CSV, one row per claim in the report's order (findings, then what is open, then dismissed
 * units when chosen), each with its document, article address and who gave its verdict when. With the full
 * record chosen it is the history instead: one row per standing change, with who made it and when.
 */
export function renderCsv(doc: FactDocument, choices: ExportChoices, ctx: Pick<ReportContext, 'requireReason'> = {}): string {
  const requireReason = ctx.requireReason ?? true;
  const data = reportData(doc, choices, requireReason);
  if (choices.includeRecord) {
    const number = new Map(doc.claims.map((c) => [c.id, String(c.n)]));
    const rows = [...data.history.values()].flat().sort((a, b) => a.at.localeCompare(b.at)).map((h) => [doc.id, doc.title, number.get(h.claimId) ?? '', h.at, h.by ?? '', h.label]);
    return csvText(HISTORY_COLUMNS, rows);
  }
  // Every claim on the list is a row, Unreviewed ones too: a spreadsheet filters, a report summarises.
  const rows = data.ordered.map((c) => row(doc, data, c, SECTION_LABEL[sectionOf(c, requireReason)]));
  if (choices.includeDismissed) rows.push(...data.dismissed.map((c) => row(doc, data, c, 'Dismissed')));
  return csvText(COLUMNS, rows);
}

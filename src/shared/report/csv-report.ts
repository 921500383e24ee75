import type { Claim, FactDocument } from '../model.ts';
import { STATUS_INFO } from '../status.ts';
import { reportData } from './report-data.ts';
import type { ExportChoices } from './report-options.ts';

const COLUMNS = ['number', 'status', 'claim', 'source', 'anonymous', 'note', 'evidence_urls', 'evidence_titles', 'checkworthy', 'score', 'reasons', 'dismissed', 'start', 'end'];

/**
 * One CSV field, RFC 4180-quoted. A field that a spreadsheet would run as a formula (=, +, -, @, tab, CR) is
 * prefixed with an apostrophe, so an article can never put a formula into the checker's spreadsheet.
 */
export function csvField(value: string | number | boolean): string {
  let s = String(value);
  if (/^[=+\-@\t\r]/.test(s) && typeof value === 'string') s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

function row(c: Claim): string[] {
  return [
    String(c.n),
    STATUS_INFO[c.status].label,
    c.text,
    c.attribution?.source ?? '',
    c.attribution ? (c.attribution.anonymous ? 'yes' : 'no') : '',
    c.note,
    c.evidence.map((e) => e.url).join('\n'),
    c.evidence.map((e) => e.title).join('\n'),
    c.checkworthy ? 'yes' : 'no',
    c.score.toFixed(2),
    c.reasons.join('; '),
    c.dismissed ? 'yes' : 'no',
    String(c.start),
    String(c.end),
  ];
}

/** The claims as CSV: UTF-8 with a byte-order mark (so spreadsheets read accents), CRLF line ends, one row per claim. */
export function renderCsv(doc: FactDocument, choices: ExportChoices): string {
  const data = reportData(doc, choices);
  const claims = choices.includeDismissed ? [...data.claims, ...data.dismissed].sort((a, b) => a.start - b.start) : data.claims;
  const lines = [COLUMNS.join(','), ...claims.map((c) => row(c).map(csvField).join(','))];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

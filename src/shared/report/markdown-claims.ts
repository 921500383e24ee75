import type { Claim, HistoryItem } from '../model.ts';
import { STATUS_INFO } from '../status.ts';
import { escapeInline, escapeLines, escapeLineStart, escapeOr, escapeUrl } from './markdown-escape.ts';
import type { Mark, ReportData } from './report-data.ts';

/** Formats a date as "YYYY-MM-DD HH:MM UTC". */
export function formatDate(date: Date): string {
  return `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

/** A claim's standing history entries, by claim id. */
export type HistoryByClaim = Map<string, HistoryItem[]>;

/** How a claim's source reads in the report. */
export function sourceText(claim: Claim): string {
  const a = claim.attribution;
  if (!a) return 'no source given';
  return `${escapeOr(a.source, 'unnamed')} (${a.anonymous ? 'anonymous' : 'named'}${claim.attributionEdited ? ', corrected by hand' : ''})`;
}

/** A claim quoted as a block quote line. */
export function quoteLine(text: string): string {
  return `> ${escapeLineStart(text) || '(no text)'}`;
}

/** Who and when, as a report says it ("Ana Ruiz, 2026-03-04 05:06 UTC"); the parts not known are said so. */
export function whoWhen(by: string | null | undefined, at: string | null | undefined): string {
  const when = at && !Number.isNaN(Date.parse(at)) ? `, ${formatDate(new Date(at))}` : '';
  return `${by ? escapeOr(by, 'reviewer not named') : 'reviewer not named'}${when}`;
}

/** Who set the claim's status and when. */
function markText(mark: Mark | undefined): string {
  return whoWhen(mark?.by, mark?.at);
}

/** The lines on a claim's note and evidence: its reason. */
function reasonLines(claim: Claim, noteLabel = 'Reason'): string[] {
  const lines: string[] = [];
  if (claim.note.trim()) lines.push(`- **${noteLabel}:** ${escapeLines(claim.note, '  ')}`);
  if (claim.evidence.length > 0) {
    lines.push('- **Evidence:**');
    for (const e of claim.evidence) {
      const excerpt = escapeInline(e.excerpt) ? ` — “${escapeInline(e.excerpt)}”` : '';
      lines.push(`  - [${escapeOr(e.title, escapeInline(e.url))}](${escapeUrl(e.url)})${excerpt}`);
    }
  }
  return lines;
}

/** A finding: the verdict, the claim quoted, who said it, the reason and evidence, and who gave the verdict when. */
export function findingSection(data: ReportData, claim: Claim): string[] {
  return [
    `### Claim ${claim.n}: ${STATUS_INFO[claim.status].label}`,
    '',
    quoteLine(claim.text),
    '',
    `- **Source:** ${sourceText(claim)}`,
    ...reasonLines(claim),
    `- **Verdict by:** ${markText(data.marks.get(claim.id))}`,
    '',
  ];
}

/** One open claim as a list item: number, status, text and source, then its working note and who holds it. */
export function openItem(data: ReportData, claim: Claim): string {
  const head = `- **Claim ${claim.n}** (${STATUS_INFO[claim.status].label}): ${escapeOr(claim.text, '(no text)')} — ${sourceText(claim)}`;
  if (claim.status === 'unreviewed') return head;
  const mark = data.marks.get(claim.id);
  const who = claim.status === 'in-progress' ? `Held by ${markText(mark)}` : `Verdict by ${markText(mark)}`;
  const extra = [`  - ${who}`];
  if (claim.recheck?.previousText) extra.push(`  - Was: “${escapeOr(claim.recheck.previousText, '(no text)')}”`);
  if (claim.note.trim()) extra.push(`  - Note: ${escapeLines(claim.note, '    ')}`);
  if (claim.evidence.length) extra.push(`  - Evidence: ${claim.evidence.map((e) => `[${escapeOr(e.title, escapeInline(e.url))}](${escapeUrl(e.url)})`).join(', ')}`);
  return [head, ...extra].join('\n');
}

/** Claim numbers as ranges: "1–3, 7, 9–10". */
export function numberRanges(ns: readonly number[]): string {
  const sorted = [...ns].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
    parts.push(j === i ? `${sorted[i]}` : `${sorted[i]}–${sorted[j]}`);
    i = j + 1;
  }
  return parts.join(', ');
}

/** The full record of one claim: everything the checker recorded, and its standing history with who made each change. */
export function recordSection(data: ReportData, claim: Claim): string[] {
  const entries = data.history.get(claim.id) ?? [];
  const lines = [`### Record of claim ${claim.n}`, '', quoteLine(claim.text), '', `- **Status:** ${STATUS_INFO[claim.status].label}`, `- **Source:** ${sourceText(claim)}`, ...reasonLines(claim, 'Note')];
  // No "no changes" line: a claim nobody touched has nothing to say here.
  if (entries.length > 0) {
    lines.push('- **History:**');
    for (const h of entries) lines.push(`  - ${whoWhen(h.by, h.at)}: ${escapeInline(h.label)}`);
  }
  lines.push('');
  return lines;
}

import { statusEntry } from '../history-view.ts';
import type { Claim, HistoryItem } from '../model.ts';
import { STATUS_INFO } from '../status.ts';
import { escapeInline, escapeLines, escapeLineStart, escapeUrl } from './markdown-escape.ts';

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
  return `${escapeInline(a.source)} (${a.anonymous ? 'anonymous' : 'named'}${claim.attributionEdited ? ', corrected by hand' : ''})`;
}

/** Who made a change and when, as a report says it ("Ana Ruiz, 2026-03-04 05:06 UTC"). */
function whoWhen(h: HistoryItem): string {
  return `${h.by ? escapeInline(h.by) : 'reviewer not named'}, ${formatDate(new Date(h.at))}`;
}

/** The lines on a claim's note and evidence: its reason. */
function reasonLines(claim: Claim): string[] {
  const lines: string[] = [];
  if (claim.note.trim()) lines.push(`- **Reason:** ${escapeLines(claim.note, '  ')}`);
  if (claim.evidence.length > 0) {
    lines.push('- **Evidence:**');
    for (const e of claim.evidence) {
      const excerpt = e.excerpt ? ` — “${escapeInline(e.excerpt)}”` : '';
      lines.push(`  - [${escapeInline(e.title || e.url)}](${escapeUrl(e.url)})${excerpt}`);
    }
  }
  return lines;
}

/** A finding: the verdict, the claim quoted, its source, the reason and evidence, and who gave the verdict. */
export function findingSection(history: HistoryByClaim, claim: Claim): string[] {
  const marked = statusEntry(history.get(claim.id));
  return [
    `### Claim ${claim.n}: ${STATUS_INFO[claim.status].label}`,
    '',
    `> ${escapeLineStart(claim.text)}`,
    '',
    `- **Source:** ${sourceText(claim)}`,
    ...reasonLines(claim),
    ...(marked ? [`- **Verdict by:** ${whoWhen(marked)}`] : []),
    '',
  ];
}

/** One open claim as a list item: number, status, text and source. */
export function openItem(claim: Claim): string {
  return `- **Claim ${claim.n}** (${STATUS_INFO[claim.status].label}): ${escapeInline(claim.text)} — ${sourceText(claim)}`;
}

/** The full record of one claim: everything the checker recorded, and its standing history with who made each change. */
export function recordSection(history: HistoryByClaim, claim: Claim): string[] {
  const entries = history.get(claim.id) ?? [];
  const lines = [`#### Claim ${claim.n}: ${STATUS_INFO[claim.status].label}`, '', `> ${escapeLineStart(claim.text)}`, '', `- **Source:** ${sourceText(claim)}`, ...reasonLines(claim)];
  // No "no changes" line: a claim nobody touched has nothing to say here.
  if (entries.length > 0) {
    lines.push('- **History:**');
    for (const h of entries) lines.push(`  - ${whoWhen(h)}: ${escapeInline(h.label)}`);
  }
  lines.push('');
  return lines;
}

import type { Claim } from '../../../shared/model.ts';
import type { Status } from '../../../shared/status.ts';

/** A run of article text with one look: plain, inside a claim, and perhaps inside that claim's source phrase. */
export interface Segment {
  start: number;
  end: number;
  text: string;
  claimId: string | null;
  status: Status | null;
  source: 'named' | 'anonymous' | null;
}

/**
 * Cuts the article text into flat runs so each can be drawn with its claim's status colour and its source
 * underlined, without nesting and without ever treating the text as HTML. Where claims overlap, the one
 * that starts later (the more specific) wins.
 */
export function articleSegments(text: string, claims: readonly Claim[]): Segment[] {
  const cuts = new Set<number>([0, text.length]);
  for (const c of claims) {
    cuts.add(c.start);
    cuts.add(c.end);
    if (c.attribution && c.attribution.end > c.attribution.start) {
      cuts.add(c.attribution.start);
      cuts.add(c.attribution.end);
    }
  }
  const points = [...cuts].filter((p) => p >= 0 && p <= text.length).sort((a, b) => a - b);
  const byStart = [...claims].sort((a, b) => a.start - b.start);
  const out: Segment[] = [];
  let from = 0;
  const active: Claim[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    while (from < byStart.length && byStart[from]!.start <= start) active.push(byStart[from++]!);
    for (let k = active.length - 1; k >= 0; k--) if (active[k]!.end <= start) active.splice(k, 1);
    const claim = active.at(-1) ?? null;
    const a = claim?.attribution;
    const inSource = !!a && a.end > a.start && start >= a.start && end <= a.end;
    const seg: Segment = {
      start,
      end,
      text: text.slice(start, end),
      claimId: claim?.id ?? null,
      status: claim?.status ?? null,
      source: inSource ? (a!.anonymous ? 'anonymous' : 'named') : null,
    };
    const prev = out.at(-1);
    if (prev && prev.claimId === seg.claimId && prev.source === seg.source) {
      prev.end = end;
      prev.text += seg.text;
    } else out.push(seg);
  }
  return out;
}

/** The article offsets of the current text selection inside `root`, read from the segments' data-start. */
export function selectionOffsets(root: HTMLElement, selection: Selection | null): { start: number; end: number } | null {
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  const at = (node: Node, offset: number): number | null => {
    const el = node.nodeType === Node.TEXT_NODE ? node.parentElement : (node as HTMLElement);
    const seg = el?.closest<HTMLElement>('[data-start]');
    if (!seg || !root.contains(seg)) return null;
    const base = Number(seg.dataset.start);
    return node.nodeType === Node.TEXT_NODE ? base + offset : base;
  };
  const start = at(range.startContainer, range.startOffset);
  const end = at(range.endContainer, range.endOffset);
  if (start === null || end === null || end <= start) return null;
  return { start, end };
}

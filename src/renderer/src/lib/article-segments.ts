import type { Claim } from '../../../shared/model.ts';
import { changedPositions } from '../../../shared/summary.ts';
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

/** True when two claims are drawn in the same places: same claim, same span, same source span and kind. */
function samePlace(a: Claim, b: Claim): boolean {
  if (a === b) return true;
  const x = a.attribution;
  const y = b.attribution;
  return a.id === b.id && a.start === b.start && a.end === b.end && (x === y || (!!x && !!y && x.start === y.start && x.end === y.end && x.anonymous === y.anonymous));
}

/**
 * The segments of an article, kept between changes: a change that leaves every claim in its place (a status,
 * a note: the usual change) only gives the changed claims' segments their new status, where cutting the
 * whole article again costs milliseconds on a long one at every key press.
 */
export class ArticleLayout {
  #text: string | null = null;
  #claims: readonly Claim[] = [];
  #segments: Segment[] = [];
  /** For each claim, the positions of its segments. */
  #byClaim = new Map<string, number[]>();

  /** The segments of `text` with `claims` highlighted (the same result as articleSegments). */
  segments(text: string, claims: readonly Claim[]): Segment[] {
    const before = this.#claims;
    const samePlaces = text === this.#text && claims.length === before.length && claims.every((c, i) => samePlace(c, before[i]!));
    if (!samePlaces) return this.#cut(text, claims);
    const changed = changedPositions(before, claims);
    this.#claims = claims;
    if (changed.length === 0) return this.#segments;
    const out = [...this.#segments];
    for (const i of changed) {
      const claim = claims[i]!;
      for (const k of this.#byClaim.get(claim.id) ?? []) if (out[k]!.status !== claim.status) out[k] = { ...out[k]!, status: claim.status };
    }
    return (this.#segments = out);
  }

  #cut(text: string, claims: readonly Claim[]): Segment[] {
    this.#text = text;
    this.#claims = claims;
    this.#segments = articleSegments(text, claims);
    this.#byClaim = new Map();
    this.#segments.forEach((seg, k) => {
      if (seg.claimId) (this.#byClaim.get(seg.claimId) ?? this.#byClaim.set(seg.claimId, []).get(seg.claimId)!).push(k);
    });
    return this.#segments;
  }
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

import { isOnList } from './claim-rules.ts';
import type { Claim } from './model.ts';
import { emptyCounts, STATUS_INFO, STATUSES, type Status } from './status.ts';

/** A filled bar segment of the chart; `label` is its tooltip ("Named: 5"). */
export interface ChartRect {
  kind: 'rect';
  x: number;
  y: number;
  width: number;
  height: number;
  fill: string;
  label: string;
}

/** A line of text in the chart. */
export interface ChartText {
  kind: 'text';
  x: number;
  y: number;
  text: string;
  anchor: 'start' | 'end';
  bold: boolean;
}

/** The sourcing profile of an article as shapes: pure data, drawn as an SVG file or as Svelte elements. */
export interface SourcingChart {
  width: number;
  height: number;
  title: string;
  /** The figures in one sentence, for screen readers and the report's image text. */
  summary: string;
  shapes: (ChartRect | ChartText)[];
}

/** One category of a bar: its label, how many claims, its colour. */
export interface ChartPart {
  label: string;
  value: number;
  fill: string;
}

/**
 * One colour per category across both bars, from the Okabe–Ito palette (told apart with every common colour
 * vision deficiency) plus two greys far apart in lightness; every segment is also outlined and labelled.
 */
export const CHART_FILL = {
  named: '#0072B2',
  anonymous: '#E69F00',
  none: '#4D4D4D',
  unreviewed: '#C8C8C8',
  'in-progress': '#56B4E9',
  verified: '#009E73',
  unsourced: '#CC79A7',
  disputed: '#D55E00',
  'no-reason': '#F0E442',
  recheck: '#000000',
} as const;

const WIDTH = 560;
const LABEL_W = 70;
const BAR_W = WIDTH - LABEL_W - 10;
const BAR_H = 16;
const LINE_H = 16;

/** A claim's kind of source, as the chart and every tally count it. */
export function sourceKind(claim: Pick<Claim, 'attribution'>): 'named' | 'anonymous' | 'none' {
  return !claim.attribution ? 'none' : claim.attribution.anonymous ? 'anonymous' : 'named';
}

/** Counts of the claims on the list by kind of source and by status. */
export function profileCounts(claims: readonly Claim[]): { sources: { named: number; anonymous: number; none: number }; counts: Record<Status, number> } {
  const sources = { named: 0, anonymous: 0, none: 0 };
  const counts = emptyCounts();
  for (const c of claims) {
    if (!isOnList(c)) continue;
    counts[c.status]++;
    sources[sourceKind(c)]++;
  }
  return { sources, counts };
}

/** The status bar's parts: one per status, in display order. */
export function statusParts(counts: Record<Status, number>): ChartPart[] {
  return STATUSES.map((s) => ({ label: STATUS_INFO[s].label, value: counts[s], fill: CHART_FILL[s] }));
}

/** One stacked bar with its row label and a legend beneath that wraps to the chart's width; returns the shapes and the next free y. */
function row(y: number, title: string, parts: readonly ChartPart[]): { shapes: (ChartRect | ChartText)[]; next: number } {
  const total = parts.reduce((a, p) => a + p.value, 0);
  const shapes: (ChartRect | ChartText)[] = [{ kind: 'text', x: LABEL_W - 6, y: y + BAR_H - 4, text: title, anchor: 'end', bold: true }];
  // Edges are rounded from the running sum, so the segments are whole pixels that fill the bar exactly.
  let before = 0;
  for (const p of parts) {
    if (p.value === 0 || total === 0) continue;
    const x = LABEL_W + Math.round((before / total) * BAR_W);
    before += p.value;
    const end = LABEL_W + Math.round((before / total) * BAR_W);
    shapes.push({ kind: 'rect', x, y, width: end - x, height: BAR_H, fill: p.fill, label: `${p.label}: ${p.value}` });
  }
  if (total === 0) shapes.push({ kind: 'rect', x: LABEL_W, y, width: BAR_W, height: BAR_H, fill: '#ffffff', label: 'No claims' });
  let lx = LABEL_W;
  let ly = y + BAR_H + 6;
  for (const p of parts) {
    const text = `${p.label} ${p.value}`;
    const w = 12 + Math.round(text.length * 6.2) + 10;
    if (lx > LABEL_W && lx + w > WIDTH) {
      lx = LABEL_W;
      ly += LINE_H;
    }
    shapes.push({ kind: 'rect', x: lx, y: ly, width: 9, height: 9, fill: p.fill, label: p.label });
    shapes.push({ kind: 'text', x: lx + 12, y: ly + 8, text, anchor: 'start', bold: false });
    lx += w;
  }
  return { shapes, next: ly + LINE_H + 8 };
}

/** A title cut at a word to fit one line of the chart. */
function fitTitle(text: string, max = 80): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  return `${cut.slice(0, cut.lastIndexOf(' ') > max / 2 ? cut.lastIndexOf(' ') : cut.length)}…`;
}

/**
 * The sourcing profile chart: claims by kind of source (named, anonymous, none) and by status, or by the
 * report's categories when `parts` are given; titled with the article when `articleTitle` is given.
 */
export function sourcingProfile(sources: { named: number; anonymous: number; none: number }, counts: Record<Status, number>, options: { parts?: readonly ChartPart[]; articleTitle?: string } = {}): SourcingChart {
  const total = sources.named + sources.anonymous + sources.none;
  const parts = options.parts ?? statusParts(counts);
  const title = options.articleTitle ? `Sourcing profile: ${fitTitle(options.articleTitle)}` : 'Sourcing profile';
  const summary =
    `Sourcing of ${total} claim${total === 1 ? '' : 's'}: ${sources.named} named, ${sources.anonymous} anonymous, ${sources.none} with no source. ` +
    `Status: ${parts.map((p) => `${p.value} ${p.label}`).join(', ')}.`;
  const top = options.articleTitle ? 26 : 8;
  const heading: ChartText[] = options.articleTitle ? [{ kind: 'text', x: 8, y: 14, text: title, anchor: 'start', bold: true }] : [];
  const first = row(top, 'Sources', [
    { label: 'Named', value: sources.named, fill: CHART_FILL.named },
    { label: 'Anonymous', value: sources.anonymous, fill: CHART_FILL.anonymous },
    { label: 'No source', value: sources.none, fill: CHART_FILL.none },
  ]);
  const second = row(first.next, 'Status', parts);
  return { width: WIDTH, height: second.next, title, summary, shapes: [...heading, ...first.shapes, ...second.shapes] };
}

/** Escapes text for an XML text node or a quoted attribute. */
function xml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);
}

/** The chart as a standalone SVG file; every text is escaped, so nothing from an article can add markup. */
export function renderSourcingSvg(chart: SourcingChart): string {
  const body = chart.shapes.map((s) =>
    s.kind === 'rect'
      ? `  <rect x="${s.x}" y="${s.y}" width="${s.width}" height="${s.height}" fill="${xml(s.fill)}" stroke="#1f2328" stroke-width="0.5"><title>${xml(s.label)}</title></rect>`
      : `  <text x="${s.x}" y="${s.y}" text-anchor="${s.anchor}"${s.bold ? ' font-weight="bold"' : ''}>${xml(s.text)}</text>`,
  );
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${chart.width}" height="${chart.height}" viewBox="0 0 ${chart.width} ${chart.height}" role="img" aria-labelledby="t d" font-family="sans-serif" font-size="11" fill="#1f2328">`,
    `  <title id="t">${xml(chart.title)}</title>`,
    `  <desc id="d">${xml(chart.summary)}</desc>`,
    `  <rect width="${chart.width}" height="${chart.height}" fill="#ffffff"/>`,
    ...body,
    '</svg>',
    '',
  ].join('\n');
}

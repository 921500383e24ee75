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

/** Colours that keep 3:1 contrast against white and against each other's neighbours (no theme variables: the SVG file stands alone). */
const SOURCE_FILL = { named: '#1a7f37', anonymous: '#9a6700', none: '#6e7781' } as const;
const STATUS_FILL: Readonly<Record<Status, string>> = { unreviewed: '#8c959f', 'in-progress': '#0969da', verified: '#1a7f37', unsourced: '#9a6700', disputed: '#cf222e' };

const WIDTH = 560;
const LABEL_W = 70;
const BAR_W = WIDTH - LABEL_W - 10;
const BAR_H = 16;

/** Counts of the claims on the list by kind of source and by status. */
export function profileCounts(claims: readonly Claim[]): { sources: { named: number; anonymous: number; none: number }; counts: Record<Status, number> } {
  const sources = { named: 0, anonymous: 0, none: 0 };
  const counts = emptyCounts();
  for (const c of claims) {
    if (!isOnList(c)) continue;
    counts[c.status]++;
    if (!c.attribution) sources.none++;
    else if (c.attribution.anonymous) sources.anonymous++;
    else sources.named++;
  }
  return { sources, counts };
}

/** One stacked bar with its row label and a legend line beneath. */
function row(y: number, title: string, parts: { label: string; value: number; fill: string }[]): (ChartRect | ChartText)[] {
  const total = parts.reduce((a, p) => a + p.value, 0);
  const shapes: (ChartRect | ChartText)[] = [{ kind: 'text', x: LABEL_W - 6, y: y + BAR_H - 4, text: title, anchor: 'end', bold: true }];
  let x = LABEL_W;
  for (const p of parts) {
    if (p.value === 0 || total === 0) continue;
    const width = Math.round((p.value / total) * BAR_W * 10) / 10;
    shapes.push({ kind: 'rect', x, y, width, height: BAR_H, fill: p.fill, label: `${p.label}: ${p.value}` });
    x = Math.round((x + width) * 10) / 10;
  }
  if (total === 0) shapes.push({ kind: 'rect', x: LABEL_W, y, width: BAR_W, height: BAR_H, fill: '#eaeef2', label: 'No claims' });
  let lx = LABEL_W;
  for (const p of parts) {
    shapes.push({ kind: 'rect', x: lx, y: y + BAR_H + 6, width: 9, height: 9, fill: p.fill, label: p.label });
    const text = `${p.label} ${p.value}`;
    shapes.push({ kind: 'text', x: lx + 12, y: y + BAR_H + 14, text, anchor: 'start', bold: false });
    lx += 12 + text.length * 6.2 + 10;
  }
  return shapes;
}

/** The sourcing profile chart: claims by kind of source (named, anonymous, none) and by status. */
export function sourcingProfile(sources: { named: number; anonymous: number; none: number }, counts: Record<Status, number>): SourcingChart {
  const total = sources.named + sources.anonymous + sources.none;
  const statusParts = STATUSES.map((s) => ({ label: STATUS_INFO[s].label, value: counts[s], fill: STATUS_FILL[s] }));
  const summary =
    `Sourcing of ${total} claim${total === 1 ? '' : 's'}: ${sources.named} named, ${sources.anonymous} anonymous, ${sources.none} with no source. ` +
    `Status: ${statusParts.map((p) => `${p.value} ${p.label}`).join(', ')}.`;
  return {
    width: WIDTH,
    height: 110,
    title: 'Sourcing profile',
    summary,
    shapes: [
      ...row(8, 'Sources', [
        { label: 'Named', value: sources.named, fill: SOURCE_FILL.named },
        { label: 'Anonymous', value: sources.anonymous, fill: SOURCE_FILL.anonymous },
        { label: 'No source', value: sources.none, fill: SOURCE_FILL.none },
      ]),
      ...row(58, 'Status', statusParts),
    ],
  };
}

/** Escapes text for an XML text node or a quoted attribute. */
function xml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);
}

/** The chart as a standalone SVG file; every text is escaped, so nothing from an article can add markup. */
export function renderSourcingSvg(chart: SourcingChart): string {
  const body = chart.shapes.map((s) =>
    s.kind === 'rect'
      ? `  <rect x="${s.x}" y="${s.y}" width="${s.width}" height="${s.height}" fill="${xml(s.fill)}"><title>${xml(s.label)}</title></rect>`
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

import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DOMParser } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { WorkbenchService } from '../../src/main/service/workbench-service.ts';
import { DEFAULT_CHOICES } from '../../src/shared/report/report-options.ts';
import { renderSourcingSvg, sourcingProfile, type ChartRect } from '../../src/shared/sourcing-chart.ts';
import { reportChart } from '../../src/shared/report/report-chart.ts';
import { buildDocument } from '../../src/main/service/build-document.ts';
import { emptyCounts } from '../../src/shared/status.ts';
import { FIXED_NOW, tempDir } from './helpers.ts';

const counts = { ...emptyCounts(), unreviewed: 4, verified: 2, disputed: 1 };

describe('sourcing profile chart', () => {
  it('splits each bar by the counts, and says the figures in words', () => {
    const chart = sourcingProfile({ named: 3, anonymous: 3, none: 1 }, counts);
    const bars = chart.shapes.filter((s): s is ChartRect => s.kind === 'rect' && s.height > 9);
    expect(bars.map((b) => b.label)).toEqual(['Named: 3', 'Anonymous: 3', 'No source: 1', 'Unreviewed: 4', 'Verified: 2', 'Disputed: 1']);
    // Each bar's segments are in proportion: 3 of 7 claims take 3/7 of the bar.
    const source = bars.slice(0, 3);
    const width = source.reduce((a, b) => a + b.width, 0);
    expect(source[0]!.width / width).toBeCloseTo(3 / 7, 2);
    expect(chart.summary).toBe('Sourcing of 7 claims: 3 named, 3 anonymous, 1 with no source. Status: 4 Unreviewed, 0 In progress, 2 Verified, 0 Unsourced, 1 Disputed.');
  });

  it('gives every category its own colour, whole-pixel coordinates, and names the article', () => {
    const doc = buildDocument('port.txt', new TextEncoder().encode('Port reopens\n\nThe port reopened on Monday, officials said. About 300 ships waited, the harbour master said. Dockers won a 4 percent raise, union leader Mia Kern said.'), FIXED_NOW);
    const [a, b, c] = doc.claims.filter((x) => x.checkworthy);
    a!.status = 'verified';
    a!.note = 'Seen.';
    b!.status = 'disputed';
    c!.status = 'unsourced';
    const chart = reportChart(doc);
    expect(chart.title).toBe('Sourcing profile: Port reopens');
    expect(chart.shapes.some((s) => s.kind === 'text' && s.text === 'Sourcing profile: Port reopens')).toBe(true);
    const legend = chart.shapes.filter((s): s is ChartRect => s.kind === 'rect' && s.width === 9);
    const fills = new Map(legend.map((l) => [l.label, l.fill.toLowerCase()]));
    // Named and Verified, Anonymous and Unsourced, Unreviewed and No source: told apart now.
    expect(new Set(fills.values()).size).toBe(fills.size);
    expect(fills.size).toBe(9);
    for (const s of chart.shapes) for (const v of [s.x, s.y, ...(s.kind === 'rect' ? [s.width, s.height] : [])]) expect(Number.isInteger(v), `${JSON.stringify(s)}`).toBe(true);
    const svg = renderSourcingSvg(chart);
    expect(svg).not.toMatch(/\d\.\d{3,}/);
    // The status bar is the report's categories: a verdict without a reason is its own segment.
    const bars = chart.shapes.filter((s): s is ChartRect => s.kind === 'rect' && s.height === 16);
    expect(bars.map((r) => r.label)).toEqual(expect.arrayContaining(['Verified: 1', 'Verdict without a reason: 2']));
  });

  it('is a well-formed SVG whose texts are escaped', () => {
    const chart = sourcingProfile({ named: 1, anonymous: 0, none: 0 }, counts);
    chart.title = '<script>alert(1)</script> & "x"';
    const svg = renderSourcingSvg(chart);
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    expect(doc.querySelectorAll('script')).toHaveLength(0);
    expect(doc.querySelector('title')!.textContent).toBe('<script>alert(1)</script> & "x"');
    expect(doc.querySelectorAll('rect').length).toBeGreaterThan(5);
  });

  it('is written beside a saved Markdown report, which shows it as an image', async () => {
    const dataDir = await tempDir('chart');
    const svc = await WorkbenchService.start({ dataDir, seedsDir: 'seeds', now: () => FIXED_NOW });
    const { id } = (await svc.getLibrary()).documents[0]!;
    const out = join(await tempDir('chart-out'), 'seed-report.md');
    await svc.writeExport(id, DEFAULT_CHOICES, out);
    const md = await readFile(out, 'utf8');
    expect(md).toMatch(/!\[Sourcing of \d+ claims: [^\]]+\]\(seed-report-sourcing\.svg\)/);
    const svg = await readFile(join(out, '..', 'seed-report-sourcing.svg'), 'utf8');
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg).toContain('<desc id="d">Sourcing of');
  });
});

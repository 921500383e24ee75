import type { FactDocument } from '../model.ts';
import { CHART_FILL, renderSourcingSvg, sourcingProfile, type SourcingChart } from '../sourcing-chart.ts';
import { FIGURES, reportData } from './report-data.ts';

/** The report's sourcing chart: sources, and the report's own categories, so the chart says what the table says. */
export function reportChart(doc: Pick<FactDocument, 'claims' | 'title'>, requireReason = true): SourcingChart {
  const data = reportData(doc, { includeUnreviewed: false }, requireReason);
  // "Changed in a newer version" is shown only when some claim is: it is rare, and an empty entry is noise.
  const parts = FIGURES.filter((f) => f.key !== 'recheck' || data.figures.recheck > 0).map((f) => ({ label: f.label, value: data.figures[f.key], fill: CHART_FILL[f.key] }));
  return sourcingProfile(data.sources, data.counts, { parts, articleTitle: doc.title });
}

/** The report's sourcing chart as the SVG file saved beside a Markdown report. */
export function reportChartSvg(doc: Pick<FactDocument, 'claims' | 'title'>, requireReason = true): string {
  return renderSourcingSvg(reportChart(doc, requireReason));
}

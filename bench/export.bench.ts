import { documentFrom } from '../src/main/service/build-document.ts';
import { extractFromText } from '../src/shared/extract/extract.ts';
import { renderMarkdownReport } from '../src/shared/report/markdown-report.ts';
import { DEFAULT_CHOICES, type ReportContext } from '../src/shared/report/report-options.ts';
import { STATUSES } from '../src/shared/status.ts';
import { generateNews } from './generate-news.ts';
import { medianMs, result, sized, type BenchResult } from './measure.ts';

/** Markdown export of a 10,000-claim document, against JSON.stringify of the same document. */
export function benchExport(): BenchResult[] {
  const doc = documentFrom(extractFromText(`Large report\n\n${generateNews(sized(10_000, 100) * 103, 11)}`), 'large.txt', new Date('2026-01-01T00:00:00Z'));
  doc.claims.forEach((c, i) => {
    c.status = STATUSES[i % STATUSES.length]!;
    if (i % 5 === 0) c.note = `Checked on call ${i}.\nSecond line | with *markdown*.`;
    if (i % 7 === 0) c.evidence = [{ id: `e${i}`, url: `https://example.org/source/${i}`, title: `Source ${i}`, excerpt: 'quoted passage', addedAt: '2026-01-01T00:00:00Z' }];
  });
  const listed = doc.claims.filter((c) => c.checkworthy).length;
  const ctx: ReportContext = { exportedAt: new Date('2026-01-02T00:00:00Z'), reviewer: 'Bench', organisation: 'Bench Org', organisationUrl: '', appVersion: 'bench' };
  const ms = medianMs(() => renderMarkdownReport(doc, DEFAULT_CHOICES, ctx), sized(9, 1), sized(2, 0));
  const base = medianMs(() => JSON.stringify(doc), sized(9, 1), sized(2, 0));
  return [result(`Markdown export of a ${listed}-claim document`, 'ms', ms, { name: 'JSON.stringify of the same document', value: base }, '≤ 200 ms', ms <= 200)];
}

import { parse as parseCsv } from 'csv-parse/sync';
import fc from 'fast-check';
import { marked, type Tokens } from 'marked';
import { describe, expect, it } from 'vitest';
import { renderClaimReview } from '../../src/shared/report/claimreview.ts';
import { renderCsv } from '../../src/shared/report/csv-report.ts';
import { renderJsonReport, type JsonReport } from '../../src/shared/report/json-report.ts';
import { renderMarkdownReport } from '../../src/shared/report/markdown-report.ts';
import { reportChart } from '../../src/shared/report/report-chart.ts';
import { DEFAULT_CHOICES, type ReportContext } from '../../src/shared/report/report-options.ts';
import type { Claim, FactDocument } from '../../src/shared/model.ts';
import { STATUSES } from '../../src/shared/status.ts';
import type { ChartRect } from '../../src/shared/sourcing-chart.ts';
import { FIXED_NOW } from './helpers.ts';

const CTX: ReportContext = { exportedAt: FIXED_NOW, reviewer: 'Sam', organisation: 'Coast Checks', organisationUrl: 'https://checks.example.org/', appVersion: '1' };

/** One random claim: any status, with or without a reason, on or off the list, perhaps changed by a newer version. */
const claimArb = fc.record({
  status: fc.constantFrom(...STATUSES),
  note: fc.constantFrom('', '', 'Checked.', '  '),
  evidence: fc.boolean(),
  checkworthy: fc.boolean(),
  promoted: fc.boolean(),
  dismissed: fc.boolean(),
  recheck: fc.constantFrom(undefined, undefined, 'changed' as const, 'new' as const),
  source: fc.constantFrom(null, 'Mia Kern', 'officials'),
});

type Spec = typeof claimArb extends fc.Arbitrary<infer T> ? T : never;

function documentOf(specs: Spec[]): FactDocument {
  const claims: Claim[] = specs.map((s, i) => ({
    id: `c${i + 1}`,
    n: i + 1,
    text: `Claim number ${i + 1} says 5 percent.`,
    start: i * 40,
    end: i * 40 + 30,
    kind: 'sentence',
    checkworthy: s.checkworthy,
    score: 0.5,
    reasons: [],
    attribution: s.source ? { source: s.source, anonymous: s.source === 'officials', cue: 'said', start: 0, end: 0 } : null,
    status: s.status,
    statusChangedAt: s.status === 'unreviewed' ? null : FIXED_NOW.toISOString(),
    note: s.note,
    evidence: s.evidence ? [{ id: `e${i}`, url: 'https://example.org/e', title: 'E', excerpt: '', addedAt: FIXED_NOW.toISOString() }] : [],
    // A unit with a verdict is never dismissed (the service refuses it).
    dismissed: s.dismissed && s.status === 'unreviewed',
    promoted: s.promoted,
    attributionEdited: false,
    origin: 'extracted',
    ...(s.recheck ? { recheck: { reason: s.recheck, version: 2 } } : {}),
  })) as Claim[];
  return { id: 'doc-1', title: 'Random article', sourceName: 'a.txt', sourceUrl: 'https://news.example.com/a', importedAt: FIXED_NOW.toISOString(), text: 'x', claims, history: [], undoStack: [], redoStack: [] } as unknown as FactDocument;
}

const cell = (t: Tokens.Table, label: string): number => Number(t.rows.find((r) => r[0]!.text.replace(/\*/g, '') === label)![1]!.text.replace(/\*/g, ''));

describe('report figures add up for any document', () => {
  it('tally, sentence, table, chart, sections, CSV, JSON and ClaimReview agree', () => {
    fc.assert(
      fc.property(fc.array(claimArb, { maxLength: 25 }), fc.boolean(), (specs, requireReason) => {
        const doc = documentOf(specs);
        const ctx = { ...CTX, requireReason };
        const md = renderMarkdownReport(doc, { ...DEFAULT_CHOICES, includeUnreviewed: true }, ctx);
        const tokens = marked.lexer(md);
        const tables = tokens.filter((t): t is Tokens.Table => t.type === 'table');
        const tally = tables.find((t) => t.header[0]!.text === 'Verdict')!;
        const standing = tables.find((t) => t.header[0]!.text === 'Standing')!;
        const sources = tables.find((t) => t.header[0]!.text === 'Source')!;
        const total = cell(standing, 'Total');
        const listed = doc.claims.filter((c) => !c.dismissed && (c.checkworthy || c.promoted || c.status !== 'unreviewed'));
        expect(total).toBe(listed.length);
        // Every category row sums to the total, and the kinds of source do too.
        expect(standing.rows.slice(0, -1).reduce((a, r) => a + Number(r[1]!.text), 0)).toBe(total);
        expect(sources.rows.reduce((a, r) => a + Number(r[1]!.text), 0)).toBe(total);
        // The tally's findings are the finding sections listed, verdict by verdict, and the table says the same.
        const headings = tokens.filter((t): t is Tokens.Heading => t.type === 'heading' && t.depth === 3 && /^Claim \d+: /.test(t.text));
        for (const v of ['Disputed', 'Unsourced', 'Verified']) {
          const listedFindings = headings.filter((h) => h.text.endsWith(`: ${v}`)).length;
          expect(cell(tally, v)).toBe(listedFindings);
          expect(cell(standing, v)).toBe(listedFindings);
        }
        const findings = cell(tally, 'All findings');
        expect(findings).toBe(headings.length);
        // The sentence: findings plus what is open is the total, and reviewed is every verdict.
        const m = /(\d+) claims?: (\d+) findings?(?:, (\d+) still open)?/.exec(md)!;
        expect(Number(m[1])).toBe(total);
        expect(Number(m[2])).toBe(findings);
        expect(Number(m[3] ?? 0)).toBe(total - findings);
        const reviewed = Number(/Reviewed: (\d+) of/.exec(md)![1]);
        expect(reviewed).toBe(listed.filter((c) => ['verified', 'unsourced', 'disputed'].includes(c.status)).length);
        // Open sections' headings count their items.
        const open = md.slice(md.indexOf('## Still open'), md.indexOf('## Figures'));
        const openCounts = [...open.matchAll(/^### .*\((\d+)\)$/gm)].reduce((a, x) => a + Number(x[1]), 0);
        expect(openCounts).toBe(total - findings);
        // The chart's status bar is the same categories.
        const chart = reportChart(doc, requireReason);
        const segments = chart.shapes.filter((s): s is ChartRect => s.kind === 'rect' && s.height === 16 && s.label.includes(': '));
        const bar = segments.slice(segments.findIndex((s) => !/^(Named|Anonymous|No source):/.test(s.label)));
        if (total > 0) expect(bar.reduce((a, s) => a + Number(s.label.split(': ').at(-1)), 0)).toBe(total);
        // CSV: one row per claim, findings first; JSON: the same figures; ClaimReview: the findings only.
        const rows = parseCsv(renderCsv(doc, DEFAULT_CHOICES, ctx).slice(1), { columns: true }) as Record<string, string>[];
        expect(rows).toHaveLength(total);
        expect(rows.filter((r) => r.section === 'Finding')).toHaveLength(findings);
        const json = JSON.parse(renderJsonReport(doc, { ...DEFAULT_CHOICES, format: 'json' }, ctx)) as JsonReport;
        expect(json.figures).toMatchObject({ total, findings, reviewed });
        expect(Object.values(json.figures.byCategory).reduce((a, b) => a + b, 0)).toBe(total);
        expect(JSON.parse(renderClaimReview(doc, ctx))).toHaveLength(findings);
      }),
      { numRuns: 300 },
    );
  });
});

import { parse as parseCsv } from 'csv-parse/sync';
import fc from 'fast-check';
import { marked, type Token, type Tokens } from 'marked';
import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../src/main/service/build-document.ts';
import { renderClaimReview } from '../../src/shared/report/claimreview.ts';
import { renderCsv } from '../../src/shared/report/csv-report.ts';
import { escapeInline, escapeLineStart } from '../../src/shared/report/markdown-escape.ts';
import { renderMarkdownReport } from '../../src/shared/report/markdown-report.ts';
import { renderJsonReport, type JsonReport } from '../../src/shared/report/json-report.ts';
import { DEFAULT_CHOICES, type ExportChoices, type ReportContext } from '../../src/shared/report/report-options.ts';
import type { Claim, FactDocument } from '../../src/shared/model.ts';
import { STATUS_INFO } from '../../src/shared/status.ts';
import { FIXED_NOW } from './helpers.ts';

const text = 'Port reopens after strike\n\nThe port reopened on Monday, officials said. About 300 ships waited. Dockers won a 4 percent raise, union leader Mia Kern said. Was it worth it?';
const CTX: ReportContext = { exportedAt: FIXED_NOW, reviewer: 'Sam Checker', organisation: 'Coast Checks', organisationUrl: 'https://checks.example.org/', appVersion: '1.2.3' };

function sample(): FactDocument {
  const doc = buildDocument('port.txt', new TextEncoder().encode(text), FIXED_NOW);
  doc.sourceUrl = 'https://news.example.com/port';
  const claim = (i: number): Claim => doc.claims[i]!;
  claim(1).status = 'verified';
  claim(1).note = 'Confirmed with the port authority.\nSecond line.';
  claim(1).evidence = [{ id: 'e1', url: 'https://port.example/notice', title: 'Port notice', excerpt: 'reopened on Monday', addedAt: FIXED_NOW.toISOString() }];
  claim(2).status = 'unsourced';
  claim(3).status = 'disputed';
  claim(4).dismissed = true;
  doc.history.push({ id: 'h1', at: FIXED_NOW.toISOString(), claimId: claim(1).id, label: 'Marked Verified', before: null, after: null });
  return doc;
}

const md = (doc: FactDocument, choices: Partial<ExportChoices> = {}) => renderMarkdownReport(doc, { ...DEFAULT_CHOICES, ...choices }, CTX);
const tables = (src: string) => marked.lexer(src).filter((t): t is Tokens.Table => t.type === 'table');
const tableWith = (src: string, header: string) => tables(src).find((t) => t.header[0]!.text === header)!;

/** The text a reader sees for a list of inline tokens (escapes resolved, entities decoded). */
function plain(tokens: Token[] | undefined): string {
  return (tokens ?? [])
    .map((t) => {
      const g = t as Tokens.Generic;
      if (g.tokens) return plain(g.tokens as Token[]);
      return String(g.text ?? g.raw);
    })
    .join('')
    .replace(/&(amp|lt|gt|quot|#39);/g, (_m, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" })[e]!);
}

/** Every token of a tree, depth first. */
function walk(tokens: Token[]): Token[] {
  return tokens.flatMap((t) => {
    const g = t as Tokens.Generic;
    const children = [...((g.tokens as Token[]) ?? []), ...((g.items as Token[]) ?? [])];
    if (t.type === 'table') for (const cell of [...(t as Tokens.Table).header, ...(t as Tokens.Table).rows.flat()]) children.push(...cell.tokens);
    return [t, ...walk(children)];
  });
}

describe('Markdown report', () => {
  it('leads with the verdict tally, then the findings with their reasons, what is open, the figures and the article', () => {
    const doc = sample();
    const src = md(doc);
    const tokens = marked.lexer(src);
    expect((tokens.find((t) => t.type === 'heading') as Tokens.Heading).text).toContain('Port reopens after strike');
    for (const s of ['Sam Checker', 'Coast Checks', '2026-03-04 05:06 UTC', '1.2.3', 'port.txt', 'news.example.com']) expect(src).toContain(s);
    const h2 = tokens.filter((t): t is Tokens.Heading => t.type === 'heading' && t.depth === 2).map((h) => h.text);
    expect(h2).toEqual(['Verdicts', 'Findings', 'Still open', 'Figures', 'The article', 'About this report']);
    const listed = doc.claims.filter((c) => !c.dismissed && (c.checkworthy || c.status !== 'unreviewed'));
    const unreviewed = listed.filter((c) => c.status === 'unreviewed').length;
    // Only the verified claim has a reason: it is the one finding; the two bare verdicts are their own line.
    const tally = Object.fromEntries(tableWith(src, 'Verdict').rows.map((r) => [r[0]!.text, r[1]!.text]));
    expect(tally).toEqual({ Disputed: '0', Unsourced: '0', Verified: '1', '**All findings**': '**1**' });
    const figures = Object.fromEntries(tableWith(src, 'Standing').rows.map((r) => [r[0]!.text, r[1]!.text]));
    expect(figures).toEqual({ Disputed: '0', Unsourced: '0', Verified: '1', 'Verdict without a reason': '2', 'In progress': '0', Unreviewed: String(unreviewed), '**Total**': `**${listed.length}**` });
    const sources = Object.fromEntries(tableWith(src, 'Source').rows.map((r) => [r[0]!.text, Number(r[1]!.text)]));
    expect(sources.Named! + sources.Anonymous! + sources['No source']!).toBe(listed.length);
    expect(src).toContain(`${listed.length} claims: 1 finding, ${listed.length - 1} still open (2 verdicts without a reason, ${unreviewed} unreviewed). Reviewed: 3 of ${listed.length}`);

    const findings = tokens.filter((t): t is Tokens.Heading => t.type === 'heading' && t.depth === 3 && t.text.startsWith('Claim'));
    expect(findings.map((h) => h.text)).toEqual([`Claim ${doc.claims[1]!.n}: Verified`]);
    const quotes = tokens.filter((t) => t.type === 'blockquote').map((t) => plain((t as Tokens.Blockquote).tokens));
    expect(quotes).toEqual([doc.claims[1]!.text]);
    const open = src.slice(src.indexOf('## Still open'), src.indexOf('## Figures'));
    expect(open).toContain('### Verdicts without a reason (2)');
    expect(open).toContain(`**Claim ${doc.claims[2]!.n}** (Unsourced)`);
    expect(open).toContain(`**Claim ${doc.claims[3]!.n}** (Disputed)`);
    // Unreviewed claims are summarised by number unless asked for one by one.
    expect(open).toContain(`### Unreviewed (${unreviewed})`);
    expect(open).toMatch(/Not looked at yet: claims? [\d–, ]+\./);
    const links = walk(tokens).filter((t): t is Tokens.Link => t.type === 'link');
    expect(links.map((l) => l.href)).toEqual(['https://port.example/notice', 'https://news.example.com/port']);
    expect(src).toContain('- **Reason:** Confirmed with the port authority.\\\n  Second line.');
    expect(src).not.toMatch(/no changes/i);
    expect(src).not.toContain('## Full record');
  });

  it('gives Disputed and Unsourced findings before Verified ones, and the In progress note with who holds it', () => {
    const doc = sample();
    for (const c of [doc.claims[2]!, doc.claims[3]!]) c.note = 'Checked.';
    doc.claims[0]!.status = 'in-progress';
    doc.claims[0]!.note = 'awaiting reply';
    doc.history.push({ id: 'h9', at: FIXED_NOW.toISOString(), claimId: doc.claims[0]!.id, label: 'Marked In progress', before: null, after: null, by: 'Bo Lind', kind: 'status' });
    const src = md(doc);
    const findings = marked.lexer(src).filter((t): t is Tokens.Heading => t.type === 'heading' && t.depth === 3 && t.text.startsWith('Claim'));
    expect(findings.map((h) => h.text.replace(/^Claim \d+: /, ''))).toEqual(['Disputed', 'Unsourced', 'Verified']);
    const open = src.slice(src.indexOf('### In progress'), src.indexOf('## Figures'));
    expect(open).toContain('  - Held by Bo Lind, 2026-03-04 05:06 UTC');
    expect(open).toContain('  - Note: awaiting reply');
  });

  it('the full record comes on request, with who made each standing change and no undo or redo', () => {
    const doc = sample();
    const id = doc.claims[1]!.id;
    const at = FIXED_NOW.toISOString();
    doc.history = [
      { id: 'h1', at, claimId: id, label: 'Marked Verified', before: null, after: null, by: 'Ana Ruiz', kind: 'status' },
      { id: 'h2', at, claimId: id, label: 'Edited the note', before: null, after: null, by: 'Ana Ruiz', kind: 'note' },
      { id: 'h3', at, claimId: id, label: 'Undid: Edited the note', before: null, after: null, by: 'Ana Ruiz', step: 'undo', target: 'h2' },
      { id: 'h4', at, claimId: id, label: 'Added evidence: Port notice', before: null, after: null, by: 'Bo Lind', kind: 'add-evidence' },
      // An older library's undo and redo carry only their labels.
      { id: 'h5', at, claimId: id, label: 'Undid: Added evidence: Port notice', before: null, after: null },
      { id: 'h6', at, claimId: id, label: 'Redid: Added evidence: Port notice', before: null, after: null },
    ];
    const short = md(doc);
    expect(short).toContain('- **Verdict by:** Ana Ruiz, 2026-03-04 05:06 UTC');
    const full = md(doc, { includeRecord: true });
    const record = full.slice(full.indexOf('## Full record'));
    expect(record).toContain('  - Ana Ruiz, 2026-03-04 05:06 UTC: Marked Verified');
    expect(record).toContain('  - Bo Lind, 2026-03-04 05:06 UTC: Added evidence: Port notice');
    expect(record).not.toContain('Edited the note');
    expect(full).not.toMatch(/Undid|Redid|no changes/);
  });

  it('honours the options: unreviewed listed, dismissed appendix with who and when, article text', () => {
    const doc = sample();
    const listed = md(doc, { includeUnreviewed: true });
    const unreviewed = doc.claims.filter((c) => !c.dismissed && c.checkworthy && c.status === 'unreviewed');
    for (const c of unreviewed) expect(listed).toContain(`- **Claim ${c.n}** (Unreviewed)`);
    expect(md(doc)).not.toContain('(Unreviewed):');
    doc.history.push({ id: 'h8', at: FIXED_NOW.toISOString(), claimId: doc.claims[4]!.id, label: 'Dismissed as not a claim', before: null, after: null, by: 'Bo Lind', kind: 'dismiss' });
    const withAll = md(doc, { includeDismissed: true, includeArticle: true });
    expect(withAll).toContain('## Appendix: units dismissed as not claims');
    expect(withAll).toContain(`- **Unit ${doc.claims[4]!.n}**: Was it worth it? — dismissed by Bo Lind, 2026-03-04 05:06 UTC`);
    expect(withAll).toContain('## Article text');
    expect(withAll).toContain('About 300 ships waited.');
  });

  it('is byte-identical for the same store and clock', () => {
    expect(md(sample())).toBe(md(sample()));
  });

  it('keeps its structure whatever claim text, notes, sources and titles hold', () => {
    const nasty = fc.string({ unit: fc.constantFrom(...'ab |*_`[]()<>#-1.!\\\n\r\t&:/@=+>~{}"\'wx\u2028\u2029\u0085\u000b\u000c'.split('')), maxLength: 60 });
    const anyText = fc.oneof(nasty, fc.string({ unit: 'grapheme', maxLength: 40 }), fc.constantFrom('<script>alert(1)</script>', '[x](javascript:alert(1))', '1. item', '- item', '# h', '| a | b |', 'http://evil.test', 'www.evil.test', 'mail@evil.test', '===', '---'));
    fc.assert(
      fc.property(anyText, anyText, anyText, anyText, (claimText, note, source, title) => {
        const doc = sample();
        const c = doc.claims[1]!;
        c.text = claimText;
        c.note = note;
        c.attribution = { source, anonymous: false, cue: 'said', start: 0, end: 0 };
        c.evidence = [{ id: 'e1', url: 'https://ok.example/a(b)', title, excerpt: note, addedAt: FIXED_NOW.toISOString() }];
        doc.title = title;
        const src = md(doc, { includeDismissed: true, includeArticle: true, includeRecord: true });
        const tokens = marked.lexer(src);
        const all = walk(tokens);
        expect(all.filter((t) => t.type === 'html')).toEqual([]);
        // The evidence shows twice: under the finding, and in the full record.
        expect(all.filter((t): t is Tokens.Link => t.type === 'link').map((l) => l.href)).toEqual(['https://ok.example/a%28b%29', 'https://news.example.com/port', 'https://ok.example/a%28b%29']);
        const records = tokens.filter((t) => t.type === 'heading' && (t as Tokens.Heading).depth === 3 && (t as Tokens.Heading).text.startsWith('Record of claim'));
        expect(records).toHaveLength(doc.claims.filter((x) => !x.dismissed && (x.checkworthy || x.status !== 'unreviewed')).length);
        expect(tokens.filter((t) => t.type === 'heading' && (t as Tokens.Heading).depth <= 2).length).toBe(10);
        expect(tokens.filter((t) => t.type === 'heading' && (t as Tokens.Heading).depth > 3)).toEqual([]);
        const row = tableWith(src, '#').rows.find((r) => r[0]!.text === String(c.n))!;
        expect(row).toHaveLength(4);
        // The finding's quote, then the record's quotes in report order: the finding's again comes first.
        const quote = tokens.filter((t) => t.type === 'blockquote')[1] as Tokens.Blockquote;
        // eslint-disable-next-line no-control-regex
        expect(plain(quote.tokens)).toBe(claimText.replace(/\s*[\r\n\u0085\u2028\u2029]+\s*/g, ' ').replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '').replace(/\t/g, ' ').trim() || '(no text)');
      }),
      { numRuns: 300 },
    );
  });

  it('escapes leading block markers and neutralises HTML', () => {
    expect(escapeLineStart('- not a list')).toBe('\\- not a list');
    expect(escapeLineStart('1. not a list')).toBe('1\\. not a list');
    expect(escapeInline('version 1.2.3')).toBe('version 1.2.3');
    expect(escapeInline('<b>x</b>')).toBe('&lt;b&gt;x&lt;/b&gt;');
  });
});

describe('CSV export', () => {
  it('is RFC 4180 CSV with a BOM, one row per claim, and survives commas, quotes and newlines', () => {
    const doc = sample();
    doc.claims[1]!.note = 'He said, "no"\nthen left';
    const csv = renderCsv(doc, { ...DEFAULT_CHOICES, includeDismissed: true });
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv).toContain('\r\n');
    const rows = parseCsv(csv.slice(1), { columns: true }) as Record<string, string>[];
    const expected = doc.claims.filter((c) => c.dismissed || c.checkworthy || c.status !== 'unreviewed');
    expect(rows).toHaveLength(expected.length);
    const verified = rows.find((r) => r.status === 'Verified')!;
    expect(verified.note).toBe('He said, "no"\nthen left');
    expect(verified.evidence_urls).toBe('https://port.example/notice');
    expect(rows.find((r) => r.dismissed === 'yes')!.claim).toBe('Was it worth it?');
  });

  it('gives the rows in the report order, with their section and who gave the verdict', () => {
    const doc = sample();
    doc.history = [{ id: 'h1', at: FIXED_NOW.toISOString(), claimId: doc.claims[1]!.id, label: 'Marked Verified', before: null, after: null, by: 'Ana Ruiz', kind: 'status' }];
    doc.claims[0]!.status = 'in-progress';
    const rows = parseCsv(renderCsv(doc, { ...DEFAULT_CHOICES, includeDismissed: true }).slice(1), { columns: true }) as Record<string, string>[];
    const sections = rows.map((r) => r.section);
    expect(sections.slice(0, 4)).toEqual(['Finding', 'Verdict without a reason', 'Verdict without a reason', 'In progress']);
    expect(sections.at(-1)).toBe('Dismissed');
    expect(rows[0]).toMatchObject({ status: 'Verified', verdict_by: 'Ana Ruiz', verdict_at: FIXED_NOW.toISOString(), document_id: doc.id, title: doc.title, article_url: 'https://news.example.com/port' });
    // ClaimReview publishes the findings alone: the verdicts without a reason are not reviews.
    const reviews = JSON.parse(renderClaimReview(doc, CTX)) as Review[];
    expect(reviews.map((r) => r.claimReviewed)).toEqual(rows.slice(0, 1).map((r) => r.claim));
  });

  it('with the full record chosen, is the history table: one row per standing change', () => {
    const doc = sample();
    doc.history = [
      { id: 'h1', at: '2026-03-04T05:06:00.000Z', claimId: doc.claims[1]!.id, label: 'Marked Verified', before: null, after: null, by: 'Ana Ruiz', kind: 'status' },
      { id: 'h2', at: '2026-03-04T05:07:00.000Z', claimId: doc.claims[2]!.id, label: 'Edited the note', before: null, after: null, kind: 'note' },
    ];
    const rows = parseCsv(renderCsv(doc, { ...DEFAULT_CHOICES, format: 'csv', includeRecord: true }).slice(1), { columns: true }) as Record<string, string>[];
    expect(rows).toEqual([
      { document_id: doc.id, title: doc.title, number: String(doc.claims[1]!.n), at: '2026-03-04T05:06:00.000Z', by: 'Ana Ruiz', change: 'Marked Verified' },
      { document_id: doc.id, title: doc.title, number: String(doc.claims[2]!.n), at: '2026-03-04T05:07:00.000Z', by: '', change: 'Edited the note' },
    ]);
  });

  it('never lets a cell start a spreadsheet formula', () => {
    const doc = sample();
    doc.claims[1]!.text = '=HYPERLINK("http://evil.test","x")';
    const rows = parseCsv(renderCsv(doc, DEFAULT_CHOICES).slice(1), { columns: true }) as Record<string, string>[];
    expect(rows.find((r) => r.status === 'Verified')!.claim).toBe('\'=HYPERLINK("http://evil.test","x")');
  });

  it('guards only what a spreadsheet would run: a note starting "-16%" stays as written', () => {
    const cases: [string, string][] = [
      ['-16% of voters backed it', '-16% of voters backed it'],
      ['-16%', '-16%'],
      ['+3.5', '+3.5'],
      ['-2,000 jobs, the union said', '-2,000 jobs, the union said'],
      ['=1+1', "'=1+1"],
      ['@SUM(A1)', "'@SUM(A1)"],
      ['+cmd|\' /C calc\'!A0', "'+cmd|' /C calc'!A0"],
      ['-2+3+cmd|\' /C calc\'!A0', "'-2+3+cmd|' /C calc'!A0"],
      ['-HYPERLINK("http://evil.test")', '\'-HYPERLINK("http://evil.test")'],
      ['\t=1', "'\t=1"],
    ];
    for (const [note, expected] of cases) {
      const doc = sample();
      doc.claims[1]!.note = note;
      const rows = parseCsv(renderCsv(doc, DEFAULT_CHOICES).slice(1), { columns: true }) as Record<string, string>[];
      expect(rows.find((r) => r.status === 'Verified')!.note, note).toBe(expected);
    }
  });
});

/** The parts of a ClaimReview the test reads. */
interface Review {
  '@type': string;
  claimReviewed: string;
  datePublished: string;
  url: string;
  author: Record<string, string>;
  '@context': string;
  name?: string;
  reviewRating: { alternateName: string; name: string; ratingValue: number; bestRating: number; worstRating: number };
  itemReviewed: { '@type': string; author?: unknown; appearance?: Record<string, string>; description?: string };
}

describe('ClaimReview JSON-LD', () => {
  it('has one ClaimReview per finding, dated when its verdict was given, with a short name for a long claim', () => {
    const doc = sample();
    for (const [i, at] of [[2, '2026-02-01T10:00:00.000Z'], [3, '2026-02-02T10:00:00.000Z']] as const) {
      doc.claims[i]!.note = 'Checked against the register.';
      doc.claims[i]!.statusChangedAt = at;
    }
    doc.claims[3]!.text = 'Dockers won a 4 percent raise after a strike that lasted twelve days and closed the port, union leader Mia Kern said.';
    const out = JSON.parse(renderClaimReview(doc, CTX)) as Review[];
    const findings = [doc.claims[3]!, doc.claims[2]!, doc.claims[1]!];
    expect(out.map((r) => r.claimReviewed)).toEqual(findings.map((c) => c.text));
    for (const [i, r] of out.entries()) {
      const claim = findings[i]!;
      expect(r['@context']).toBe('https://schema.org');
      expect(r['@type']).toBe('ClaimReview');
      expect(r.reviewRating).toMatchObject({ '@type': 'Rating', alternateName: STATUS_INFO[claim.status].label, name: expect.stringMatching(new RegExp(`^${STATUS_INFO[claim.status].label}: `)) });
      expect(r.reviewRating.ratingValue).toBeGreaterThanOrEqual(r.reviewRating.worstRating);
      expect(r.reviewRating.ratingValue).toBeLessThanOrEqual(r.reviewRating.bestRating);
      expect(r.author).toMatchObject({ '@type': 'Organization', name: 'Coast Checks', url: 'https://checks.example.org/' });
      expect(r.url).toBe(`https://checks.example.org/#claim-${doc.id}-${claim.n}`);
      expect(r.itemReviewed['@type']).toBe('Claim');
      expect(r.itemReviewed.appearance).toMatchObject({ '@type': 'NewsArticle', url: 'https://news.example.com/port' });
    }
    // The date the verdict was given, not the export's: the same review exports the same date tomorrow.
    expect(out.map((r) => r.datePublished)).toEqual(['2026-02-02T10:00:00.000Z', '2026-02-01T10:00:00.000Z', FIXED_NOW.toISOString()]);
    expect(out[0]!.name).toBe('Dockers won a 4 percent raise after a strike that lasted twelve days and…');
    expect(out[0]!.name!.length).toBeLessThanOrEqual(75);
    expect(out[1]!.name).toBeUndefined();
    expect(out[0]!.itemReviewed.author).toEqual({ '@type': 'Person', name: 'Mia Kern' });
  });

  it('types outlets and wire services as organisations and never invents a person for an anonymous source', () => {
    const doc = sample();
    doc.claims[1]!.attribution = { source: 'The New York Times', anonymous: false, cue: 'reported', start: 0, end: 0 };
    doc.claims[2]!.note = 'No register.';
    doc.claims[2]!.attribution = { source: 'officials familiar with the plan', anonymous: true, cue: 'said', start: 0, end: 0 };
    doc.claims[3]!.note = 'Wire copy differs.';
    doc.claims[3]!.attribution = { source: 'Reuters', anonymous: false, cue: 'reported', start: 0, end: 0 };
    doc.metadata = { siteName: 'BBC News', byline: 'BBC News' };
    const out = JSON.parse(renderClaimReview(doc, CTX)) as Review[];
    const by = (text: string) => out.find((r) => r.claimReviewed === text)!.itemReviewed;
    expect(by(doc.claims[1]!.text).author).toEqual({ '@type': 'Organization', name: 'The New York Times' });
    expect(by(doc.claims[3]!.text).author).toEqual({ '@type': 'Organization', name: 'Reuters' });
    const anonymous = by(doc.claims[2]!.text);
    expect(anonymous.author).toEqual({ '@type': 'Organization', name: 'BBC News' });
    expect(anonymous.description).toContain('officials familiar with the plan');
    expect(JSON.stringify(out)).not.toContain('Unnamed source');
  });

  it('gives an article without an address an appearance all the same, never a bare claim', () => {
    const doc = sample();
    doc.sourceUrl = null;
    const out = JSON.parse(renderClaimReview(doc, CTX)) as Review[];
    expect(out[0]!.itemReviewed.appearance).toEqual({ '@type': 'NewsArticle', headline: doc.title });
  });
});

describe('JSON report', () => {
  it('is a documented, versioned report shape, not the store: findings first, figures that add up', () => {
    const doc = sample();
    const out = JSON.parse(renderJsonReport(doc, { ...DEFAULT_CHOICES, format: 'json', includeRecord: true }, CTX)) as JsonReport;
    expect(out).toMatchObject({ format: 'factcheck-workbench-report', version: 1, app: 'Factcheck Workbench 1.2.3', signedBy: { reviewer: 'Sam Checker', organisation: 'Coast Checks' } });
    expect(JSON.stringify(out)).not.toMatch(/undoStack|redoStack|"before"|"after"/);
    expect(out.claims[0]).toMatchObject({ number: doc.claims[1]!.n, section: 'finding', status: 'verified' });
    expect(Object.values(out.figures.byCategory).reduce((a, b) => a + b, 0)).toBe(out.figures.total);
    expect(out.claims).toHaveLength(out.figures.total);
    expect(out.history).toEqual([{ number: doc.claims[1]!.n, at: FIXED_NOW.toISOString(), by: null, change: 'Marked Verified' }]);
    expect(out.dismissed).toBeUndefined();
  });
});

describe('the article named by its own page', () => {
  it('leads the report with the outlet, byline and dates an HTML page gave, stored with the document', () => {
    const page = new TextEncoder().encode(
      '<!DOCTYPE html><html lang="en"><head><title>Port strike ends</title><meta property="og:site_name" content="Harbour *Daily*"><meta name="author" content="Jo Lin">' +
        '<meta property="article:published_time" content="2026-11-30T08:00:00Z"></head><body><article><h1>Port strike ends</h1>' +
        '<p>The port strike ended on Monday after 12 days, the union said.</p><p>Dock workers won a 9 percent raise, according to the port authority.</p></article></body></html>',
    );
    const doc = buildDocument('strike.html', page, new Date('2026-12-01T00:00:00Z'));
    expect(doc.metadata).toMatchObject({ siteName: 'Harbour *Daily*', published: '2026-11-30T08:00:00Z' });
    const md = renderMarkdownReport(doc, DEFAULT_CHOICES, { exportedAt: new Date('2026-12-01T00:00:00Z'), reviewer: 'Ana', organisation: '', organisationUrl: '', appVersion: '1' });
    const head = md.slice(md.indexOf('## The article'), md.indexOf('## About this report'));
    expect(head).toContain('- **Headline:** Port strike ends');
    expect(head).toContain('- **Outlet:** Harbour \\*Daily\\*');
    expect(head).toContain('- **Byline:** Jo Lin');
    expect(head).toContain('- **Published:** 2026-11-30T08:00:00Z');
    const plain = buildDocument('strike.txt', new TextEncoder().encode('Port strike ends\n\nThe port strike ended on Monday, the union said.'), new Date('2026-12-01T00:00:00Z'));
    expect(plain.metadata).toBeUndefined();
    // What the page did not give is flagged, not silently left out.
    const bare = renderMarkdownReport(plain, DEFAULT_CHOICES, { exportedAt: new Date('2026-12-01T00:00:00Z'), reviewer: 'Ana', organisation: '', organisationUrl: '', appVersion: '1' });
    expect(bare).toContain('- **Outlet:** _not known: the page does not name its outlet_');
    expect(bare).toContain('- **Address:** _not known: no web address was given');
  });
});

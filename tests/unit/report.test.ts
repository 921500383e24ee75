import { parse as parseCsv } from 'csv-parse/sync';
import fc from 'fast-check';
import { marked, type Token, type Tokens } from 'marked';
import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../src/main/service/build-document.ts';
import { renderClaimReview } from '../../src/shared/report/claimreview.ts';
import { renderCsv } from '../../src/shared/report/csv-report.ts';
import { escapeInline, escapeLineStart } from '../../src/shared/report/markdown-escape.ts';
import { renderMarkdownReport } from '../../src/shared/report/markdown-report.ts';
import { renderJsonRecord } from '../../src/shared/report/render-report.ts';
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
  it('leads with the article, then the findings with their reasons, then what is open, then the figures', () => {
    const doc = sample();
    const src = md(doc);
    const tokens = marked.lexer(src);
    expect((tokens.find((t) => t.type === 'heading') as Tokens.Heading).text).toContain('Port reopens after strike');
    for (const s of ['Sam Checker', 'Coast Checks', '2026-03-04 05:06 UTC', '1.2.3', 'port.txt', 'news.example.com']) expect(src).toContain(s);
    const h2 = tokens.filter((t): t is Tokens.Heading => t.type === 'heading' && t.depth === 2).map((h) => h.text);
    expect(h2).toEqual(['The article', 'Summary', 'Findings', 'Still open', 'Figures']);
    const listed = doc.claims.filter((c) => !c.dismissed && (c.checkworthy || c.status !== 'unreviewed'));
    const counts = Object.fromEntries(tableWith(src, 'Status').rows.map((r) => [r[0]!.text, r[1]!.text]));
    expect(counts).toMatchObject({ Verified: '1', Unsourced: '1', Disputed: '1', Unreviewed: String(listed.filter((c) => c.status === 'unreviewed').length) });
    const sources = Object.fromEntries(tableWith(src, 'Source').rows.map((r) => [r[0]!.text, Number(r[1]!.text)]));
    expect(sources.Named! + sources.Anonymous! + sources['No source']!).toBe(listed.length);
    expect(src).toContain(`3 of ${listed.length} claims reviewed`);

    // Only the verified claim has a reason: it is the one finding; the two bare verdicts are open.
    const findings = tokens.filter((t): t is Tokens.Heading => t.type === 'heading' && t.depth === 3 && t.text.startsWith('Claim'));
    expect(findings.map((h) => h.text)).toEqual([`Claim ${doc.claims[1]!.n}: Verified`]);
    const quotes = tokens.filter((t) => t.type === 'blockquote').map((t) => plain((t as Tokens.Blockquote).tokens));
    expect(quotes).toEqual([doc.claims[1]!.text]);
    const open = src.slice(src.indexOf('## Still open'), src.indexOf('## Figures'));
    expect(open).toContain('### Verdicts without a reason (2)');
    expect(open).toContain(`**Claim ${doc.claims[2]!.n}** (Unsourced)`);
    expect(open).toContain(`**Claim ${doc.claims[3]!.n}** (Disputed)`);
    const links = walk(tokens).filter((t): t is Tokens.Link => t.type === 'link');
    expect(links.map((l) => l.href)).toEqual(['https://news.example.com/port', 'https://port.example/notice']);
    expect(src).toContain('- **Reason:** Confirmed with the port authority.\\\n  Second line.');
    expect(src).not.toMatch(/no changes/i);
    expect(src).not.toContain('## Full record');
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

  it('honours the options: without unreviewed, with dismissed appendix and article text', () => {
    const doc = sample();
    const without = md(doc, { includeUnreviewed: false, includeRecord: true });
    expect(tableWith(without, '#').rows.map((r) => r[1]!.text)).toEqual(['Verified', 'Unsourced', 'Disputed']);
    expect(without).toMatch(/_\d+ unreviewed claims? (is|are) left out of this report\._/);
    expect(without).not.toContain('Appendix');
    const withAll = md(doc, { includeDismissed: true, includeArticle: true });
    expect(withAll).toContain('## Appendix: units dismissed as not claims');
    expect(withAll).toContain(`- ${doc.claims[4]!.n}: Was it worth it?`);
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
        expect(all.filter((t): t is Tokens.Link => t.type === 'link').map((l) => l.href)).toEqual(['https://news.example.com/port', 'https://ok.example/a%28b%29', 'https://ok.example/a%28b%29']);
        const h4 = tokens.filter((t) => t.type === 'heading' && (t as Tokens.Heading).depth === 4);
        expect(h4).toHaveLength(doc.claims.filter((x) => !x.dismissed && (x.checkworthy || x.status !== 'unreviewed')).length);
        expect(tokens.filter((t) => t.type === 'heading' && (t as Tokens.Heading).depth <= 2).length).toBe(9);
        const row = tableWith(src, '#').rows.find((r) => r[0]!.text === String(c.n))!;
        expect(row).toHaveLength(4);
        // The finding's quote, then the record's quotes in report order: the finding's again comes first.
        const quote = tokens.filter((t) => t.type === 'blockquote')[1] as Tokens.Blockquote;
        // eslint-disable-next-line no-control-regex
        expect(plain(quote.tokens)).toBe(claimText.replace(/\s*[\r\n\u0085\u2028\u2029]+\s*/g, ' ').replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '').trim());
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
    expect(rows[0]).toMatchObject({ status: 'Verified', verdict_by: 'Ana Ruiz' });
    // ClaimReview follows the same order: the finding, then the verdicts without a reason.
    const reviews = JSON.parse(renderClaimReview(doc, CTX)) as Review[];
    expect(reviews.map((r) => r.claimReviewed)).toEqual(rows.slice(0, 3).map((r) => r.claim));
  });

  it('never lets a cell start a spreadsheet formula', () => {
    const doc = sample();
    doc.claims[1]!.text = '=HYPERLINK("http://evil.test","x")';
    const rows = parseCsv(renderCsv(doc, DEFAULT_CHOICES).slice(1), { columns: true }) as Record<string, string>[];
    expect(rows.find((r) => r.status === 'Verified')!.claim).toBe('\'=HYPERLINK("http://evil.test","x")');
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
  reviewRating: { alternateName: string; ratingValue: number; bestRating: number; worstRating: number };
  itemReviewed: { '@type': string; author?: { name: string }; appearance?: Record<string, string> };
}

describe('ClaimReview JSON-LD', () => {
  it('has one ClaimReview per verdict with the required and recommended properties', () => {
    const doc = sample();
    const out = JSON.parse(renderClaimReview(doc, CTX)) as Review[];
    const verdicts = doc.claims.filter((c) => !c.dismissed && ['verified', 'unsourced', 'disputed'].includes(c.status));
    expect(out).toHaveLength(verdicts.length);
    for (const [i, r] of out.entries()) {
      expect(r['@context']).toBe('https://schema.org');
      const claim = verdicts[i]!;
      expect(r['@type']).toBe('ClaimReview');
      expect(r.claimReviewed).toBe(claim.text);
      expect(r.reviewRating).toMatchObject({ '@type': 'Rating', alternateName: STATUS_INFO[claim.status].label });
      expect(r.reviewRating.ratingValue).toBeGreaterThanOrEqual(r.reviewRating.worstRating);
      expect(r.reviewRating.ratingValue).toBeLessThanOrEqual(r.reviewRating.bestRating);
      expect(r.author).toMatchObject({ '@type': 'Organization', name: 'Coast Checks', url: 'https://checks.example.org/' });
      expect(r.datePublished).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(r.url).toMatch(/^https:\/\/checks\.example\.org\/#claim-/);
      expect(r.itemReviewed['@type']).toBe('Claim');
      expect(r.itemReviewed.appearance).toMatchObject({ '@type': 'NewsArticle', url: 'https://news.example.com/port' });
      if (claim.attribution && !claim.attribution.anonymous) expect(r.itemReviewed.author?.name).toBe(claim.attribution.source);
      else if (claim.attribution) expect(r.itemReviewed.author).toMatchObject({ name: 'Unnamed source', description: claim.attribution.source });
      else expect(r.itemReviewed.author).toBeUndefined();
    }
    const kern = out.find((r) => r.claimReviewed.includes('Dockers'));
    expect(kern?.itemReviewed.author).toEqual({ '@type': 'Person', name: 'union leader Mia Kern' });
  });
});

describe('JSON record', () => {
  it('round-trips the whole document', () => {
    const doc = sample();
    const back = JSON.parse(renderJsonRecord(doc, CTX, 2));
    expect(back).toMatchObject({ format: 'factcheck-workbench-document', schemaVersion: 2, appVersion: '1.2.3' });
    expect(back.document).toEqual(JSON.parse(JSON.stringify(doc)));
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
    const head = md.slice(md.indexOf('## The article'), md.indexOf('## Summary'));
    expect(head).toContain('- **Headline:** Port strike ends');
    expect(head).toContain('- **Outlet:** Harbour \\*Daily\\*');
    expect(head).toContain('- **Byline:** Jo Lin');
    expect(head).toContain('- **Published:** 2026-11-30T08:00:00Z');
    const plain = buildDocument('strike.txt', new TextEncoder().encode('Port strike ends\n\nThe port strike ended on Monday, the union said.'), new Date('2026-12-01T00:00:00Z'));
    expect(plain.metadata).toBeUndefined();
    expect(renderMarkdownReport(plain, DEFAULT_CHOICES, { exportedAt: new Date('2026-12-01T00:00:00Z'), reviewer: 'Ana', organisation: '', organisationUrl: '', appVersion: '1' })).not.toContain('**Outlet:**');
  });
});

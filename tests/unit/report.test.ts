import { describe, expect, it } from 'vitest';
import { marked, type Tokens } from 'marked';
import { buildDocument } from '../../src/main/service/build-document.ts';
import { renderMarkdownReport } from '../../src/shared/report/markdown-report.ts';
import { escapeInline } from '../../src/shared/report/markdown-escape.ts';
import type { FactDocument } from '../../src/shared/model.ts';
import { STATUS_INFO } from '../../src/shared/status.ts';
import { FIXED_NOW } from './helpers.ts';

const text = 'Port reopens after strike\n\nThe port reopened on Monday, officials said. About 300 ships waited. Dockers won a 4 percent raise, the union said.';

function sample(): FactDocument {
  const doc = buildDocument('port.txt', new TextEncoder().encode(text), FIXED_NOW);
  doc.claims[1]!.status = 'verified';
  doc.claims[2]!.status = 'unsourced';
  return doc;
}

function tables(md: string): Tokens.Table[] {
  return marked.lexer(md).filter((t): t is Tokens.Table => t.type === 'table');
}

describe('renderMarkdownReport', () => {
  it('has title, source, date, counts that match the document, and one row per claim', () => {
    const doc = sample();
    const md = renderMarkdownReport(doc, { exportedAt: FIXED_NOW });
    const tokens = marked.lexer(md);
    const heading = tokens.find((t): t is Tokens.Heading => t.type === 'heading' && t.depth === 1)!;
    expect(heading.text).toContain('Port reopens after strike');
    expect(md).toContain('port.txt');
    expect(md).toContain('2026-03-04 05:06 UTC');
    const [summary, claims] = tables(md);
    const counts = Object.fromEntries(summary!.rows.map((r) => [r[0]!.text, r[1]!.text]));
    const expected = (s: string) => String(doc.claims.filter((c) => c.checkworthy && c.status === s).length);
    expect(counts[STATUS_INFO.verified.label]).toBe(expected('verified'));
    expect(counts[STATUS_INFO.unsourced.label]).toBe(expected('unsourced'));
    expect(counts[STATUS_INFO.unreviewed.label]).toBe(expected('unreviewed'));
    const shown = doc.claims.filter((c) => c.checkworthy);
    expect(claims!.rows).toHaveLength(shown.length);
    claims!.rows.forEach((row, i) => {
      expect(row[0]!.text).toBe(String(shown[i]!.n));
      expect(row[1]!.text).toBe(STATUS_INFO[shown[i]!.status].label);
    });
    const officials = claims!.rows.find((r) => r[2]!.text.includes('port reopened'))!;
    expect(officials[3]!.text).toBe('officials (anonymous)');
  });

  it('is deterministic for the same store and clock', () => {
    expect(renderMarkdownReport(sample(), { exportedAt: FIXED_NOW })).toBe(renderMarkdownReport(sample(), { exportedAt: FIXED_NOW }));
  });

  it('keeps the table intact whatever the claim text holds', () => {
    const doc = sample();
    const nasty = 'A | B *bold* _u_ `code` [link](http://x.test) <script>alert(1)</script> # h\n- item\n1. one';
    doc.claims[1]!.text = nasty;
    doc.claims[1]!.attribution = { source: 'Evil | Corp](javascript:x)', anonymous: false, cue: 'said', start: 0, end: 1 };
    const md = renderMarkdownReport(doc, { exportedAt: FIXED_NOW });
    const [, claims] = tables(md);
    const row = claims!.rows.find((r) => r[0]!.text === String(doc.claims[1]!.n))!;
    expect(row).toHaveLength(4);
    const cell = row[2]!;
    const kinds = JSON.stringify(cell.tokens);
    expect(kinds).not.toMatch(/"type":"(link|html|strong|em|codespan)"/);
    expect(md).not.toContain('<script>');
  });

  it('escapes leading block markers', () => {
    expect(escapeInline('- not a list')).toBe('\\- not a list');
    expect(escapeInline('1. not a list')).toBe('1\\. not a list');
  });
});

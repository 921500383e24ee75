import { describe, expect, it } from 'vitest';
import { marked, type Tokens } from 'marked';
import { PAGE_LINES, PreviewPages } from '../../src/renderer/src/lib/preview-pages.svelte.ts';

/** A report-like Markdown text: a heading, a long table, sections with a fenced block. */
function report(rows: number): string {
  const table = ['| # | Claim |', '| ---: | --- |', ...Array.from({ length: rows }, (_, i) => `| ${i + 1} | Claim number ${i + 1} |`)];
  const sections = Array.from({ length: 40 }, (_, i) => [`### Claim ${i + 1}`, '', `> quoted ${i + 1}`, '', '```', 'line one', '', 'line two', '```', ''].join('\n'));
  return ['# Report', '', ...table, '', ...sections].join('\n');
}

describe('preview pages', () => {
  it('cut a long report into pages whose rows and sections add up to the whole, each page a table of its own', () => {
    const text = report(PAGE_LINES * 3 + 7);
    const pages = new PreviewPages(true);
    pages.append(text, true);
    while (!pages.done) pages.more();
    expect(pages.pages.length).toBeGreaterThan(3);
    const rows = pages.pages.flatMap((p) =>
      marked
        .lexer(p.text)
        .filter((t): t is Tokens.Table => t.type === 'table')
        .flatMap((t) => t.rows.map((r) => r[1]!.text)),
    );
    expect(rows).toEqual(Array.from({ length: PAGE_LINES * 3 + 7 }, (_, i) => `Claim number ${i + 1}`));
    expect(pages.pages.filter((p) => p.continued).length).toBeGreaterThan(0);
    // No fenced block is cut in two: every page has an even number of fences.
    for (const p of pages.pages) expect((p.text.match(/^```/gm) ?? []).length % 2).toBe(0);
  });

  it('asks for the next part of the text when it runs out, and goes on once it arrives', () => {
    const text = report(2000);
    let asked = 0;
    const pages = new PreviewPages(true, () => asked++);
    pages.append(text.slice(0, 30_000), false);
    while (asked === 0) pages.more();
    const before = pages.pages.length;
    pages.append(text.slice(30_000), true);
    expect(pages.pages.length).toBe(before + 1);
    while (!pages.done) pages.more();
    expect(pages.pages.map((p) => p.text).join('\n')).toContain('Claim number 2000 |');
  });
});

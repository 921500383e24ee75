import { describe, expect, it } from 'vitest';
import { readArticle } from '../../src/main/import/read-article.ts';
import { extractFromText } from '../../src/shared/extract/extract.ts';

const enc = (s: string) => new TextEncoder().encode(s);
const SENTENCE = 'The minister resigned on Monday, officials said.';

describe('pages whose outer elements are named like furniture', () => {
  it.each(['ads-enabled', 'cookie', 'page promo', 'has-newsletter subscribe', 'js-share'])('keeps the article when <html> has class "%s"', (cls) => {
    const page = `<!DOCTYPE html><html class="${cls}"><body><article><p>${SENTENCE}</p></article></body></html>`;
    expect(readArticle('a.html', enc(page)).units.map((u) => u.text)).toEqual([SENTENCE]);
  });

  it.each(['ads-enabled', 'cookie', 'page promo'])('keeps the article when body, main, article and a wrapper all have class "%s"', (cls) => {
    const page = `<!DOCTYPE html><html><body class="${cls}"><div class="${cls}"><main class="${cls}"><article class="${cls}"><p>${SENTENCE}</p></article></main></div>
      <div class="promo"><p>Subscribe now and save half on a year of news.</p></div></body></html>`;
    const units = readArticle('a.html', enc(page)).units.map((u) => u.text);
    expect(units).toEqual([SENTENCE]);
  });
});

describe('very large inputs', () => {
  // 10–20 s of work with both cores busy, too close to the default 30 s budget: its own budget.
  it('extracts 160,000 sentences in one paragraph without overflowing the stack', { timeout: 120_000 }, () => {
    const text = 'Tax rose 5%. '.repeat(160_000);
    const { units } = extractFromText(text);
    expect(units).toHaveLength(160_000);
    expect(units[159_999]!.text).toBe('Tax rose 5%.');
  });

  // 10–20 s of work with both cores busy, too close to the default 30 s budget: its own budget.
  it('extracts 160,000 one-line paragraphs and list items without overflowing the stack', { timeout: 120_000 }, () => {
    expect(extractFromText('Tax rose 5%.\n\n'.repeat(160_000)).units.length).toBe(160_000);
    expect(extractFromText(`Intro:\n${'- Tax rose 5%.\n'.repeat(160_000)}`).units.length).toBeGreaterThanOrEqual(160_000);
  });

  // How fast is the bench's to say (npm run bench: "read an HTML page of 18 MB"); here, that it reads it whole.
  it('reads an 18 MB HTML page whole', () => {
    const paragraph = `<p>${'The council said on Monday that rents rose 5% in the year to March, and officials expect more. '.repeat(3)}</p>\n`;
    const page = `<!doctype html><html><head><title>Rents</title></head><body><h1>Rents rise</h1><article>${paragraph.repeat(Math.ceil(18e6 / paragraph.length))}</article></body></html>`;
    expect(page.length).toBeGreaterThan(18e6);
    const { units } = readArticle('big.html', enc(page));
    expect(units.length).toBeGreaterThan(100_000);
    expect(units.at(-1)!.text).toBe('The council said on Monday that rents rose 5% in the year to March, and officials expect more.');
  }, 600_000);

  it.each([
    ['nested 200,000 levels deep', `<h1>Deep</h1>${'<div><p>Tax rose 5% on Monday, officials said.</p>'.repeat(200_000)}${'</div>'.repeat(200_000)}`],
    ['one paragraph of 400,000 inline elements', `<h1>Inline</h1><article><p>${'<span>Tax rose </span><b>5%</b>. '.repeat(200_000)}</p></article>`],
    ['a data table of 200,000 rows', `<h1>Table</h1><article><p>Tax rose 5% on Monday, officials said.</p><table>${'<tr><td>Tax</td><td>5%</td></tr>'.repeat(200_000)}</table></article>`],
  ])('reads a page %s', (_, body) => {
    const { units } = readArticle('big.html', enc(`<!doctype html><html><body>${body}</body></html>`));
    expect(units[1]!.text).toBe(body.includes('<span>') ? 'Tax rose 5%.' : 'Tax rose 5% on Monday, officials said.');
    if (body.includes('<table>')) expect(units).toHaveLength(2);
  }, 600_000);
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { htmlToArticle } from '../../src/main/import/html-article.ts';
import { extractFromArticle, extractFromText } from '../../src/shared/extract/extract.ts';
import type { Extraction } from '../../src/shared/model.ts';
import { factcheck } from './helpers.ts';

/** Every unit's and every source's offsets give exactly its text. */
function expectExactOffsets({ text, units }: Extraction): void {
  for (const u of units) {
    expect(text.slice(u.start, u.end)).toBe(u.text);
    if (u.attribution) expect(text.slice(u.attribution.start, u.attribution.end)).toBe(u.attribution.source);
  }
}

/** Words and marks news text is made of, so random text still holds speakers, pronouns, quotations and stops. */
const PIECES = ['said', 'says', 'told', 'he', 'she', 'it', 'He', 'She', 'Mr.', 'Dr.', 'Ana Pires', 'Will Young', 'the agency', 'officials', 'according to', ',', '.', '. ', '"', '“', '”', "''", '\n', '\n\n', ' ', '- ', 'U.S.', '…', 'and', 'Critics'];

describe('offsets', () => {
  it('give exactly each unit and source on random Unicode text', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.string({ unit: 'grapheme', maxLength: 12 }), fc.constantFrom(...PIECES)), { maxLength: 80 }), (parts) => {
        expectExactOffsets(extractFromText(parts.join(' ')));
      }),
      { numRuns: 300 },
    );
  });

  it('give exactly each unit and source of an HTML page', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.string({ unit: 'grapheme', maxLength: 12 }), fc.constantFrom(...PIECES)), { minLength: 1, maxLength: 40 }), (parts) => {
        const html = `<h1>${parts.slice(0, 3).join(' ')}</h1><p>${parts.join(' ').replace(/[<&]/g, ' ')}</p>`;
        expectExactOffsets(extractFromArticle(htmlToArticle(html)));
      }),
      { numRuns: 100 },
    );
  });

  it('hold for resolved pronouns, which point at where the person is named', () => {
    const x = extractFromText('Headline\n\nDr. Ana Pires runs the clinic.\n\n"It is full," she said.\n\nThe agency opened in May. It said 40 beds were added.');
    expectExactOffsets(x);
    expect(x.units.map((u) => u.attribution?.source ?? null)).toEqual([null, null, 'Ana Pires', null, 'The agency']);
  });

  it('are printed with the text they index by extract --json', async () => {
    const { code, stdout } = await factcheck(null, 'extract', '--json', 'tests/fixtures/harbour-news.html');
    expect(code).toBe(0);
    const printed = JSON.parse(stdout) as { text: string; claims: Extraction['units']; other: Extraction['units'] };
    expect(printed.text.length).toBeGreaterThan(100);
    expectExactOffsets({ title: '', text: printed.text, units: [...printed.claims, ...printed.other] });
  });
});

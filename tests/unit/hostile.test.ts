import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import fc from 'fast-check';
import { marked } from 'marked';
import { parse as parseCsv } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { readArticle } from '../../src/main/import/read-article.ts';
import { dispatch } from '../../src/main/ipc/dispatch.ts';
import { createHandlers } from '../../src/main/ipc/handlers.ts';
import { buildDocument } from '../../src/main/service/build-document.ts';
import { WorkbenchService } from '../../src/main/service/workbench-service.ts';
import { MAX_ARTICLE_BYTES } from '../../src/shared/decode-text.ts';
import { extractFromText } from '../../src/shared/extract/extract.ts';
import { API_METHODS } from '../../src/shared/ipc-contract.ts';
import { renderExport } from '../../src/shared/report/render-report.ts';
import { EXPORT_FORMATS } from '../../src/shared/report/report-options.ts';
import { FIXED_NOW, tempDir } from './helpers.ts';

const enc = (s: string) => new TextEncoder().encode(s);

describe('hostile files', () => {
  it.each([
    ['empty.txt', new Uint8Array(), /empty\.txt.*empty/],
    ['photo.txt', new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46, 0, 1]), /photo\.txt.*not a text file/],
    ['latin1.txt', new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x20, 0x6f, 0x70, 0x65, 0x6e, 0x73, 0x2e]), /latin1\.txt.*not valid UTF-8/],
    ['big.txt', new Uint8Array(MAX_ARTICLE_BYTES + 1).fill(0x61), /big\.txt.*too large/],
    ['nav-only.html', enc('<html><body><nav><a href="/">Home</a></nav></body></html>'), /no article text/],
  ])('refuses %s with a message naming it', (name, bytes, message) => {
    expect(() => readArticle(name, bytes)).toThrow(message);
  });

  it('refuses a 50 MB article quickly instead of freezing', () => {
    const t0 = performance.now();
    expect(() => readArticle('huge.txt', new Uint8Array(50 * 1024 * 1024).fill(0x61))).toThrow(/too large \(50 MB; the limit is 20 MB\)/);
    expect(performance.now() - t0).toBeLessThan(5000);
  });

  it('reads deeply nested and malformed HTML without hanging or overflowing', () => {
    const deep = `<html><body><h1>Deep page</h1>${'<div>'.repeat(20_000)}<p>The council met on Monday, officials said.</p>${'</div>'.repeat(20_000)}</body></html>`;
    expect(readArticle('deep.html', enc(deep)).units.map((u) => u.text)).toEqual(['Deep page', 'The council met on Monday, officials said.']);
    const broken = '<html><body><h1>Broken <b>page<p>The mayor said on Friday that 40 homes flooded.<div><span>Unclosed<table><tr><td>cell</p></b></html';
    expect(readArticle('broken.html', enc(broken)).text).toContain('The mayor said on Friday that 40 homes flooded.');
  });

  it('reads HTML fragments and pages whose only <html> is in a comment', () => {
    expect(readArticle('f.html', enc('<p>The vote passed 7-2 on Monday, the clerk said.</p>')).units[0]!.text).toContain('vote passed');
    expect(readArticle('c.html', enc('<!-- <html> --><p>The vote passed 7-2 on Monday, the clerk said.</p>')).units.some((u) => u.text.includes('vote passed'))).toBe(true);
  });

  it('drops scripts, handlers, javascript: links and iframes from HTML', () => {
    const page = `<html><head><script>steal()</script><style>body{}</style></head><body><h1 onclick="x()">Water main bursts</h1>
      <p>A main burst on Elm Street on Friday, the utility said.<script>alert(1)</script></p>
      <p><img src=x onerror="alert(2)"><a href="javascript:alert(3)">Repairs</a> took nine hours, crews said.</p>
      <iframe src="https://ads.example/"></iframe><object data="x.swf"></object><svg><script>alert(4)</script></svg></body></html>`;
    const { text, units } = readArticle('x.html', enc(page));
    expect(text).not.toMatch(/alert|steal|script|onerror|onclick|javascript|iframe|object|svg|\{\}/);
    expect(units.map((u) => u.text)).toContain('Repairs took nine hours, crews said.');
  });
});

describe('IPC under attack', () => {
  const values = fc.oneof(
    fc.constant(undefined),
    fc.constant(null),
    fc.boolean(),
    fc.integer(),
    fc.double(),
    fc.string({ maxLength: 30 }),
    fc.constantFrom('../../etc/passwd', '..\\..\\windows', '/etc/shadow', 'c1', 'x'.repeat(200_000), '__proto__', 'constructor'),
    fc.array(fc.anything({ maxDepth: 2 }), { maxLength: 3 }),
    fc.object({ maxDepth: 2 }),
    fc.constant({ kind: 'status', status: 'verified', __proto__: { polluted: true } }),
  );

  it('every channel answers malformed payloads with invalid-argument or not-found, never a crash or a stray file', async () => {
    const parent = await tempDir('ipc-fuzz');
    const dataDir = join(parent, 'data');
    const svc = await WorkbenchService.start({ dataDir, seedsDir: 'seeds', now: () => FIXED_NOW });
    const handlers = createHandlers(svc, { chooseReportPath: async () => null, chooseArticleFiles: async () => [] });
    const before = await readdir(parent);
    for (const method of API_METHODS) {
      await fc.assert(
        fc.asyncProperty(fc.array(values, { maxLength: 4 }), async (args) => {
          const r = await dispatch(handlers, method, args);
          if (r.ok) return;
          expect(['invalid-argument', 'not-found', 'import', 'damaged']).toContain(r.error.code);
          // A message written for the user: not empty, no stack or engine error.
          expect(r.error.message.trim().length).toBeGreaterThan(5);
          expect(r.error.message).not.toMatch(/Unexpected error|TypeError|ReferenceError|\n\s+at /);
        }),
        { numRuns: 60 },
      );
    }
    expect(await dispatch(handlers, 'no-such-method', [])).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    expect(await dispatch(handlers, '__proto__', [])).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    // Nothing was written beside the data folder.
    expect(await readdir(parent)).toEqual(before);
  });
});

describe('fuzzing import, extraction and exports', () => {
  const anyText = fc.oneof(
    fc.string({ unit: 'grapheme', maxLength: 400 }),
    fc.string({ unit: fc.constantFrom(...'Ab. ,"“”\'?!:;-\n\n\t1$%Mr.Dr.U.S.—…<>&#*_[]()|'.split('')), maxLength: 400 }),
  );

  it('never throws unexpectedly, and every offset stays inside the text', () => {
    fc.assert(
      fc.property(anyText, (raw) => {
        const r = extractFromText(raw);
        for (const u of r.units) {
          expect(u.start).toBeGreaterThanOrEqual(0);
          expect(u.end).toBeLessThanOrEqual(r.text.length);
          expect(u.start).toBeLessThan(u.end);
          // Exactly the article's words, line breaks included (a headline set on two lines keeps its break).
          expect(r.text.slice(u.start, u.end)).toBe(u.text);
          if (u.attribution) {
            expect(u.attribution.start).toBeGreaterThanOrEqual(0);
            expect(u.attribution.end).toBeLessThanOrEqual(r.text.length);
          }
          expect(u.score).toBeGreaterThanOrEqual(0);
          expect(u.score).toBeLessThanOrEqual(1);
        }
      }),
      // A headline on two lines: its unit keeps the line break, as its offsets give it.
      { numRuns: 400, examples: [['A\nA\n\nA']] },
    );
  });

  it('imports any bytes as an article or refuses them with a message, and every export parses', () => {
    fc.assert(
      fc.property(fc.oneof(anyText.map(enc), fc.uint8Array({ maxLength: 300 })), fc.constantFrom('a.txt', 'a.md', 'a.html'), (bytes, name) => {
        let doc;
        try {
          doc = buildDocument(name, bytes, FIXED_NOW);
        } catch (err) {
          expect((err as { code?: string }).code).toBe('import');
          expect((err as Error).message).toContain(name);
          return;
        }
        for (const c of doc.claims) expect(c.end).toBeLessThanOrEqual(doc.text.length);
        const ctx = { exportedAt: FIXED_NOW, reviewer: 'R', organisation: 'O', organisationUrl: '', appVersion: 't' };
        for (const format of EXPORT_FORMATS) {
          const out = renderExport(doc, { format, includeUnreviewed: true, includeDismissed: true, includeArticle: true }, ctx);
          if (format === 'markdown') expect(marked.lexer(out).length).toBeGreaterThan(0);
          else if (format === 'csv') expect((parseCsv(out.slice(1), { columns: true }) as unknown[]).length).toBe(doc.claims.filter((c) => c.checkworthy).length);
          else expect(() => JSON.parse(out)).not.toThrow();
        }
      }),
      { numRuns: 300 },
    );
  });
});

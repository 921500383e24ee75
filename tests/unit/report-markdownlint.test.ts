import fc from 'fast-check';
import { lint } from 'markdownlint/sync';
import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../src/main/service/build-document.ts';
import { renderMarkdownReport } from '../../src/shared/report/markdown-report.ts';
import { DEFAULT_CHOICES, type ReportContext } from '../../src/shared/report/report-options.ts';
import type { FactDocument } from '../../src/shared/model.ts';
import { FIXED_NOW } from './helpers.ts';

const CTX: ReportContext = { exportedAt: FIXED_NOW, reviewer: 'Sam Checker', organisation: 'Coast Checks', organisationUrl: 'https://checks.example.org/', appVersion: '1.2.3', chartFile: 'port-report-sourcing.svg' };
const ARTICLE = 'Port reopens after strike.\n\nThe port reopened on Monday, officials said. About 300 ships waited. Dockers won a 4 percent raise, union leader Mia Kern said. Was it worth it?\n\n    Indented line 2 and a * star.';

/** markdownlint's default rules, less line length (a claim is one line), as the desk's editors run it. */
function problems(markdown: string): string[] {
  const result = lint({ strings: { report: markdown }, config: { default: true, MD013: false } });
  return result.report!.map((e) => `${e.lineNumber} ${e.ruleNames.join('/')} ${e.errorDetail ?? ''} ${e.errorContext ?? ''}`);
}

function reviewed(): FactDocument {
  const doc = buildDocument('port.txt', new TextEncoder().encode(ARTICLE), FIXED_NOW);
  doc.sourceUrl = 'https://news.example.com/port';
  const at = FIXED_NOW.toISOString();
  const [a, b, c, d] = doc.claims.filter((x) => x.checkworthy);
  for (const [claim, status] of [[a, 'verified'], [b, 'disputed'], [c, 'in-progress'], [d, 'unsourced']] as const) {
    if (!claim) continue;
    claim.status = status;
    claim.note = 'Seen.\nSecond line.';
    doc.history.push({ id: `h-${claim.id}`, at, claimId: claim.id, label: `Marked ${status}`, before: null, after: null, by: 'Ana', kind: 'status' });
  }
  doc.claims.find((x) => !x.checkworthy)!.dismissed = true;
  return doc;
}

describe('the Markdown report passes markdownlint', () => {
  it('with every option, including the full record: unique headings, levels one step at a time', () => {
    const src = renderMarkdownReport(reviewed(), { ...DEFAULT_CHOICES, includeUnreviewed: true, includeDismissed: true, includeArticle: true, includeRecord: true }, CTX);
    expect(src).toContain('## Full record');
    expect(problems(src)).toEqual([]);
  });

  // 300 reports, each linted (about 22 ms a lint here, unloaded): minutes with both cores busy, so the budget says so.
  it('whatever the article, notes and sources hold', { timeout: 180_000 }, () => {
    // Built once: each run changes a copy, so the extraction is not run 300 times over.
    const base = reviewed();
    const nasty = fc.string({ unit: fc.constantFrom(...'ab |*_`[]()<>#-1.!\\\n\t&:/@=+~{}"\'wx '.split('')), minLength: 1, maxLength: 40 });
    const anyText = fc.oneof(nasty, fc.constantFrom('Ends with a period.', 'https://bare.example.org/x', '<b>x</b>', '1. item', '# h', '| a | b |', '---', '   lead', 'x  '));
    fc.assert(
      fc.property(anyText, anyText, anyText, anyText, (claimText, note, source, title) => {
        const doc = structuredClone(base);
        const c = doc.claims.find((x) => x.status === 'verified')!;
        c.text = claimText;
        c.note = note;
        c.attribution = { source, anonymous: false, cue: 'said', start: 0, end: 0 };
        c.evidence = [{ id: 'e1', url: 'https://ok.example/a(b)', title, excerpt: note, addedAt: FIXED_NOW.toISOString() }];
        doc.title = title;
        doc.text = `${title}\n\n${note}\n\n${claimText}`;
        const src = renderMarkdownReport(doc, { ...DEFAULT_CHOICES, includeUnreviewed: true, includeDismissed: true, includeArticle: true, includeRecord: true }, CTX);
        expect(problems(src)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});

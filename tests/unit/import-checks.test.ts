import { describe, expect, it } from 'vitest';
import { articleDoubts } from '../../src/shared/import-checks.ts';
import { extractFromText } from '../../src/shared/extract/extract.ts';
import { readArticle } from '../../src/main/import/read-article.ts';
import { WorkbenchService } from '../../src/main/service/workbench-service.ts';
import { factcheck, FIXED_NOW, tempDir } from './helpers.ts';

const enc = (s: string) => new TextEncoder().encode(s);
const ARTICLE = `Harbour dredging halted

The port authority halted dredging of the Kessel channel on Monday after tests found 40 percent more silt than forecast, its chief engineer said. The work had been due to finish in March at a cost of $12 million.

Shipping firms said the delay would force 30 vessels a month to wait for high tide. "We are losing two days a week," said Ana Pires, who runs a freight line from the port.

The authority said a new survey would be ready by June, and that no money had been paid for the halted work.`;

const kinds = (name: string, text: string) => articleDoubts(name, extractFromText(text)).map((d) => d.kind);

describe('what an import asks about first', () => {
  it('asks nothing of an article', () => {
    expect(kinds('harbour.txt', ARTICLE)).toEqual([]);
  });

  it.each([
    ['a cookie banner', 'We use cookies\n\nWe use cookies to improve your experience. Accept all or manage your choices.'],
    ['a navigation page', 'Home\n\n- News\n- Sport\n- Weather\n- Contact us'],
  ])('asks before importing %s, saying how little text it has', (_, text) => {
    const [doubt] = articleDoubts('page.html', extractFromText(text));
    expect(doubt).toMatchObject({ kind: 'not-article', message: expect.stringMatching(/^“page\.html” has only \d+ sentences? \(\d+ words?\): it may be a menu/) });
  });

  it('recognises an error page even when it has a few sentences', () => {
    const page = `<html><head><title>Page not found | Daily Planet</title></head><body><main><h1>Sorry, we couldn't find that page</h1>
      <p>The page you are looking for may have moved. Try the search box above. You can also go back to the front page. Our newsroom publishes around the clock.</p></main></body></html>`;
    const [doubt] = articleDoubts('404.html', readArticle('404.html', enc(page)));
    expect(doubt).toMatchObject({ kind: 'not-article', message: expect.stringContaining('reads like an error or blocked page') });
  });

  it('does not take an article quoting "access denied" for an error page', () => {
    const text = `${ARTICLE}\n\nLawyers for the families said they had been "access denied" at the gate twice, a claim the authority disputes.`;
    expect(kinds('harbour.txt', text)).toEqual([]);
  });

  it('asks when nothing on the page needs checking', () => {
    const quiz = 'Weekend quiz\n\n' + 'Which river runs through the old town, and what was its first bridge called? Who painted the mural on the station wall that everyone walks past each morning? What would you ask the mayor if you met her on the tram? '.repeat(2);
    expect(kinds('quiz.txt', quiz)).toEqual(['no-claims']);
  });
});

describe('importing the same article twice', () => {
  it('holds a second copy until the user answers; a newer version at the same address updates its document', async () => {
    const svc = await WorkbenchService.start({ dataDir: await tempDir('twice'), seedsDir: null, now: () => FIXED_NOW });
    const first = await svc.importText(ARTICLE);
    expect(first.pending).toEqual([]);
    expect(first.imported).toHaveLength(1);

    // The same words, spaced and cased differently, are the same article.
    const again = await svc.importDropped([{ name: 'copy.txt', bytes: enc(ARTICLE.toUpperCase().replace(/\n\n/g, '\n\n\n')) }]);
    expect(again.imported).toEqual([]);
    expect(again.pending).toEqual([expect.objectContaining({ name: 'copy.txt', doubts: [expect.objectContaining({ kind: 'duplicate', duplicateOf: first.imported[0]!.id, message: expect.stringContaining('with the same text') })] })]);
    expect((await svc.getLibrary()).documents).toHaveLength(1);

    const confirmed = await svc.confirmImport(again.pending[0]!.token);
    expect(confirmed.imported).toHaveLength(1);
    expect((await svc.getLibrary()).documents).toHaveLength(2);
    // A token answers once.
    await expect(svc.confirmImport(again.pending[0]!.token)).rejects.toMatchObject({ code: 'not-found' });

    // A page with the same canonical address is the same article, even with other words.
    const page = (words: string) => `<html><head><link rel="canonical" href="https://news.example/harbour?utm_medium=email"></head><body><article><h1>Harbour dredging halted</h1>${words}</article></body></html>`;
    const para = (s: string) => ARTICLE.split('\n\n').slice(1).map((p) => `<p>${p}${s}</p>`).join('');
    expect((await svc.importDropped([{ name: 'a.html', bytes: enc(page(para(' Officials confirmed it.'))) }])).imported).toHaveLength(1);
    const versioned = await svc.importDropped([{ name: 'b.html', bytes: enc(page(para(' It was updated.'))) }]);
    expect(versioned.pending).toEqual([]);
    expect(versioned.messages?.join(' ')).toMatch(/newer version/i);
    expect(versioned.updated).toHaveLength(1);
    expect((await svc.getLibrary()).documents).toHaveLength(3);
  });
});

describe('the CLI asks the same questions', () => {
  it('does not import a doubtful file without --anyway, and says why', { timeout: 120_000 }, async () => {
    const dir = await tempDir('cli-ask');
    const file = `${dir}/banner.txt`;
    await (await import('node:fs/promises')).writeFile(file, 'We use cookies\n\nAccept all cookies to continue.');
    const dataDir = `${dir}/library`;
    const asked = await factcheck(dataDir, 'import', file);
    expect(asked.code).toBe(3);
    expect(asked.stdout).toBe('');
    expect(asked.stderr).toMatch(/not imported: “banner\.txt” has only 1 sentence \(\d+ words\).*Run again with --anyway/);
    const forced = await factcheck(dataDir, 'import', '--anyway', file);
    expect(forced.code).toBe(0);
    expect(forced.stdout.trim()).toMatch(/^we-use-cookies-/);
  });
});

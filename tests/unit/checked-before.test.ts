import { describe, expect, it } from 'vitest';
import { evaluate, readPairs } from '../../bench/checked-before-eval.ts';
import { WorkbenchService } from '../../src/main/service/workbench-service.ts';
import { articleKey, sameArticle } from '../../src/shared/article-identity.ts';
import { compareClaims, differences, numbersIn } from '../../src/shared/similarity.ts';
import { FIXED_NOW, tempDir } from './helpers.ts';

describe('"checked before?" rules', () => {
  it('reads numbers in words as numbers: "three weeks" is not "two weeks"', () => {
    expect(numbersIn('The strike lasted three weeks and cost 2,000 jobs.')).toEqual(['2000', '3']);
    expect(differences('The strike lasted three weeks.', 'The strike lasted two weeks.')).toEqual(['different number']);
    expect(differences('The strike lasted three weeks.', 'The strike lasted 3 weeks.')).toEqual([]);
  });

  it('drops weak matches, and flags differences only on an actual paraphrase', () => {
    // Shares "police" and a negation-free/negated shape, but is another claim: nothing is offered, nothing flagged.
    expect(compareClaims('Police arrested three men after the robbery.', 'Police are not investigating the fire at the warehouse.')).toBeNull();
    expect(compareClaims('The bridge is safe for traffic, the mayor said.', 'The bridge is not safe for traffic, the mayor said.')).toEqual({ similarity: 1, differences: ['negation differs'] });
  });

  it('on the test set, finds the same claims with high precision and recall', async () => {
    const result = evaluate(await readPairs());
    expect(result.pairs).toBeGreaterThanOrEqual(80);
    expect(result.match.precision).toBeGreaterThanOrEqual(0.95);
    expect(result.match.recall).toBeGreaterThanOrEqual(0.9);
    expect(result.flags['different number']!.recall).toBe(1);
    expect(result.flags['different number']!.precision).toBeGreaterThanOrEqual(0.9);
    expect(result.flags['negation differs']!.recall).toBe(1);
    expect(result.flags['negation differs']!.precision).toBeGreaterThanOrEqual(0.9);
  });
});

describe('copies of one article', () => {
  it('share an address once tracking, fragments, www and trailing slashes are set aside', () => {
    expect(articleKey('https://www.Ledger.example.com/news/rent-cap/?utm_source=x#top')).toBe(articleKey('http://ledger.example.com/news/rent-cap'));
    expect(articleKey('https://ledger.example.com/news/rent-cap?page=2')).not.toBe(articleKey('https://ledger.example.com/news/rent-cap'));
    expect(articleKey('javascript:alert(1)')).toBeNull();
  });

  it('are one article by address or by text', () => {
    const a = { sourceUrl: null, metadata: { canonicalUrl: 'https://x.example/a' }, text: 'One text.' };
    expect(sameArticle(a, { sourceUrl: 'https://www.x.example/a/', text: 'Another text.' })).toBe(true);
    expect(sameArticle(a, { sourceUrl: null, text: '  one   TEXT. ' })).toBe(true);
    expect(sameArticle(a, { sourceUrl: 'https://x.example/b', text: 'Another text.' })).toBe(false);
  });
});

describe('"checked before?" in the library', () => {
  it('offers verdicts first, never a copy of the same article, and nothing weakly alike', async () => {
    const dataDir = await tempDir('checked-before');
    const svc = await WorkbenchService.start({ dataDir, seedsDir: null, now: () => FIXED_NOW });
    const article = 'Port news\n\nThe strike at the port lasted three weeks, the union said.\n\nThe port authority will not sign the agreement, its director said.';
    const [checked] = (await svc.importText('Earlier story\n\nThe port strike lasted two weeks, the union said.', 'anyway')).imported;
    const [unchecked] = (await svc.importText('Another story\n\nThe strike at the port lasted three weeks, union leaders said.', 'anyway')).imported;
    const [original] = (await svc.importText(article, 'anyway')).imported;
    const [copy] = (await svc.importText(`${article}\n`, 'anyway')).imported;
    const earlier = (await svc.getDocument(checked!.id)).claims.find((c) => c.text.includes('two weeks'))!;
    await svc.editClaim(checked!.id, earlier.id, { kind: 'note', note: 'Union statement of 3 May.' });
    await svc.editClaim(checked!.id, earlier.id, { kind: 'status', status: 'verified' });
    const claim = (await svc.getDocument(original!.id)).claims.find((c) => c.text.includes('three weeks'))!;
    const similar = await svc.similarClaims(original!.id, claim.id);
    expect(similar.map((s) => s.documentId)).toEqual([checked!.id, unchecked!.id]);
    expect(similar[0]).toMatchObject({ status: 'verified', differences: ['different number'] });
    expect(similar[1]).toMatchObject({ status: 'unreviewed', differences: [] });
    expect(similar.some((s) => s.documentId === copy!.id)).toBe(false);
    for (const s of similar) expect(s.similarity).toBeGreaterThanOrEqual(0.5);
    const other = (await svc.getDocument(original!.id)).claims.find((c) => c.text.includes('agreement'))!;
    expect(await svc.similarClaims(original!.id, other.id)).toEqual([]);
  });
});

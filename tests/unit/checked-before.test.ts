import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluate, readPairs } from '../../bench/checked-before-eval.ts';
import { SearchIndex } from '../../src/main/search/search-index.ts';
import type { FactDocument } from '../../src/shared/model.ts';
import { WorkbenchService } from '../../src/main/service/workbench-service.ts';
import { articleKey, sameArticle } from '../../src/shared/article-identity.ts';
import { claimTerms, compareClaims, differences, MATCH_THRESHOLD, negations, numbersIn, sameClaimScore } from '../../src/shared/similarity.ts';
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
    expect(compareClaims('The bridge is safe for traffic, the mayor said.', 'The bridge is not safe for traffic, the mayor said.')).toMatchObject({ differences: ['negation differs'] });
  });

  it('reads "won\'t" as "will not" and "can\'t" as "can not", leaving no "wo" or "ca" behind', () => {
    expect(claimTerms("The school won't open in September.")).toEqual(claimTerms('The school will not open in September.'));
    expect(claimTerms("Patients can't wait.")).toEqual(claimTerms('Patients cannot wait.'));
    expect(negations("The school won't open.")).toBe(1);
  });

  it('reads irregular forms as their base word, but not forms that are words of their own', () => {
    expect(claimTerms('Prices fell and rents rose.')).toEqual(claimTerms('Prices fall and rents rise.'));
    expect(claimTerms('The hunter ate a rabbit; two men won.')).toEqual(claimTerms('The hunter eats a rabbit; two man wins.'));
    // "left" (the party side) and "wound" (an injury) stay themselves.
    expect(claimTerms('The left wound')).toEqual(['left', 'wound']);
  });

  it('reads numbers as values: "seven thousand" is 7,000, "a quarter" is one in four and 25 percent', () => {
    expect(numbersIn('Walking seven thousand steps')).toEqual(numbersIn('walking 7,000 steps'));
    expect(numbersIn('a quarter of sales')).toEqual(numbersIn('one in four sales'));
    expect(numbersIn('25 percent of sales')).toEqual(numbersIn('25% of sales'));
    expect(numbersIn('a fine of €2.1bn')).toEqual(numbersIn('a fine of 2.1 billion euros'));
    expect(numbersIn('for a fourteenth straight year')).toEqual(numbersIn('for the 14th year'));
    expect(numbersIn('twenty-three deaths')).toEqual(['23']);
  });

  it('flags a different number only when both claims state numbers', () => {
    const plague = 'A 55-year-old man was diagnosed with bubonic plague after eating a wild rabbit, health officials said.';
    expect(differences(plague, 'Hunter catches bubonic plague after eating wild rabbit.')).toEqual([]);
    expect(differences('Hunter catches bubonic plague after eating wild rabbit.', plague)).toEqual([]);
    // One states more numbers than the other, but none that contradicts it.
    expect(differences('The wildfire burned 12,000 hectares and destroyed 40 homes.', 'The wildfire burned 12,000 hectares.')).toEqual([]);
    expect(differences('The wildfire burned 12,000 hectares.', 'The wildfire burned 9,000 hectares.')).toEqual(['different number']);
  });

  it('matches a reworded claim: a hunter\'s bubonic plague, told by two outlets', () => {
    const first = 'Hunter catches bubonic plague after eating wild rabbit';
    const second = 'A 55-year old man was diagnosed with bubonic plague after eating a wild rabbit he had hunted, officials said.';
    expect(compareClaims(first, second)).toMatchObject({ differences: [] });
    expect(compareClaims(second, first)).toEqual(compareClaims(first, second));
  });

  it('gives the same score whichever claim it starts from, and finds each claim from the other', () => {
    const vocabulary = ['the', 'mayor', 'council', 'approved', 'rejected', 'budget', 'not', 'three', '3', 'million', 'rabbit', 'plague', 'hunter', 'said', 'on', 'Tuesday', 'police', 'arrested', 'detained', 'men', '40%', 'a', 'quarter', 'one', 'in', 'four', 'Jan.', 'January', "can't", 'covid19', 'killed', 'died', 'rose', 'increased', 'fell'];
    const sentence = fc.array(fc.constantFrom(...vocabulary), { minLength: 1, maxLength: 12 }).map((w) => w.join(' '));
    fc.assert(
      fc.property(fc.array(sentence, { minLength: 2, maxLength: 12 }), (texts) => {
        // Each text a claim of its own article, as the library holds them.
        const index = new SearchIndex();
        texts.forEach((text, id) => index.indexDocument(oneClaim(`d${id}`, text), 'v'));
        const weigh = index.weigher();
        for (let a = 0; a < texts.length; a++) {
          const fromA = new Map(index.alike(texts[a]!, `d${a}`).map((h) => [h.documentId, h.rank]));
          for (let b = 0; b < texts.length; b++) {
            if (a === b) continue;
            expect(sameClaimScore(texts[a]!, texts[b]!, weigh)).toBe(sameClaimScore(texts[b]!, texts[a]!, weigh));
            const fromB = index.alike(texts[b]!, `d${b}`).find((h) => h.documentId === `d${a}`);
            expect(fromA.get(`d${b}`)).toBe(fromB?.rank);
            // Found at all means found with the score the two texts have under the library's weights.
            if (fromB) expect(fromB.rank).toBe(sameClaimScore(texts[a]!, texts[b]!, weigh));
            else expect(sameClaimScore(texts[a]!, texts[b]!, weigh)).toBeLessThan(MATCH_THRESHOLD);
            if (fromB) expect(fromB.rank).toBeGreaterThanOrEqual(MATCH_THRESHOLD);
          }
        }
      }),
      { numRuns: 60 },
    );
  });

  it('on the earlier test set, finds the same claims with high precision and recall', async () => {
    const result = evaluate(await readPairs('tests/fixtures/checked-before.json'));
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
    for (const s of similar) expect(s.similarity).toBeGreaterThanOrEqual(MATCH_THRESHOLD);
    const other = (await svc.getDocument(original!.id)).claims.find((c) => c.text.includes('agreement'))!;
    expect(await svc.similarClaims(original!.id, other.id)).toEqual([]);
  });
});

/** An article of one claim. */
function oneClaim(id: string, text: string): FactDocument {
  return { id, title: id, importedAt: '2026-01-01T00:00:00Z', claims: [{ id: 'c1', n: 1, text, status: 'unreviewed', note: '', evidence: [], attribution: null, dismissed: false }] } as unknown as FactDocument;
}

import { describe, expect, it } from 'vitest';
import { evaluate, libraryWeights, readPairs } from '../../bench/checked-before-eval.ts';
import { trainPairModel } from '../../scripts/train-pair-model.ts';
import { SearchIndex } from '../../src/main/search/search-index.ts';
import type { FactDocument } from '../../src/shared/model.ts';
import { claimProfile, MATCH_THRESHOLD, sameClaimScore } from '../../src/shared/similarity.ts';
import { PAIR_FEATURES, pairFeatures } from '../../src/shared/similarity/pair-features.ts';
import shipped from '../../src/shared/similarity/pair-model.json' with { type: 'json' };

const plain = (): number => 1;
const feature = (name: (typeof PAIR_FEATURES)[number], a: string, b: string): number => pairFeatures(claimProfile(a), claimProfile(b), plain)[PAIR_FEATURES.indexOf(name)]!;

describe('"checked before?" pair model', () => {
  it('computes every feature the same whichever claim comes first', () => {
    const a = 'A 55-year-old man was diagnosed with bubonic plague in Colorado after he ate a wild rabbit he had hunted.';
    const b = 'Hunter in Colorado catches bubonic plague after eating wild rabbit, officials say.';
    expect(pairFeatures(claimProfile(a), claimProfile(b), plain)).toEqual(pairFeatures(claimProfile(b), claimProfile(a), plain));
    expect(sameClaimScore(a, b, plain)).toBe(sameClaimScore(b, a, plain));
  });

  it('compares numbers only when both claims state numbers', () => {
    expect(feature('numbersAgree', 'The strike lasted three weeks.', 'The strike lasted 3 weeks.')).toBe(1);
    expect(feature('numbersDiffer', 'The strike lasted three weeks.', 'The strike lasted two weeks.')).toBe(1);
    expect(feature('numbersAgree', 'The strike lasted three weeks.', 'The strike lasted for weeks.')).toBe(0);
    expect(feature('numbersDiffer', 'The strike lasted three weeks.', 'The strike lasted for weeks.')).toBe(0);
  });

  it('never lowers the score for a number stated on one side only', () => {
    const reworded = 'Officers detained men following the robbery at the bank.';
    expect(sameClaimScore('Police arrested 3 men after the robbery at the bank.', reworded, plain)).toBe(sameClaimScore('Police arrested men after the robbery at the bank.', reworded, plain));
    expect(sameClaimScore(reworded, 'Police arrested three men after the robbery at the bank.', plain)).toBe(sameClaimScore(reworded, 'Police arrested men after the robbery at the bank.', plain));
    // Stated on both sides, the same number counts for a match more than another one does.
    expect(sameClaimScore('The strike lasted three weeks.', 'The port strike lasted 3 weeks.', plain)).toBeGreaterThan(sameClaimScore('The strike lasted three weeks.', 'The port strike lasted two weeks.', plain));
  });

  it('compares names only when both claims name someone or somewhere', () => {
    expect(feature('namesShared', 'The chipmaker will build a factory in Ohio.', 'A chip plant will be built in Ohio.')).toBe(1);
    expect(feature('namesApart', 'The chipmaker will build a factory in Ohio.', 'A chip plant will be built in Texas.')).toBe(1);
    expect(feature('namesShared', 'The chipmaker will build a factory in Ohio.', 'A chip plant will be built.')).toBe(0);
    expect(feature('namesApart', 'The chipmaker will build a factory in Ohio.', 'A chip plant will be built.')).toBe(0);
  });

  it('lets a word meet its own kin: "hunted" and "hunter", "mathematics" and "maths"', () => {
    expect(feature('aligned', 'The man hunted.', 'The hunter.')).toBeGreaterThan(feature('dice', 'The man hunted.', 'The hunter.'));
  });

  it('ships the model that the training script gives', async () => {
    expect(await trainPairModel()).toEqual(shipped);
  });

  it('finds most reworded claims of the pair set\'s tuning half, with fewer false matches than word overlap', async () => {
    const tuning = (await readPairs('tests/fixtures/checked-before-pairs.json')).filter((p) => !p.heldOut);
    const result = evaluate(tuning);
    expect(result.match.recall).toBeGreaterThanOrEqual(0.75);
    expect(result.match.precision).toBeGreaterThanOrEqual(0.38);
    // The library weights make every score of the set's pairs symmetric too.
    const weigh = libraryWeights(tuning);
    for (const p of tuning) expect(sameClaimScore(p.claim, p.earlier, weigh)).toBe(sameClaimScore(p.earlier, p.claim, weigh));
  });

  it('finds the hunter\'s plague from a reworded story among many claims alike in words', () => {
    const index = new SearchIndex();
    const headline = 'Hunter catches bubonic plague after eating wild rabbit, officials say.';
    const story = 'A 55-year-old man who hunted in the mountains was diagnosed with bubonic plague after eating a wild rabbit, health officials in the province said on Tuesday.';
    const illnesses = ['flu', 'measles', 'a fever', 'pneumonia', 'a cough', 'malaria', 'tuberculosis', 'hepatitis', 'a rash', 'cholera'];
    const bulletin = Array.from({ length: 60 }, (_, i) => `A ${20 + i}-year-old man who hiked in the mountains was diagnosed with ${illnesses[i % 10]}, health officials in the province said on Tuesday.`);
    [headline, story, ...bulletin].forEach((text, i) => index.indexDocument(oneClaim(`d${i}`, text), 'v'));
    expect(index.alike(story, 'd1').map((h) => h.documentId)).toEqual(['d0']);
    expect(index.alike(headline, 'd0').map((h) => h.documentId)).toEqual(['d1']);
    expect(index.alike(headline, 'd0')[0]!.rank).toBeGreaterThanOrEqual(MATCH_THRESHOLD);
  });
});

/** An article of one claim. */
function oneClaim(id: string, text: string): FactDocument {
  return { id, title: id, importedAt: '2026-01-01T00:00:00Z', claims: [{ id: 'c1', n: 1, text, status: 'unreviewed', note: '', evidence: [], attribution: null, dismissed: false }] } as unknown as FactDocument;
}

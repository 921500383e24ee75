import { describe, expect, it } from 'vitest';
import { sentenceSource } from './attribution-source.ts';

describe('"citing ..." after a report', () => {
  it('names the source when what is cited speaks or records: people, officials, a body, a named outlet, figures', () => {
    expect(sentenceSource('The newspaper said the deal was close, citing two people familiar with the matter.')).toBe('The newspaper');
    expect(sentenceSource('Prices rose again, citing figures from the statistics office.')).toBe('figures from the statistics office');
    expect(sentenceSource('The talks have stalled, citing unnamed sources close to the negotiations.')).toBe('unnamed sources close to the negotiations');
    expect(sentenceSource('The merger was delayed, citing Reuters.')).toBe('Reuters');
  });

  it('names no source when what is cited is a reason ("citing health reasons")', () => {
    expect(sentenceSource('She resigned last week, citing health reasons.')).toBeNull();
    expect(sentenceSource('Raleigh-based Salix Pharmaceuticals and Cosmo Pharmaceuticals terminated a reverse merger, citing changes in the political environment.')).not.toBe('changes in the political environment');
    expect(sentenceSource('They were on the verge of a deal when President Trump scuttled the talks in September, citing Taliban violence.')).not.toBe('Taliban violence');
    expect(sentenceSource('The airline cancelled 40 flights, citing a lack of staff.')).toBeNull();
    expect(sentenceSource('OrbitBeyond cancelled its task order two months later, citing internal business issues.')).not.toBe('internal business issues');
  });
});

import { describe, expect, it } from 'vitest';
import { sentenceSource as source } from './attribution-source.ts';


describe('a named subject, a colon, then a quotation', () => {
  it.each([
    ['Okafor, a nurse at the county hospital, is more blunt: "The wards are unsafe."', 'Okafor'],
    ['Lena Ortiz put it this way: “We are out of money.”', 'Lena Ortiz'],
    ['In a statement, al-Nour said: "The attack was ours."', 'al-Nour'],
  ])('%s', (sentence, expected) => {
    expect(source(sentence)).toBe(expected);
  });

  it('gives no source when no name opens the sentence', () => {
    expect(source('The report is clear: "No more delays."')).toBeNull();
    expect(source('Here is the rule: "No dogs."')).toBeNull();
  });
});

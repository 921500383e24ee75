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

describe('a verb of speech that could be a noun, then a colon and a quotation', () => {
  it.each([
    ['The report says: "The birth lottery matters more in the U.S. than in most countries."', 'The report'],
    ['The mayor states: “We will not raise the levy.”', 'The mayor'],
    ['In its filing, the company claims: "The patent was never valid."', 'the company'],
  ])('%s', (sentence, expected) => {
    expect(source(sentence)).toBe(expected);
  });

  it('takes no noun before a colon for a verb', () => {
    expect(source('The United States: "a nation of immigrants."')).toBeNull();
    expect(source('His claims: "none of it happened."')).toBeNull();
  });
});

describe('a habit of speech: "would" and a verb of speech right before the quotation', () => {
  it.each([
    ['When his editors asked him to explain, Ford would respond, "I have a horror of being obvious."', 'Ford'],
    ['Her grandmother would tell her: “Never sign what you have not read.”', 'Her grandmother'],
  ])('%s', (sentence, expected) => {
    expect(source(sentence)).toBe(expected);
  });

  it('takes no guess for speech: "would" with no quotation after its verb', () => {
    expect(source('Few would argue that the budget is too small.')).toBeNull();
    expect(source('Few would argue, "the budget is too small."')).toBeNull();
    expect(source('As Sherlock would say, "Elementary, my dear Watson."')).toBeNull();
    expect(source('The plan fails, as any engineer would tell you: "Water finds a way."')).toBeNull();
  });
});

describe('"was how" after the quotation names whose words they were', () => {
  it.each([
    ['"We will not close a single school without a vote," was how board chair Maria Lopez put it.', 'board chair Maria Lopez'],
    ['(“The Klingon Empire has decided that we should formalize our relationship,” was how Ford described it to friends.)', 'Ford'],
    ['"A disaster in slow motion" is how one economist described the plan.', 'one economist'],
  ])('%s', (sentence, expected) => {
    expect(source(sentence)).toBe(expected);
  });

  it('gives no source to "how" that tells of a way, not of words', () => {
    expect(source('That is how the mayor wants it.')).toBeNull();
  });
});

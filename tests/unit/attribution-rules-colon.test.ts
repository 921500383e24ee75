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
    // An adjective or a number before the cue makes it the noun they describe.
    expect(source('The latest estimates: “Ten thousand jobs.”')).toBeNull();
    expect(source('The two reports: "Nothing was found."')).toBeNull();
    expect(source('Her latest claims: "Nothing was found."')).toBeNull();
  });

  it('takes no later cue for the verb once the first is a noun, unless it heads the subject', () => {
    expect(source('The claims of voters who said they were turned away were investigated.')).toBeNull();
    expect(source('The reports of looting that police say occurred overnight were exaggerated.')).toBeNull();
    expect(source('The new report says that prices rose.')).toBe('The new report');
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

  it('gives way to the one who relays the description', () => {
    expect(source('“Stable” is how doctors described his condition, his wife said.')).toBe('his wife');
    expect(source('“Chaos” was how witnesses described the scene, police said.')).toBe('police');
  });
});

import { describe, expect, it } from 'vitest';
import { findAttribution } from '../../src/shared/extract/attribution.ts';
import { sentenceSource as source } from './attribution-source.ts';
import { SpeakerMemory } from '../../src/shared/extract/speakers.ts';


describe('a speech cue inside a relative or complement clause', () => {
  it.each([
    ['The mill shut two lines last spring, in a step the owners said was forced by prices.', 'the owners'],
    ['Tolls rose again, which drivers say is unfair to commuters.', 'drivers'],
    ['Crews found less debris than the city agency reported was left.', 'the city agency'],
    ['It hid some figures that district officials said would alarm parents.', 'district officials'],
    ['The pier is sinking - as the harbour master has said - and repairs are late.', 'the harbour master'],
    ['The bridge is closed on the day that the Ledger reports that the contract was cancelled.', 'the Ledger'],
  ])('%s', (sentence, expected) => {
    expect(source(sentence)).toBe(expected);
  });

  it('takes no object clause, adjective or writing for speech', () => {
    expect(source('Some of the claims, such as what she said about trams, were minor.')).toBeNull();
    expect(source('He named it as a reason for the judge’s alleged bias.')).toBeNull();
    expect(source('Osei’s remarks angered the council.')).toBe('Osei');
    expect(source('It was a remark that Osei found odd.')).toBeNull();
    expect(source('Voters were so angry that a foreign firm wrote the rules.')).toBeNull();
  });
});

describe('a participle clause gives what the subject said', () => {
  it.each([
    ['Mayor Ilse Brandt declined to comment on Friday, saying the audit was not finished.', 'Mayor Ilse Brandt'],
    ['The transport ministry issued a notice Monday saying that two ferries would be withdrawn.', 'The transport ministry'],
    ['Ana Pires ended the meeting by saying the vote would wait.', 'Ana Pires'],
    ['The council, after first insisting the pool would stay open, closed it in May.', 'The council'],
    ['Residents blocked the road, with a spokesperson for the group calling the plan "reckless".', 'a spokesperson for the group'],
    ['Turnout was high, with 60 percent of voters saying they backed the levy.', '60 percent of voters'],
  ])('%s', (sentence, expected) => {
    expect(source(sentence)).toBe(expected);
  });

  it('gives a pronoun subject to be resolved, and no subject of a subordinate clause', () => {
    expect(findAttribution('She left the board in March, saying the job was done.', 'sentence')?.pronoun).toBe('person');
    expect(source('If the mayor wins, her deputy would lead the council, possibly calling himself acting mayor.')).toBeNull();
  });
});

describe('names remembered for a later pronoun', () => {
  it('remembers a possessive without its ending, as the same person', () => {
    const memory = new SpeakerMemory();
    memory.note('Ruth Adeyemi', 'female');
    memory.note('Tomas Berg', 'male');
    memory.note("Adeyemi's");
    expect(memory.resolve(null)?.name).toBe('Ruth Adeyemi');
  });
});

describe('participles in their plain senses', () => {
  it.each([
    'The firm grew quickly, adding 400 jobs in two years.',
    'She spent the summer with her grandparents, writing poems.',
    'The museum reopened with new exhibits describing the war.',
    'The union marched with teachers calling for more pay.',
    'He was arrested after saying goodbye to his mother.',
  ])('%s', (sentence) => {
    expect(source(sentence)).toBeNull();
  });
});

describe('"as X put it" gives the rest of the sentence to X', () => {
  it.each([
    ['As Gaiman put it, the book should have been sold like a classic.', 'Gaiman'],
    ['The plan, as one analyst put it, was doomed from the start.', 'one analyst'],
  ])('%s', (sentence, expected) => {
    expect(source(sentence)).toBe(expected);
  });
});

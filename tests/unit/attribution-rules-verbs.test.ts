import { describe, expect, it } from 'vitest';
import { sentenceSource as source } from './attribution-source.ts';
import { extractFromText } from '../../src/shared/extract/extract.ts';


describe('records and polls "show" or "found" whatever follows', () => {
  it.each([
    ['A new poll shows Governor Ames trailing by nine points.', 'A new poll'],
    ['The survey also showed both parties losing support.', 'The survey'],
    ['A study by the river trust in June found Lake Mira twice as salty.', 'A study by the river trust'],
    ['Recent polls show Ames ahead in the north.', 'Recent polls'],
  ])('%s', (sentence, expected) => {
    expect(source(sentence)).toBe(expected);
  });

  it('still reads "shows" after a person as a noun when no clause follows', () => {
    expect(source('The host shows Ames the door.')).toBeNull();
  });
});

describe('verbs that report speech only with a quotation', () => {
  it.each([
    ['Judge Lena Marsh called the argument “thin” and “speculative.”', 'Judge Lena Marsh'],
    ['Rival candidate Omar Diaz joked during the debate, “I brought my own microphone.”', 'Rival candidate Omar Diaz'],
    ['Ms. Ferro then asked, “Who pays for it?”', 'Ms. Ferro'],
    ['“We will appeal the ruling in full,” the union’s statement read.', 'the union’s statement'],
    ['“It is a mess,” deadpanned Coun. Ed Ng.', 'Coun. Ed Ng'],
    ['“No, that’s the mom,” says my two-year-old.', 'my two-year-old'],
    ['“Slow down,” Const. Raj Dhillon told drivers.', 'Const. Raj Dhillon'],
  ])('%s', (sentence, expected) => {
    expect(source(sentence)).toBe(expected);
  });

  it('gives no source to the same verbs without a quotation', () => {
    expect(source('Judge Lena Marsh called the meeting to order.')).toBeNull();
    expect(source('Ms. Ferro asked for a recount.')).toBeNull();
    expect(source('The mayor read the report twice before the vote.')).toBeNull();
  });
});

describe('an appositive between the speaker and the verb, in commas or dashes', () => {
  it.each([
    ['And Gen. Rosa Lind, who commanded the northern brigades for six years before she retired from the army in 2019, said the plan would fail.', 'Gen. Rosa Lind'],
    ['Piet Aalders — a ferry captain from Harlingen — says the channel is silting up.', 'Piet Aalders'],
  ])('%s', (sentence, expected) => {
    expect(source(sentence)).toBe(expected);
  });
});

describe('verbs of speech in several words', () => {
  it.each([
    ['"The books were a mess," Lena Ortiz was quoted as saying in the release.', 'Lena Ortiz'],
    ['Governor Ames is telling donors that the race is tied.', 'Governor Ames'],
    ['After the count, Rep. Ann Cole took to Twitter to say the vote was fair.', 'Rep. Ann Cole'],
  ])('%s', (sentence, expected) => {
    expect(source(sentence)).toBe(expected);
  });
});

describe('a participle of speech after the subject\'s own verb', () => {
  it.each([
    ['In two interviews, the judge sounded off on the plan, saying it would fail.', 'the judge'],
    ['Ivo Brandt, head of the dock workers, tied the cuts to the strike, saying the firm had no choice.', 'Ivo Brandt'],
  ])('%s', (sentence, expected) => {
    expect(source(sentence)).toBe(expected);
  });
});

describe('a quoted question or exclamation keeps the speaker named after it', () => {
  it('is one unit with its speaker', () => {
    const { units } = extractFromText('Headline\n\n“Where did the money go?” Mayor Ruiz asked, looking at the ledger. The hall went quiet.');
    expect(units.slice(1).map((u) => [u.text, u.attribution?.source ?? null])).toEqual([
      ['“Where did the money go?” Mayor Ruiz asked, looking at the ledger.', 'Mayor Ruiz'],
      ['The hall went quiet.', null],
    ]);
  });

  it('still ends the sentence when no speaker follows', () => {
    expect(extractFromText('Headline\n\n"Run!" The crowd scattered.').units.slice(1).map((u) => u.text)).toEqual(['"Run!"', 'The crowd scattered.']);
  });
});

describe('asking without a quotation, and verbs of urging and promising', () => {
  it.each([
    ['Then Ms. Ferro asked the board whether the fund was empty.', 'Ms. Ferro'],
    ['A reporter asked the mayor how long the repairs would take.', 'A reporter'],
    ['The union urged members to reject the offer.', 'The union'],
    ['Governor Ames vowed that the plant would reopen by May.', 'Governor Ames'],
  ])('%s', (sentence, expected) => {
    expect(source(sentence)).toBe(expected);
  });
});

describe('any verb before a that-clause reports what its subject said or thinks', () => {
  it.each([
    ['Berg fretted that costs would rise by 20 per cent.', 'Berg'],
    ['Residents grumbled that the buses were always late.', 'Residents'],
    ['Coun. Ed Ng bemoaned that nobody had asked the tenants.', 'Coun. Ed Ng'],
    ['But the owner mused that the shop could close within a year.', 'the owner'],
  ])('%s', (sentence, expected) => {
    expect(source(sentence)).toBe(expected);
  });

  it.each([
    'Berg bought that house in 2010.',
    'The storm meant that schools stayed closed for a week.',
    'The clerk ensured that every ballot was counted.',
    'Berg walked so fast that nobody could follow.',
    'The council approved that plan after residents objected to the noise.',
    'The city bought that land for four hundred thousand dollars.',
    'Mayor John Tory defended that decision, which was criticized by the auditor general.',
    'Jones built that shed himself last summer.',
    'Residents learned that the plant would close in March.',
  ])('not when the verb reports nothing or "that" is no clause: %s', (sentence) => {
    expect(source(sentence)).toBeNull();
  });
});

describe('a role joined by a hyphen stays with the name after it', () => {
  it.each([
    ['Hospital vice-president Craig Evans defended the change, saying the budget was fixed.', 'Hospital vice-president Craig Evans'],
    ['Team co-owner Craig Evans defended the trade, saying it was fair.', 'Team co-owner Craig Evans'],
  ])('%s', (sentence, expected) => {
    expect(source(sentence)).toBe(expected);
  });
});

describe('a participle opening the sentence is never its speaker', () => {
  it.each([
    'Asked whether he feared for his job, Ruiz quipped: “I fear nothing.”',
    'Pressed on the timeline: “We will finish in May.”',
  ])('%s', (sentence) => {
    expect(source(sentence) ?? '').not.toMatch(/^(?:Asked|Pressed)\b/);
  });
});

describe('a cue that is also a noun is a verb before a gerund, as the tagger reads it', () => {
  it.each([
    ['When it comes to barriers to housing, both groups report experiencing discrimination from landlords.', 'both groups'],
    ['Many shelter users report being uninterested in housing they cannot afford.', 'Many shelter users'],
    ['Residents report seeing smoke over the plant for days.', 'Residents'],
  ])('%s', (sentence, expected) => {
    expect(source(sentence)).toBe(expected);
  });

  it('but not a noun before a gerund', () => {
    expect(source('His report showing the data was late.')).toBeNull();
  });
});

describe('an organisation named with "of" keeps its name in a coordinated subject', () => {
  it.each([
    ['The Bank of Canada cut its key policy rate on Wednesday and said further cuts were likely.', 'The Bank of Canada'],
    ['Allies of Mr. Cornyn disputed that figure, saying that several senators had pledged to him.', 'Allies of Mr. Cornyn'],
  ])('%s', (sentence, expected) => {
    expect(source(sentence)).toBe(expected);
  });
});

describe('any adverb, or "would" and an adverb, between the subject and its verb of speech', () => {
  it.each([
    ['Lena Ortiz instead argued that the rent had doubled.', 'Lena Ortiz'],
    ['Coach Ben Ames meanwhile told reporters that the trade was off.', 'Coach Ben Ames'],
    ['The minister tersely denied that any money was missing.', 'The minister'],
    ['Lena Ortiz would later say that the rent had doubled.', 'Lena Ortiz'],
  ])('%s', (sentence, expected) => {
    expect(source(sentence)).toBe(expected);
  });

  it('never takes a noun in "-ly" or an adverb of degree for the adverb', () => {
    expect(source('The family said the rent had doubled.')).toBe('The family');
    expect(source('The town bully said the rent had doubled.')).toBe('The town bully');
    expect(source('The fairly new mayor said the rent had doubled.')).toBe('The fairly new mayor');
  });

  it('gives no source to speech only guessed at or still to come', () => {
    expect(source('Few would argue against the use of such material.')).toBeNull();
    expect(source('Lena Ortiz would say that the rent had doubled.')).toBeNull();
    expect(source('On Friday, the council will announce a new strategy.')).toBeNull();
    expect(source('The aide, a protégé of Lena Ortiz, would then have claimed that the vote was rigged.')).toBeNull();
  });
});

describe('a verb and its particle in the cue slot after a quotation, whatever the verb', () => {
  it.each([
    ['“That is simply not true,” Dana Ortiz shot back.', 'Dana Ortiz'],
    ['“We will see them in court,” fired back the union’s lawyer.', 'the union’s lawyer'],
    ['“It was a long night,” Coach Ray Blunt summed up.', 'Coach Ray Blunt'],
    ['“Not so fast,” chimed in Lorna Whitcombe.', 'Lorna Whitcombe'],
  ])('%s', (sentence, expected) => {
    expect(source(sentence)).toBe(expected);
  });

  it('reads no particle as a cue where the verb reports nothing', () => {
    expect(source('“Home at last,” the team’s bus pulled up.')).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { sentenceSource as source } from './attribution-source.ts';


describe('an adverb between the speaker and the verb is read past', () => {
  it.each([
    ['Okafor also said the depot would close.', 'Okafor'],
    ['The harbour board later claimed that the fees were legal.', 'The harbour board'],
    ['The audit has repeatedly shown that the fund lost money.', 'The audit'],
    ['Ms. Lund first said she had not seen the letter.', 'Ms. Lund'],
    ['Teachers at the school still insist the roof leaks.', 'Teachers at the school'],
  ])('%s', (sentence, expected) => {
    expect(source(sentence)).toBe(expected);
  });

  it('does not read a noun ending in -ly as an adverb', () => {
    expect(source('The family said the house was sold in May.')).toBe('The family');
  });
});

describe('a long subject before the verb is trimmed to the words that name the speaker', () => {
  it.each([
    ['Nurses who worked night shifts at the hospital last winter say the wards were short of staff.', 'Nurses'],
    ['Two farmers whose fields were flooded by the river in March told the inquiry the warnings came late.', 'Two farmers'],
  ])('%s', (sentence, expected) => {
    expect(source(sentence)).toBe(expected);
  });
});

describe('a verb of speech before its speaker, with role words before the name', () => {
  it.each([
    ['Nine people were hurt in the fire, said fire Chief Dana Reyes.', 'fire Chief Dana Reyes'],
    ['There is a real pleasure, insists 17-year-old Mara Quist, in finishing a drawing.', '17-year-old Mara Quist'],
    ['"The roads were empty," recalled Ivo Brandt.', 'Ivo Brandt'],
    ['"Bring a coat," quipped Ivo Brandt, who guides tours in the valley.', 'Ivo Brandt'],
    ['"It is only one shop," points out the soft-spoken baker.', 'the soft-spoken baker'],
  ])('%s', (sentence, expected) => {
    expect(source(sentence)).toBe(expected);
  });

  it('keeps a name after "said" that opens what was said', () => {
    expect(source('The minister said Mr. Vance had misled the committee.')).toBe('The minister');
    expect(source('Voters said police Chief Dana Reyes had lost their trust.')).toBe('Voters');
  });
});

describe('what stands around a subject without being part of it', () => {
  it.each([
    ['HALIFAX — Health Minister Rosa Tam says the wards will reopen.', 'Health Minister Rosa Tam'],
    ['(The Ledger says it tracks another 300 fortunes.)', 'The Ledger'],
    ['Pia Sorensen — a nurse from the east ward — says the shifts are too long.', 'Pia Sorensen'],
    ['In a call, Karl Abt - her brother and business partner - told the Courier that the shop would close.', 'Karl Abt'],
    ['Sales fell, a survey by the Chamber of Commerce of the Upper Valley found.', 'a survey by the Chamber of Commerce of the Upper Valley'],
    ['A Gallup/Ipsos poll showed a tie.', 'A Gallup/Ipsos poll'],
  ])('%s', (sentence, expected) => {
    expect(source(sentence)).toBe(expected);
  });
});

describe('more ways a source is given', () => {
  it.each([
    ['As reported by the Valley Courier, the mill closed in May.', 'the Valley Courier'],
    ['Trade has grown fast, says economist Ana Diaz in Almaty.', 'economist Ana Diaz'],
    ['A spokesman for Harbour Lines declined to comment on the fine but said in a statement that all rules were met.', 'A spokesman for Harbour Lines'],
    ['"No carmaker makes money on this," the lanky, bespectacled engineer said.', 'the lanky, bespectacled engineer'],
  ])('%s', (sentence, expected) => {
    expect(source(sentence)).toBe(expected);
  });
});

describe('a role described in lower case before the name, then "..., saying"', () => {
  it.each([
    ['Chinese foreign ministry spokeswoman Hua Chunying shot back on Tuesday, saying the detentions were lawful.', 'Chinese foreign ministry spokeswoman Hua Chunying'],
    ['Dutch finance minister Eva Smit hit back, saying the rules were clear.', 'Dutch finance minister Eva Smit'],
  ])('%s', (sentence, expected) => {
    expect(source(sentence)).toBe(expected);
  });
});

describe('a word of a proper name is never a verb of speech', () => {
  it.each([
    'She listed the countries — Germany, France, the United States, Britain and Latvia — for "speaking out against these detentions."',
    'The figures come from the Organization of American States, which tracks the region.',
  ])('%s', (sentence) => {
    expect(source(sentence) ?? 'no source').not.toMatch(/United|American/);
  });
});

describe('a headline in title case keeps its capitalised verb', () => {
  it('reads "Says" in "Trump Says He Never Pledged ..." as the cue', () => {
    expect(source('Trump Says He Never Pledged To Kill Family Members Of Terrorists.')).toBe('Trump');
  });
});

describe('a photo credit opening a sentence is not part of it', () => {
  it('reads past "( Name / Outlet )" to the speaker and the age after the name', () => {
    expect(source('( Richard Lautens / Toronto Star ) Mississauga accountant Babatunji Farinloye, 50, says he is happy with the results.')).toMatch(/Babatunji Farinloye$/);
  });
});

describe('a phrase opening on a preposition is never the speaker', () => {
  it.each([
    'On Sunday morning Mr. Trump made a third attempt to deflect the criticism, writing on Twitter that the attack was unfair.',
    'Of Carson, Levine, who has given money to Marco Rubio, said, "He is flat-out scary."',
  ])('%s', (sentence) => {
    expect(source(sentence) ?? 'no source').not.toMatch(/^(?:On|Of)\s/);
  });
});

describe('a possessive after a preposition names the one whose words they are', () => {
  it('takes Mr. Trump from "Despite Mr. Trump\'s claims that ..."', () => {
    expect(source("Despite Mr. Trump's claims that his net worth exceeds $10 billion, the firms put him far lower.")).toBe('Mr. Trump');
  });
});

describe('a label in capitals and a colon opening a sentence is read past', () => {
  it.each([
    ['U.S.-CHINA RELATIONS: White House economic adviser Larry Kudlow denied reports that talks had stalled.', 'White House economic adviser Larry Kudlow'],
    ['BREAKING: Police say two people were hurt.', 'Police'],
    ['UPDATE: The mayor said the road would reopen.', 'The mayor'],
  ])('%s', (sentence, expected) => {
    expect(source(sentence)).toBe(expected);
  });
});

describe('a role after a verb is its object, not part of the subject', () => {
  it.each([
    ['Democrats asked committee chairman Jim Jordan to testify, saying the inquiry was partisan.', 'Democrats'],
    ['Biden praised secretary of state Antony Blinken on Friday, saying he had done a great job.', 'Biden'],
  ])('%s', (sentence, expected) => {
    expect(source(sentence)).toBe(expected);
  });
});

describe('one person or body by two roles joined by "and" is one subject', () => {
  it.each([
    ['The coach and general manager said the team lost $4 million last season.', 'The coach and general manager'],
    ['A spokesman and former adviser said the plan costs $9 billion.', 'A spokesman and former adviser'],
  ])('%s', (sentence, expected) => {
    expect(source(sentence)).toBe(expected);
  });

  it('still ends the subject at "and" after a clause', () => {
    expect(source('The trail reopened and crews said the damage cost $2 million.')).toBe('crews');
  });
});

describe('a role in lower case before a surname alone, or before a name and where the person is from', () => {
  it.each([
    ['"It is over," judge Inaba said.', 'judge Inaba'],
    ['"We played badly," coach Dunn told reporters.', 'coach Dunn'],
    ['"The road is closed," said mayor Okafor.', 'mayor Okafor'],
    ['"We are concerned," said chief inspector Ana Mattis from the West Mercia police.', 'chief inspector Ana Mattis from the West Mercia police'],
    ['"We worked on the design," comments engineer Robin Bies of the CDF.', 'engineer Robin Bies of the CDF'],
  ])('%s', (sentence, expected) => {
    expect(source(sentence)).toBe(expected);
  });

  it.each([
    ['Prices will rise, unless governor Bailey said otherwise.', /unless/],
    ['Prices will rise, whatever governor Bailey said.', /whatever/],
    ['"We lost," said coach Dunn Tuesday night.', /Tuesday|night/],
    ['"We lost," said coach Dunn glumly and left.', /glumly/],
    ['"We lost," said judge Inaba in dissent.', /dissent/],
    ['The award, called "Best Newcomer," went to singer Olivia Rodrigo.', /^to /],
    ['"Vote no," urged leaflets from Greenpeace.', /leaflets/],
    ['"We won," comments section of The Guardian.', /section/],
    ['The headline "Gotcha," angered minister John Nott.', /Nott/],
    ['The campaign, "Vote Yes," backed senator Warren.', /Warren/],
    ['The film, "Oppenheimer," stars actor Cillian Murphy.', /Murphy/],
  ])('no fragment around a role and a name: %s', (sentence, wrong) => {
    expect(source(sentence) ?? '').not.toMatch(wrong);
  });

  it('not a lower-case word that names no role, nor a name that opens what was said', () => {
    expect(source('"It is over," today Inaba said.')).not.toBe('today Inaba');
    expect(source('The board said coach Dunn had misled the club.')).toBe('The board');
  });
});

describe('a pronoun that speaks inside a clause after a noun ("prices it said were ...") is not the sentence\'s speaker', () => {
  it('when a name speaks in a clause of its own before it', () => {
    expect(source('Within months, Forte said, the chain was selling cheaper eggs, prices it said were a result of the deal.')).toBe('Forte');
  });

  it('but is when no one else speaks in the sentence', () => {
    expect(source('The chain was selling cheaper eggs, prices it said were a result of the deal.')).toBe('it');
    expect(source('In a few more years, he said, the stores would change.')).toBe('he');
  });
});

describe('a speaker after a conjunction of contrast or cause in a later clause', () => {
  it.each([
    ['Inside, there is seating for four, though VW says it could add a rear bench instead.', 'VW'],
    ['The engine is 20% more powerful, yet Nissan says it will offer better gas mileage.', 'Nissan'],
    ['The engine is more powerful, although Nissan says it will offer better mileage.', 'Nissan'],
    ['Prices rose, even though the central bank says inflation is easing.', 'the central bank'],
  ])('%s', (sentence, expected) => {
    expect(source(sentence)).toBe(expected);
  });

  it('takes no speaker from a condition', () => {
    expect(source('The plant will close, unless the union says otherwise.')).toBeNull();
  });

  it('keeps "since", and "yet" or "though" inside a phrase, as part of the subject', () => {
    expect(source('A resident since 1985 said the flooding was the worst.')).toBe('A resident since 1985');
    expect(source('Every president since Reagan has said the same thing.')).toBe('Every president since Reagan');
    expect(source('A small yet growing number of economists warn that rates will rise.')).toBe('A small yet growing number of economists');
    expect(source('The quiet yet determined senator says the bill will pass.')).toBe('The quiet yet determined senator');
  });
});

describe('a phrase of time before the subject, with no comma after it, is read past', () => {
  it.each([
    ['On Sunday Mr. Okafor said the depot would close.', 'Mr. Okafor'],
    ['On Friday night the harbour board said the fees were legal.', 'the harbour board'],
    ['Last week the mayor said the budget was balanced.', 'the mayor'],
    ['In March the council said rents rose 12 percent.', 'the council'],
    ['Earlier this month Health Minister Ana Lopez warned that waiting lists had doubled.', 'Health Minister Ana Lopez'],
    ['Last year Mayor Ellis toured the plant, saying 200 jobs were safe.', 'Mayor Ellis'],
    ['Two days later the union said the strike would go on.', 'the union'],
  ])('%s', (sentence, expected) => {
    expect(source(sentence)).toBe(expected);
  });

  it('leaves a phrase of time that is the subject, or a capitalised label, alone', () => {
    expect(source('Last week was the busiest of the year, the airport said.')).toBe('the airport');
    expect(source('Monday Night Football drew 20 million viewers.')).toBeNull();
  });
});

describe('what a clause is "citing" is its source only when it informs', () => {
  it.each([
    ['The chief executive resigned on Monday, citing health reasons.'],
    ['The airline cancelled 40 flights, citing a shortage of pilots.'],
    ['The two firms ended the merger, citing changes in the political climate.'],
  ])('%s', (sentence) => {
    expect(source(sentence)).toBeNull();
  });

  it.each([
    ['Shares fell 5 percent on Monday, citing a report by the central bank.', 'a report by the central bank'],
    ['The deal collapsed, citing two officials close to the talks.', 'two officials close to the talks'],
  ])('%s', (sentence, expected) => {
    expect(source(sentence)).toBe(expected);
  });
});

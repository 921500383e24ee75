import { describe, expect, it } from 'vitest';
import { extractFromText } from '../../src/shared/extract/extract.ts';
import { sentenceSource } from './attribution-source.ts';

/** The sources of every unit of a short article (a headline is added), pronouns resolved. */
function sources(body: string): Array<string | null> {
  return extractFromText(`Test headline\n\n${body}`).units.slice(1).map((u) => u.attribution?.source ?? null);
}

describe('a source is a noun phrase', () => {
  it('reads an auxiliary and an adverb before the verb as part of the verb', () => {
    expect(sentenceSource('Economists have long argued that the levy hurts small farms.')).toBe('Economists');
    expect(sentenceSource('The harbour board has vigorously denied any part in the spill.')).toBe('The harbour board');
    expect(sentenceSource('The Lisbon archive founder always said the letters were fakes.')).toBe('The Lisbon archive founder');
  });

  it('reads a word in capitals as an acronym, not a pronoun', () => {
    expect(sentenceSource('"We will act," said one US official reportedly.')).toBe('one US official');
    expect(sentenceSource('Although US officials insist there is no ban, the rules stand.')).toBe('US officials');
  });

  it('never keeps a clause as a source', () => {
    expect(sentenceSource('Neighbours heard him tell the boy that he owed him money.')).toBeNull();
    expect(sentenceSource('We’d just love to know which files were copied.')).toBeNull();
    expect(sentenceSource('"The board recently directed its staff to act," said someone we know.')).toBeNull();
  });

  it('reads a verb of speech after "was" or "wasn’t" as passive: what was said is no source', () => {
    expect(sentenceSource('The price wasn’t announced.')).toBeNull();
    expect(sentenceSource('The verdict isn’t expected to be announced until May.')).toBeNull();
    // Nothing was said, so nobody is its source; before, the fragment "Officials haven’t" was kept.
    expect(sentenceSource('Officials haven’t said when the bridge reopens.')).toBeNull();
    expect(sentenceSource('Ames didn’t say whether the plant would close.')).toBeNull();
  });

  it('reads a participle between a number and a plural noun as describing the noun ("475 pledged delegates")', () => {
    expect(sentenceSource('Clinton leads in California, according to a poll average, where 475 pledged delegates will be at stake.')).toBe('a poll average');
    expect(sentenceSource('The county has 1,200 reported cases, where 30 confirmed deaths were recorded.')).toBeNull();
    // A count that is the subject still speaks: "Of the 1,000 voters, 475 said they ...".
    expect(sentenceSource('Of the 1,000 voters polled, 475 said they would vote early.')).toBe('475');
    expect(sentenceSource('Of the 1,000 nurses surveyed, 600 reported symptoms of burnout.')).toBe('600');
    expect(sentenceSource('The two warned residents that the river would rise overnight.')).toBe('The two');
    expect(sentenceSource('The three denied allegations that they had taken bribes.')).toBe('The three');
    expect(sentenceSource('Of the 40 members, 12 warned the plan would fail.')).toBe('12');
  });

  it('keeps "all but" and "everyone but" in the subject they open ("all but two said")', () => {
    expect(sentenceSource('Most senators back the change, and all but two said the party should take it up in July.')).toBe('all but two');
    expect(sentenceSource('Everyone but the mayor said the plan was sound.')).toBe('Everyone but the mayor');
    // "it all but", "its all but": an idiom, not "except"; the subject after "but" speaks.
    expect(sentenceSource('Democrats won it all but the governor said the fight was not over.')).toBe('the governor');
    expect(sentenceSource('The team gave its all but coach Mark Dunn said the effort fell short.')).toBe('coach Mark Dunn');
    // "all" alone is what is left of a phrase cut at "this": no source.
    expect(sentenceSource('However, all this purported effort to end the friendship contradicts his claim in the same interview that the pair were “not close”.')).toBeNull();
  });

  it('reads "say" after a quantifier as a noun ("wanted some say in"), and keeps a quantifier that is the subject', () => {
    expect(sentenceSource('Matthesen and Ford’s friends wanted some say in the disposition of his effects.')).toBeNull();
    expect(sentenceSource('Dock workers want more say in how the port is run.')).toBeNull();
    expect(sentenceSource('Some say the port should be sold.')).toBe('Some');
    expect(sentenceSource('Many more said they would strike.')).toBe('Many more');
  });

  it('stores no bare pronoun: one nobody was named for gives no source', () => {
    expect(sources('She had earlier declined comment, saying the matter “is between me and the board.”')).toEqual([null]);
    expect(sources('“We will appeal,” he said.')).toEqual([null]);
  });
});

describe('a verb of speech known by its place', () => {
  it('reads any verb closing the clause after a quotation as its cue', () => {
    expect(sentenceSource('“Bring a bigger boat next time,” the skipper deadpanned.')).toBe('the skipper');
    expect(sentenceSource('"Nobody reads the minutes," Tomas Berg grumbled on Monday.')).toBe('Tomas Berg');
    expect(sentenceSource('"That is not a plan," scoffed Ines Barros.')).toBe('Ines Barros');
    expect(sentenceSource('"We were lucky," Ana Ruiz conceded.')).toBe('Ana Ruiz');
  });

  it('leaves verbs that report nothing, and verbs away from a quotation', () => {
    expect(sentenceSource('"Goodbye to all that," the poet died.')).toBeNull();
    expect(sentenceSource('The skipper deadpanned.')).toBeNull();
  });
});

describe('a clause is never taken for a source', () => {
  it.each([
    'He pointed to a 2022 report that found the roads were unsafe.',
    'The mayor rejected claims that the city had overspent.',
    'He referred to a memo that said the plan was dead.',
    'What she says she hasn’t managed is the budget.',
  ])('%s', (sentence) => {
    expect(sentenceSource(sentence) ?? '').not.toMatch(/^(?:He |What |The mayor rejected)/);
  });
});

describe('fragments seen on independent news pages are no sources', () => {
  it('takes no adverb opening the sentence for a name before a colon', () => {
    expect(sentenceSource('Thankfully, now we know when you can get it: "Super Mario Run" will launch on December 15.')).toBeNull();
  });

  it('takes no question word for a subject', () => {
    expect(sentenceSource('WHAT SAY YOU, IMPEACHMENT JURY?')).toBeNull();
    expect(sentenceSource('What say the voters of Ohio?')).toBeNull();
    // The World Health Organization in capitals still speaks.
    expect(sentenceSource('WHO said the outbreak was over.')).toBe('WHO');
  });

  it('keeps no "cannot" or "somehow" in a source', () => {
    expect(sentenceSource('Yet our shocked State Department experts somehow cannot explain why they were silent.')).toBeNull();
  });

  it('reads a verb of speech before "was" or "is" as inside its subject ("the letter Mike wrote was ...")', () => {
    expect(sentenceSource('Martha added that he and Mike had corresponded, and the letter Mike wrote was “kind and loving.”')).toBe('Martha');
    expect(sentenceSource('The letter Mike wrote was kind and loving.')).toBeNull();
  });

  it('reads past a "which" clause to the subject before it', () => {
    expect(sentenceSource('The German automaker, which has focused on electric vehicles after its diesel scandal, says the wagon will go 300 miles.')).toBe('The German automaker');
  });

  it('takes no name or title for a speaker ("as its name suggests")', () => {
    expect(sentenceSource('But Uber, as its name suggests, is hierarchical in structure.')).toBeNull();
  });
});

describe('a verb that closes a subject is no part of it', () => {
  it('reads "went on television to say" as a way of saying, and its subject as the source', () => {
    expect(sentenceSource('The minister went on television to say that the crisis was over.')).toBe('The minister');
    expect(sentenceSource('Officials went on Fox News to argue the tax was fair.')).toBe('Officials');
    expect(sentenceSource('The mayor took to the airwaves to warn residents about the storm.')).toBe('The mayor');
    expect(sentenceSource('Dunn went on to say the plant would close in May.')).toBe('Dunn');
  });

  it('gives no source when no speech follows, and keeps a participle after "the" as a noun', () => {
    expect(sentenceSource('He went on to win the election by a wide margin.')).toBeNull();
    expect(sentenceSource('The protesters took to the streets to demand a recount.')).toBeNull();
    expect(sentenceSource('The minister declined to say whether the crisis was over.')).toBeNull();
    expect(sentenceSource('The accused told the court that he was at home that night.')).toBe('The accused');
  });
});

describe('what a review found the contraction and simple-past rules giving wrongly', () => {
  it('keeps a name that ends in ’d whole', () => {
    expect(sentenceSource('Mohammed Sa’d said the talks had failed.')).toBe('Mohammed Sa’d');
    expect(sentenceSource('“The talks failed,” said Abu Sa\'d.')).toBe("Abu Sa'd");
  });

  it('keeps a relative clause without "who" in its subject ("Every doctor she saw")', () => {
    expect(sentenceSource('Everyone I knew said the factory would close.')).toBe('Everyone I knew');
    expect(sentenceSource('Every doctor she saw told her the pain was in her head.')).toBe('Every doctor she saw');
  });

  it('reads "went on to claim victory" or "to defend his title" as deeds, and "went on to claim that" as speech', () => {
    expect(sentenceSource('Verstappen went on to claim victory in Monaco.')).toBeNull();
    expect(sentenceSource('Djokovic went on to defend his title at Wimbledon.')).toBeNull();
    expect(sentenceSource('Liverpool went on to deny City a fourth straight title.')).toBeNull();
    expect(sentenceSource('She went on to write three novels about the war.')).toBeNull();
    expect(sentenceSource('The senator went on to claim that the vote was rigged.')).toBe('The senator');
  });
});

describe('the subject of a sentence that goes on "..., saying ..."', () => {
  it('ends before a verb the word lists do not know, where its object opens ("cut its forecast")', () => {
    expect(sentenceSource('The company cut its forecast, saying in a statement that demand had slowed.')).toBe('The company');
    expect(sentenceSource('The ministry set a deadline, saying talks must end by May.')).toBe('The ministry');
    expect(sentenceSource('The club let him go, saying he had broken team rules.')).toBe('The club');
  });

  it('keeps a determiner after a preposition inside the subject ("The head of the agency")', () => {
    expect(sentenceSource('The head of the agency quit his post, saying he had lost the board\'s trust.')).toBe('The head of the agency');
    expect(sentenceSource('The transport ministry issued a notice Monday saying that two ferries would be withdrawn.')).toBe('The transport ministry');
  });

  it('reads past a time phrase with "this" and a verb\'s particle ("this week", "shut down")', () => {
    expect(sentenceSource('The company this week cut its forecast, saying demand had slowed.')).toBe('The company');
    expect(sentenceSource('The director of the FBI shut down the investigation, saying it had found nothing.')).toBe('The director of the FBI');
    expect(sentenceSource('The The cut short their tour of Australia, saying the band was exhausted.') ?? '').not.toMatch(/\bcut\b/);
  });
});


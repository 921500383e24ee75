import { describe, expect, it } from 'vitest';
import { extractFromText } from '../../src/shared/extract/extract.ts';
import { genderOfName } from '../../src/shared/extract/people.ts';
import { articleSources } from './attribution-source.ts';

/** The sources of every unit of a short article (a headline is added), pronouns resolved. */
function sources(body: string): Array<string | null> {
  return extractFromText(`Test headline\n\n${body}`).units.slice(1).map((u) => u.attribution?.source ?? null);
}

describe('who a pronoun stands for', () => {
  it('knows a person by a first name wherever they stand, even without a verb of speech', () => {
    const body = ['Dr. Omar Reyes said the clinic would close.', 'The head of nursing at the hospital, Alice Moreno, agreed with the plan.', '"We have no choice," she said.'];
    expect(sources(body.join('\n\n'))).toEqual(['Dr. Omar Reyes', null, 'Alice Moreno']);
  });

  it('prefers the subject of a sentence to a person named after it as an object', () => {
    const body = ['Grace Lindqvist joined the rescue team in 2004.', 'Lindqvist climbed down the ravine and reached Sara Holm, who was hurt.', '"I did not think twice," she said.'];
    expect(sources(body.join('\n\n'))).toEqual([null, null, 'Grace Lindqvist']);
  });

  it('takes a surname alone as a new mention of the person named in full before', () => {
    const body = ['Paul Okafor leads the opposition.', 'Mayor Ben Kline defended the budget on Monday.', 'It is a plan Okafor finds reckless.', '"It will cost us for years," he said.'];
    expect(sources(body.join('\n\n'))).toEqual([null, null, null, 'Paul Okafor']);
  });

  it('reads no opening word as part of a name, and no place as a person', () => {
    const body = ['Wendy Hale lost her son in 2017.', 'After Tobin died, she asked police to act.', 'The Fraser Highway extension was approved.', '"Nobody listened," she says.'];
    expect(sources(body.join('\n\n')).at(-1)).toBe('Wendy Hale');
  });
});

describe('a pronoun inside the clause that names the speaker', () => {
  it('reads the name right after a quotation as the subject a later "he said" in that clause stands for', () => {
    const body = [
      'A flaw in the game makes it easy to crash a server, according to a computer programmer.',
      '"I thought a lot before writing this post," Pakistan-based developer Ammar Askar wrote in a blog post published Thursday, 21 months, he said, after reporting the bug.',
      '"On the one hand I do not want to expose thousands of servers."',
    ];
    expect(sources(body.join('\n\n'))).toEqual(['a computer programmer', 'Ammar Askar', 'Ammar Askar']);
  });

  it('reads a name after a quoted title and its comma as the subject of its sentence', () => {
    const body = [
      'Singer-guitarists Tom Johnston and Patrick Simmons, singer-keyboardist McDonald, and John McFee will tour together.',
      'McDonald came out during the encore for a surprise version of their single “Streets,” the title track of their 1976 album.',
      'Following a performance of their sing-along jam “Black Water,” Simmons teed up McDonald’s cameo.',
      '“You might remember him from, well, he has his own band these days,” he said.',
    ];
    expect(sources(body.join('\n\n')).at(-1)).toBe('Patrick Simmons');
  });
});

describe('gender from a name', () => {
  it('reads a first name, and nothing from a surname alone', () => {
    expect(genderOfName('Wendy Hale')).toBe('female');
    expect(genderOfName('Kim')).toBeNull();
  });

  it('reads the gender of a first name the tagger knows without one from the name lists ("Mark", "Leif")', () => {
    expect(genderOfName('Mark Dunn')).toBe('male');
    expect(genderOfName('Leif Dahleen')).toBe('male');
    expect(genderOfName('Ingrid Falk')).toBe('female');
    // A name given to both sexes tells nothing; a word the tagger knows as another word is no first name.
    expect(genderOfName('Robin Hale')).toBeNull();
    expect(genderOfName('Will Democrats')).toBeNull();
    // A word the tagger does not know is no first name, though a list has it: surnames and company names.
    expect(genderOfName('Duke Energy')).toBeNull();
    expect(genderOfName('Wells Fargo')).toBeNull();
    const storm = ['Tom Reyes runs the relief office.', 'After the storm, Duke Energy crews worked for days.', '"We were not ready," he said.'];
    expect(sources(storm.join('\n\n')).at(-1)).toBe('Tom Reyes');
  });

  it('finds the man named before an appositive for a later "he", and gives a "she" to no man', () => {
    const body = ['Leif Dahleen, the blogger behind the Physician on FIRE, retired at age 43.', 'He says the first step is to take stock of your finances.'];
    expect(sources(body.join('\n\n'))).toEqual([null, 'Leif Dahleen']);
    const other = ['Mark Dunn met the inspector on Monday.', '"Nothing was wrong," she said.'];
    expect(sources(other.join('\n\n'))).toEqual([null, null]);
  });
});

describe('one-word names after a role', () => {
  it('remembers a one-word name after a role word for a later pronoun', () => {
    const body = ['Sgt. Ola Dahl said the road was closed.', 'But Hereditary Chief Tsemo said the road was open.', '"Nobody asked us," he said.'];
    expect(sources(body.join('\n\n')).at(-1)).toBe('Tsemo');
  });
});

describe('a headline modifier before a name', () => {
  it('reads an adjective or participle opening a sentence as no part of the name', () => {
    const body = ['Embattled Okafor defends the budget.', 'Defiant Lindqvist rejects the audit.', '"It will cost us for years," he said.'];
    const said = sources(body.join('\n\n')).at(-1);
    expect(['Okafor', 'Lindqvist']).toContain(said);
  });

  it('keeps first names that are also common words ("Frank", "Irving")', () => {
    expect(sources(['Frank Delaney ran the mill for years.', '"We never closed," he said.'].join('\n\n')).at(-1)).toBe('Frank Delaney');
    expect(sources(['Irving Stone ran the mill for years.', '"We never closed," he said.'].join('\n\n')).at(-1)).toBe('Irving Stone');
  });
});

describe('a trailing "he said" after what was said', () => {
  it('never means a person named in what was said', () => {
    const body = ['Security guard Ken Otieno saw the attack from the lobby.', 'Pavel Marsh and two colleagues hid under a desk, he said, but one man ran to the roof.'];
    expect(sources(body.join('\n\n')).at(-1)).toBe('Ken Otieno');
  });

  it('may mean the person who frames a quotation before a colon', () => {
    const body = ['Defence lawyer Tom Reyes spoke first.', 'Judge Omar Sadik saw it differently: "When a man says that, I take it seriously," he said.'];
    expect(sources(body.join('\n\n')).at(-1)).toBe('Omar Sadik');
  });
});

describe('pronouns inside longer source phrases', () => {
  it('takes the pronoun that closes a phrase as the source, not the phrase', () => {
    const body = ['Trustee Nora Blake chairs the board.', "It's something she said the board will raise in its letter."];
    expect(sources(body.join('\n\n')).at(-1)).toMatch(/Nora Blake$/);
  });

  it('reads no name through a possessive ("the Herald\'s Richard Cole" is Richard Cole)', () => {
    const body = ['Wendy Hale lost her son in 2017.', "The Herald's Richard Cole reported on the case.", '"Nobody listened," she says.'];
    expect(sources(body.join('\n\n')).at(-1)).toBe('Wendy Hale');
  });
});

describe('"they" after names joined by "and", or a word for people together', () => {
  it('means "Greenpeace and the Sierra Club", not a group named paragraphs before', () => {
    const body = ['The Smiths moved to the area in 2010.', 'Greenpeace and the Sierra Club oppose the pipeline. They argue it threatens the river.'];
    expect(articleSources(body).at(-1)).toBe('Greenpeace and the Sierra Club');
  });

  it('means the couple, by their names when the text gives them', () => {
    const named = ['The Smiths moved to the area in 2010.', 'The couple, Ana and Tomas Ruiz, lost their home in the fire.', '"We have nothing left," they said.'];
    expect(articleSources(named).at(-1)).toBe('Ana and Tomas Ruiz');
    const unnamed = ['The Smiths moved to the area in 2010.', 'The couple lost their home in the fire.', '"We have nothing left," they said.'];
    expect(articleSources(unnamed).at(-1)).toBe('The couple');
  });
});

describe('"they" after a group that names no one by name', () => {
  it('means "The company and its investors", and "Police", not a group named before them', () => {
    const body = ['Ottawa and Alberta signed the deal in May.', 'Greenpeace and the Sierra Club oppose the pipeline.', 'The company and its investors disagree. They say the project will create 2,000 jobs.', 'Police arrested Jonas Weber and his brother on Friday. They said the pair had stolen $2 million.'];
    const got = articleSources(body);
    expect(got.at(-3)).toBe('The company and its investors');
    expect(got.at(-1)).toBe('Police');
  });
});

describe('a pronoun with an auxiliary contracted onto it', () => {
  it('reads "He’d", "She’ll" and "They’ve" as the pronoun, resolved, never as a name', () => {
    const body = ['Mayor Ruth Adler opened the new bridge on Friday.', '“It took nine years,” she’ll tell anyone who asks.', 'Tom Ellis ran the works for the city.', 'He’d said in 2019 that “the bridge would never open.”', 'Residents of both banks waited for years.', 'They’ve said that “the ferry was never enough.”'];
    expect(sources(body.join('\n\n'))).toEqual([null, 'Mayor Ruth Adler', null, 'Tom Ellis', null, 'Residents']);
  });
});

describe('"they" and "it" after a group or a body named in full', () => {
  it('means "The two unions" and "The Department of Health", not a cut-off "The two" or "The Department"', () => {
    expect(sources(['The two unions met on Friday.', 'They said the strike would go ahead.'].join('\n\n')).at(-1)).toBe('The two unions');
    expect(sources(['The Department of Health published the data on Monday.', 'It said cases had fallen by half.'].join('\n\n')).at(-1)).toBe('The Department of Health');
  });

  it('keeps "The pair" and "The two" whole when a verb follows them', () => {
    expect(sources(['The pair was arrested in May.', 'They said they were innocent.'].join('\n\n')).at(-1)).toBe('The pair');
    expect(sources(['The two were arrested in May.', 'They said they were innocent.'].join('\n\n')).at(-1)).toBe('The two');
  });
});

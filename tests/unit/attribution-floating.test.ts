import { describe, expect, it } from 'vitest';
import { articleSources as sources } from './attribution-source.ts';
import { extractFromArticle } from '../../src/shared/extract/extract.ts';
import { htmlToArticle } from '../../src/main/import/html-article.ts';

describe('a quotation standing alone after a sentence about "he" or "she"', () => {
  it('is the words of the person the pronoun stands for', () => {
    const body = ['"The mine will close in March," said Raj Patel.', 'Samuel Okafor says the program saved his life.', 'He now volunteers twice a week.', '"It is my way of giving back."'];
    expect(sources(body).at(-1)).toBe('Samuel Okafor');
  });

  it('is nobody\'s when the pronoun can stand for no one', () => {
    const body = ['The mine will close in March.', 'He now volunteers twice a week.', '"It is my way of giving back."'];
    expect(sources(body).at(-1)).toBeNull();
  });
});

describe('a quotation standing alone after a person named in an opening clause', () => {
  it('"Asked whether she would run again, Grace Kim smiled."', () => {
    const body = ['"The mine will close in March," said Raj Patel.', 'Asked whether she would run again, Grace Kim smiled.', '"Ask me next year."'];
    expect(sources(body).at(-1)).toBe('Grace Kim');
  });
});

describe('a quotation standing alone after an unnamed speaker or a body', () => {
  it('is the spokesperson\'s after "A spokesperson ... said"', () => {
    const body = ['A spokesperson for the ministry said the file was under review.', '"We expect a decision by spring."'];
    expect(sources(body).at(-1)).toBe('A spokesperson for the ministry');
  });

  it('is the company\'s after "The company said in a statement"', () => {
    const body = ['The company said in a statement that it would appeal.', '"We believe the ruling is wrong and we will fight it."'];
    expect(sources(body).at(-1)).toBe('The company');
  });
});

describe('a quotation standing alone after one paragraph that only goes on with the scene', () => {
  it('is still the words of the person quoted last', () => {
    const body = ['Ellen Brandt has farmed in Kansas for 35 years. This summer, she says, is the worst she has seen.', 'The wheat came up thin in May, and by July the creek that feeds her pond had dried to a trickle.', '"I\'ve never had to haul water for the cattle before. Never."'];
    expect(sources(body).at(-1)).toBe('Ellen Brandt');
  });

  it('is nobody\'s after two such paragraphs, or after one that names someone else', () => {
    const two = ['"This summer is the worst," said Ellen Brandt.', 'The wheat came up thin in May.', 'By July the creek had dried to a trickle.', '"I\'ve never had to haul water before."'];
    expect(sources(two).at(-1)).toBeNull();
    const other = ['"This summer is the worst," said Ellen Brandt.', 'Her neighbour Tom Hale sold his herd in June.', '"I\'ve never had to haul water before."'];
    expect(sources(other).at(-1)).not.toBe('Ellen Brandt');
  });
});

describe('a quotation standing alone after one paragraph that names the person quoted last again', () => {
  it('is still theirs', () => {
    const body = ['For shop owner Dev Patel, the question is insurance.', '"My policy excludes flood. I did not know that until Thursday."', 'Patel has started a fundraiser for his neighbours. So far it has raised £12,000.', '"People have been incredible. Strangers send money with notes."'];
    expect(sources(body).at(-1)).toBe('Dev Patel');
    const said = ['"The mine will close in March," said Ana Ruiz, who runs the union local.', 'Ruiz has worked underground since 1998. The pit employs 400 people.', '"I never thought I would see the day."'];
    expect(sources(said).at(-1)).toBe('Ana Ruiz');
  });

  it('is not when the paragraph names someone else, or speaks of a woman after a man was quoted', () => {
    const other = ['"The mine will close in March," said Ana Ruiz.', 'Ruiz met Governor Tom Hale on Monday.', '"I never thought I would see the day."'];
    expect(sources(other).at(-1)).not.toBe('Ana Ruiz');
    const her = ['"The mine will close in March," said Paul Dwyer.', 'Dwyer met the owner on Monday. She refused to talk.', '"I never thought I would see the day."'];
    expect(sources(her).at(-1)).toBeNull();
  });
});

describe('a first name alone opening a sentence names a person', () => {
  it('"Marcus is less certain." makes Marcus the one a later "he" and quotation mean', () => {
    const body = ['"You plant, you pray, and you hope," said Ellen Brandt, whose son Marcus works the farm with her.', '"That was the assessment of the secretary," said Mike Beam, the agriculture secretary.', 'Marcus is less certain. He has applied for a job at a feedlot.', '"I love this place. But love doesn\'t pay the bills."'];
    expect(sources(body).at(-1)).toBe('Marcus');
  });
});

describe('a paragraph after a lead-in that ends on a colon', () => {
  it('is the words of the lead-in\'s speaker, quoted or not', () => {
    const body = ['In a post on X, Councillor Maria Santos added:', 'Parking fees are the wrong answer. We should be cutting waste first.', 'The council meets again in May.'];
    expect(sources(body)).toEqual(['Councillor Maria Santos', 'Councillor Maria Santos', 'Councillor Maria Santos', null]);
  });

  it('is the words of a person the lead-in introduces ("Shop owner Ken Adams was blunt:")', () => {
    const body = ['Shop owner Ken Adams was blunt:', 'I will lose half my customers.'];
    expect(sources(body).at(-1)).toBe('Ken Adams');
  });

  it('is nobody\'s after a colon that introduces no one', () => {
    const body = ['The plan has three parts:', 'Fees double downtown. Meters take cards.'];
    expect(sources(body)).toEqual([null, null, null]);
  });
});

describe('a quotation standing alone after a sentence that gives one person the floor', () => {
  it.each([
    ['The decision was welcomed by union leader Sam Cole.', 'Sam Cole'],
    ['Reporters asked Governor Ellen Ross about the plan on Tuesday.', 'Ellen Ross'],
    ['It was a view shared by Dr. Lisa Grant, an epidemiologist at McGill University.', 'Lisa Grant'],
    ['The Globe spoke with Mike Tan, a nurse in Toronto.', 'Mike Tan'],
  ])('%s', (intro, name) => {
    const body = ['"We are thrilled," said Jo Park, the team\'s owner.', intro, '"It is a great day."'];
    expect(sources(body).at(-1)).toBe(name);
  });

  it('is nobody\'s when the sentence names two people, or names one in passing', () => {
    const two = ['"We are thrilled," said Jo Park, the team\'s owner.', 'Reporters asked Governor Ellen Ross and Mayor Tom Wells about the plan.', '"It is a great day."'];
    expect(sources(two).at(-1)).toBeNull();
    const passing = ['"We are thrilled," said Jo Park, the team\'s owner.', 'The plan was drafted under former mayor John Smith.', '"It is a great day."'];
    expect(sources(passing).at(-1)).toBeNull();
  });
});

describe('an article set out as questions and answers', () => {
  const intro = ['Chief Dana Brooks took over the force in March. She spoke to the Herald about crime and trust.'];

  it('gives each answer turn, and a turn opened by their name, to the person interviewed', () => {
    const body = [...intro, 'Q: What is your first priority?', 'A: Rebuilding trust. Without it, nothing works.', 'Herald: Crime is down. Why do people feel less safe?', 'Brooks: Perception lags reality.'];
    expect(sources(body).slice(2)).toEqual([null, 'Dana Brooks', 'Dana Brooks', null, null, 'Dana Brooks']);
  });

  it('reads "A:" as no answer where no question was put', () => {
    expect(sources([...intro, 'A: The budget rises by 4 per cent.']).at(-1)).toBeNull();
  });
});

describe('a quotation whose speaker the next sentence names', () => {
  it.each([
    ['So says Mayor Ana Torres, who unveiled the plan on Tuesday.', 'Mayor Ana Torres'],
    ["That's the view of Tony Russo, who has run a deli since 1998.", 'Tony Russo'],
    ['Those were the words of Ellen Park, the union’s president.', 'Ellen Park'],
  ])('"..." %s', (after, name) => {
    expect(sources([`"Parking is our lifeline." ${after}`])).toEqual([name, name]);
  });

  it('gives nothing back past a sentence that names a speaker in the ordinary way', () => {
    expect(sources(['"Parking is our lifeline." Tony Russo said the fees were too high.'])[0]).toBeNull();
  });
});

describe('what an adversary found the new rules giving wrongly', () => {
  it('gives no quotation to the agent of a passive that is talked about ("overturned by", "written by", "ordered by")', () => {
    for (const intro of ['The decision was overturned by Judge Aileen Cannon in July.', 'The article was written by columnist Priya Shah.', 'Residents were ordered to leave by Mayor John Cole on Sunday night.']) {
      expect(sources(['"We are thrilled," said Jo Park, the team\'s owner.', intro, '"The ruling is an outrage and we will appeal."']).at(-1)).toBeNull();
    }
  });

  it('gives no quotation to a person asked who declined to comment', () => {
    const body = ['Reporters asked Governor Ellen Ross about the budget, but she declined to comment.', '"The governor has no plans to raise taxes."'];
    expect(sources(body).at(-1)).toBeNull();
  });

  it('keeps the run from a paragraph about someone else as "he" and "she"', () => {
    const body = ['"The company will survive," chief executive Mark Dunn told staff in an email.', 'His predecessor was ousted in 2021 after she clashed with the board over layoffs.', '"I warned them this would happen. Nobody listened."'];
    expect(sources(body).at(-1)).toBeNull();
  });

  it('reads a newsroom\'s own questions and answers as nobody\'s', () => {
    const body = ['Transportation Secretary Pete Buttigieg announced the closure of the Key Bridge on Monday. Here is what commuters need to know.', 'Q: When will the bridge reopen?', 'A: No date has been set, but engineers expect repairs to take two years.'];
    expect(sources(body).at(-1)).toBeNull();
  });

  it('takes "So says nobody ..." for no source, and "the message from" for one', () => {
    expect(sources(['"We are in a recession." So says nobody at the White House.'])).toEqual([null, null]);
    const body = ['Police said 12 people were arrested.', '‘Enough is enough’. That was the message from Sharon Graham, Unite’s general secretary.'];
    expect(sources(body).slice(1)).toEqual(['Sharon Graham', 'Sharon Graham']);
  });

  it('reads "That\'s the view of ..., according to a survey" as the view\'s holders, not the person introduced before', () => {
    const body = ['Federal Reserve Chair Jerome Powell is not so sure.', '"The housing market will crash within a year." That\'s the view of many first-time buyers, according to a survey by Zillow.'];
    expect(sources(body).slice(1)).toEqual(['many first-time buyers', 'many first-time buyers']);
  });
});

describe('a quotation repeated as a heading or pull quote', () => {
  const body = ['Logan Couture scored twice as the Sharks beat the Oilers 7-4 on Tuesday.', "'They owned us'", 'Connor McDavid had a pair of goals for the Oilers, who have lost five straight.', '"They won the one-on-ones, they won the net front. They owned us," said Oilers head coach Ken Hitchcock.'];

  it('is the words of the speaker of the quotation it repeats, later or earlier in the article', () => {
    expect(sources(body)[1]).toBe('Oilers head coach Ken Hitchcock');
    const before = ['"Not a single school will close this year," Mayor Ana Torres told reporters on Monday.', 'The budget goes to a vote next week.', '"Not a single school will close this year"'];
    expect(sources(before).at(-1)).toBe('Mayor Ana Torres');
  });

  it('is nobody\'s when its words are no one\'s quotation, or only a word or two of it', () => {
    const unquoted = ['Logan Couture scored twice as the Sharks beat the Oilers 7-4 on Tuesday.', "'They owned us'", 'The Oilers won the one-on-ones and they owned us, the reporter wrote in his notes.'];
    expect(sources(unquoted)[1]).toBeNull();
    const short = ['"Hope"', '"There is always hope," said Ana Torres.'];
    expect(sources(short)[0]).toBeNull();
  });

  it('is nobody\'s when it repeats words inside a longer clause, which may say the opposite', () => {
    const page = (heading: string, quote: string): Array<string | null> =>
      extractFromArticle(htmlToArticle(`<h1>Council votes</h1><p>The council met on Monday to discuss the programme for the region.</p><h2>${heading}</h2><p>${quote}</p>`)).units.map((u) => u.attribution?.source ?? null);
    expect(page('The vaccine is not safe', '"Anyone who tells you the vaccine is not safe is lying," said Dr Anna Berg.')[2]).toBeNull();
    expect(page('How we got here', '"How we got here is a long story," said critic Dana Reyes.')[2]).toBeNull();
    expect(page('We will not back down now', '"We will not back down now. Not ever," said Dr Anna Berg.')[2]).toBe('Dr Anna Berg');
  });

  it('is the speaker\'s when two quotations of theirs, under their full name and their surname, hold it', () => {
    const twice = ["'They owned us'", '"They owned us," said Oilers head coach Ken Hitchcock.', '"They owned us, plain and simple," Hitchcock added.'];
    expect(sources(twice)[0]).toBe('Oilers head coach Ken Hitchcock');
  });
});

import { describe, expect, it } from 'vitest';
import { findAttribution } from '../../src/shared/extract/attribution.ts';
import { articleSources, sentenceSource as source } from './attribution-source.ts';
import { extractFromText } from '../../src/shared/extract/extract.ts';
import { ATTRIBUTION_RULES } from '../../src/shared/extract/rules/index.ts';


/** The sources of every unit of a short article (a headline is added), pronouns resolved. */
function sources(body: string): Array<string | null> {
  return extractFromText(`Test headline\n\n${body}`).units.slice(1).map((u) => u.attribution?.source ?? null);
}

describe('rule order', () => {
  it('names every rule once', () => {
    const names = ATTRIBUTION_RULES.map((r) => r.name);
    expect(new Set(names).size).toBe(names.length);
  });
});

describe('"X says" before a capitalised word or a lower-case one that opens no clause', () => {
  it.each([
    ['Opposition Leader Maria Ortiz says Prime Minister Jon Bell is hiding the figures.', 'Opposition Leader Maria Ortiz'],
    ['A person familiar with the negotiations says Ottawa will sign this week.', 'A person familiar with the negotiations'],
    ['Greene says Hartley was never told.', 'Greene'],
    ['Navarro says too many tenants cannot pay.', 'Navarro'],
    ['Union officials told reporters that the strike would go on.', 'Union officials'],
  ])('%s', (sentence, expected) => {
    expect(source(sentence)).toBe(expected);
  });

  it('still reads "says" after a determiner as a noun', () => {
    expect(source('Residents want a say in the plan.')).toBeNull();
  });
});

describe('names that are common words or months', () => {
  it.each([
    ['Theresa May said the deal was dead.', 'Theresa May'],
    ['"It is over," said Will Young.', 'Will Young'],
    ['April Rose said the shelter was full.', 'April Rose'],
  ])('%s', (sentence, expected) => {
    expect(source(sentence)).toBe(expected);
  });
});

describe('appositives between the speaker and the verb', () => {
  it.each([
    ['Will Young, a locomotive mechanic based in Kansas City, Mo., and an organizer at Railroad Workers United, said the contract was weak.', 'Will Young'],
    ['Ana Pires, who runs a bakery in Leeds, Ala., and sits on the chamber board, said sales fell 20 percent.', 'Ana Pires'],
    ['Tom Okafor, 54, a welder from Dayton, Ohio, told the hearing he lost his job.', 'Tom Okafor'],
  ])('%s', (sentence, expected) => {
    expect(source(sentence)).toBe(expected);
  });
});

describe('a speech verb coordinated after another verb, or as a participle', () => {
  it.each([
    ['In a brief interview, Ms. Lund rejected the idea and said that the plan was sound.', 'Ms. Lund'],
    ['Mayor Ellis toured the site on Monday and told reporters the repairs would take a year.', 'Mayor Ellis'],
    ['In a statement, Rep. Ann Cole reacted to the verdict, saying: “The killer should be in prison.”', 'Rep. Ann Cole'],
    ['Senator Ruiz voted against the bill, arguing it would cost too much.', 'Senator Ruiz'],
    ['Cycling advocate Priya Nair welcomed the plan but said it should go further.', 'Cycling advocate Priya Nair'],
    ['Exchange student Lena Park missed the vote and said she was sorry.', 'Exchange student Lena Park'],
    ['Health officials are urging people to get vaccinated, saying cases are rising.', 'Health officials'],
    ['Former president Barack Obama weighed in on Twitter, calling the ruling “a blow.”', 'Former president Barack Obama'],
    ['Reuters broke the story on Monday, saying talks had collapsed.', 'Reuters'],
  ])('%s', (sentence, expected) => {
    expect(source(sentence)).toBe(expected);
  });
});

describe('a pronoun whose speech verb comes second in a coordination stands for who it means', () => {
  it('gives "It ... and said" to the body named before, and "She ... and told" to the woman', () => {
    const body = ['The carrier cancelled 300 flights on Sunday.', 'It apologized to passengers and said refunds would be issued within a week.'];
    expect(articleSources(body).at(-1)).toBe('The carrier');
    const she = ['"We are sorry," said Mayor Lena Park.', 'She toured the site on Monday and told reporters the repairs would take a year.'];
    expect(articleSources(she).at(-1)).toMatch(/Lena Park$/);
  });

  it('gives nothing to an "it" that stands for no one', () => {
    expect(articleSources(['The carrier cancelled 300 flights.', 'It was unclear when service would resume and said nothing.']).at(-1)).toBeNull();
  });
});

describe('"said" followed by what was said, not by a speaker', () => {
  it.each([
    ['Mr. Dorsey, who represents a rural district, said Mr. Vance had misled the committee.', 'Mr. Dorsey'],
    ['The senator said Ms. Park had never asked for the money.', 'The senator'],
  ])('%s', (sentence, expected) => {
    expect(source(sentence)).toBe(expected);
  });
});

describe('unnamed groups stay anonymous even when a named body follows', () => {
  it.each([
    ['Critics of the Harbour Authority say the fees are too high.', 'Critics of the Harbour Authority'],
    ['Experts at Westfield University warn the dam could fail.', 'Experts at Westfield University'],
    ['Critics say Ottawa moved too slowly.', 'Critics'],
  ])('%s', (sentence, expected) => {
    const a = findAttribution(sentence, 'sentence');
    expect(a?.source).toBe(expected);
    expect(a?.anonymous).toBe(true);
  });
});

describe('pronouns resolved to the right person', () => {
  it('follows gender across sentences and paragraphs', () => {
    const body = [
      'Wendy Golden has lived in Amherst for 30 years.',
      'Dr. Robert Strang, the province\'s medical officer, said the drugs were over-prescribed.',
      '"That is why I chose to fight," she says.',
      '"We have known this for a long time," he said.',
    ].join('\n\n');
    expect(sources(body)).toEqual([null, 'Dr. Robert Strang', 'Wendy Golden', 'Robert Strang']);
  });

  it('takes a surname alone as the person named in full before', () => {
    const body = ['"It was bad," says Dave Martell, a doctor in Lunenburg.', 'Dr. Robert Strang said the numbers were rising.', 'Originally from Arichat, Martell says he fumbled into the job.', 'He says the work is hard.'].join('\n\n');
    expect(sources(body)).toEqual(['Dave Martell', 'Dr. Robert Strang', 'Martell', 'Dave Martell']);
  });

  it('does not take a person named as an object in the same sentence', () => {
    const body = ['Kai Brooks has slept outside for two years.', 'Asked what he would tell Mayor John Tory, he said: "Just listen."'].join('\n\n');
    expect(sources(body)).toEqual([null, 'Kai Brooks']);
  });
});

describe('quotations that run over sentences keep their speaker', () => {
  it.each([
    ['She said: "Just listen. Just listen to us. We are people."', 1],
    ['"We will fight. We will win," she said.', 1],
    ['"We will fight ... and we will win," she said.', 1],
    ['"We will fight... We will win," she said.', 1],
  ])('%s', (sentence, count) => {
    const { units } = extractFromText(`Headline\n\nLena Ortiz spoke first.\n\n${sentence}`);
    expect(units.slice(2)).toHaveLength(count);
    expect(units[2]!.attribution?.source).toBe('Lena Ortiz');
  });

  it('gives the next quotation and a quotation standing alone soon after the same speaker', () => {
    const body = ['"I have to be careful," Mickelson said. "I do have a buffer. So I check everything."', '"When somebody dies, you remember that."'].join('\n\n');
    expect(sources(body)).toEqual(['Mickelson', 'Mickelson', 'Mickelson']);
  });

  it("reads two apostrophes as a quotation mark (''Like this,'' some archives write)", () => {
    expect(sources("''These words matter,'' Mr. Allen said.")).toEqual(['Mr. Allen']);
    expect(sources("''The fund-raisers were mostly men,'' said Amy Rao, a prominent donor.")).toEqual(['Amy Rao']);
  });

  it('reads two typographic single marks as a quotation mark (“Like this,’’ or ‘‘like this’’)', () => {
    expect(sources('“We publish local creators,’’ says Ana Diaz, who founded the press. “If you want Marvel, go elsewhere.”')).toEqual(['Ana Diaz', 'Ana Diaz']);
    expect(sources('‘‘It is not a question of who wins,’’ Senator Ray Kent said.')).toEqual(['Senator Ray Kent']);
    expect(sources('‘’It is not a question of who wins,” Senator Ray Kent said.')).toEqual(['Senator Ray Kent']);
    const units = extractFromText('Test headline\n\nIt said it has no “role in regulating campaigns.’’ The party disagreed.').units.map((u) => u.text);
    expect(units).toContain('It said it has no “role in regulating campaigns.’’');
  });
});

describe('an acronym in capitals is a name, not a clause word', () => {
  it('keeps "the WHO" whole and named', () => {
    const unit = extractFromText('Test headline\n\nCases are rising in 40 countries, the WHO said.').units[1]!;
    expect(unit.attribution).toMatchObject({ source: 'the WHO', anonymous: false });
    expect(sources('The plan failed, the analyst who wrote it said.')).toEqual(['the analyst']);
  });
});

describe('a surname that is also a common word opening a sentence', () => {
  it.each([
    ['Pence toured the plant on Monday, saying the jobs would stay.', 'Pence'],
    ['Green rejected the plan and said it would cost too much.', 'Green'],
  ])('%s', (sentence, expected) => {
    expect(source(sentence)).toBe(expected);
  });
});

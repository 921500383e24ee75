import { describe, expect, it } from 'vitest';
import { extractFromText } from '../../src/shared/extract/extract.ts';

/** The sources of every unit of a short article (a headline is added), pronouns resolved. */
function sources(body: string): Array<string | null> {
  return extractFromText(`Test headline\n\n${body}`).units.slice(1).map((u) => u.attribution?.source ?? null);
}

describe('the current speaker outranks a name merely mentioned', () => {
  it('keeps the speaker when another woman is named inside her quotation', () => {
    const body = ['"We cannot wait any longer," said Clara Nunes, who runs the shelter.', '"Last winter Maria Lopez slept in her car for a week," she said.', '"Nobody should live like that," she said.'];
    expect(sources(body.join('\n\n'))).toEqual(['Clara Nunes', 'Clara Nunes', 'Clara Nunes']);
  });

  it('keeps the speaker when another woman is named only as an object', () => {
    const body = ['"We cannot wait any longer," said Clara Nunes, who runs the shelter.', 'The shelter opened in 2009 with a grant from Helen Barros, then the housing chief.', '"The money was promised and never came," she said.'];
    expect(sources(body.join('\n\n')).at(-1)).toBe('Clara Nunes');
  });

  it('gives the pronoun to a new subject who takes the floor', () => {
    const body = ['"We cannot wait any longer," said Clara Nunes.', 'Helen Barros, the housing chief, disputed the figures.', '"The shelter has room," she said.'];
    expect(sources(body.join('\n\n')).at(-1)).toBe('Helen Barros');
  });
});

describe('a quotation without a speaker in its sentence', () => {
  it('inherits a speaker only across an unbroken run of their quotations', () => {
    const body = ['"We will rebuild the mill," said Clara Nunes.', 'Officials said the bridge would reopen in May.', '"Nobody believes that."'];
    expect(sources(body.join('\n\n')).at(-1)).not.toBe('Clara Nunes');
  });

  it('still continues the speaker of the quotation just before it', () => {
    const body = ['"We will rebuild the mill," said Clara Nunes.', '"It will take ten years."'];
    expect(sources(body.join('\n\n'))).toEqual(['Clara Nunes', 'Clara Nunes']);
  });
});

describe('"it" and "they" for organisations and groups', () => {
  it('gives "they" the group that is the subject before it', () => {
    expect(sources('The Greens believe the levy will fail; they say voters want lower bills.')).toEqual(['The Greens']);
    expect(sources(['Dock workers walked out on Friday.', '"We will not come back for less," they said.'].join('\n\n')).at(-1)).toBe('Dock workers');
  });

  it('gives "it" the organisation that leads the story', () => {
    expect(sources(['The Harbour Workers Union rejected the offer on Friday.', '"We will strike on Monday," it said.'].join('\n\n')).at(-1)).toBe('The Harbour Workers Union');
  });

  it('leaves a "they" with no group before it unattributed', () => {
    expect(sources('"We will not come back for less," they said.')).toEqual([null]);
  });
});

describe('a surname named again in a relative clause', () => {
  it('reads "a remark that Okafor found odd" as Okafor taking the floor again', () => {
    const body = ['Paul Okafor leads the opposition.', 'Mayor Ben Kline defended the budget on Monday.', 'It is a plan that Okafor finds reckless.', '"It will cost us for years," he said.'];
    expect(sources(body.join('\n\n')).at(-1)).toBe('Paul Okafor');
  });
});

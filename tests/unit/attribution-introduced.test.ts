import { describe, expect, it } from 'vitest';
import { articleSources as sources } from './attribution-source.ts';

describe('a surname with a capital inside it is a name like any other', () => {
  it.each([["Kevin O'Brien"], ['Kevin O’Brien'], ["Mary D'Souza"], ['Sean McCarthy'], ['Ellen MacKenzie'], ['Paul LeBlanc'], ['Ron DeSantis']])('%s introduces the quotation after them', (name) => {
    const body = ['"We played a full game," said Connor Sims, the captain.', `${name} was blunt.`, '"We lost, and we deserved to lose."'];
    expect(sources(body).at(-1)).toBe(name);
  });

  it('and a later "he" means them, not the speaker before', () => {
    const body = ['"Roads were bad," said Sgt. Kerry Schmidt.', 'Kevin McCarthy was out on the ice at dawn.', '"It was thinner than I have ever seen it," he said.'];
    expect(sources(body).at(-1)).toBe('Kevin McCarthy');
  });

  it('still reads a company with a capital inside as no person', () => {
    const body = ['"Roads were bad," said Sgt. Kerry Schmidt.', 'YouTube removed the video on Monday.', '"Slow down in winter," he said.'];
    expect(sources(body).at(-1)).toMatch(/Kerry Schmidt$/);
  });
});

describe('"head" before a name is a role like "leader"', () => {
  it.each([["Pilots' union head Greg Moss blamed years of underinvestment.", 'Greg Moss'], ['Department head Lara Voss blamed the suppliers.', 'Lara Voss']])('%s introduces the quotation after them', (intro, name) => {
    const body = ['"We are deeply sorry," the airline said.', intro, '"This was a disaster waiting to happen."'];
    expect(sources(body).at(-1)).toBe(name);
  });
});

describe('a person named again by their role takes the floor', () => {
  it.each([['The minister, however, stood firm.'], ['The minister was unmoved.'], ['The minister had a different view.']])('%s', (intro) => {
    const body = ['"We will balance the books," said Finance Minister Carla Diaz.', 'Opposition critic Tom Reyes said the numbers did not add up.', intro, '"This is the best budget in a decade."'];
    expect(sources(body).at(-1)).toBe('Carla Diaz');
  });

  it('but a role nobody was given takes no quotation', () => {
    const body = ['"We will balance the books," said Carla Diaz.', 'Tom Reyes said the numbers did not add up.', 'The coach was unmoved.', '"This is the best budget in a decade."'];
    expect(sources(body).at(-1)).toBeNull();
  });
});

describe('a surname opening a sentence with a verb the lexicon calls an adjective', () => {
  it('"Simmons teased the tour" makes Simmons the one a later "he" means', () => {
    const body = ['"We sold out," said Tom Johnston.', 'Simmons teased the tour during the set on Monday.', '"Maybe we should go on the road," he said.'];
    expect(sources(body).at(-1)).toBe('Simmons');
  });
});

import { describe, expect, it } from 'vitest';
import { extractFromText } from '../../src/shared/extract/extract.ts';

/** The sources of every unit of a short article (a headline is added), pronouns resolved. */
function sources(body: string): Array<string | null> {
  return extractFromText(`Test headline\n\n${body}`).units.slice(1).map((u) => u.attribution?.source ?? null);
}

describe('a person the text calls by their role alone ("the mayor" after "Mayor Jane Cole")', () => {
  it('leaves a role no one was given to the person named before, as news mostly means', () => {
    // "the mayor" after "then-Surrey mayoral candidate Doug McCallum" is him.
    const body = ['“I was clear when I was mayor,” then-Surrey mayoral candidate Doug McCallum said.', 'On Dec. 13, the mayor brought up the plan again.', '"We can reduce costs considerably," he said.'];
    expect(sources(body.join('\n\n')).at(-1)).toBe('Doug McCallum');
  });

  it('gives it to the person named before with that role ("Mayor Jane Cole" ... "the mayor")', () => {
    const titled = ['Mayor Jane Cole opened the meeting on Monday.', 'Maria Lopez, a shop owner, asked about the tax.', 'The mayor said roads will cost $3 million. She said the tax raises $5 million a year.'];
    expect(sources(titled.join('\n\n')).at(-1)).toMatch(/Jane Cole$/);
    const apposed = ['Jane Cole, the city’s mayor, opened the meeting on Monday.', 'Maria Lopez, a shop owner, asked about the tax.', 'The mayor spoke next. She said the tax raises $5 million a year.'];
    expect(sources(apposed.join('\n\n')).at(-1)).toBe('Jane Cole');
  });

  it('leaves a role that only leads into a name, or that someone else is, alone', () => {
    // "The president of the union, Tom Berg, ..." names Tom Berg: the role is his, not someone new.
    const named = ['Maria Lopez has run the bakery for 20 years.', 'The president of the union, Tom Berg, spoke on Monday.', '"We will strike," he said.'];
    expect(sources(named.join('\n\n')).at(-1)).toBe('Tom Berg');
    // A role that is no person's title ("the bakery") changes nothing.
    const thing = ['"We are losing money," said Maria Lopez.', 'The bakery opened in 2004.', '"Rent has doubled," she said.'];
    expect(sources(thing.join('\n\n')).at(-1)).toBe('Maria Lopez');
  });
});

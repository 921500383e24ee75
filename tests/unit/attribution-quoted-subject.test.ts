import { describe, expect, it } from 'vitest';
import { extractFromText } from '../../src/shared/extract/extract.ts';
import { explainSource } from '../../src/shared/extract/trace-text.ts';

/** The sources of every unit of a short article (a headline is added), pronouns resolved. */
function sources(body: string): Array<string | null> {
  return extractFromText(`Test headline\n\n${body}`).units.slice(1).map((u) => u.attribution?.source ?? null);
}

describe('words quoted in a sentence about a person, with no speech verb, are theirs', () => {
  it('gives the quoted words to the person the sentence opens on', () => {
    expect(sources('Dr. Ellen Park became “acutely aware” of the risks after two patients died.')).toEqual(['Ellen Park']);
    expect(sources('Mary Jones did not want her son to be looked on as “another druggie.”')).toEqual(['Mary Jones']);
    expect(sources('On Monday, Paul Dwyer brushed the plan aside as “a fantasy on stilts.”')).toEqual(['Paul Dwyer']);
  });

  it('carries the speaker into a quotation standing alone next', () => {
    expect(sources('Ana Ruiz became “deeply worried” after the vote.\n\n“Nobody listened to us.”')).toEqual(['Ana Ruiz', 'Ana Ruiz']);
  });

  it('leaves the reporter’s own words, titles and other people’s clauses alone', () => {
    // One word in marks is most often the reporter's scare quote.
    expect(sources('Adam Schiff has already lied about his contacts with the “whistleblower,” the column said of him.')[0]).not.toBe('Adam Schiff');
    expect(sources('Michael Evans joined the band in 1975 and sang on “What a Fool Believes.”')).toEqual([null]);
    expect(sources('Michael Evans came out for a surprise version of “Takin’ It to the Streets” at the end.')).toEqual([null]);
    // The quotation is in the "who" clause of someone else the sentence names: theirs, not the first name's.
    expect(sources('By then, Sam McDougal and Dana Rigney, who would call him his “blood brother,” had adopted him.')).toEqual(['Dana Rigney']);
    // A company or a product is no speaker: it has said nothing, its name is quoted.
    expect(sources('Audi will start with the e-tron “edition one” in November.')).toEqual([null]);
    // A question puts words to someone; it does not report them.
    expect(sources('Would Adam Schiff have pleaded to keep the “secret witness” hidden?')).toEqual([null]);
  });
});

describe('a verb that reports speech with its quotation, after "what" and a pronoun', () => {
  it('gives the words to the person, never to the words before the pronoun', () => {
    expect(sources('Kate Warren took aim at what she called the “rigged system” of lobbying.')).toEqual(['Kate Warren']);
  });
});

describe('words quoted in a "who" clause about a named person', () => {
  it('gives them to the person the clause is about, whatever its verb', () => {
    expect(sources('Han’s plan has support from the mayor, Bev Collins, who called it “the only sensible option.”')).toEqual(['Bev Collins']);
    expect(sources('The bill was written by Senator Ann Lee, who has called the current law “a national disgrace.”')).toEqual(['Ann Lee']);
  });

  it('leaves a body, a scare quote and a second person’s words alone', () => {
    expect(sources('The story ran in the Huffington Post, who called it “a circus act.”')).toEqual([null]);
    expect(sources('The plan was drawn up by Bev Collins, who called it a “fix.”')).toEqual([null]);
    expect(sources('The plan was drawn up by Bev Collins, who told Paul Dwyer it was “a fantasy on stilts.”')).not.toEqual(['Bev Collins']);
  });
});

describe('a known person a sentence opens on with "For"', () => {
  it('is who a quotation standing right after is by', () => {
    const body = ['“We cannot go on,” said Rita Okafor, who sells tickets.', 'For Okafor, the end is personal.', '“This booth has been my whole life.”'];
    expect(sources(body.join('\n\n'))).toEqual(['Rita Okafor', null, 'Okafor']);
  });

  it('does not make a place the speaker', () => {
    const body = ['“We cannot go on,” said Rita Okafor, who sells tickets.', 'For Halifax, the end is near.', '“This booth has been my whole life.”'];
    expect(sources(body.join('\n\n')).at(-1)).toBeNull();
  });
});

describe('words quoted in a sentence that opens on "she" or a role for someone named before', () => {
  it('gives them to the person the pronoun or the role stands for', () => {
    expect(sources('Dr. Ellen Park runs the clinic in Lunenburg.\n\nShe became “acutely aware” of the risks after two patients died.').at(-1)).toBe('Ellen Park');
    expect(sources('Health Minister Jane Cole visited in May.\n\nThe minister dismissed the report as “badly out of date” and left.').at(-1)).toBe('Jane Cole');
  });

  it('finds the pronoun after an opening "But" or an opening phrase and its comma', () => {
    expect(sources('Wendy Golden lost her son in 2017.\n\nBut she didn’t want him to be looked on as “another druggie.”').at(-1)).toBe('Wendy Golden');
    expect(sources('Dr. Dave Martell runs the clinic.\n\nBut early on, he became “acutely aware” of the risks of mixing drugs.').at(-1)).toBe('Dave Martell');
    // The pronoun must be the subject: one inside the opening phrase is not.
    expect(sources('Dr. Dave Martell runs the clinic.\n\nWhen he arrived, the staff called the plan “a disaster.”').at(-1)).toBeNull();
  });

  it('reads a list of names after the verb as objects, not as a second subject', () => {
    const body = ['Foreign Minister Anna Berg spoke on Friday.', 'She thanked Germany, France, Britain and Latvia for “speaking out against these detentions.”'];
    expect(sources(body.join('\n\n')).at(-1)).toBe('Anna Berg');
  });
});

describe('the explanation of a quotation given to a person named before', () => {
  it('points at the claim that names them', () => {
    const units = extractFromText('Test headline\n\nDr. Ellen Park runs the clinic in Lunenburg.\n\nShe became “acutely aware” of the risks.').units.slice(1);
    const claims = units.map((u, i) => ({ ...u, n: i + 1, attributionEdited: false }));
    expect(claims[1]!.attribution?.trace?.from).toEqual({ start: claims[0]!.start, end: claims[0]!.end });
    expect(explainSource(claims[1]!, claims)).toMatch(/^Taken from claim #1: words quoted in a sentence about a person named before/);
  });
});

describe('a verb whose subject can only be a record, with a person as its subject', () => {
  it('makes no one a speaker of what the person showed or indicated', () => {
    const body = 'Council member Tom Greaves wants the rink closed by spring.\n\nGreaves has shown no sign of changing course.';
    expect(sources(body)).toEqual([null, null]);
    expect(sources('Dr. Ellen Park showed little interest in the offer.')).toEqual([null]);
  });

  it('still reads a record as the source of what it shows', () => {
    expect(sources('Council member Tom Greaves wants the rink closed.\n\nRecords show the rink lost $2 million last year.')).toEqual([null, 'Records']);
    expect(sources('A poll by Ipsos showed support for the rink falling to 30 per cent.')).toEqual(['A poll by Ipsos']);
  });
});

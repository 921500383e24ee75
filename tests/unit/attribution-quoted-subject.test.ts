import { describe, expect, it } from 'vitest';
import { extractFromText } from '../../src/shared/extract/extract.ts';

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
    // The quotation is in the clause of someone else the sentence names.
    expect(sources('By then, Sam McDougal and Dana Rigney, who would call him his “blood brother,” had adopted him.')).toEqual([null]);
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

import nlp from 'compromise';
import { describe, expect, it } from 'vitest';
import { extractFromText } from '../../src/shared/extract/extract.ts';
import { mayNameSomeoneElse, PEOPLE_PATTERNS, readPeople, sentencesToRead, type ReadCandidate } from '../../src/shared/extract/nlp-reading.ts';

const plain = (text: string): ReadCandidate => ({ text, pronoun: null });
const he = (text: string): ReadCandidate => ({ text, pronoun: 'male' });

describe('which sentences compromise reads', () => {
  it('reads nothing in a text without a "he said"', () => {
    expect(sentencesToRead([plain('Will Young, a mechanic, said the deal was weak.'), plain('"It is over," said Theresa May.')])).toEqual([]);
  });

  it('reads the sentences before a "he said" where only compromise knows the person', () => {
    const before = 'Will Young, a locomotive mechanic, said the contract was weak.';
    const pronoun = '"We were never asked," he said.';
    expect(sentencesToRead([plain('The strike began on Monday.'), plain(before), he(pronoun)])).toEqual([before]);
  });

  it('reads no further back than a sentence where the rules already name someone the pronoun can mean', () => {
    const far = 'Will Young said the contract was weak.';
    const near = 'Union leader Tomas Berg told reporters, in Kelso, that Sears had agreed.';
    const chosen = sentencesToRead([plain(far), plain(near), he('"It is done," he said.')]);
    expect(chosen).toContain(near);
    expect(chosen).not.toContain(far);
  });

  it('reads past a person the pronoun cannot mean', () => {
    const far = "The union's Will Young, a mechanic, said the contract was weak.";
    const near = 'Wendy Hale said the talks would go on.';
    expect(sentencesToRead([plain(far), plain(near), he('"It is done," he said.')])).toEqual([far]);
  });
});

describe('where compromise could find someone the rules have not', () => {
  it.each([
    ['Will Young, a mechanic, said the deal was weak.', true],
    // The rules find a surname the dictionary knows as one, opening a clause before a verb; not one as an owner.
    ['Clinton said the server was secure.', false],
    ['Clinton’s aide said the server was secure.', true],
    ['"We counted 300 trucks," said Ana Pires.', false],
    ['Mayor Ana Pires said 400 homes near Kelso had lost power.', false],
    ['The U.S. agency said on Jan. 5 that the Tarrow River had risen.', false],
    ['"It was late. Most were empty," the driver said.', false],
    ['Officials in Kansas City, Mo., said the plant would close.', false],
    ['A letter from Sanders said the vote was rigged.', true],
  ])('%s → %s', (sentence, expected) => {
    expect(mayNameSomeoneElse(sentence)).toBe(expected);
  });
});

describe("compromise's people with their offsets", () => {
  it('gives each person where compromise itself places them, sentence by sentence', () => {
    const sentences = ['"It is over," said Will Young.', 'Theresa May said the deal was dead.', 'Conservative Leader Andrew Scheer says Trudeau is wrong.'];
    const read = readPeople(sentences);
    for (const s of sentences) {
      const own = (nlp(s).people().json({ offset: true }) as Array<{ text: string; offset: { start: number } }>).map((p) => [p.text, p.offset.start]);
      expect(read.get(s)!.map((p) => [p.text, p.offset?.start])).toEqual(own);
    }
  });
});

describe('a "he said" after a person only compromise knows', () => {
  it('still resolves to that person', () => {
    const text = ['Rail strike', "The union's Will Young, a locomotive mechanic based in Kansas City, Mo., said the contract was weak.", '"We were never asked," he said.'].join('\n\n');
    expect(extractFromText(text).units.at(-1)!.attribution?.source).toBe('Will Young');
  });
});

describe("compromise's people from the lighter parse", () => {
  it('keeps only the post-tagger patterns about people, copied before any parse', () => {
    expect(PEOPLE_PATTERNS).not.toBeNull();
    expect(PEOPLE_PATTERNS!.length).toBeGreaterThan(20);
    expect(PEOPLE_PATTERNS!.length).toBeLessThan(200);
  });

  it('finds the same people, at the same places, as compromise\'s full parse', () => {
    const sentences = [
      'Donald Trump told a rally in Ohio that the plant would reopen.',
      'Trayvon Martin was 17 when George Zimmerman shot him in Sanford.',
      'Hillary Clinton and Bernie Sanders met George Stephanopoulos on Sunday.',
      'Dr. Ana Pires, a surgeon at St. Mary\'s, said Mayor Tom Hale had been told.',
      "Speaker Paul Ryan's office said Mr. Obama would sign the bill.",
      'Sen. Kyrsten Sinema (D-Ariz.) and Gov. Doug Ducey spoke with Joe Biden.',
    ];
    const read = readPeople(sentences);
    for (const s of sentences) {
      const full = (nlp(s).people().json({ offset: true }) as Array<{ text: string; offset: { start: number } }>).map((p) => [p.text, p.offset.start]);
      expect(full.length).toBeGreaterThan(0);
      expect(read.get(s)!.map((p) => [p.text, p.offset!.start])).toEqual(full);
    }
  });
});

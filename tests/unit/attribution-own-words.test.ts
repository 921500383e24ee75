import { describe, expect, it } from 'vitest';
import { extractFromText } from '../../src/shared/extract/extract.ts';
import { articleSources as sources } from './attribution-source.ts';

describe('"in her words" gives whose words they are', () => {
  it('resolves "her" to the woman the text is about', () => {
    const body = ['Clara Nunes has run the shelter on Main Street since 2009.', 'The system is, in her words, "broken beyond repair."'];
    expect(sources(body).at(-1)).toBe('Clara Nunes');
  });

  it('takes a named owner of the words', () => {
    expect(sources(['In Nadia Rahman’s words, “the system is broken.”']).at(-1)).toBe('Nadia Rahman');
    expect(sources(['In the words of one nurse, “we are running on empty.”']).at(-1)).toBe('one nurse');
  });

  it('never reads "in other words" or "in a few words" as a source', () => {
    expect(sources(['In other words, the plan will cost more than it saves.']).at(-1)).toBeNull();
    expect(sources(['The report, in a few words, says little.']).at(-1)).not.toBe('a few');
  });
});

describe('"For Samuel Okafor, the answer is simple: ..." is Okafor\'s answer', () => {
  it('gives a quotation after a colon to the person the sentence opens on', () => {
    const body = ['"The mine will close in March," said Raj Patel.', 'For Samuel Okafor, the answer is simple: “Build more homes.”'];
    expect(sources(body).at(-1)).toBe('Samuel Okafor');
  });

  it('leaves a place the sentence opens on alone', () => {
    const body = ['"The mine will close in March," said Raj Patel.', 'For Quebec City, the lesson is simple: “Build more homes.”'];
    expect(sources(body).at(-1)).not.toBe('Quebec City');
  });
});

describe('a name and a colon before a quotation', () => {
  it('gives the quotation to the name ("Lopez: “...”")', () => {
    expect(sources(['Lopez: “We are out of money.”']).at(-1)).toBe('Lopez');
    expect(sources(['Maria Lopez: “We are out of money.”']).at(-1)).toBe('Maria Lopez');
  });

  it('in a headline too', () => {
    const units = extractFromText('Trudeau: ‘We will not back down’\n\nThe vote is on Monday.').units;
    expect(units[0]!.attribution?.source).toBe('Trudeau');
  });

  it('but never to a label or a place', () => {
    expect(sources(['Update: “The road is open again.”']).at(-1)).toBeNull();
    expect(sources(['Watch: “It was a great night.”']).at(-1) ?? null).toBeNull();
    expect(sources(['Editor’s note: “This story has been corrected.”']).at(-1) ?? null).toBeNull();
    expect(sources(['Canada: “The border stays shut.”']).at(-1)).toBeNull();
  });
});

describe('"said Helen Bartlett of the ruling"', () => {
  it('ends the source at the name when "of" brings in what was spoken of', () => {
    expect(sources(['“It is a disgrace,” said Helen Bartlett of the ruling.']).at(-1)).toBe('Helen Bartlett');
  });

  it('keeps a body the person is from', () => {
    expect(sources(['“It is a disgrace,” said Tom Berg of the United Steelworkers.']).at(-1)).toBe('Tom Berg of the United Steelworkers');
  });
});

describe('"Some of the lighting installations ... – previews"', () => {
  it('is no source "Some"', () => {
    expect(sources(['Some of the lighting installations on show at the 7th Amsterdam Light Festival – previews']).at(-1)).not.toBe('Some');
  });
});

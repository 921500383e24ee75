import { describe, expect, it } from 'vitest';
import { extractFromText } from '../../src/shared/extract/extract.ts';

/** The sources of every unit of a short article (a headline is added), pronouns resolved. */
function sources(body: readonly string[]): Array<string | null> {
  return extractFromText(`Test headline\n\n${body.join('\n\n')}`).units.slice(1).map((u) => u.attribution?.source ?? null);
}

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

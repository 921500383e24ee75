import { describe, expect, it } from 'vitest';
import { extractFromText } from '../../src/shared/extract/extract.ts';

/** The sources of every unit of a short article (a headline is added), pronouns resolved. */
function sources(body: string): Array<string | null> {
  return extractFromText(`Test headline\n\n${body}`).units.slice(1).map((u) => u.attribution?.source ?? null);
}

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

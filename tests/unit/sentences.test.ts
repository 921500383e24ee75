import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/shared/extract/sentences.ts';

const split = (text: string): string[] => splitSentences(text).map((s) => text.slice(s.start, s.end));

describe('splitSentences', () => {
  it('splits plain sentences', () => {
    expect(split('The dam broke on Friday. Nobody was hurt! Was it old?')).toEqual(['The dam broke on Friday.', 'Nobody was hurt!', 'Was it old?']);
  });

  it.each([
    ['Mr. Okafor arrived late. He left early.', ['Mr. Okafor arrived late.', 'He left early.']],
    ['Dr. Lena Park and Gen. Ruiz met. Sen. Hale was absent.', ['Dr. Lena Park and Gen. Ruiz met.', 'Sen. Hale was absent.']],
    ['Jane R. Doe filed the suit. It names three banks.', ['Jane R. Doe filed the suit.', 'It names three banks.']],
    ['The plant in St. Louis, Mo., closed. Workers were told on Jan. 9 at 8 a.m. on site.', ['The plant in St. Louis, Mo., closed.', 'Workers were told on Jan. 9 at 8 a.m. on site.']],
    ['Prices rose 3.5 percent to $6.4 billion. Analysts expected less.', ['Prices rose 3.5 percent to $6.4 billion.', 'Analysts expected less.']],
    ['The U.S. Navy and the U.N. agreed. Talks resume Monday.', ['The U.S. Navy and the U.N. agreed.', 'Talks resume Monday.']],
    ['Shares of Acme Corp. fell. The company blamed the weather.', ['Shares of Acme Corp. fell.', 'The company blamed the weather.']],
    ['The event starts at 9 a.m. Tickets sold out. Doors open at 8 p.m. Friday.', ['The event starts at 9 a.m.', 'Tickets sold out.', 'Doors open at 8 p.m. Friday.']],
    ['It moved to the U.S. The move cost millions.', ['It moved to the U.S.', 'The move cost millions.']],
    // Police and council titles of Canadian and British news.
    ['“It is a mess,” said Coun. Ed Ng. He left.', ['“It is a mess,” said Coun. Ed Ng.', 'He left.']],
    ['Cllr. Ann Vale and Const. Raj Dhillon spoke. Cpl. Jo Roy did not.', ['Cllr. Ann Vale and Const. Raj Dhillon spoke.', 'Cpl. Jo Roy did not.']],
    ['Staff Sgt. Lee Wong and Pte. Tom Ash arrived. Insp. Al Dunn left.', ['Staff Sgt. Lee Wong and Pte. Tom Ash arrived.', 'Insp. Al Dunn left.']],
    ['She grew up in Sault Ste. Marie and moved away. She came back.', ['She grew up in Sault Ste. Marie and moved away.', 'She came back.']],
    // Words that are abbreviations only before a number ("Art. 5", "No. 10") end a sentence as words.
    ['Firms make custom signs and works of art. Neon’s story goes on in museums.', ['Firms make custom signs and works of art.', 'Neon’s story goes on in museums.']],
    ['The answer was no. Ruiz left the room.', ['The answer was no.', 'Ruiz left the room.']],
    ['Under Art. 5 of the treaty and No. 10 rules, Fig. 3 applies. It holds.', ['Under Art. 5 of the treaty and No. 10 rules, Fig. 3 applies.', 'It holds.']],
    ['Sgt. Tom Ruiz spent the night in the brig. He said the cell was cold.', ['Sgt. Tom Ruiz spent the night in the brig.', 'He said the cell was cold.']],
    ['The case turned on Section 7 of the Const. The judge said the search was unlawful.', ['The case turned on Section 7 of the Const.', 'The judge said the search was unlawful.']],
  ])('keeps abbreviations, initials and numbers inside sentences: %s', (text, expected) => {
    expect(split(text)).toEqual(expected);
  });

  it('never ends a sentence before a quotation that opens in lower case', () => {
    const text = 'Doug Purdy, who lost 16 lbs. “and two belt loops” since May, says the program changed his life. He is 73.';
    expect(split(text)).toEqual(['Doug Purdy, who lost 16 lbs. “and two belt loops” since May, says the program changed his life.', 'He is 73.']);
  });

  it('ends a sentence before a quotation opening on a lower-case name', () => {
    const text = '"The deal is dead," Pelosi said. "von der Leyen has no mandate," Orban told reporters.';
    expect(split(text)).toEqual(['"The deal is dead," Pelosi said.', '"von der Leyen has no mandate," Orban told reporters.']);
  });

  it('keeps a multi-sentence quotation together with its attribution', () => {
    const text = '"The bridge is closed. Nobody crosses until Monday," the engineer said. Traffic was diverted.';
    expect(split(text)).toEqual(['"The bridge is closed. Nobody crosses until Monday," the engineer said.', 'Traffic was diverted.']);
  });

  it('handles curly quotes the same way', () => {
    const text = '“We counted 40 boats. Most were empty,” she told reporters. The count was later revised.';
    expect(split(text)).toEqual(['“We counted 40 boats. Most were empty,” she told reporters.', 'The count was later revised.']);
  });

  it('splits after a quotation that ends a sentence', () => {
    expect(split('He said: "It is over." Then he left.')).toEqual(['He said: "It is over."', 'Then he left.']);
  });

  it('does not let an unclosed quotation swallow the paragraph', () => {
    const text = '"We will rebuild. The town has done it before. Nobody is leaving.';
    expect(split(text)).toHaveLength(3);
  });

  it('returns offsets that point at the sentence text', () => {
    const text = 'First one here.  Second one there.';
    for (const s of splitSentences(text)) expect(text.slice(s.start, s.end)).toMatch(/^\S.*\.$/);
  });
});

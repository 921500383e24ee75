import { describe, expect, it } from 'vitest';
import { extractFromText } from '../../src/shared/extract/extract.ts';

describe('extractFromText', () => {
  const article = [
    '\uFEFFFlood barrier fails in river town – officials',
    '',
    'Flood barrier fails in river town – officials',
    '',
    'By Sam Reyes',
    '',
    'A flood barrier in Harlow failed on Sunday night, officials said.\r',
    '',
    'Mayor Ines Carter said 200 homes were evacuated. She said the barrier was built in 1998.',
    '',
    'The inspection report lists two faults:',
    '- The steel gates had rusted through.',
    '- The pumps had no backup power.',
  ].join('\n');
  const result = extractFromText(article);
  const texts = result.units.map((u) => u.text);

  it('titles a pasted article without a headline by its first sentence as it reads, dateline kept, the claim without it', () => {
    const ex = extractFromText('OTTAWA — The federal government will spend $2 billion on housing, the minister said on Monday.\n\nThe plan was announced in Ottawa.');
    expect(ex.title).toBe('OTTAWA — The federal government will spend $2 billion on housing, the minister said on Monday.');
    expect(ex.units[0]!.text.startsWith('The federal government')).toBe(true);
  });

  it('reviews a repeated headline once and drops the byline', () => {
    expect(texts.filter((t) => t.startsWith('Flood barrier fails'))).toHaveLength(1);
    expect(texts.some((t) => t.includes('Sam Reyes'))).toBe(false);
    expect(result.units[0]!.kind).toBe('headline');
    expect(result.units[0]!.attribution?.source).toBe('officials');
  });

  it('cleans BOM and CRLF and keeps offsets into the cleaned text', () => {
    expect(result.text.startsWith('\uFEFF')).toBe(false);
    expect(result.text.includes('\r')).toBe(false);
    for (const u of result.units) expect(result.text.slice(u.start, u.end).replace(/\n/g, ' ')).toBe(u.text);
    for (const u of result.units) if (u.attribution && u.attribution.cue !== 'said') expect(u.attribution.end).toBeGreaterThan(u.attribution.start);
  });

  it('resolves pronouns to the last named speaker', () => {
    const u = result.units.find((x) => x.text.startsWith('She said'))!;
    expect(u.attribution?.source).toBe('Ines Carter');
    expect(u.attribution?.anonymous).toBe(false);
  });

  it('makes list items units that inherit the lead-in source, and drops the lead-in', () => {
    expect(texts).not.toContain('The inspection report lists two faults:');
    const items = result.units.filter((u) => u.kind === 'list-item');
    expect(items.map((i) => i.text)).toEqual(['The steel gates had rusted through.', 'The pumps had no backup power.']);
    for (const i of items) expect(i.attribution?.source).toBe('The inspection report');
  });

  it('resolves a pronoun to the person, not the institution after "of"', () => {
    const r = extractFromText('Lake may drain by 2030\n\n"We expect the lake to drain by 2030," said Prof. Anika Sharma of the Alpine Institute.\n\n"It is already shrinking," she said.');
    expect(r.units[2]!.attribution?.source).toBe('Anika Sharma');
  });

  it('resolves a pronoun to a titled person named without attribution', () => {
    const r = extractFromText('Port strike\n\nTransport Minister Alan Greaves met the union on Monday. He said a deal was close.');
    expect(r.units.at(-1)!.attribution?.source).toBe('Alan Greaves');
  });

  it('gives a quotation continued over paragraphs the speaker named where it ends', () => {
    const r = extractFromText('Dam report\n\n"The wall is sound. We checked it twice.\n\n"Repairs start in May," the chief engineer said.');
    expect(r.units.slice(1).map((u) => u.attribution?.source)).toEqual(['the chief engineer', 'the chief engineer', 'the chief engineer']);
  });

  it('gives a bare quotation right after an attributed one the same speaker, and stops at other prose', () => {
    const r = extractFromText(
      'Vaccine trial\n\n"Cases fell within weeks," Dr. Halidou Tinto said. "Clinics saw 40% fewer patients."\n\n"Deaths fell by a third."\n\nThe ministry paid for 2,000 doses.\n\n"Nobody expected it."',
    );
    const source = (start: string) => r.units.find((u) => u.text.startsWith(start))?.attribution?.source ?? null;
    expect(source('"Clinics saw')).toBe('Halidou Tinto');
    expect(source('"Deaths fell')).toBe('Halidou Tinto');
    expect(source('The ministry')).toBeNull();
    expect(source('"Nobody expected')).toBeNull();
  });

  it('drops copyright, credit, contact and editor\'s-note lines however they end', () => {
    const r = extractFromText(
      [
        'Bridge reopens',
        'The bridge reopened on Friday after 14 months of repairs, the city said.',
        'Copyright 2024 The Associated Press. All rights reserved.',
        '© 2024 Metro Daily',
        'Associated Press writer Jo Lin in Denver contributed to this report.',
        'Contact the reporter at jo.lin@example.com.',
        "Editor's note: This story was updated to correct the length of the repairs.",
        'This article was originally published by Metro Daily.',
        "Jo Lin is the Daily's transport correspondent. Follow her on X @jolin.",
        '12:04 BST',
        'Thursday 9 May 2024',
      ].join('\n\n'),
    );
    expect(r.units.map((u) => u.text)).toEqual(['Bridge reopens', 'The bridge reopened on Friday after 14 months of repairs, the city said.']);
  });

  it('keeps a paragraph that opens with "By" when no name follows', () => {
    const r = extractFromText('Harvest report\n\nBy any measure the 2024 harvest was small\n\nBy Sam Reyes');
    expect(r.units.map((u) => u.text)).toEqual(['Harvest report', 'By any measure the 2024 harvest was small']);
  });

  it('resolves "it said" to the organisation or record it stands for, and to nothing when there is none', () => {
    const r = extractFromText(
      [
        'Plant closes',
        'The company cut 300 jobs on Tuesday, it said.',
        'The city of Lyon, which owns the site, will sell it, the mayor said. It said the sale would raise 20 million euros.',
        'The regional water board published its audit in May. It found 14 leaking mains.',
      ].join('\n\n'),
    );
    const source = (start: string) => r.units.find((u) => u.text.startsWith(start))?.attribution?.source ?? null;
    expect(source('The company cut')).toBe('The company');
    expect(source('It said the sale')).toBe('The city of Lyon');
    expect(source('It found 14')).toBe('The regional water board');
    expect(extractFromText('Note\n\nIt said the plan had failed.').units[1]!.attribution).toBeNull();
  });

  it('resolves "she" to a name set off by commas after a role, and follows a quotation left open into the next paragraph', () => {
    const r = extractFromText(
      'Fuel duty\n\nThe finance minister, Lena Ortiz, ruled out a rise on Friday. "We will not raise fuel duty in 2025," she told parliament. "The budget is balanced without it.\n\n"Families have enough to deal with."',
    );
    expect(r.units.slice(2).map((u) => u.attribution?.source ?? null)).toEqual(['Lena Ortiz', 'Lena Ortiz', 'Lena Ortiz']);
  });

  it('reads hard-wrapped text: a headline over two lines, a source broken across a line, a header block with byline and stamp', () => {
    const wrapped = extractFromText(
      'Council approves new bus lanes on\nMain Street after two-year study\n\n"This is about moving people, not cars," said council member Ruth\nOkafor, who sponsored the measure.',
    );
    // Units and sources are exactly the text their offsets give, line break and all; the title reads as one line.
    expect(wrapped.units[0]).toMatchObject({ kind: 'headline', text: 'Council approves new bus lanes on\nMain Street after two-year study' });
    expect(wrapped.title).toBe('Council approves new bus lanes on Main Street after two-year study');
    expect(wrapped.units[1]!.attribution?.source).toBe('council member Ruth\nOkafor');
    const header = extractFromText('Council approves bus lanes\nBy Jo Lin\nUpdated 9 May 2024\n\nThe council voted 7-2 on Tuesday, officials said.');
    expect(header.units.map((u) => [u.kind, u.text])).toEqual([
      ['headline', 'Council approves bus lanes'],
      ['sentence', 'The council voted 7-2 on Tuesday, officials said.'],
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { judgeWorthiness } from '../../src/shared/extract/checkworthy.ts';

describe('judgeWorthiness', () => {
  it.each([
    'The council cut the library budget by 12 percent in 2023.',
    'Police have not yet identified the driver.',
    'The ferry service was suspended on Tuesday.',
    '"It was the worst flood since 1998," the mayor said.',
    'Former President Donald Trump had urged Republicans to oppose the bill, calling it "a disgrace."',
    'The minister said the scheme was "fully funded until 2027".',
  ])('check-worthy: %s', (text) => {
    expect(judgeWorthiness(text, false).checkworthy).toBe(true);
  });

  it.each([
    ['Is the new stadium worth the money?', 'question'],
    ['It is a decision that was long overdue.', 'opinion word'],
    ['Parents praised the new timetable.', 'stance only'],
    ['“I just hope we can go home soon,” she said.', 'feeling'],
    ['"It was the scariest, most awful night," said Tom Hale, 60.', 'feeling'],
    ['Critics said the plan was "a disgrace."', 'opinion word'],
    ['Many economists think not.', 'opinion word'],
    ["The scandal is a stain on the city's reputation.", 'opinion word'],
    ['"Why did nobody warn us?" asked Karen Tull, 44.', 'question'],
    ['Fans reacted angrily on social media.', 'stance only'],
    ['Residents voiced concern about the new road.', 'stance only'],
    ['It is not yet clear whether Ruiz will be fit for the opening game against Chelsea on 18 August.', 'not known yet'],
    ['Health Secretary Victoria Atkins told the BBC the fall was "a step in the right direction".', 'opinion word'],
    ["It comes as the King's Fund think tank warned that A&E performance remained \"dire\".", 'opinion word'],
  ])('not check-worthy: %s', (text, reason) => {
    const w = judgeWorthiness(text, text.includes('said'));
    expect(w.checkworthy).toBe(false);
    expect(w.reasons).toContain(reason);
  });

  it('explains itself with reasons and a score in 0..1', () => {
    const w = judgeWorthiness('Turnout reached 64 percent on Sunday, officials said.', true);
    expect(w.reasons).toEqual(expect.arrayContaining(['number', 'date', 'attributed']));
    expect(w.score).toBeGreaterThan(0.5);
    expect(w.score).toBeLessThanOrEqual(1);
  });
});

import { describe, expect, it } from 'vitest';
import { ArticleCaret, extendByWord, shrinkByWord } from '../../src/shared/article-caret.ts';

const TEXT = 'Rents rose 7 percent. The office said so on Monday.\n\nA new paragraph starts here. Dr. Lee agreed.';
const slice = (s: { start: number; end: number } | null) => (s ? TEXT.slice(s.start, s.end) : null);

describe('the article caret', () => {
  it('moves by sentence as the extractor cuts them, across paragraphs, and stops at the ends', () => {
    const caret = new ArticleCaret();
    expect(slice(caret.next(TEXT, 0))).toBe('Rents rose 7 percent.');
    const second = caret.next(TEXT, TEXT.indexOf('.') + 1)!;
    expect(slice(second)).toBe('The office said so on Monday.');
    expect(slice(caret.next(TEXT, second.end))).toBe('A new paragraph starts here.');
    expect(slice(caret.next(TEXT, TEXT.indexOf('Dr.')))).toBe('Dr. Lee agreed.');
    expect(caret.next(TEXT, TEXT.length)).toBeNull();
    expect(slice(caret.previous(TEXT, second.start))).toBe('Rents rose 7 percent.');
    expect(caret.previous(TEXT, 0)).toBeNull();
  });

  it('takes a word more or leaves one out, never past a paragraph and never to nothing', () => {
    const first = { start: 0, end: 'Rents rose'.length };
    expect(slice(extendByWord(TEXT, first))).toBe('Rents rose 7');
    expect(slice(shrinkByWord(TEXT, first))).toBe('Rents');
    expect(slice(shrinkByWord(TEXT, { start: 0, end: 5 }))).toBe('Rents');
    const end = TEXT.indexOf('Monday.') + 'Monday.'.length;
    expect(extendByWord(TEXT, { start: 0, end })).toEqual({ start: 0, end });
    expect(extendByWord(TEXT, { start: 0, end: TEXT.length })).toEqual({ start: 0, end: TEXT.length });
  });
});

import { describe, expect, it } from 'vitest';
import { articleSources as sources } from './attribution-source.ts';

describe('a quotation standing alone after a sentence about "he" or "she"', () => {
  it('is the words of the person the pronoun stands for', () => {
    const body = ['"The mine will close in March," said Raj Patel.', 'Samuel Okafor says the program saved his life.', 'He now volunteers twice a week.', '"It is my way of giving back."'];
    expect(sources(body).at(-1)).toBe('Samuel Okafor');
  });

  it('is nobody\'s when the pronoun can stand for no one', () => {
    const body = ['The mine will close in March.', 'He now volunteers twice a week.', '"It is my way of giving back."'];
    expect(sources(body).at(-1)).toBeNull();
  });
});

describe('a quotation standing alone after a person named in an opening clause', () => {
  it('"Asked whether she would run again, Grace Kim smiled."', () => {
    const body = ['"The mine will close in March," said Raj Patel.', 'Asked whether she would run again, Grace Kim smiled.', '"Ask me next year."'];
    expect(sources(body).at(-1)).toBe('Grace Kim');
  });
});

describe('a quotation standing alone after an unnamed speaker or a body', () => {
  it('is the spokesperson\'s after "A spokesperson ... said"', () => {
    const body = ['A spokesperson for the ministry said the file was under review.', '"We expect a decision by spring."'];
    expect(sources(body).at(-1)).toBe('A spokesperson for the ministry');
  });

  it('is the company\'s after "The company said in a statement"', () => {
    const body = ['The company said in a statement that it would appeal.', '"We believe the ruling is wrong and we will fight it."'];
    expect(sources(body).at(-1)).toBe('The company');
  });
});

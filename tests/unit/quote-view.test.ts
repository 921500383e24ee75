import { describe, expect, it } from 'vitest';
import { quoteView } from '../../src/shared/extract/quotes.ts';
import { articleSources as sources } from './attribution-source.ts';

describe('quotations between single marks, as British and Irish news write them', () => {
  it('reads ‘...’ as a quotation, mark for mark, and leaves apostrophes alone', () => {
    const text = '‘It’s the workers’ fault,’ she said. ‘We’ll see.’';
    const view = quoteView(text);
    expect(view).toHaveLength(text.length);
    expect(view).toBe('"It’s the workers’ fault," she said. "We’ll see."');
  });

  it('leaves a ‘ that opens no quotation, and a possessive plural, as they are', () => {
    expect(quoteView('Rock’n’roll in the ’90s and the Jones’ house.')).toBe('Rock’n’roll in the ’90s and the Jones’ house.');
    expect(quoteView('She called it ‘a budget of broken promises’.')).toBe('She called it "a budget of broken promises".');
  });

  it('keeps a paragraph that opens a quotation and runs on to the next one open', () => {
    expect(quoteView('‘We tried everything.\n‘Nothing worked,’ he said.')).toBe('"We tried everything.\n"Nothing worked," he said.');
  });

  it('gives the speaker to quotations in single marks, and to a quotation with its full stop outside', () => {
    const body = ['The chancellor, Rachel Green, defended the budget.', '‘This is a budget for growth,’ she told MPs. ‘We have made the hard choices.’', '‘Nobody said it would be easy.’'];
    expect(sources(body).slice(1)).toEqual(['Rachel Green', 'Rachel Green', 'Rachel Green']);
    const outside = ['“It is a budget for growth,” said Rachel Green.', '“It is the right thing to do”.'];
    expect(sources(outside).at(-1)).toBe('Rachel Green');
  });
});

describe('a quotation right after a person\'s words in the reporter\'s own', () => {
  it('is theirs: "Green said the deficit would fall. “We will not borrow.”"', () => {
    expect(sources(['Rachel Green said the deficit would fall by 2027. “We will not borrow for day-to-day spending.”'])).toEqual(['Rachel Green', 'Rachel Green']);
  });

  it('is theirs when they are named by surname alone, as news names them after the first time', () => {
    expect(sources(['“We will balance the books,” said Rachel Green.', 'Green said the deficit would fall by 2027. “We will not borrow.”']).at(-1)).toBe('Green');
  });

  it('is not a body\'s or a record\'s: "The report said ... “...”"', () => {
    expect(sources(['A report by the audit office said costs had doubled. “It was a shambles.”']).at(-1)).toBeNull();
  });
});

describe('single marks inside a quotation in double marks', () => {
  it('are left alone, so the quotation around them stays whole', () => {
    const text = '“A new government says, ‘Oh my gosh, the cupboards are bare.’ Or, ‘We’re deeper in debt.’ So I think it is a game,” said Hamish Telford.';
    expect(quoteView(text)).toBe(text);
  });
});

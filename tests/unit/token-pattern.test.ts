import { describe, expect, it } from 'vitest';
import { orderRules } from '../../src/shared/extract/rules/index.ts';
import { readPatternRules, WORD_CLASSES } from '../../src/shared/extract/rules/pattern-rules.ts';
import { compilePattern, matchPattern, tokenize } from '../../src/shared/extract/rules/token-pattern.ts';

const classes = (name: string) => WORD_CLASSES[name];

/** The captured words of the leftmost match of `pattern` in `clause`, by name. */
function captured(pattern: string, clause: string, defined: Record<string, string> = {}): Record<string, string> | null {
  const caps = matchPattern(compilePattern(pattern, classes, (n) => defined[n]), tokenize(clause));
  return caps && Object.fromEntries(Object.entries(caps).map(([k, v]) => [k, clause.slice(v.start, v.end)]));
}

describe('patterns over tokens', () => {
  it('matches words whatever their case, and "..." up to the next comma', () => {
    expect(captured('according to <source: ...>', 'Prices rose, According to the Bank of England, in May')).toEqual({ source: 'the Bank of England' });
    expect(captured('according to <source: ...>', 'Prices rose accordingly to plan')).toBeNull();
  });

  it('anchors at the first word only with ^', () => {
    expect(captured('^ per <source: (the|its) ...> ,', 'Per its filing, the firm lost money')).toEqual({ source: 'its filing' });
    expect(captured('^ per <source: (the|its) ...> ,', 'It rose 5 per the filing, they said')).toBeNull();
    // The comma is required after the source.
    expect(captured('^ per <source: (the|its) ...> ,', 'Per the filing the firm lost money')).toBeNull();
  });

  it('takes as few words as it can with a lazy repeat, as many with a greedy one', () => {
    expect(captured('^ <source: #word{1,9}?> <cue: #word>', 'Ana Ruiz said no')).toEqual({ source: 'Ana', cue: 'Ruiz' });
    expect(captured('^ <source: #word{1,9}> <cue: #word>', 'Ana Ruiz said no')).toEqual({ source: 'Ana Ruiz said', cue: 'no' });
    expect(captured('^ <source: #word{1,9}?> (has|had) #ly{0,2} <cue: said>', 'The mayor has flatly said no')).toEqual({ source: 'The mayor', cue: 'said' });
  });

  it('backtracks into alternatives of several words and named sequences', () => {
    const defined = { platform: '(twitter | social media)' };
    expect(captured('<source: #word> took to @platform to say', 'She took to social media to say it', defined)).toEqual({ source: 'She' });
    expect(captured('<source: #word> took to @platform to say', 'She took to social networks to say it', defined)).toBeNull();
  });

  it('refuses a pattern it cannot read, naming what is wrong', () => {
    expect(() => compilePattern('according to (the|a', classes)).toThrow(/not closed/);
    expect(() => compilePattern('<source: #nonsense>', classes)).toThrow(/no word class "#nonsense"/);
    expect(() => compilePattern('@nowhere', classes)).toThrow(/nothing is defined as "@nowhere"/);
    expect(() => compilePattern('| said', classes)).toThrow(/out of place/);
  });
});

describe('rules written as patterns', () => {
  const block = (extra = '') => `rule: test\nin: the unit\nsource: loose\npattern: according to <source: ...>\ncue: according to\nexample: It rose, according to the ministry. => the ministry\n${extra}`;

  it('reads a block into a rule that finds its source', () => {
    const [rule] = readPatternRules(block());
    const text = 'Prices rose, according to the ministry.';
    expect(rule?.find({ text, masked: text, segs: [], kind: 'sentence' })).toMatchObject({ source: 'the ministry', cue: 'according to', start: 26 });
  });

  it('refuses a repeated rule, an unknown key, a missing example and a bad scope, with the line', () => {
    expect(() => readPatternRules(block() + block())).toThrow(/a rule "test" is already written/);
    expect(() => readPatternRules(block('speaker: x'))).toThrow(/line 7: no key "speaker"/);
    expect(() => readPatternRules('rule: bare\nin: the unit\npattern: said <source: ...>')).toThrow(/needs .* an "example:"/);
    expect(() => readPatternRules(block().replace('in: the unit', 'in: the page'))).toThrow(/"in: the page" is none of/);
  });

  it('refuses an order that leaves out a rule, places one twice or names none', () => {
    const rules = readPatternRules(block());
    expect(() => orderRules([], rules)).toThrow(/does not place the rule "test"/);
    expect(() => orderRules(['test', 'nobody'], rules)).toThrow(/no attribution rule has that name/);
  });
});

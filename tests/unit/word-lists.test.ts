import { describe, expect, it } from 'vitest';
import { lines } from '../../src/shared/extract/lists/lines.ts';
import { CLAUSE_VERB_BASES, DATA_VERB_BASES, INVERTIBLE_VERB_BASES, NOUN_LIKE_BASES, QUOTE_VERB_BASES, SPEECH_VERB_BASES, verbTable } from '../../src/shared/extract/lists/speech-verbs.ts';
import { UI_LABELS } from '../../src/shared/extract/lists/ui-labels.ts';
import { allForms, verbForms } from '../../src/shared/extract/lists/verb-forms.ts';
import { ANONYMOUS_HEADS, BODY_NOUNS, DOCUMENT_HEADS, NOUN_LIKE_CUES, SPEECH_VERBS, TITLE_WORDS } from '../../src/shared/extract/lexicon.ts';
import { wordsWith, wordTable } from '../../src/shared/extract/lists/word-table.ts';

describe('word lists', () => {
  it('reads one entry a line, skipping blanks and comments, and refuses a repeated entry', () => {
    expect(lines('\n say \n# a comment\n\nWarn\n')).toEqual(['say', 'warn']);
    expect(() => lines('say\nwarn\nSay\n')).toThrow(/"say" twice/);
  });

  it('loads every list (a duplicate would have thrown) and keeps every entry a base form the generator reads', () => {
    for (const list of [SPEECH_VERB_BASES, QUOTE_VERB_BASES, DATA_VERB_BASES, CLAUSE_VERB_BASES]) {
      expect(list.length).toBeGreaterThan(0);
      for (const line of list) expect(line).toMatch(/^[a-z]+(?: [a-z]+)?(?: \| [a-z]+(?: [a-z]+)?)?$/);
    }
    expect(UI_LABELS.has('sign in')).toBe(true);
    expect(NOUN_LIKE_BASES.has('state')).toBe(true);
  });
});

describe('verb forms', () => {
  it.each([
    ['warn', ['warn', 'warns', 'warned']],
    ['say | said', ['say', 'says', 'said']],
    ['deny', ['deny', 'denies', 'denied']],
    ['stress', ['stress', 'stresses', 'stressed']],
    ['note', ['note', 'notes', 'noted']],
    ['write | wrote written', ['write', 'writes', 'wrote', 'written']],
    ['point out', ['point out', 'points out', 'pointed out']],
  ])('%s', (line, forms) => {
    expect(verbForms(line)).toEqual(forms);
  });

  it('gives every speech verb its -s and past forms, and no bare form that is mostly a noun', () => {
    expect(SPEECH_VERBS).toEqual(expect.arrayContaining(['said', 'says', 'told', 'warned', 'admitted', 'pointed out', 'commented']));
    expect(SPEECH_VERBS).not.toContain('state');
    expect(allForms(['say | said', 'say | said'])).toEqual(['say', 'says', 'said']);
  });
});

describe('the lexicon table', () => {
  it('reads a word and its features, and refuses a word on two lines or an unknown feature', () => {
    const t = wordTable('# comment\nreport   document-head body-noun\nofficials anonymous-head\n');
    expect(wordsWith(t, 'body-noun')).toEqual(['report']);
    expect([...t.get('report')!]).toEqual(['document-head', 'body-noun']);
    expect(() => wordTable('report document-head\nReport body-noun')).toThrow(/"report" on two lines/);
    expect(() => wordTable('report headish')).toThrow(/unknown feature "headish"/);
    expect(() => wordTable('report')).toThrow(/no feature/);
  });

  it('gives each word all its features from one line', () => {
    expect(ANONYMOUS_HEADS.has('spokeswoman') && TITLE_WORDS.has('spokeswoman')).toBe(true);
    expect(DOCUMENT_HEADS.has('report') && BODY_NOUNS.split('|').includes('report') && NOUN_LIKE_CUES.has('report')).toBe(true);
    expect(BODY_NOUNS.split('|')).toEqual(expect.arrayContaining(['organisation', 'organization', 'company']));
  });
});

describe('the verb table', () => {
  it('reads a verb with its irregular forms and features, and refuses a verb on two lines or an unknown feature', () => {
    const t = verbTable('say | said: speech clause invertible\npoint out: speech\n');
    expect(t.get('say')).toEqual({ line: 'say | said', features: new Set(['speech', 'clause', 'invertible']) });
    expect(t.get('point out')?.line).toBe('point out');
    expect(() => verbTable('say | said: speech\nsay: quote')).toThrow(/"say" on two lines/);
    expect(() => verbTable('say: speaking')).toThrow(/unknown feature "speaking"/);
    expect(() => verbTable('say:')).toThrow(/no feature/);
  });

  it('gives one verb all its features from its one line', () => {
    expect(SPEECH_VERB_BASES).toContain('write | wrote written');
    expect(CLAUSE_VERB_BASES).toContain('write | wrote written');
    expect(INVERTIBLE_VERB_BASES).toContain('write | wrote written');
    expect(NOUN_LIKE_BASES.has('find')).toBe(true);
  });
});

import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { judgeWorthiness } from '../../src/shared/extract/checkworthy.ts';
import { FEATURE_NAMES } from '../../src/shared/extract/checkworthy-features.ts';

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

describe('learned check-worthiness score', () => {
  const model = JSON.parse(readFileSync('src/shared/extract/checkworthy-model.json', 'utf8')) as { features: string[]; weights: number[]; ngrams: string[]; ngramWeights: number[] };

  it('ranks a statistic above talk, with continuous scores', () => {
    const stat = judgeWorthiness('Unemployment fell to 3.7 percent last year.', false);
    const talk = judgeWorthiness("So let's get started.", false);
    expect(stat.score).toBeGreaterThan(talk.score);
    expect(talk.checkworthy).toBe(false);
    expect(talk.reasons).toContain('conversational');
    const sentences = [
      'The city spent $4 million on the bridge in 2019.',
      'Crime has gone up by 20 percent since the law passed.',
      'We have the highest tax rate in the world.',
      'The plant closed last spring.',
      'The senator voted against the bill twice.',
      'I want to thank everyone for coming tonight.',
      'Thank you very much.',
      'What are you going to do about it?',
    ];
    const scores = sentences.map((s) => judgeWorthiness(s, false).score);
    expect(new Set(scores).size).toBe(sentences.length);
    for (const s of scores) expect(s).toBeGreaterThanOrEqual(0);
    for (const s of scores) expect(s).toBeLessThanOrEqual(1);
    expect(Math.min(...scores.slice(0, 3))).toBeGreaterThan(Math.max(...scores.slice(5)));
  });

  it('gives reasons that are features of the scorer', () => {
    const known = new Set<string>([...FEATURE_NAMES, 'opinion word']);
    const grams = new Set(model.ngrams);
    for (const text of ['Unemployment fell to 3.7 percent last year.', 'I think we need to do better.', "So let's get started.", 'The council cut the library budget by 12 percent in 2023.']) {
      const { reasons } = judgeWorthiness(text, false);
      expect(reasons.length).toBeGreaterThan(0);
      for (const r of reasons) {
        const gram = /^n-gram: '(.+)'$/.exec(r)?.[1];
        if (gram === undefined) expect(known).toContain(r);
        else expect(grams).toContain(gram);
      }
    }
  });

  it('ships a small model over exactly the features the extractor computes', () => {
    expect(model.features).toEqual([...FEATURE_NAMES]);
    expect(model.weights).toHaveLength(FEATURE_NAMES.length);
    expect(model.ngramWeights).toHaveLength(model.ngrams.length);
    expect(statSync('src/shared/extract/checkworthy-model.json').size).toBeLessThan(2_000_000);
  });

  it('trains on the features the scorer reads, the same weights for the same data', () => {
    const dir = mkdtempSync(join(tmpdir(), 'checkworthy-'));
    try {
      mkdirSync(join(dir, 'claimbuster'));
      mkdirSync(join(dir, 'clef2019'));
      // Made-up sentences, in the shape of the training files.
      const facts = ['Taxes rose 5 percent in 2010.', 'We lost 700 jobs last year.', 'The deficit doubled since 2001.', 'Crime fell 12 percent.'];
      const talk = ['Thank you very much.', 'I think that is wrong.', 'Good evening, everyone.', 'Let me be clear.'];
      const cb = [...facts, ...talk].flatMap((text, i) => [0, 1, 2].map((k) => ({ sentence_id: i * 3 + k, label: i < facts.length ? 1 : 0, text })));
      writeFileSync(join(dir, 'claimbuster', 'kfold_25ncs.json'), JSON.stringify(cb));
      writeFileSync(join(dir, 'clef2019', 'a.tsv'), [...facts, ...talk].map((t, i) => `${i + 1}\tX\t${t}\t${i < facts.length ? 1 : 0}`).join('\n'));
      const dump = execFileSync('npx', ['--no-install', 'tsx', 'scripts/checkworthy-features.ts', dir], { encoding: 'utf8' });
      expect(JSON.parse(dump.split('\n')[0]!).features).toEqual([...FEATURE_NAMES]);
      if (!existsSync('/usr/bin/python3') || spawnSync('/usr/bin/python3', ['-c', 'import sklearn']).status !== 0) return;
      const train = (out: string) => execFileSync('/usr/bin/python3', ['scripts/train-checkworthy.py', '--data', dir, '--out', join(dir, out)], { stdio: 'pipe' });
      train('a.json');
      train('b.json');
      const a = readFileSync(join(dir, 'a.json'), 'utf8');
      expect(readFileSync(join(dir, 'b.json'), 'utf8')).toBe(a);
      expect((JSON.parse(a) as { features: string[] }).features).toEqual([...FEATURE_NAMES]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});

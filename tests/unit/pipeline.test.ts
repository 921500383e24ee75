import { describe, expect, it } from 'vitest';
import { splitBlocks } from '../../src/shared/extract/blocks.ts';
import { normalizeText } from '../../src/shared/extract/normalize.ts';
import { createDoc } from '../../src/shared/extract/pipeline/doc.ts';
import { PIPELINE, runPipeline } from '../../src/shared/extract/pipeline/index.ts';
import { quoteView } from '../../src/shared/extract/quotes.ts';

const ARTICLE = normalizeText(
  [
    'Council approves new budget',
    '',
    'LONDON (Reuters) - The council approved a budget of 4.2 million pounds on Tuesday, its leader Jane Smith said.',
    '',
    '"We had no other choice," she told reporters. "Rents rose by 12 percent last year."',
    '',
    'Critics said the plan came too late.',
  ].join('\n'),
);

function docOf(text: string) {
  return createDoc(text, quoteView(text), splitBlocks(text), 'Untitled', () => {});
}

describe('the extraction pipeline', () => {
  it('runs its components in the one declared order, each once', () => {
    expect(PIPELINE.map((c) => c.name)).toEqual(['sentences', 'cues', 'clauses', 'mentions', 'units', 'speakers', 'quotations', 'interviews', 'echoes', 'sources', 'check-worthiness']);
    const timings = new Map<string, number>();
    let clock = 0;
    // A clock that ticks once per reading: each component is timed by exactly two readings.
    runPipeline(docOf(ARTICLE), timings, () => clock++);
    expect([...timings.keys()]).toEqual(PIPELINE.map((c) => c.name));
    expect([...timings.values()].every((ms) => ms === 1)).toBe(true);
  });

  it('lays each layer down on the same document', () => {
    const doc = docOf(ARTICLE);
    runPipeline(doc);
    // sentences: the dateline is not part of the first sentence.
    const prose = doc.sentences.flat();
    expect(prose.map((s) => ARTICLE.slice(s.start, s.end))[0]).toMatch(/^The council approved/);
    // cues: the first sentence's own words name its speaker.
    expect(prose[0]?.cue?.source).toContain('Jane Smith');
    // units: the headline becomes the title, units keep document order.
    expect(doc.title).toBe('Council approves new budget');
    const starts = doc.units.map((u) => u.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    // quotations and sources: the quoted paragraph's "she" is traced to the speaker named before it.
    const rents = doc.units.find((u) => u.text.includes('Rents rose'));
    expect(rents?.attribution?.source).toBe('Jane Smith');
    // check-worthiness: judged last, with a score and its reasons.
    expect(rents?.checkworthy).toBe(true);
    expect(rents?.score).toBeGreaterThan(0);
    expect(rents?.reasons.length).toBeGreaterThan(0);
  });

  it('resolves speakers in a component of its own, after the units are made', () => {
    const doc = docOf(ARTICLE);
    for (const c of PIPELINE.slice(0, PIPELINE.findIndex((c) => c.name === 'speakers'))) c.run(doc);
    const told = doc.units.find((u) => u.text.includes('no other choice'));
    // Before speaker resolution the unit holds only its own words' cue: a bare "she", not yet anyone.
    expect(told?.attribution).toBeNull();
    const turn = doc.turns.find((t) => t.kind === 'sentence' && t.unit === told);
    expect(turn?.kind === 'sentence' ? turn.cue?.source : null).toBe('she');
    PIPELINE.find((c) => c.name === 'speakers')!.run(doc);
    expect(told?.attribution?.source).toBe('Jane Smith');
    expect(told?.attribution?.trace?.pronoun).toBe('she');
  });
});

import { describe, expect, it } from 'vitest';
import { extractFromText } from '../../src/shared/extract/extract.ts';
import { ATTRIBUTION_RULES } from '../../src/shared/extract/rules/index.ts';
import { applyEdit } from '../../src/shared/claim-edits.ts';
import { explainSource } from '../../src/shared/extract/trace-text.ts';
import type { Claim, ExtractedUnit } from '../../src/shared/model.ts';

/** The units of a short article after its headline. */
function units(body: string): ExtractedUnit[] {
  return extractFromText(`Test headline\n\n${body}`).units.slice(1);
}

/** A unit as a stored claim, numbered in order. */
function asClaim(u: ExtractedUnit, i: number): Claim {
  return { ...u, id: `c${i + 1}`, n: i + 1, status: 'unreviewed', statusChangedAt: null, note: '', evidence: [], dismissed: false, promoted: false, attributionEdited: false, origin: 'extracted' };
}

describe('every source says how it was found', () => {
  it('names the rule that found a source in its own sentence', () => {
    const [u] = units('Unemployment fell to 3.7 percent last year, the minister said.');
    expect(u!.attribution?.source).toBe('the minister');
    expect(u!.attribution?.trace).toEqual({ rule: 'trailing clause' });
    expect(ATTRIBUTION_RULES.map((r) => r.name)).toContain('trailing clause');
  });

  it('says which pronoun was resolved and which sentence the name came from', () => {
    const [first, second] = units('Ana Ruiz has run the clinic since 2009.\n\n"We treat 40 patients a day," she said.');
    expect(second!.attribution?.source).toBe('Ana Ruiz');
    expect(second!.attribution?.trace).toEqual({ rule: 'trailing clause', pronoun: 'she', from: { start: first!.start, end: first!.end } });
  });

  it('says a bare quotation continues the speaker of the quotation before it', () => {
    const [first, second] = units('"We treat 40 patients a day," Ruiz said. "Half of them come from the valley."');
    expect(second!.attribution?.source).toBe('Ruiz');
    expect(second!.attribution?.trace).toEqual({ rule: 'quotation continued', from: { start: first!.start, end: first!.end } });
  });

  it('says a list item takes its lead-in source', () => {
    const items = units('The inspection report lists two faults:\n\n- The roof leaked in 2019.\n- The boiler failed twice.').filter((u) => u.kind === 'list-item');
    expect(items.map((u) => u.attribution?.trace?.rule)).toEqual(['list lead-in', 'list lead-in']);
  });

  it('drops the trace when the checker corrects the source by hand', () => {
    const claim = asClaim(units('Unemployment fell to 3.7 percent last year, the minister said.')[0]!, 0);
    const edited = applyEdit(claim, { kind: 'attribution', source: 'Finance Minister Jo Tan', anonymous: false }, { now: '2026-12-03T00:00:00Z', newId: () => 'e1' });
    expect(edited.attribution?.source).toBe('Finance Minister Jo Tan');
    expect(edited.attribution?.trace).toBeUndefined();
  });
});

describe('the source explained in words', () => {
  it('tells the rule and cue, and for a pronoun the claim the name came from', () => {
    const claims = units('Ana Ruiz has run the clinic since 2009.\n\n"We treat 40 patients a day," she said.').map(asClaim);
    expect(explainSource(claims[1]!, claims)).toBe('“she” in this sentence, taken to be Ana Ruiz, named in claim #1 (rule: trailing clause, cue “said”)');
    const own = units('Unemployment fell to 3.7 percent last year, the minister said.').map(asClaim);
    expect(explainSource(own[0]!, own)).toBe('Named in this sentence (rule: trailing clause, cue “said”)');
  });

  it('explains a quotation after the sentence introducing its speaker, and a description taken for a person, in plain words', () => {
    const claims = units('Head coach Kris Knoblauch was blunter.\n\n"Forty minutes of that is not good enough."\n\n"We have to be better," says the veteran bench boss.').map(asClaim);
    expect(explainSource(claims[1]!, claims)).toBe('Taken from claim #1: a quotation on its own, right after the sentence that introduces its speaker (rule: quotation after its speaker is introduced)');
    expect(explainSource(claims[2]!, claims)).toBe('“the veteran bench boss” in this sentence, taken to be Kris Knoblauch, named in claim #1 (rule: trailing clause, cue “says”)');
  });

  it('says a source corrected by hand is the checker’s, and a unit without one has none', () => {
    const claim = asClaim(units('Unemployment fell to 3.7 percent last year, the minister said.')[0]!, 0);
    expect(explainSource({ ...claim, attributionEdited: true, attribution: { ...claim.attribution!, trace: undefined } }, [claim])).toBe('Corrected by hand');
    const none = asClaim(units('Unemployment fell to 3.7 percent last year.')[0]!, 0);
    expect(explainSource(none, [none])).toBe('No rule found a source in this sentence or the quotations before it');
  });
});

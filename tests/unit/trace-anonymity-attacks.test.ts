import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../src/main/service/build-document.ts';
import { publishedBody } from '../../src/main/team/apply-changes.ts';
import { applyEdit } from '../../src/shared/claim-edits.ts';
import { isAnonymousSource } from '../../src/shared/extract/anonymity.ts';
import { explainSource } from '../../src/shared/extract/trace-text.ts';
import { DocumentFileShape, shapeProblem } from '../../src/shared/store-shape.ts';
import { changeProblem } from '../../src/shared/team/change-checks.ts';
import { fieldValue } from '../../src/shared/team/change-model.ts';
import { applyNewVersion } from '../../src/shared/versions.ts';
import { FIXED_NOW } from './helpers.ts';

const doc = (text: string) => buildDocument('a.txt', new TextEncoder().encode(text), FIXED_NOW);

describe('anonymity: "a"/"an"/"one"/"another" with a lowercase head', () => {
  // A named place or person after the head does not name the source: only a record takes its publisher so.
  it('a person placed somewhere is still nobody in particular ("a man from Ohio" like "a local man")', () => {
    expect(isAnonymousSource('a local man')).toBe(true);
    expect(isAnonymousSource('a man at the scene')).toBe(true);
    expect(isAnonymousSource('a man from Ohio')).toBe(true);
    expect(isAnonymousSource('a woman in Gaza')).toBe(true);
    expect(isAnonymousSource('A judge in Texas')).toBe(true);
    expect(isAnonymousSource('a friend of Smith')).toBe(true);
  });

  it('"One of the organisers" opening a sentence is as unnamed as "one of the organisers" after a comma', () => {
    expect(isAnonymousSource('one of the organisers')).toBe(true);
    expect(isAnonymousSource('One of the organisers')).toBe(true);
    expect(isAnonymousSource('Another of the lawyers')).toBe(true);
  });

  it('"one of <Name>\'s lawyers" is as unnamed as "one of the lawyers"', () => {
    expect(isAnonymousSource('one of the lawyers')).toBe(true);
    expect(isAnonymousSource("one of Smith's lawyers")).toBe(true);
    expect(isAnonymousSource("one of Trump's advisers")).toBe(true);
  });

  it('a hyphenated or numbered head is still a lowercase head ("a passer-by", "a co-worker")', () => {
    expect(isAnonymousSource('an eyewitness')).toBe(true);
    expect(isAnonymousSource('an eye-witness')).toBe(true);
    expect(isAnonymousSource('a passer-by')).toBe(true);
    expect(isAnonymousSource('a co-worker')).toBe(true);
    expect(isAnonymousSource('an ex-employee')).toBe(true);
  });

  it('a role written in capitals is a role, not a name ("an MP", "a CEO")', () => {
    expect(isAnonymousSource('a U.S. senator')).toBe(true);
    expect(isAnonymousSource('an MP')).toBe(true);
    expect(isAnonymousSource('a Tory MP')).toBe(true);
    expect(isAnonymousSource('a CEO')).toBe(true);
  });

  it('a publication or post whose publisher is named before it is not anonymous', () => {
    // Once anonymous by mistake: "editorial", "tweet", "post", "email" are not record nouns.
    expect(isAnonymousSource('a Times investigation')).toBe(false); // a record noun: named
    expect(isAnonymousSource('a New York Times editorial')).toBe(false);
    expect(isAnonymousSource('a Trump tweet')).toBe(false);
    expect(isAnonymousSource('a Goldman Sachs note')).toBe(false);
    expect(isAnonymousSource('an FBI affidavit')).toBe(false);
    // A document's publisher named before it ("a Reuters report") names it as well as one after it.
    expect(isAnonymousSource('a Reuters report')).toBe(false);
    expect(isAnonymousSource('a World Bank study')).toBe(false);
  });
});

describe('the source trace', () => {
  it('explains a hostile rule name without reading Object.prototype ', () => {
    const claim = { n: 1, start: 0, end: 10, attributionEdited: false, attribution: { source: 'X', anonymous: false, cue: 'said', start: 0, end: 1, trace: { rule: 'constructor', from: { start: 0, end: 10 } } } };
    // The store and the desk accept any rule of up to 80 characters.
    expect(shapeProblem(DocumentFileShape, { schemaVersion: 1, document: { ...publishedBody(doc('T\n\nRents rose, the mayor said.')), id: 'd', history: [], undoStack: [], redoStack: [] } })).toBeNull();
    expect(explainSource(claim, [claim])).not.toMatch(/native code|\[object Object\]/);
    const proto = { ...claim, attribution: { ...claim.attribution, trace: { rule: 'toString', from: { start: 0, end: 10 } } } };
    expect(explainSource(proto, [proto])).not.toMatch(/native code|\[object Object\]/);
  });

  it('a trace with one more field (a newer app, same schema version) does not make the whole article unreadable', () => {
    const body = publishedBody(doc('Title\n\nThe council voted 9 to 4 on Thursday, the mayor said.'));
    const said = body.claims.find((c) => c.attribution)!;
    said.attribution!.trace = { ...said.attribution!.trace!, confidence: 0.9 } as never;
    // Like every other part of a stored claim, a trace keeps fields it does not know (newer minor data).
    expect(shapeProblem(DocumentFileShape, { schemaVersion: 1, document: { ...body, id: 'd', history: [], undoStack: [], redoStack: [] } })).toBeNull();
    expect(changeProblem({ document: 'doc-1', claim: '', field: 'document', value: body })).toBeNull();
  });

  it('a trace whose "from" lies outside the text is set aside like a claim outside the text', () => {
    const body = publishedBody(doc('Title\n\nThe council voted 9 to 4 on Thursday, the mayor said.'));
    const said = body.claims.find((c) => c.attribution)!;
    said.attribution!.trace = { rule: 'quotation continued', from: { start: 900, end: 5 } };
    expect(changeProblem({ document: 'doc-1', claim: '', field: 'document', value: body })).not.toBeNull();
  });

  it('a source removed by hand stays removed in a new version of the article (not "corrected by hand" to the extractor\'s)', () => {
    const text = 'Title\n\nThe council voted 9 to 4 on Thursday, the mayor said.\n\nRents rose 11 percent.';
    const v1 = doc(text);
    const i = v1.claims.findIndex((c) => c.attribution);
    v1.claims[i] = applyEdit(v1.claims[i]!, { kind: 'attribution', source: null, anonymous: false }, { now: 'x', newId: () => 'e' });
    const v2 = doc(`${text}\n\nThe plan takes effect in May.`);
    applyNewVersion(v1, v2, 'now', () => 'e2');
    const moved = v1.claims.find((c) => c.text.startsWith('The council'))!;
    expect(moved.attributionEdited).toBe(true);
    expect(moved.attribution).toBeNull();
    expect(explainSource(moved, v1.claims)).toBe('Source removed by hand');
    // ...and it would sync as the checker's correction:
    expect(fieldValue(moved, 'attribution')).toBeNull();
  });
});

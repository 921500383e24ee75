import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../src/main/service/build-document.ts';
import { publishedBody } from '../../src/main/team/apply-changes.ts';
import { changeProblem } from '../../src/shared/team/change-checks.ts';
import { FIXED_NOW } from './helpers.ts';

/** A real article as a colleague's library would publish it. */
const body = () => publishedBody(buildDocument('a.txt', new TextEncoder().encode('Title\n\nThe council voted 9 to 4 on Thursday, the mayor said.\n\nRents rose 11 percent, officials said.'), FIXED_NOW));
const change = (field: string, value: unknown) => ({ document: 'doc-1', claim: '', field, value });

describe('what a library takes from the desk', () => {
  it('takes a real article and its newer version', () => {
    expect(changeProblem(change('document', body()))).toBeNull();
    expect(changeProblem(change('version', { ...body(), versions: [{ importedAt: 'a', sourceName: 'a.txt' }, { importedAt: 'b', sourceName: 'a.txt' }] }))).toBeNull();
    expect(changeProblem(change('deleted', true))).toBeNull();
  });

  it('sets aside an article its files could not hold: a claim without its kind, or outside the text', () => {
    const noKind = body();
    delete (noKind.claims[0] as Partial<(typeof noKind.claims)[0]>).kind;
    expect(changeProblem(change('document', noKind))).toMatch(/^the article: claims\.0\.kind: /);
    const outside = body();
    outside.claims[1]!.end = outside.text.length + 5;
    expect(changeProblem(change('document', outside))).toBe(`the article: claims.${outside.claims[1]!.id}: its place is outside the article's text`);
    const negative = { ...body(), versions: [{ importedAt: 'a', sourceName: 'a' }, { importedAt: 'b', sourceName: 'b' }] };
    negative.claims[0]!.start = -1;
    expect(changeProblem(change('version', negative))).toMatch(/^the newer version: claims\.0\.start: /);
  });

  it('sets aside an article whose source trace is not the one the extractor writes', () => {
    const traced = body();
    const said = traced.claims.find((c) => c.attribution)!;
    expect(said.attribution!.trace?.rule).toBe('trailing clause');
    expect(changeProblem(change('document', traced))).toBeNull();
    said.attribution!.trace = { rule: 'trailing clause', pronoun: 5 as unknown as string };
    expect(changeProblem(change('document', traced))).toMatch(/^the article: claims\.\d+\.attribution\.trace\.pronoun: /);
    said.attribution!.trace = { rule: 'x'.repeat(500) };
    expect(changeProblem(change('document', traced))).toMatch(/attribution\.trace\.rule: /);
  });

  it('sets aside a version without its record, a trash move that is not true or false, and either naming a claim', () => {
    expect(changeProblem(change('version', body()))).toMatch(/^the newer version: versions: /);
    expect(changeProblem(change('deleted', 'yes'))).toBe('deleted must be true or false');
    expect(changeProblem({ ...change('deleted', true), claim: 'c1' })).toBe('a change of the document itself names a claim');
  });
});

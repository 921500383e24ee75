import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SearchIndex } from '../../src/main/search/search-index.ts';
import type { Claim, FactDocument } from '../../src/shared/model.ts';
import { STATUSES } from '../../src/shared/status.ts';

const WORDS = ['prosecutors', 'prosecutor', 'budget', 'council', 'approved', 'approves', 'river', 'nurses', 'Kharkiv', '2019', 'the', 'said'];

function claim(i: number, words: string[], note: string, status: number, dismissed: boolean): Claim {
  return {
    id: `c${i}`,
    n: i + 1,
    text: words.join(' '),
    status: STATUSES[status]!,
    note,
    evidence: [],
    attribution: null,
    dismissed,
  } as unknown as Claim;
}

function doc(id: string, claims: Claim[]): FactDocument {
  return { id, title: id, importedAt: '2026-01-02T00:00:00Z', claims } as unknown as FactDocument;
}

/** What a search must find, read straight from the documents: every query word's stem in some field. */
function expected(docs: Map<string, FactDocument>, query: string[]): string[] {
  const stemOf = (w: string) => w.toLowerCase().replace(/s$/, '').replace(/e?d$/, '').replace(/e$/, '');
  const out: string[] = [];
  for (const d of docs.values())
    for (const c of d.claims) {
      if (c.dismissed) continue;
      const have = new Set(`${c.text} ${c.note}`.split(/\s+/).filter(Boolean).map(stemOf));
      if (query.every((q) => have.has(stemOf(q)))) out.push(`${d.id}/${c.id}`);
    }
  return out.sort();
}

describe('search index', () => {
  it('finds exactly the claims holding every word, through any run of indexing, changes and removals', () => {
    const claimArb = fc.record({
      words: fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 6 }),
      note: fc.constantFrom('', 'budget', 'the river'),
      status: fc.integer({ min: 0, max: STATUSES.length - 1 }),
      dismissed: fc.boolean(),
    });
    const opArb = fc.oneof(
      fc.record({ kind: fc.constant('index' as const), doc: fc.integer({ min: 0, max: 3 }), claims: fc.array(claimArb, { maxLength: 30 }) }),
      fc.record({ kind: fc.constant('remove' as const), doc: fc.integer({ min: 0, max: 3 }) }),
      fc.record({ kind: fc.constant('edit' as const), doc: fc.integer({ min: 0, max: 3 }), at: fc.nat(), claim: claimArb }),
    );
    fc.assert(
      fc.property(fc.array(opArb, { maxLength: 40 }), fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 2 }), (ops, query) => {
        const index = new SearchIndex();
        const docs = new Map<string, FactDocument>();
        for (const op of ops) {
          const id = `d${op.doc}`;
          if (op.kind === 'index') {
            const d = doc(id, op.claims.map((c, i) => claim(i, c.words, c.note, c.status, c.dismissed)));
            docs.set(id, d);
            index.indexDocument(d, 'v');
          } else if (op.kind === 'remove') {
            docs.delete(id);
            index.removeDocument(id);
          } else {
            const d = docs.get(id);
            if (!d || d.claims.length === 0) continue;
            const at = op.at % d.claims.length;
            const c = op.claim;
            const changed = doc(id, d.claims.map((old, i) => (i === at ? claim(at, c.words, c.note, c.status, c.dismissed) : old)));
            docs.set(id, changed);
            index.indexClaim(changed, `c${at}`, 'v2');
          }
        }
        const found = index.search(`${query.join(' ')} `, {}, 10_000).map((h) => `${h.documentId}/${h.claimId}`).sort();
        expect(found).toEqual(expected(docs, query));
      }),
      { numRuns: 150 },
    );
  });

  it('stays right after thousands of re-indexed documents (its lists compacted), and says where a word was found', () => {
    const index = new SearchIndex();
    for (let round = 0; round < 300; round++) {
      const claims = Array.from({ length: 40 }, (_, i) => claim(i, [`round${round}`, 'budget', i % 2 ? 'council' : 'river'], i === 3 ? 'prosecutors' : '', 0, false));
      index.indexDocument(doc(`d${round % 7}`, claims), `v${round}`);
    }
    expect(index.size).toBe(7 * 40);
    expect(index.search('round299 council ').length).toBe(20);
    expect(index.search('round1 council ')).toEqual([]);
    const [hit] = index.search('prosecutor budget round299 ');
    expect(hit!.claimId).toBe('c3');
    expect(hit!.fields).toEqual(['claim', 'note']);
  });

  it('takes the last word of a query as the start of a word while it is being typed', () => {
    const index = new SearchIndex();
    index.indexDocument(doc('d', [claim(0, ['Prosecutors', 'said', 'the', 'budget'], '', 0, false), claim(1, ['The', 'prosecution', 'rested'], '', 0, false)]), 'v');
    expect(index.search('prosec').map((h) => h.claimId).sort()).toEqual(['c0', 'c1']);
    expect(index.search('prosec ')).toEqual([]);
    expect(index.search('prosecutor').map((h) => h.claimId)).toEqual(['c0']);
    expect(index.search('pr')).toEqual([]);
    // Searches one after another, each with a word of several lists: none sees what the last one marked.
    expect(index.search('budget prosec').map((h) => h.claimId)).toEqual(['c0']);
    expect(index.search('rested prosec').map((h) => h.claimId)).toEqual(['c1']);
    expect(index.search('said prosec').map((h) => h.claimId)).toEqual(['c0']);
    expect(index.search('rested prosec').map((h) => h.claimId)).toEqual(['c1']);
  });

  it('gives back the room its claim columns grew into once the library is read, and still finds everything', () => {
    const index = new SearchIndex();
    // 70 documents of 40 claims: past a doubling of every table, so half of what was reserved is unused.
    for (let d = 0; d < 70; d++) {
      const claims = Array.from({ length: 40 }, (_, i) => claim(i, [`doc${d}`, `word${i}`, 'budget', 'council approved the river plan', 'x'.repeat(60)], '', 0, false));
      index.indexDocument(doc(`d${d}`, claims), 'v');
    }
    const grown = index.bytes;
    index.prepare();
    const fitted = index.bytes;
    // What is held: the claims' text bytes, 26 bytes of columns a claim, at most one chunk not yet filled.
    expect(fitted.claims).toBeLessThanOrEqual(fitted.texts + 1.2 * 26 * 2800 + 256 * 1024);
    expect(fitted.claims).toBeLessThan(grown.claims);
    expect(index.search('doc69 word39 ').map((h) => h.claimId)).toEqual(['c39']);
    // A document read after the fit grows the tables again as needed.
    index.indexDocument(doc('late', [claim(0, ['latecomer', 'budget'], '', 0, false)]), 'v');
    expect(index.search('latecomer budget ').map((h) => h.documentId)).toEqual(['late']);
  });
});

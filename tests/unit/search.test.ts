import { describe, expect, it } from 'vitest';
import { WorkbenchService } from '../../src/main/service/workbench-service.ts';
import { differences, similarity } from '../../src/shared/similarity.ts';
import { FIXED_NOW, tempDir } from './helpers.ts';

const enc = (s: string) => new TextEncoder().encode(s);

/** Earlier articles with claims already checked. */
const EARLIER = [
  'Council passes budget\n\nThe city council approved a $4 million budget for road repairs on Tuesday. The mayor said the work would start in May.',
  'Hospital wait times\n\nPatients waited an average of 6 hours in the emergency room last year, state records show. The hospital hired 40 new nurses in March.',
  'River pollution\n\nThe factory discharged chemicals into the Tarrow River for three years, the ruling found. Fish deaths rose sharply after 2019, residents said.',
  'School closures\n\nThe district will close five elementary schools in June, officials announced. Enrolment has fallen by 20 percent since 2015.',
];

/** New claims to check, and which earlier claim each should find first, with the differences to flag. */
const CASES: Array<[string, string, string[]]> = [
  ['On Tuesday the council approved a road repair budget of $4 million.', 'approved a $4 million budget for road repairs', []],
  ['Emergency room patients waited 6 hours on average last year.', 'waited an average of 6 hours', []],
  ['The hospital hired 40 nurses in March, according to its director.', 'hired 40 new nurses', []],
  ['For three years the factory discharged chemicals into the river.', 'discharged chemicals into the Tarrow River', []],
  ['Five elementary schools in the district will close in June.', 'close five elementary schools', []],
  ['Enrolment fell 20 percent since 2015.', 'Enrolment has fallen by 20 percent', []],
  ['The city council approved a $6 million budget for road repairs on Tuesday.', 'approved a $4 million budget for road repairs', ['different number']],
  ['Patients waited an average of 9 hours in the emergency room last year.', 'waited an average of 6 hours', ['different number']],
  // These two state no number at all: nothing contradicts the earlier number, only the negation differs.
  ['The city council did not approve a budget for road repairs on Tuesday.', 'approved a $4 million budget for road repairs', ['negation differs']],
  ['The hospital never hired new nurses in March.', 'hired 40 new nurses', ['negation differs']],
];

async function library() {
  const svc = await WorkbenchService.start({ dataDir: await tempDir('search'), seedsDir: 'seeds', now: () => FIXED_NOW });
  await svc.importDropped(EARLIER.map((t, i) => ({ name: `earlier-${i}.txt`, bytes: enc(t) })), 'anyway');
  const fresh = await svc.importText(`New claims\n\n${CASES.map(([c]) => c).join('\n\n')}`, 'anyway');
  return { svc, fresh: fresh.imported[0]!.id };
}

describe('library search', () => {
  // 10–20 s of work with both cores busy, too close to the default 30 s budget: its own budget.
  it('finds claims by every word, across documents, with status, document and date filters', { timeout: 120_000 }, async () => {
    const { svc } = await library();
    const hits = await svc.searchLibrary({ text: 'kharkiv' });
    expect(hits.length).toBe(3);
    for (const h of hits) {
      const claim = (await svc.getDocument(h.documentId)).claims.find((c) => c.id === h.claimId)!;
      expect(claim.text.toLowerCase()).toContain('kharkiv');
      expect(claim.text.startsWith(h.text.replace(/…$/, ''))).toBe(true);
    }
    expect(hits[0]!.documentTitle).toContain('Joe Biden');
    const seed = hits[0]!.documentId;
    await svc.editClaim(seed, hits[0]!.claimId, { kind: 'status', status: 'verified' });
    expect((await svc.searchLibrary({ text: 'kharkiv', status: 'verified' })).map((h) => h.claimId)).toEqual([hits[0]!.claimId]);
    expect(await svc.searchLibrary({ text: 'council budget', documentId: seed })).toEqual([]);
    expect((await svc.searchLibrary({ text: 'council budget' })).length).toBeGreaterThan(0);
    expect(await svc.searchLibrary({ text: 'kharkiv', from: '2030-01-01' })).toEqual([]);
    expect((await svc.searchLibrary({ text: 'kharkiv', to: '2030-01-01' })).length).toBe(3);
  });

  it('keeps up with every change: notes, evidence titles, dismissals, deletes and restores', async () => {
    const { svc } = await library();
    const [hit] = await svc.searchLibrary({ text: 'Politico' });
    expect(await svc.searchLibrary({ text: 'pentagon briefing' })).toEqual([]);
    await svc.editClaim(hit!.documentId, hit!.claimId, { kind: 'note', note: 'Confirmed at the Pentagon briefing.' });
    expect((await svc.searchLibrary({ text: 'pentagon briefing' })).map((h) => h.claimId)).toEqual([hit!.claimId]);
    await svc.editClaim(hit!.documentId, hit!.claimId, { kind: 'add-evidence', url: 'https://example.org/x', title: 'Transcript of the Zephyr hearing', excerpt: '' });
    expect(await svc.searchLibrary({ text: 'zephyr' })).toHaveLength(1);
    await svc.editClaim(hit!.documentId, hit!.claimId, { kind: 'dismiss', dismissed: true });
    expect(await svc.searchLibrary({ text: 'zephyr' })).toEqual([]);
    await svc.undo(hit!.documentId);
    expect(await svc.searchLibrary({ text: 'zephyr' })).toHaveLength(1);
    await svc.deleteDocument(hit!.documentId);
    expect(await svc.searchLibrary({ text: 'zephyr' })).toEqual([]);
    await svc.restoreDocument(hit!.documentId);
    expect(await svc.searchLibrary({ text: 'zephyr' })).toHaveLength(1);
  });
});

describe('checked before?', () => {
  it('ranks the earlier claim first for paraphrases, and flags changed numbers and negations', async () => {
    const { svc, fresh } = await library();
    const doc = await svc.getDocument(fresh);
    let right = 0;
    const misses: string[] = [];
    for (const [text, expected, flags] of CASES) {
      const claim = doc.claims.find((c) => c.text === text)!;
      const similar = await svc.similarClaims(fresh, claim.id);
      const top = similar[0];
      if (top?.text.includes(expected)) right++;
      else misses.push(`${text} → ${top?.text ?? 'nothing'}`);
      if (top?.text.includes(expected)) expect(top.differences, text).toEqual(flags);
      for (const s of similar) expect(s.documentId).not.toBe(fresh);
    }
    expect(misses).toEqual([]);
    expect(right).toBe(CASES.length);
  });

  it('returns the earlier verdict and evidence with the match', async () => {
    const { svc, fresh } = await library();
    const earlier = (await svc.searchLibrary({ text: 'hired nurses' })).find((h) => h.documentTitle === 'Hospital wait times');
    await svc.editClaim(earlier!.documentId, earlier!.claimId, { kind: 'status', status: 'verified' });
    await svc.editClaim(earlier!.documentId, earlier!.claimId, { kind: 'add-evidence', url: 'https://example.org/hr', title: 'HR report', excerpt: '40 nurses' });
    const doc = await svc.getDocument(fresh);
    const claim = doc.claims.find((c) => c.text.startsWith('The hospital hired 40 nurses'))!;
    const [top] = await svc.similarClaims(fresh, claim.id);
    expect(top).toMatchObject({ status: 'verified', claimId: earlier!.claimId });
    expect(top!.evidence.map((e) => e.title)).toEqual(['HR report']);
  });
});

describe('similarity rules', () => {
  it('scores shared content words and spots number and negation differences', () => {
    expect(similarity('The council approved the budget.', 'The council approves budgets')).toBe(1);
    expect(similarity('Rain fell in Lisbon.', 'The stock market rose.')).toBe(0);
    expect(differences('Prices rose 5 percent.', 'Prices rose 5 percent.')).toEqual([]);
    expect(differences('Prices rose 5 percent.', 'Prices rose 7 percent.')).toEqual(['different number']);
    expect(differences('The bridge is safe.', "The bridge isn't safe.")).toEqual(['negation differs']);
    expect(differences('It was not closed.', 'It was never not closed.')).toEqual(['negation differs']);
  });
});

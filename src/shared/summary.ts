import { articleKey } from './article-identity.ts';
import { isOnList } from './claim-rules.ts';
import type { Claim, DocumentSummary, FactDocument } from './model.ts';
import { emptyCounts, VERDICTS, type Status } from './status.ts';
import { textFingerprint } from './import-checks.ts';

/** The summary the library keeps of a document: counts by status of the claims on the list, without the text. */
export function summarize(
  doc: Pick<FactDocument, 'id' | 'title' | 'sourceName' | 'importedAt' | 'updatedAt' | 'claims' | 'text'> & Partial<Pick<FactDocument, 'sourceUrl' | 'metadata' | 'fingerprint'>>,
  counts: Record<Status, number> = statusCounts(doc.claims),
): DocumentSummary {
  const claimCount = Object.values(counts).reduce((a, b) => a + b, 0);
  const key = articleKey(doc.sourceUrl) ?? articleKey(doc.metadata?.canonicalUrl);
  // Old documents have no fingerprint stored; theirs is made from the text, so a copy is still recognised.
  const fingerprint = doc.fingerprint ?? textFingerprint(doc.text);
  const summary: DocumentSummary = { id: doc.id, title: doc.title, sourceName: doc.sourceName, importedAt: doc.importedAt, updatedAt: doc.updatedAt ?? doc.importedAt, claimCount, counts, fingerprint, ...(key ? { articleKey: key } : {}) };
  const { siteName, byline, published } = doc.metadata ?? {};
  // The library lists an article by its outlet, byline and date when its page gave them.
  if (siteName || byline || published) summary.article = { ...(siteName ? { siteName } : {}), ...(byline ? { byline } : {}), ...(published ? { published } : {}) };
  return summary;
}

/** Counts by status of the claims on the list: the counts of every summary, header and report. */
export function statusCounts(claims: readonly Claim[]): Record<Status, number> {
  const counts = emptyCounts();
  for (const c of claims) if (isOnList(c)) counts[c.status]++;
  return counts;
}

/**
 * The positions whose claim a change replaced, for two lists of the same length (a change makes new claim
 * objects only for the claims it changes, so the others are the same objects).
 */
export function changedPositions(before: readonly Claim[] | Items<Claim>, after: readonly Claim[]): number[] {
  const at: number[] = [];
  if (Array.isArray(before)) {
    for (let i = 0; i < after.length; i++) if (after[i] !== before[i]) at.push(i);
  } else for (let i = 0; i < after.length; i++) if (after[i] !== before.at(i)) at.push(i);
  return at;
}

/** Items read by position: an array, or a copy of one kept another way. */
export interface Items<T> {
  readonly length: number;
  at(index: number): T | undefined;
}

/**
 * Counts by status after a change, from the counts before it: only the claims it replaced are counted again,
 * so a mark on a 20,000-claim article costs what it costs on a short one. Equal to statusCounts(after).
 * `changed`: the positions changedPositions gave for these two lists, when the caller has them already.
 */
export function countsAfter(counts: Record<Status, number>, before: readonly Claim[] | Items<Claim>, after: readonly Claim[], changed?: readonly number[] | null): Record<Status, number> {
  const at = before.length === after.length ? (changed ?? changedPositions(before, after)) : null;
  // Claims added, removed or moved: counted again.
  if (!at || at.some((i) => before.at(i)!.id !== after[i]!.id)) return statusCounts(after);
  const out = { ...counts };
  for (const i of at) {
    const was = before.at(i)!;
    if (isOnList(was)) out[was.status]--;
    if (isOnList(after[i]!)) out[after[i]!.status]++;
  }
  return out;
}

/** How many claims have a verdict, from counts by status: the one "reviewed" figure every view shows. */
export function reviewedCount(counts: Record<Status, number>): number {
  return VERDICTS.reduce((sum, s) => sum + counts[s], 0);
}

/**
 * The list's count line. Claims on the list are counted apart from the set-aside units a filter shows
 * (dismissed, not check-worthy), so the line never says more are shown than there are claims.
 */
export function listCountText(shown: readonly Claim[], listedTotal: number): string {
  let onList = 0;
  let dismissed = 0;
  let hidden = 0;
  for (const c of shown) {
    if (isOnList(c)) onList++;
    else if (c.dismissed) dismissed++;
    else hidden++;
  }
  const extra = [dismissed ? `${dismissed} dismissed` : '', hidden ? `${hidden} not check-worthy` : ''].filter(Boolean);
  return `${onList} shown of ${listedTotal} claim${listedTotal === 1 ? '' : 's'}${extra.length ? `, and ${extra.join(' and ')} unit${dismissed + hidden === 1 ? '' : 's'}` : ''}`;
}

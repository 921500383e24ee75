import { isOnList } from '../claim-rules.ts';
import { reviewedCount } from '../summary.ts';
import type { Claim, FactDocument } from '../model.ts';
import { emptyCounts, type Status } from '../status.ts';
import type { ExportChoices } from './report-options.ts';

/** What every report format is built from: the claims chosen, and the document's figures. */
export interface ReportData {
  /** Claims on the checker's list that the choices include, in article order. */
  claims: Claim[];
  /** Dismissed units, in article order (reported only when chosen). */
  dismissed: Claim[];
  /** Counts over every claim on the list, whatever the choices. */
  counts: Record<Status, number>;
  total: number;
  reviewed: number;
  sources: { named: number; anonymous: number; none: number };
}

const byArticleOrder = (a: Claim, b: Claim): number => a.start - b.start || a.n - b.n;

/** Picks and counts the claims for a report. */
export function reportData(doc: FactDocument, choices: Pick<ExportChoices, 'includeUnreviewed'>): ReportData {
  const listed = doc.claims.filter(isOnList).sort(byArticleOrder);
  const counts = emptyCounts();
  const sources = { named: 0, anonymous: 0, none: 0 };
  for (const c of listed) {
    counts[c.status]++;
    if (!c.attribution) sources.none++;
    else if (c.attribution.anonymous) sources.anonymous++;
    else sources.named++;
  }
  return {
    claims: choices.includeUnreviewed ? listed : listed.filter((c) => c.status !== 'unreviewed'),
    dismissed: doc.claims.filter((c) => c.dismissed).sort(byArticleOrder),
    counts,
    total: listed.length,
    reviewed: reviewedCount(counts),
    sources,
  };
}

/** "3 of 14 (21%)". */
export function percent(part: number, whole: number): string {
  return whole === 0 ? '0%' : `${Math.round((part / whole) * 100)}%`;
}

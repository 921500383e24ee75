import { isOnList, lacksReason } from '../claim-rules.ts';
import type { Claim, FactDocument } from '../model.ts';
import { emptyCounts, isVerdict, type Status } from '../status.ts';
import { reviewedCount } from '../summary.ts';
import type { ExportChoices } from './report-options.ts';

/** Where a claim stands in a report: a finding (a verdict with its reason), or one of the open kinds. */
export type ReportSection = 'finding' | 'no-reason' | 'recheck' | 'in-progress' | 'unreviewed';

/** The sections in the order every format gives them: findings first, then what is still open. */
export const REPORT_SECTIONS: readonly ReportSection[] = ['finding', 'no-reason', 'recheck', 'in-progress', 'unreviewed'];

/** How each section is named in reports. */
export const SECTION_LABEL: Readonly<Record<ReportSection, string>> = {
  finding: 'Finding',
  'no-reason': 'Verdict without a reason',
  recheck: 'Changed in a newer version',
  'in-progress': 'In progress',
  unreviewed: 'Unreviewed',
};

/** What every report format is built from: the claims by section, and the document's figures. */
export interface ReportData {
  /** Claims by section, each in article order; Unreviewed is empty when the choices leave them out. */
  sections: Record<ReportSection, Claim[]>;
  /** Every reported claim in the one report order: findings, verdicts without a reason, In progress, Unreviewed. */
  ordered: Claim[];
  /** How many Unreviewed claims the list has, whether or not they are reported one by one. */
  unreviewedCount: number;
  /** Dismissed units, in article order (reported only when chosen). */
  dismissed: Claim[];
  /** Counts over every claim on the list, whatever the choices. */
  counts: Record<Status, number>;
  total: number;
  /** Claims with a verdict (In progress is not reviewed). */
  reviewed: number;
  sources: { named: number; anonymous: number; none: number };
}

const byArticleOrder = (a: Claim, b: Claim): number => a.start - b.start || a.n - b.n;

/** The section a claim of the list belongs to; with `requireReason` off, every verdict is a finding. */
export function sectionOf(claim: Claim, requireReason = true): ReportSection {
  // A verdict given on words the article no longer has is not a finding until the checker looks again.
  if (claim.recheck?.reason === 'changed') return 'recheck';
  if (isVerdict(claim.status)) return requireReason && lacksReason(claim) ? 'no-reason' : 'finding';
  return claim.status === 'in-progress' ? 'in-progress' : 'unreviewed';
}

/** How many claims of each source kind: named, anonymous, no source. */
export function sourceCounts(claims: readonly Claim[]): ReportData['sources'] {
  const sources = { named: 0, anonymous: 0, none: 0 };
  for (const c of claims) {
    if (!c.attribution) sources.none++;
    else if (c.attribution.anonymous) sources.anonymous++;
    else sources.named++;
  }
  return sources;
}

/** Picks, sorts and counts the claims for a report. */
export function reportData(doc: Pick<FactDocument, 'claims'>, choices: Pick<ExportChoices, 'includeUnreviewed'>, requireReason = true): ReportData {
  const listed = doc.claims.filter(isOnList).sort(byArticleOrder);
  const counts = emptyCounts();
  const sections: Record<ReportSection, Claim[]> = { finding: [], 'no-reason': [], recheck: [], 'in-progress': [], unreviewed: [] };
  for (const c of listed) {
    counts[c.status]++;
    sections[sectionOf(c, requireReason)].push(c);
  }
  const unreviewedCount = sections.unreviewed.length;
  if (!choices.includeUnreviewed) sections.unreviewed = [];
  return {
    sections,
    ordered: REPORT_SECTIONS.flatMap((s) => sections[s]),
    unreviewedCount,
    dismissed: doc.claims.filter((c) => c.dismissed).sort(byArticleOrder),
    counts,
    total: listed.length,
    reviewed: reviewedCount(counts),
    sources: sourceCounts(listed),
  };
}

/** The article's address as reports give it: set by the checker, or the page's own canonical address. */
export function articleUrl(doc: Pick<FactDocument, 'sourceUrl' | 'metadata'>): string | null {
  return doc.sourceUrl ?? doc.metadata?.canonicalUrl ?? null;
}

/** "3 of 14 (21%)". */
export function percent(part: number, whole: number): string {
  return whole === 0 ? '0%' : `${Math.round((part / whole) * 100)}%`;
}

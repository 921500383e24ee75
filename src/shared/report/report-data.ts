import { isOnList, lacksReason } from '../claim-rules.ts';
import { historyByClaim, statusEntry } from '../history-view.ts';
import type { Claim, FactDocument, HistoryItem } from '../model.ts';
import { emptyCounts, isVerdict, type Status, type Verdict } from '../status.ts';
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

/** The verdicts in the order findings are given: what a reader must know first (contradicted, unsupported) leads. */
export const FINDING_ORDER: readonly Verdict[] = ['disputed', 'unsourced', 'verified'];

/**
 * The one category of every claim on the list, as the report counts it: a finding by its verdict, or an open
 * kind. Each claim is in exactly one, so the figures of every table, chart and sentence add up to the total.
 */
export type FigureKey = Verdict | Exclude<ReportSection, 'finding'>;

/** The categories in report order, with their labels: the rows of the figures table and the chart's bar. */
export const FIGURES: readonly { key: FigureKey; label: string }[] = [
  { key: 'disputed', label: 'Disputed' },
  { key: 'unsourced', label: 'Unsourced' },
  { key: 'verified', label: 'Verified' },
  { key: 'no-reason', label: 'Verdict without a reason' },
  { key: 'recheck', label: 'Changed in a newer version' },
  { key: 'in-progress', label: 'In progress' },
  { key: 'unreviewed', label: 'Unreviewed' },
];

/** Who last set a claim's status, and when (from its standing history; the claim's own time when history lacks it). */
export interface Mark {
  by: string | null;
  at: string | null;
}

/** What every report format is built from: the claims by section, and the document's figures, defined once. */
export interface ReportData {
  /** Claims by section: findings Disputed, Unsourced, Verified first, each group in article order; the rest in article order. */
  sections: Record<ReportSection, Claim[]>;
  /** Every claim on the list in the one report order (Unreviewed ones too, whatever the choices). */
  ordered: Claim[];
  /** Whether Unreviewed claims are listed one by one (else they are summarised). */
  listUnreviewed: boolean;
  /** Dismissed units, in article order (reported only when chosen). */
  dismissed: Claim[];
  /** Counts by status over every claim on the list. */
  counts: Record<Status, number>;
  /** Counts by report category: they sum to `total`. */
  figures: Record<FigureKey, number>;
  /** Claims on the list. */
  total: number;
  /** Claims with a verdict (In progress is not reviewed): findings, verdicts without a reason, and verdicts on changed words. */
  reviewed: number;
  /** Findings: verdicts with a reason. */
  findings: number;
  sources: { named: number; anonymous: number; none: number };
  /** Who set each claim's current status and when, by claim id. */
  marks: Map<string, Mark>;
  /** The standing history of each claim, by claim id. */
  history: Map<string, HistoryItem[]>;
}

const byArticleOrder = (a: Claim, b: Claim): number => a.start - b.start || a.n - b.n;

/** The section a claim of the list belongs to; with `requireReason` off, every verdict is a finding. */
export function sectionOf(claim: Claim, requireReason = true): ReportSection {
  // A verdict given on words the article no longer has is not a finding until the checker looks again.
  if (claim.recheck?.reason === 'changed') return 'recheck';
  if (isVerdict(claim.status)) return requireReason && lacksReason(claim) ? 'no-reason' : 'finding';
  return claim.status === 'in-progress' ? 'in-progress' : 'unreviewed';
}

/** The report category of a claim on the list. */
export function figureOf(claim: Claim, requireReason = true): FigureKey {
  const section = sectionOf(claim, requireReason);
  return section === 'finding' ? (claim.status as Verdict) : section;
}

/** Counts by report category of the claims on the list. */
export function figureCounts(claims: readonly Claim[], requireReason = true): Record<FigureKey, number> {
  const figures = Object.fromEntries(FIGURES.map((f) => [f.key, 0])) as Record<FigureKey, number>;
  for (const c of claims) if (isOnList(c)) figures[figureOf(c, requireReason)]++;
  return figures;
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

/** Who set each claim's status and when: the standing status entry, else the claim's own status time. */
function marksOf(claims: readonly Claim[], history: Map<string, HistoryItem[]>): Map<string, Mark> {
  const marks = new Map<string, Mark>();
  for (const c of claims) {
    const entry = statusEntry(history.get(c.id));
    marks.set(c.id, { by: entry?.by || null, at: entry?.at ?? c.statusChangedAt ?? null });
  }
  return marks;
}

/** Picks, sorts and counts the claims for a report: the one model every format renders. */
export function reportData(doc: Pick<FactDocument, 'claims'> & { history?: readonly HistoryItem[] }, choices: Pick<ExportChoices, 'includeUnreviewed'>, requireReason = true): ReportData {
  const listed = doc.claims.filter(isOnList).sort(byArticleOrder);
  const counts = emptyCounts();
  const sections: Record<ReportSection, Claim[]> = { finding: [], 'no-reason': [], recheck: [], 'in-progress': [], unreviewed: [] };
  for (const c of listed) {
    counts[c.status]++;
    sections[sectionOf(c, requireReason)].push(c);
  }
  const rank = (c: Claim): number => FINDING_ORDER.indexOf(c.status as Verdict);
  sections.finding.sort((a, b) => rank(a) - rank(b) || byArticleOrder(a, b));
  const history = historyByClaim(doc.history ?? []);
  return {
    sections,
    ordered: REPORT_SECTIONS.flatMap((s) => sections[s]),
    listUnreviewed: choices.includeUnreviewed,
    dismissed: doc.claims.filter((c) => c.dismissed).sort(byArticleOrder),
    counts,
    figures: figureCounts(listed, requireReason),
    total: listed.length,
    reviewed: listed.filter((c) => isVerdict(c.status)).length,
    findings: sections.finding.length,
    sources: sourceCounts(listed),
    marks: marksOf([...listed, ...doc.claims.filter((c) => c.dismissed)], history),
    history,
  };
}

/** The article's address as reports give it: set by the checker, or the page's own canonical address. */
export function articleUrl(doc: Pick<FactDocument, 'sourceUrl' | 'metadata'>): string | null {
  return doc.sourceUrl ?? doc.metadata?.canonicalUrl ?? null;
}

/** "21%" of a whole; 0% of nothing. */
export function percent(part: number, whole: number): string {
  return whole === 0 ? '0%' : `${Math.round((part / whole) * 100)}%`;
}

/** "1 claim", "3 claims". */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/**
 * The report's count sentence, made from the figures so its parts add up to the total: findings, verdicts
 * without a reason, verdicts on changed words, In progress and Unreviewed.
 */
export function countSentence(data: ReportData): string {
  const f = data.figures;
  const open = [
    f['no-reason'] ? plural(f['no-reason'], 'verdict without a reason', 'verdicts without a reason') : '',
    f.recheck ? `${f.recheck} changed in a newer version` : '',
    f['in-progress'] ? `${f['in-progress']} in progress` : '',
    f.unreviewed ? `${f.unreviewed} unreviewed` : '',
  ].filter(Boolean);
  const stillOpen = data.total - data.findings;
  return `${plural(data.total, 'claim')}: ${plural(data.findings, 'finding')}${stillOpen ? `, ${stillOpen} still open (${open.join(', ')})` : ', nothing open'}. Reviewed: ${data.reviewed} of ${data.total} (${percent(data.reviewed, data.total)}).`;
}

import type { Claim, FactDocument } from '../model.ts';
import { STATUS_INFO, type Verdict } from '../status.ts';
import { agentOf, bylineAgents, type Agent } from './agent-kind.ts';
import { articleUrl, plural, reportData, type Mark } from './report-data.ts';
import { DEFAULT_CHOICES, type ReportContext } from './report-options.ts';

/** Verdicts and their place on a 1–3 rating scale (3 = supported). */
const RATING: Readonly<Record<Verdict, number>> = { verified: 3, unsourced: 2, disputed: 1 };

/** Google's guidance: a claimReviewed of more than this many characters gets a short `name` too. */
const SHORT_CLAIM = 75;

type Json = Record<string, unknown>;

/** One agent, or a list of them, as JSON-LD (a single one stands alone). */
function agents(list: Agent[]): Agent | Agent[] | null {
  return list.length === 0 ? null : list.length === 1 ? list[0]! : list;
}

/** The article's own authors: its byline's people and organisations, or else its outlet. */
function articleAuthor(doc: FactDocument): Agent | Agent[] | null {
  const m = doc.metadata ?? {};
  if (m.authors?.length) return agents(m.authors.flatMap(bylineAgents));
  if (m.byline) return agents(bylineAgents(m.byline));
  return m.siteName ? { '@type': 'Organization', name: m.siteName } : null;
}

/**
 * Who made the claim: its named source, typed by what it is. An anonymous source is not invented as a person:
 * the claim is the article's, and the source is described on the claim; with no source the article makes it.
 */
function claimAuthor(doc: FactDocument, claim: Claim): Agent | Agent[] | null {
  const a = claim.attribution;
  return a && !a.anonymous ? agentOf(a.source) : articleAuthor(doc);
}

/** Where the claim appeared: the article, with its address, headline, outlet and date as far as they are known. */
function appearance(doc: FactDocument): Json {
  const m = doc.metadata ?? {};
  const url = articleUrl(doc);
  const author = articleAuthor(doc);
  return {
    '@type': 'NewsArticle',
    ...(url ? { url } : {}),
    headline: m.headline || doc.title,
    ...(m.published ? { datePublished: m.published } : {}),
    ...(m.siteName ? { publisher: { '@type': 'Organization', name: m.siteName } } : {}),
    ...(author ? { author } : {}),
  };
}

/** The page where the desk publishes its check of one claim: the organisation's address with the claim as fragment. */
function reviewUrl(doc: FactDocument, claim: Claim, ctx: ReportContext): string | null {
  return ctx.organisationUrl ? `${ctx.organisationUrl.replace(/#.*$/, '')}#claim-${doc.id}-${claim.n}` : null;
}

/** A claim's words cut at a word to at most 75 characters, for the review's `name`. */
export function shortClaim(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= SHORT_CLAIM) return flat;
  const cut = flat.slice(0, SHORT_CLAIM - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > SHORT_CLAIM / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.–—-]+$/u, '')}…`;
}

/** One ClaimReview (schema.org) for a finding: a verdict with its reason. */
function claimReview(doc: FactDocument, claim: Claim, mark: Mark | undefined, ctx: ReportContext): Json {
  const author = claimAuthor(doc, claim);
  const published = doc.metadata?.published;
  const anonymous = claim.attribution?.anonymous ? { description: `Attributed in the article to an unnamed source: ${claim.attribution.source}` } : {};
  const item: Json = { '@type': 'Claim', ...(author ? { author } : {}), appearance: appearance(doc), ...(published ? { datePublished: published } : {}), ...anonymous };
  const url = reviewUrl(doc, claim, ctx);
  const verdict = claim.status as Verdict;
  const info = STATUS_INFO[verdict];
  // Why: the review is signed by the desk named in settings, never by the computer's login name.
  const signer = ctx.organisation ? { '@type': 'Organization', name: ctx.organisation, ...(ctx.organisationUrl ? { url: ctx.organisationUrl } : {}) } : ctx.reviewer ? { '@type': 'Person', name: ctx.reviewer } : null;
  // When the verdict was given, so the same review exports the same date every time.
  const date = mark?.at ?? null;
  return {
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
    ...(url ? { url } : {}),
    ...(claim.text.length > SHORT_CLAIM ? { name: shortClaim(claim.text) } : {}),
    claimReviewed: claim.text,
    ...(date ? { datePublished: date } : {}),
    ...(signer ? { author: signer } : {}),
    reviewRating: { '@type': 'Rating', ratingValue: RATING[verdict], bestRating: 3, worstRating: 1, name: `${info.label}: ${info.description.replace(/\.$/, '')}`, alternateName: info.label },
    itemReviewed: item,
  };
}

/** The claims a ClaimReview export publishes, in the report's order: the findings (verdicts with a reason). */
export function claimReviewClaims(doc: FactDocument, ctx: Pick<ReportContext, 'requireReason'>): Claim[] {
  return reportData(doc, DEFAULT_CHOICES, ctx.requireReason ?? true).sections.finding;
}

/**
 * The document's findings as ClaimReview JSON-LD: an array with one review per verdict with a reason, each
 * with its own @context (as a page embeds them, and as validators read them).
 */
export function renderClaimReview(doc: FactDocument, ctx: ReportContext): string {
  const data = reportData(doc, DEFAULT_CHOICES, ctx.requireReason ?? true);
  return `${JSON.stringify(
    data.sections.finding.map((c) => claimReview(doc, c, data.marks.get(c.id), ctx)),
    null,
    2,
  )}\n`;
}

/** Something a ClaimReview export lacks; `required` when readers cannot use the export without it. */
export interface ExportGap {
  message: string;
  required: boolean;
}

/** What a ClaimReview export lacks for fact-check readers, required gaps first. */
export function claimReviewGaps(doc: FactDocument, ctx: ReportContext): ExportGap[] {
  const data = reportData(doc, DEFAULT_CHOICES, ctx.requireReason ?? true);
  const claims = data.sections.finding;
  const gaps: ExportGap[] = [];
  if (claims.length === 0) gaps.push({ message: 'No claim has a verdict with a reason yet: there is nothing to publish.', required: true });
  if (!ctx.organisation) gaps.push({ message: 'The organisation’s name: it signs every review (factcheck settings --organisation NAME).', required: true });
  if (!ctx.organisationUrl) gaps.push({ message: 'The organisation’s web address: each review’s url is the page there where the desk publishes its check (factcheck settings --organisation-url URL).', required: true });
  if (!articleUrl(doc)) gaps.push({ message: 'The article’s web address: where each claim appeared (factcheck import --url, or the export dialog).', required: false });
  if (!doc.metadata?.published) gaps.push({ message: 'The article’s publication date (the page did not give one): when each claim was made.', required: false });
  const authorless = claims.filter((c) => claimAuthor(doc, c) === null);
  if (authorless.length > 0) gaps.push({ message: `Who made claim${authorless.length === 1 ? '' : 's'} ${authorless.map((c) => c.n).join(', ')}: no source is given and the article names no author or outlet.`, required: false });
  const noReason = data.sections['no-reason'];
  if (noReason.length > 0) gaps.push({ message: `${plural(noReason.length, 'verdict')} without a reason (claim${noReason.length === 1 ? '' : 's'} ${noReason.map((c) => c.n).join(', ')}) ${noReason.length === 1 ? 'is' : 'are'} not published: add a note or evidence.`, required: false });
  return gaps;
}

/** What a ClaimReview export still lacks, in words the export dialog shows before saving. */
export function claimReviewPreflight(doc: FactDocument, ctx: ReportContext): string[] {
  return claimReviewGaps(doc, ctx).map((g) => g.message);
}

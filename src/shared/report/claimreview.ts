import { personName } from '../extract/extract.ts';
import type { Claim, FactDocument } from '../model.ts';
import { STATUS_INFO, type Status } from '../status.ts';
import { articleUrl, reportData } from './report-data.ts';
import { DEFAULT_CHOICES, type ReportContext } from './report-options.ts';

/** Statuses that are a verdict, and their place on a 1–3 rating scale (3 = supported). */
const RATING: Partial<Record<Status, number>> = { verified: 3, unsourced: 2, disputed: 1 };

type Json = Record<string, unknown>;

/** A schema.org Person or Organization for a name, guessed from its shape ("Mia Kern" is a person). */
function agent(name: string): Json {
  return { '@type': personName(name) ? 'Person' : 'Organization', name };
}

/** The article's own authors: its byline's people, or else its outlet. */
function articleAuthor(doc: FactDocument): Json | Json[] | null {
  const m = doc.metadata ?? {};
  if (m.authors?.length === 1) return { '@type': 'Person', name: m.authors[0] };
  if (m.authors?.length) return m.authors.map((name) => ({ '@type': 'Person', name }));
  if (m.byline) return { '@type': 'Person', name: m.byline.replace(/^by\s+/i, '') };
  return m.siteName ? { '@type': 'Organization', name: m.siteName } : null;
}

/**
 * Who made the claim: its named source; an anonymous source as an unnamed person described by the article's
 * words; with no source, the article itself (its byline or outlet) makes the claim.
 */
function claimAuthor(doc: FactDocument, claim: Claim): Json | Json[] | null {
  const a = claim.attribution;
  if (a && !a.anonymous) return agent(a.source);
  if (a) return { '@type': 'Person', name: 'Unnamed source', description: a.source };
  return articleAuthor(doc);
}

/** Where the claim appeared: the article, with its address, headline, outlet and date as far as they are known. */
function appearance(doc: FactDocument): Json | null {
  const url = articleUrl(doc);
  if (!url) return null;
  const m = doc.metadata ?? {};
  const author = articleAuthor(doc);
  return {
    '@type': 'NewsArticle',
    url,
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

/** One ClaimReview (schema.org) for a claim with a verdict. */
function claimReview(doc: FactDocument, claim: Claim, ctx: ReportContext): Json {
  const author = claimAuthor(doc, claim);
  const where = appearance(doc);
  const published = doc.metadata?.published;
  const item: Json = { '@type': 'Claim', ...(author ? { author } : {}), ...(where ? { appearance: where } : {}), ...(published ? { datePublished: published } : {}) };
  const url = reviewUrl(doc, claim, ctx);
  // Why: the review is signed by the desk named in settings, never by the computer's login name.
  const signer = ctx.organisation ? { '@type': 'Organization', name: ctx.organisation, ...(ctx.organisationUrl ? { url: ctx.organisationUrl } : {}) } : ctx.reviewer ? { '@type': 'Person', name: ctx.reviewer } : null;
  return {
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
    ...(url ? { url } : {}),
    claimReviewed: claim.text,
    datePublished: ctx.exportedAt.toISOString().slice(0, 10),
    ...(signer ? { author: signer } : {}),
    reviewRating: { '@type': 'Rating', ratingValue: RATING[claim.status], bestRating: 3, worstRating: 1, alternateName: STATUS_INFO[claim.status].label },
    itemReviewed: item,
  };
}

/** The claims a ClaimReview export holds, in the report's order: verdicts with a reason, then those without. */
export function claimReviewClaims(doc: FactDocument, ctx: Pick<ReportContext, 'requireReason'>): Claim[] {
  const { sections } = reportData(doc, DEFAULT_CHOICES, ctx.requireReason ?? true);
  return [...sections.finding, ...sections['no-reason']];
}

/**
 * The document's verdicts as ClaimReview JSON-LD: an array with one review per Verified, Unsourced or
 * Disputed claim, each with its own @context (as a page embeds them, and as validators read them).
 */
export function renderClaimReview(doc: FactDocument, ctx: ReportContext): string {
  return `${JSON.stringify(
    claimReviewClaims(doc, ctx).map((c) => claimReview(doc, c, ctx)),
    null,
    2,
  )}\n`;
}

/** What a ClaimReview export still lacks for fact-check readers, in words the export dialog shows before saving. */
export function claimReviewPreflight(doc: FactDocument, ctx: ReportContext): string[] {
  const claims = claimReviewClaims(doc, ctx);
  const missing: string[] = [];
  if (claims.length === 0) missing.push('No claim has a verdict yet: there is nothing to review.');
  if (!ctx.organisation) missing.push('The organisation’s name: it signs every review.');
  if (!ctx.organisationUrl) missing.push('The organisation’s web address: each review’s url is the page there where the desk publishes its check.');
  if (!articleUrl(doc)) missing.push('The article’s web address: where each claim appeared.');
  if (!doc.metadata?.published) missing.push('The article’s publication date (the page did not give one): when each claim was made.');
  const authorless = claims.filter((c) => claimAuthor(doc, c) === null);
  if (authorless.length > 0) missing.push(`Who made claim${authorless.length === 1 ? '' : 's'} ${authorless.map((c) => c.n).join(', ')}: no source is given and the article names no author or outlet.`);
  const noReason = claims.filter((c) => c.note.trim() === '' && c.evidence.length === 0);
  if (noReason.length > 0 && (ctx.requireReason ?? true)) missing.push(`A reason for the verdict on claim${noReason.length === 1 ? '' : 's'} ${noReason.map((c) => c.n).join(', ')}.`);
  return missing;
}

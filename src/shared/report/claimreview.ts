import { personName } from '../extract/extract.ts';
import type { Claim, FactDocument } from '../model.ts';
import { STATUS_INFO, type Status } from '../status.ts';
import type { ReportContext } from './report-options.ts';

/** Statuses that are a verdict, and their place on a 1–3 rating scale (3 = supported). */
const RATING: Partial<Record<Status, number>> = { verified: 3, unsourced: 2, disputed: 1 };

/** One ClaimReview (schema.org) per claim with a verdict. */
function claimReview(doc: FactDocument, claim: Claim, ctx: ReportContext): Record<string, unknown> {
  const item: Record<string, unknown> = { '@type': 'Claim' };
  const a = claim.attribution;
  if (a && !a.anonymous) item.author = { '@type': personName(a.source) ? 'Person' : 'Organization', name: a.source };
  if (doc.sourceUrl) item.appearance = { '@type': 'CreativeWork', url: doc.sourceUrl, headline: doc.title };
  const review: Record<string, unknown> = {
    '@type': 'ClaimReview',
    claimReviewed: claim.text,
    datePublished: ctx.exportedAt.toISOString().slice(0, 10),
    author: { '@type': 'Organization', name: ctx.organisation || ctx.reviewer, ...(ctx.organisationUrl ? { url: ctx.organisationUrl } : {}) },
    reviewRating: { '@type': 'Rating', ratingValue: RATING[claim.status], bestRating: 3, worstRating: 1, alternateName: STATUS_INFO[claim.status].label },
    itemReviewed: item,
  };
  if (ctx.organisationUrl) review.url = `${ctx.organisationUrl.replace(/#.*$/, '')}#claim-${doc.id}-${claim.n}`;
  return review;
}

/** The document's verdicts as ClaimReview JSON-LD: one review per Verified, Unsourced or Disputed claim. */
export function renderClaimReview(doc: FactDocument, ctx: ReportContext): string {
  const reviewed = doc.claims.filter((c) => !c.dismissed && RATING[c.status] !== undefined).sort((a, b) => a.start - b.start);
  const graph = reviewed.map((c) => claimReview(doc, c, ctx));
  return `${JSON.stringify({ '@context': 'https://schema.org', '@graph': graph }, null, 2)}\n`;
}

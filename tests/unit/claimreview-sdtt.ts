import { structuredDataTest, type SdttPreset, type SdttResult } from 'structured-data-testing-tool';
import presets from 'structured-data-testing-tool/presets.js';

/**
 * What fact-check readers look for beyond Google's minimum (its ClaimReview guidelines): the claim's author,
 * where it appeared and when, and a review signed by the organisation; one test per review and property.
 */
function readers(count: number): SdttPreset {
  const paths = ['author.name', 'itemReviewed.author.name', 'itemReviewed.appearance.url', 'itemReviewed.appearance.publisher.name', 'itemReviewed.datePublished', 'reviewRating.name', 'reviewRating.alternateName', 'datePublished'];
  const tests = Array.from({ length: count }, (_, i) => [
    ...paths.map((p) => ({ test: `ClaimReview[${i}].${p}` })),
    { test: `ClaimReview[${i}].author."@type"`, expect: 'Organization' },
    { test: `ClaimReview[${i}].itemReviewed."@type"`, expect: 'Claim' },
  ]).flat();
  return { name: 'Fact-check readers', conditional: { test: 'ClaimReview' }, tests };
}

/** A ClaimReview export embedded as a publisher's page would embed it, checked by structured-data-testing-tool. */
export async function validate(jsonld: string): Promise<SdttResult> {
  const html = `<!DOCTYPE html><html><head><title>Checks</title><script type="application/ld+json">${jsonld.replace(/</g, '\\u003c')}</script></head><body></body></html>`;
  // The tool rejects with the same result when a test fails; either way the result is what is asserted on.
  const count = (JSON.parse(jsonld) as unknown[]).length;
  return structuredDataTest(html, { presets: [presets.Google, readers(count)] }).catch((err: { res?: SdttResult }) => {
    if (!err.res) throw err;
    return err.res;
  });
}

import type { FactDocument } from './model.ts';

/** Query parameters that only say where a reader came from (tracking), never which article it is. */
const TRACKING = /^(?:utm_\w+|fbclid|gclid|mc_cid|mc_eid|ref|cmpid|ocid|smid|at_medium|at_campaign)$/i;

/**
 * An article address reduced to what names the article: no fragment, no tracking parameters, host lower-cased
 * without "www.", no trailing slash, http and https alike. Null when it is not a web address.
 */
export function articleKey(url: string | null | undefined): string | null {
  if (!url) return null;
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
  const params = [...u.searchParams].filter(([k]) => !TRACKING.test(k)).sort(([a], [b]) => a.localeCompare(b));
  const query = params.length ? `?${new URLSearchParams(params).toString()}` : '';
  return `${u.hostname.toLowerCase().replace(/^www\./, '')}${u.pathname.replace(/\/+$/, '')}${query}`;
}

/** The article's text with spacing and case evened out, for telling copies apart from versions. */
function textKey(text: string): string {
  return text.replace(/\s+/g, ' ').trim().toLowerCase();
}

/**
 * True when two documents are copies of one article: the same address (the checker's, or the page's
 * canonical one), or the same text. A copy's claims are the same claims, never a "checked before" match.
 */
export function sameArticle(a: Pick<FactDocument, 'sourceUrl' | 'metadata' | 'text'>, b: Pick<FactDocument, 'sourceUrl' | 'metadata' | 'text'>): boolean {
  const keysA = [articleKey(a.sourceUrl), articleKey(a.metadata?.canonicalUrl)].filter((k): k is string => k !== null);
  const keysB = new Set([articleKey(b.sourceUrl), articleKey(b.metadata?.canonicalUrl)].filter((k): k is string => k !== null));
  if (keysA.some((k) => keysB.has(k))) return true;
  // Lengths first: comparing whole texts is needed only when they could be equal.
  return Math.abs(a.text.length - b.text.length) < 64 && textKey(a.text) === textKey(b.text);
}

import type { FactDocument } from '../model.ts';
import { articleUrl } from './report-data.ts';

/** One detail of the article for a report: its value, or null with what is missing said in words. */
export interface ArticleDetail {
  label: string;
  value: string | null;
  /** What to say when the value is missing. */
  missing: string;
  /** The value is a web address to link. */
  link?: boolean;
}

/** The article's byline as printed, or its authors joined. */
export function bylineOf(doc: Pick<FactDocument, 'metadata'>): string | null {
  const m = doc.metadata ?? {};
  return m.authors?.length ? m.authors.join(', ') : m.byline || null;
}

/**
 * The article's details every report gives: headline, outlet, byline, dates, address, file. A detail the page
 * did not give is kept with what is missing, so a reader sees the gap instead of a silently shorter list.
 */
export function articleDetails(doc: FactDocument): ArticleDetail[] {
  const m = doc.metadata ?? {};
  const byline = bylineOf(doc);
  const details: ArticleDetail[] = [
    { label: 'Headline', value: m.headline || doc.title, missing: 'no headline' },
    { label: 'Outlet', value: m.siteName || null, missing: 'the page does not name its outlet' },
    // The outlet is not repeated as the byline ("BBC News · BBC News").
    ...(byline && byline === m.siteName ? [] : [{ label: 'Byline', value: byline, missing: 'the page names no author' }]),
    { label: 'Published', value: m.published || null, missing: 'the page gives no publication date' },
    ...(m.updated && m.updated !== m.published ? [{ label: 'Updated', value: m.updated, missing: '' }] : []),
    { label: 'Address', value: articleUrl(doc), missing: 'no web address was given (factcheck import --url, or the export dialog)', link: true },
    { label: 'File', value: doc.sourceName, missing: '' },
  ];
  return details;
}

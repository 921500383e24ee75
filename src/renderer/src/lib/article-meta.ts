import type { ArticleMetadata } from '../../../shared/model.ts';

/** A publication date as people read it ("3 May 2024"); the page's own text when it is not a date. */
export function formatPublished(published: string): string {
  const date = new Date(published);
  return Number.isNaN(date.getTime()) ? published : date.toLocaleDateString(undefined, { year: 'numeric', month: 'short', day: 'numeric' });
}

/** The parts of an article's credit line that its page gave: outlet, byline, date (absent ones left out). */
export function creditParts(meta: Pick<ArticleMetadata, 'siteName' | 'byline' | 'authors' | 'published'> | undefined): string[] {
  if (!meta) return [];
  const byline = meta.byline ?? (meta.authors?.length ? `By ${meta.authors.join(', ')}` : undefined);
  // An outlet that bylines itself ("BBC News" by "BBC News") is named once.
  const same = (a: string | undefined, b: string | undefined): boolean => !!a && !!b && a.replace(/^by\s+/i, '').trim().toLowerCase() === b.trim().toLowerCase();
  return [meta.siteName, same(byline, meta.siteName) ? undefined : byline, meta.published ? formatPublished(meta.published) : undefined].filter((p): p is string => !!p && p.trim() !== '');
}

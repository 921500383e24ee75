import type { ArticleMetadata } from '../../shared/model.ts';
import { squash } from '../../shared/extract/normalize.ts';
import { checkEvidenceUrl } from '../../shared/evidence-url.ts';

/** The few DOM calls read here (linkedom's types are loose). */
interface MetaDoc {
  querySelector(selector: string): { getAttribute(name: string): string | null; textContent: string | null } | null;
  querySelectorAll(selector: string): ArrayLike<{ textContent: string | null }>;
  documentElement: { getAttribute(name: string): string | null } | null;
}

/** What Readability says about the page, when it ran. */
export interface ReadabilityMeta {
  title?: string | null;
  byline?: string | null;
  siteName?: string | null;
  publishedTime?: string | null;
  lang?: string | null;
}

type Json = Record<string, unknown>;

const ARTICLE_TYPES = /^(?:NewsArticle|Article|BlogPosting|Report|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|LiveBlogPosting|ScholarlyArticle|TechArticle|WebPage)$/;

/** Every object of the page's JSON-LD blocks, with @graph and arrays flattened. */
function jsonLdObjects(doc: MetaDoc): Json[] {
  const out: Json[] = [];
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? '');
    } catch {
      continue; // A malformed block says nothing; the rest of the page still does.
    }
    const queue: unknown[] = [data];
    while (queue.length > 0 && out.length < 200) {
      const item = queue.shift();
      if (Array.isArray(item)) queue.push(...item.slice(0, 50));
      else if (item && typeof item === 'object') {
        out.push(item as Json);
        if (Array.isArray((item as Json)['@graph'])) queue.push(...((item as Json)['@graph'] as unknown[]).slice(0, 50));
      }
    }
  }
  return out;
}

function types(o: Json): string[] {
  const t = o['@type'];
  return (Array.isArray(t) ? t : [t]).filter((x): x is string => typeof x === 'string');
}

/** A plain string from a JSON-LD value: a string, or the `name` of an object. */
function str(value: unknown): string | null {
  if (typeof value === 'string') return squash(value) || null;
  if (value && typeof value === 'object' && !Array.isArray(value)) return str((value as Json).name ?? (value as Json)['@id']);
  return null;
}

function names(value: unknown): string[] {
  const list = Array.isArray(value) ? value : value === undefined || value === null ? [] : [value];
  return list.map(str).filter((s): s is string => !!s && !/^https?:/i.test(s));
}

/** The page's article object in JSON-LD (NewsArticle, BlogPosting...), preferring one with a body. */
export function jsonLdArticle(doc: MetaDoc): Json | null {
  const articles = jsonLdObjects(doc).filter((o) => types(o).some((t) => ARTICLE_TYPES.test(t)));
  return articles.find((o) => typeof o.articleBody === 'string') ?? articles.find((o) => !types(o).includes('WebPage')) ?? null;
}

function metaContent(doc: MetaDoc, ...selectors: string[]): string | null {
  for (const s of selectors) {
    const v = doc.querySelector(s)?.getAttribute('content');
    if (v && v.trim()) return squash(v);
  }
  return null;
}

/** A web address kept only if it is absolute http(s): a page cannot plant a javascript: or file: link. */
function safeUrl(raw: string | null): string | null {
  if (!raw) return null;
  const checked = checkEvidenceUrl(raw);
  return checked.ok ? checked.url : null;
}

/**
 * The article's metadata from <meta> tags, JSON-LD and Readability, first found wins in that order of trust:
 * JSON-LD (the publisher's structured record), then meta tags, then Readability's guesses.
 */
export function readMetadata(doc: MetaDoc, readability: ReadabilityMeta | null, headline: string | null): ArticleMetadata {
  const ld = jsonLdArticle(doc) ?? {};
  const authors = names(ld.author);
  const metaAuthor = metaContent(doc, 'meta[name="author"]', 'meta[property="article:author"]', 'meta[name="byl"]');
  if (authors.length === 0 && metaAuthor && !/^https?:/i.test(metaAuthor)) authors.push(...metaAuthor.replace(/^by\s+/i, '').split(/\s*(?:,|\band\b)\s*/).filter(Boolean));
  const canonical = doc.querySelector('link[rel=canonical]')?.getAttribute('href') ?? null;
  const meta: Record<keyof ArticleMetadata, string | string[] | null | undefined> = {
    headline: str(ld.headline) ?? metaContent(doc, 'meta[property="og:title"]', 'meta[name="twitter:title"]') ?? readability?.title ?? headline,
    siteName: str(ld.publisher) ?? metaContent(doc, 'meta[property="og:site_name"]', 'meta[name="application-name"]') ?? readability?.siteName ?? null,
    authors,
    byline: readability?.byline ? squash(readability.byline) : authors.length > 0 ? authors.join(', ') : null,
    published: str(ld.datePublished) ?? metaContent(doc, 'meta[property="article:published_time"]', 'meta[name="date"]', 'meta[itemprop="datePublished"]') ?? readability?.publishedTime ?? null,
    updated: str(ld.dateModified) ?? metaContent(doc, 'meta[property="article:modified_time"]', 'meta[property="og:updated_time"]', 'meta[itemprop="dateModified"]'),
    canonicalUrl: safeUrl(canonical) ?? safeUrl(metaContent(doc, 'meta[property="og:url"]')) ?? safeUrl(str(ld.url) ?? str(ld.mainEntityOfPage)),
    language: doc.documentElement?.getAttribute('lang')?.trim() || str(ld.inLanguage) || metaContent(doc, 'meta[http-equiv="content-language"]', 'meta[property="og:locale"]') || readability?.lang || null,
  };
  // Only the fields the page gave: stored documents stay small and every field stays optional.
  return Object.fromEntries(Object.entries(meta).filter(([, v]) => v !== null && v !== '' && !(Array.isArray(v) && v.length === 0))) as ArticleMetadata;
}

import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { ArticleBlock, StructuredArticle } from '../../shared/extract/article.ts';
import { squash } from '../../shared/extract/normalize.ts';
import { checkEvidenceUrl } from '../../shared/evidence-url.ts';

/** Elements that never hold article text: code, embeds, forms, navigation, asides, media and captions. */
const JUNK_TAGS =
  'script,style,noscript,template,iframe,object,embed,svg,canvas,form,button,input,select,textarea,nav,aside,footer,figure,figcaption,picture,video,audio,dialog,[role=navigation],[role=contentinfo],[role=complementary],[role=dialog],[aria-hidden=true],[hidden]';

/** Class or id words of page furniture: bylines, captions, promos, "related" and "most read" lists, notices. */
const JUNK_NAMES =
  /(?:^|[\s_-])(?:byline|dateline|author|caption|credits?|promo|promotions?|related|most-?read|popular|trending|newsletter|cookies?|consent|gdpr|subscribe|subscription|paywall|share|sharing|social|advert|adverts|advertisement|ads?|sponsor(?:ed)?|breadcrumbs?|tags|comments?|topbar|masthead|timestamp|read-?more|recommended|outbrain|taboola|signup|login|banner)(?:$|[\s_-])/i;

const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const BLOCKS = new Set([...HEADINGS, 'p', 'li', 'ul', 'ol', 'div', 'section', 'article', 'main', 'blockquote', 'pre', 'table', 'header', 'dl', 'dd', 'dt', 'figure', 'hr']);

/** Minimal shape of the DOM nodes walked here (linkedom's types are loose). */
interface El {
  tagName: string;
  children: ArrayLike<El>;
  textContent: string | null;
  getAttribute(name: string): string | null;
  remove(): void;
  querySelectorAll(selector: string): ArrayLike<El>;
  querySelector(selector: string): El | null;
}

function textOf(el: El): string {
  return squash(el.textContent ?? '');
}

/** Drops a site name from a page title: "Headline | The Ledger" → "Headline"; " - Site" only when the h1 agrees. */
export function stripSiteName(title: string, h1: string | null): string {
  const t = squash(title);
  if (h1 && t.startsWith(h1)) return h1;
  const piped = t.replace(/\s+[|·•»]\s+[^|·•»]{1,60}$/, '');
  return piped || t;
}

function removeJunk(root: El): void {
  for (const el of Array.from(root.querySelectorAll(JUNK_TAGS))) el.remove();
  for (const el of Array.from(root.querySelectorAll('[class],[id]'))) {
    const names = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
    if (JUNK_NAMES.test(names) && !/(?:^|\s)(?:article|story|content|main|body)(?:$|\s)/i.test(el.getAttribute('class') ?? '')) el.remove();
  }
}

function hasBlockChild(el: El): boolean {
  return Array.from(el.children).some((c) => BLOCKS.has(c.tagName.toLowerCase()));
}

/** Walks the article body in reading order, turning headings, paragraphs and list items into blocks. */
function walk(el: El, out: ArticleBlock[]): void {
  for (const child of Array.from(el.children)) {
    const tag = child.tagName.toLowerCase();
    if (HEADINGS.has(tag)) out.push({ kind: 'heading', text: textOf(child) });
    else if (tag === 'li') {
      if (hasBlockChild(child)) walk(child, out);
      else out.push({ kind: 'list-item', text: textOf(child) });
    } else if (tag === 'p' || tag === 'pre' || tag === 'dd' || tag === 'dt') out.push({ kind: 'paragraph', text: textOf(child) });
    else if (tag === 'table' || tag === 'hr') continue;
    else if (BLOCKS.has(tag)) {
      if (hasBlockChild(child)) walk(child, out);
      else out.push({ kind: 'paragraph', text: textOf(child) });
    } else {
      const text = textOf(child);
      if (text) out.push({ kind: 'paragraph', text });
    }
  }
}

/**
 * Reads a news page: the headline from h1 or the title, the body through Mozilla's Readability, after
 * scripts, navigation, captions, promos, bylines and notices are removed so none of them become claims.
 */
export function htmlToArticle(html: string): StructuredArticle {
  const { document } = parseHTML(html);
  const doc = document as unknown as El & { title: string; body: El | null };
  const h1El = doc.querySelector('h1');
  const h1 = h1El ? textOf(h1El) : null;
  const titleEl = doc.querySelector('title');
  const declared = doc.querySelector('link[rel=canonical]')?.getAttribute('href') ?? doc.querySelector('meta[property="og:url"]')?.getAttribute('content') ?? '';
  // Only an absolute http(s) address is kept: a page cannot plant a javascript: or file: link in the report.
  const checkedUrl = declared ? checkEvidenceUrl(declared) : null;
  const url = checkedUrl?.ok ? checkedUrl.url : null;
  const headline = h1 || (titleEl ? stripSiteName(textOf(titleEl), null) : null) || null;
  removeJunk(doc);

  const parsed = new Readability(document as unknown as Document, { charThreshold: 100 }).parse();
  const blocks: ArticleBlock[] = [];
  if (parsed?.content) {
    const { document: content } = parseHTML(`<!doctype html><html><body>${parsed.content}</body></html>`);
    const body = (content as unknown as { body: El }).body;
    removeJunk(body);
    walk(body, blocks);
  }
  if (blocks.length === 0) {
    // Readability found no article (a very short page): fall back to the cleaned page body.
    const { document: again } = parseHTML(html);
    const body = (again as unknown as { body: El | null }).body;
    if (body) {
      removeJunk(body);
      walk(body, blocks);
    }
  }
  const cleaned = blocks.filter((b) => b.text !== '');
  if (headline && cleaned[0]?.kind === 'heading' && cleaned[0].text === headline) cleaned.shift();
  return { headline, blocks: cleaned, url };
}

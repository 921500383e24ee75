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
  /(?:^|[\s_-])(?:byline|dateline|author|caption|credits?|promo|promotions?|related|most-?read|popular|trending|newsletter|cookies?|consent|gdpr|subscribe|subscription|paywall|share|sharing|social|advert|adverts|advertisement|ads?|sponsor(?:ed)?|breadcrumbs?|tags|comments?|topbar|masthead|timestamp|read-?more|recommended|outbrain|taboola|signup|login|banner|embed|oembed|twitter|tweet|instagram|tiktok|fb-post)(?:$|[\s_-])/i;

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

/** An element's text, with a space where blocks or line breaks meet (so "<p>a</p><p>b</p>" is "a b", not "ab"). */
function textOf(el: El): string {
  const parts: string[] = [];
  const stack: Array<El | string> = [el];
  while (stack.length > 0) {
    const item = stack.pop()!;
    if (typeof item === 'string') {
      parts.push(item);
      continue;
    }
    const nodes = Array.from((item as unknown as { childNodes: ArrayLike<{ nodeType: number; textContent: string | null }> }).childNodes);
    for (let i = nodes.length - 1; i >= 0; i--) {
      const node = nodes[i]!;
      if (node.nodeType === 3) stack.push(node.textContent ?? '');
      else if (node.nodeType === 1) {
        const child = node as unknown as El;
        const tag = child.tagName.toLowerCase();
        const spaced = BLOCKS.has(tag) || tag === 'br' || tag === 'td' || tag === 'th';
        if (spaced) stack.push(' ');
        stack.push(child);
        if (spaced) stack.push(' ');
      }
    }
  }
  return squash(parts.join(''));
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

/** What to do with one element met in reading order. */
function classify(el: El): 'skip' | 'heading' | 'item' | 'paragraph' | 'descend' {
  const tag = el.tagName.toLowerCase();
  if (HEADINGS.has(tag)) return 'heading';
  if (tag === 'table' || tag === 'hr') return 'skip';
  if (tag === 'li') return hasBlockChild(el) ? 'descend' : 'item';
  if (tag === 'p' || tag === 'pre' || tag === 'dd' || tag === 'dt') return 'paragraph';
  if (BLOCKS.has(tag)) return hasBlockChild(el) ? 'descend' : 'paragraph';
  return 'paragraph';
}

/**
 * Walks the article body in reading order, turning headings, paragraphs and list items into blocks. It keeps
 * its own stack, so a page nested thousands of levels deep cannot overflow the call stack.
 */
function walk(root: El, out: ArticleBlock[]): void {
  const stack: El[] = Array.from(root.children).reverse();
  while (stack.length > 0) {
    const el = stack.pop()!;
    const kind = classify(el);
    if (kind === 'descend') {
      const kids = Array.from(el.children);
      for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
    } else if (kind !== 'skip') {
      const text = textOf(el);
      if (text) out.push({ kind: kind === 'heading' ? 'heading' : kind === 'item' ? 'list-item' : 'paragraph', text });
    }
  }
}

/** Readability's scoring grows with the square of the nesting; past these sizes the cleaned body is used instead. */
const READABILITY_MAX_DEPTH = 150;
const READABILITY_MAX_ELEMENTS = 60_000;

/** The deepest nesting and the number of elements under `root`, counted without recursion. */
function measure(root: El): { depth: number; elements: number } {
  let depth = 0;
  let elements = 0;
  const stack: Array<[El, number]> = [[root, 0]];
  while (stack.length > 0) {
    const [el, d] = stack.pop()!;
    elements++;
    if (d > depth) depth = d;
    for (const child of Array.from(el.children)) stack.push([child, d + 1]);
  }
  return { depth, elements };
}

/**
 * Reads a news page: the headline from h1 or the title, the body through Mozilla's Readability, after
 * scripts, navigation, captions, promos, bylines and notices are removed so none of them become claims.
 */
export function htmlToArticle(source: string): StructuredArticle {
  // A fragment without <html> has no document element in linkedom; give it one so it parses like a page.
  const wrap = (s: string): string => `<!doctype html><html><head></head><body>${s}</body></html>`;
  let html = /<html[\s>]/i.test(source) ? source : wrap(source);
  let { document } = parseHTML(html);
  if (!document.documentElement || !document.body?.textContent?.trim()) ({ document } = parseHTML((html = wrap(source))));
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

  const size = doc.body ? measure(doc.body) : { depth: 0, elements: 0 };
  const usable = size.depth <= READABILITY_MAX_DEPTH && size.elements <= READABILITY_MAX_ELEMENTS;
  const parsed = usable ? new Readability(document as unknown as Document, { charThreshold: 100 }).parse() : null;
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

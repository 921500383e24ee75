import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { ArticleBlock, StructuredArticle } from '../../shared/extract/article.ts';
import { squash } from '../../shared/extract/normalize.ts';
import { measure, removeJunk, textOf, walk, type El } from './html-dom.ts';
import { jsonLdArticle, readMetadata, type ReadabilityMeta } from './html-metadata.ts';
import { streamArticle } from './html-stream.ts';
import { stripSiteName } from './html-text.ts';

export { stripSiteName };

/** Readability's scoring grows with the square of the nesting; past these sizes the cleaned body is used instead. */
const READABILITY_MAX_DEPTH = 150;
const READABILITY_MAX_ELEMENTS = 60_000;

/** Markup (scripts and styles aside) above which a page is read in one streaming pass instead of as a DOM. */
const DOM_MAX_MARKUP = 4_000_000;

/** True when a page is too large to build a DOM for and read with Readability in reasonable time and memory. */
function tooLargeForDom(source: string): boolean {
  if (source.length <= DOM_MAX_MARKUP) return false;
  let markup = source.length;
  let tags = 0;
  const code = /<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>|<[a-z]/gi;
  for (let m = code.exec(source); m; m = code.exec(source)) {
    if (m[1]) markup -= m[0].length;
    else if (++tags > READABILITY_MAX_ELEMENTS) return true;
  }
  return markup > DOM_MAX_MARKUP;
}

/** Readability's article, or null when it finds none or fails on the page (the cleaned body is read instead). */
function readable(document: unknown): (ReadabilityMeta & { content?: El | null }) | null {
  try {
    // Classes are kept so furniture Readability lets through (promos, embeds) can still be told by its class names.
    // The article comes back as its element, not as HTML to parse once more.
    const article = new Readability(document as Document, { charThreshold: 100, keepClasses: true, serializer: (el) => el }).parse();
    return article as (ReadabilityMeta & { content?: El | null }) | null;
  } catch {
    return null;
  }
}

/** The blocks of an element (Readability's article, or a page body), furniture removed. */
function blocksOf(root: El | null | undefined): ArticleBlock[] {
  const blocks: ArticleBlock[] = [];
  if (!root) return blocks;
  removeJunk(root);
  walk(root, blocks);
  return blocks;
}

const lengthOf = (blocks: ArticleBlock[]): number => blocks.reduce((n, b) => n + b.text.length, 0);

/** The share of `reference`'s text that `found` also holds, paragraph by paragraph (0..1; 1 when there is none). */
function coverage(found: ArticleBlock[], reference: ArticleBlock[]): number {
  const have = new Set(found.map((b) => squash(b.text)));
  const joined = found.map((b) => b.text).join('\n');
  let total = 0;
  let kept = 0;
  for (const b of reference) {
    total += b.text.length;
    if (have.has(squash(b.text)) || joined.includes(b.text)) kept += b.text.length;
  }
  return total === 0 ? 1 : kept / total;
}

/** The article body the publisher put in its JSON-LD record, as paragraphs. */
function jsonLdBody(body: unknown): ArticleBlock[] {
  if (typeof body !== 'string') return [];
  const text = body.replace(/<[^>]{0,200}>/g, ' ');
  return text.split(/\n\s*\n|\r?\n/).map(squash).filter((t) => t !== '').map((t) => ({ kind: 'paragraph', text: t }));
}

/**
 * Reads a news page: the headline from h1 or the title, the page's metadata, and the body through Mozilla's
 * Readability, run both on the page as it is and after scripts, navigation, captions, promos, bylines and notices
 * are removed; the cleaned reading is used unless it lost text Readability found on the page as it is (then
 * Readability's own reading is the floor), and the publisher's JSON-LD body when both found far less than it holds.
 */
export function htmlToArticle(source: string): StructuredArticle {
  if (tooLargeForDom(source)) return streamArticle(source);
  // A fragment without <html> has no document element in linkedom; give it one so it parses like a page.
  const wrap = (s: string): string => `<!doctype html><html><head></head><body>${s}</body></html>`;
  let html = /<html[\s>]/i.test(source) ? source : wrap(source);
  let { document } = parseHTML(html);
  if (!document.documentElement || !document.body?.textContent?.trim()) ({ document } = parseHTML((html = wrap(source))));
  const doc = document as unknown as El & { body: El | null };
  const size = doc.body ? measure(doc.body) : { depth: 0, elements: 0 };
  // Too deep or too many elements for Readability (its scoring grows with the square of the nesting): read in one pass.
  if (size.depth > READABILITY_MAX_DEPTH || size.elements > READABILITY_MAX_ELEMENTS) return streamArticle(html);
  const h1El = doc.querySelector('h1');
  const h1 = h1El ? textOf(h1El) : null;
  const titleEl = doc.querySelector('title');
  const headline = h1 || (titleEl ? stripSiteName(textOf(titleEl), null) : null) || null;

  // Readability changes the document it reads, so the page as it is gets its own copy; the second copy is kept
  // for a page Readability finds no article in.
  const raw = readable(parseHTML(html).document);
  const metadata = readMetadata(doc as never, raw, headline);
  const ldBody = jsonLdBody(jsonLdArticle(doc as never)?.articleBody);
  removeJunk(doc);
  // What the furniture filter kept of the page: Readability's paragraphs outside it were dropped on purpose.
  const kept = doc.body ? textOf(doc.body) : '';
  const cleanedBlocks = blocksOf(readable(document)?.content);
  const rawBlocks = blocksOf(raw?.content).filter((b) => kept.includes(b.text));
  let blocks = coverage(cleanedBlocks, rawBlocks) >= 0.9 ? cleanedBlocks : rawBlocks;
  // Readability found no article (a very short page): fall back to the cleaned page body.
  if (blocks.length === 0) blocks = blocksOf(parseHTML(html).document.body as unknown as El | null);
  if (lengthOf(ldBody) > 2 * lengthOf(blocks) + 200) blocks = ldBody;
  const cleaned = blocks.filter((b) => b.text !== '');
  if (headline && cleaned[0]?.kind === 'heading' && cleaned[0].text === headline) cleaned.shift();
  return { headline, blocks: cleaned, url: metadata.canonicalUrl ?? null, ...(Object.keys(metadata).length > 0 ? { metadata } : {}) };
}

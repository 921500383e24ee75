import type { ArticleBlock, StructuredArticle } from '../../shared/extract/article.ts';
import { squash } from '../../shared/extract/normalize.ts';
import { checkEvidenceUrl } from '../../shared/evidence-url.ts';
import { streamHtml } from './html-events.ts';
import { LINE_BREAK, namedFurniture, paragraphsOf, stripSiteName } from './html-text.ts';

/** Elements skipped with everything inside them: code, embeds, forms, navigation, asides, media, captions. */
const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'iframe', 'object', 'embed', 'svg', 'canvas', 'form', 'button', 'input', 'select', 'textarea', 'nav', 'aside', 'footer', 'figure', 'figcaption', 'picture', 'video', 'audio', 'dialog', 'head']);
const SKIPPED_ROLES = new Set(['navigation', 'contentinfo', 'complementary', 'dialog']);
/** Wrappers never skipped for their class names: they hold the article. */
const CONTAINERS = new Set(['html', 'body', 'main', 'article']);
const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const BLOCKS = new Set([...HEADINGS, 'p', 'li', 'ul', 'ol', 'div', 'section', 'article', 'main', 'blockquote', 'pre', 'table', 'header', 'dl', 'dd', 'dt', 'hr', 'tbody', 'thead', 'tfoot', 'tr', 'td', 'th']);

/** A table being read: its blocks are kept only if it lays out the page (a cell holds a paragraph or long text). */
interface TableFrame {
  blocks: ArticleBlock[];
  layout: boolean;
  cellText: number;
}

/**
 * Reads a page in one streaming pass, without building a DOM: for pages too large or too deep for Readability.
 * Junk elements are skipped by tag, role and (unless `byName` is false) by furniture class names.
 */
function streamBlocks(html: string, byName: boolean): { blocks: ArticleBlock[]; h1: string | null; title: string | null; url: string | null } {
  const out: ArticleBlock[] = [];
  // The open elements, with the kind of block each one's text belongs to and whether it is inside a table cell.
  const open: string[] = [];
  const kinds: ArticleBlock['kind'][] = [];
  const inCell: boolean[] = [];
  const tables: TableFrame[] = [];
  let skipFrom = -1;
  let buffer = '';
  let bufferKind: ArticleBlock['kind'] = 'paragraph';
  let h1: string | null = null;
  let inH1 = false;
  let h1Text = '';
  let inTitle = false;
  let title = '';
  let url: string | null = null;

  const emit = (block: ArticleBlock): void => {
    const table = tables[tables.length - 1];
    (table ? table.blocks : out).push(block);
  };
  const flush = (): void => {
    if (buffer.trim() !== '') {
      if (bufferKind === 'paragraph') for (const text of paragraphsOf(buffer)) emit({ kind: 'paragraph', text });
      else emit({ kind: bufferKind, text: squash(buffer.replaceAll(LINE_BREAK, ' ')) });
    }
    buffer = '';
  };
  const kindHere = (): ArticleBlock['kind'] => kinds[kinds.length - 1] ?? 'paragraph';

  streamHtml(html, {
    open(name, attribs) {
      if (name === 'link' && /\bcanonical\b/i.test(attribs.rel ?? '') && attribs.href) url ??= attribs.href;
      if (name === 'meta' && attribs.property === 'og:url' && attribs.content) url ??= attribs.content;
      if (name === 'title') inTitle = true;
      const outer = kinds[kinds.length - 1] ?? 'paragraph';
      const cell = inCell[inCell.length - 1] ?? false;
      open.push(name);
      kinds.push(HEADINGS.has(name) ? 'heading' : name === 'li' && outer === 'paragraph' ? 'list-item' : outer);
      inCell.push(cell || name === 'td' || name === 'th');
      if (skipFrom >= 0) return;
      const names = `${attribs.class ?? ''} ${attribs.id ?? ''} ${attribs['data-component'] ?? ''} ${attribs.itemprop ?? ''}`;
      const junk =
        SKIPPED.has(name) ||
        SKIPPED_ROLES.has(attribs.role ?? '') ||
        attribs['aria-hidden'] === 'true' ||
        'hidden' in attribs ||
        (byName && !CONTAINERS.has(name) && namedFurniture(names, attribs.class ?? ''));
      if (junk) {
        skipFrom = open.length - 1;
        return;
      }
      if (name === 'br') buffer += LINE_BREAK;
      if (name === 'h1' && h1 === null) inH1 = true;
      if (name === 'table') tables.push({ blocks: [], layout: false, cellText: 0 });
      const table = tables[tables.length - 1];
      if (table && (name === 'p' || name === 'div' || name === 'ul' || name === 'ol') && cell) table.layout = true;
      if (BLOCKS.has(name)) {
        flush();
        bufferKind = kindHere();
      }
    },
    text(text) {
      if (inTitle) title += text;
      if (skipFrom >= 0) return;
      if (inH1) h1Text += text;
      buffer += text;
      const table = tables[tables.length - 1];
      if (table && (table.cellText += text.length) > 300) table.layout = true;
    },
    close(name) {
      if (name === 'title') inTitle = false;
      const depth = open.length - 1;
      open.length = depth;
      kinds.length = depth;
      inCell.length = depth;
      if (skipFrom >= 0) {
        if (depth <= skipFrom) skipFrom = -1;
        return;
      }
      if (name === 'h1' && inH1) {
        inH1 = false;
        h1 = squash(h1Text) || null;
      }
      if (BLOCKS.has(name) || name === 'li') {
        flush();
        bufferKind = kindHere();
      }
      if (name === 'td' || name === 'th') {
        const table = tables[tables.length - 1];
        if (table) table.cellText = 0;
      }
      if (name === 'table') {
        const table = tables.pop();
        if (table?.layout) for (const b of table.blocks) emit(b);
      }
    },
  });
  flush();
  while (tables.length > 0) {
    const table = tables.pop()!;
    if (table.layout) for (const b of table.blocks) emit(b);
  }
  return { blocks: out, h1, title: squash(title) || null, url };
}

/** Reads a large page in one pass; furniture class names are ignored when skipping them would lose most of the text. */
export function streamArticle(html: string): StructuredArticle {
  let read = streamBlocks(html, true);
  const all = streamBlocks(html, false);
  const size = (blocks: ArticleBlock[]): number => blocks.reduce((n, b) => n + b.text.length, 0);
  // A wrapper named like furniture ("ads-wrapper") can hold the whole article: then keep what the names would drop.
  if (size(read.blocks) * 5 < size(all.blocks)) read = all;
  const headline = read.h1 ?? (read.title ? stripSiteName(read.title, null) : null);
  const checked = read.url ? checkEvidenceUrl(read.url) : null;
  const blocks = read.blocks.filter((b) => b.text !== '');
  if (headline && blocks[0]?.kind === 'heading' && blocks[0].text === headline) blocks.shift();
  return { headline, blocks, url: checked?.ok ? checked.url : null };
}

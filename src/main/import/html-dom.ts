import type { ArticleBlock } from '../../shared/extract/article.ts';
import { squash } from '../../shared/extract/normalize.ts';
import { removeClosingSections } from './html-closing.ts';
import { removePlacedFurniture } from './html-furniture.ts';
import { parentOf, tagOf } from './html-nodes.ts';
import { inTeaserRun, isLinkTeaser, isTeaserLine } from './html-teasers.ts';
import { LINE_BREAK, LINK_CLOSE, LINK_OPEN, namedFurniture, paragraphsOf, unmarked } from './html-text.ts';

/** Elements that never hold article text: code, embeds, forms, navigation, asides, media and captions. */
const JUNK_TAGS =
  'script,style,noscript,template,iframe,object,embed,svg,canvas,form,button,input,select,textarea,nav,aside,footer,figure,figcaption,picture,video,audio,dialog,[role=navigation],[role=contentinfo],[role=complementary],[role=dialog],[aria-hidden=true],[hidden]';

/** Attributes in which pages name their parts ("byline-block", "tag-list", "author"). */
const NAME_ATTRIBUTES = ['class', 'id', 'data-component', 'data-testid', 'itemprop', 'rel'];
const NAMED = NAME_ATTRIBUTES.map((a) => `[${a}]`).join(',');

const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const BLOCKS = new Set([...HEADINGS, 'p', 'li', 'ul', 'ol', 'div', 'section', 'article', 'main', 'blockquote', 'pre', 'table', 'header', 'dl', 'dd', 'dt', 'figure', 'hr', 'tbody', 'thead', 'tfoot', 'tr', 'td', 'th']);

/** Minimal shape of the DOM nodes walked here (linkedom's types are loose). */
export interface El {
  tagName: string;
  children: ArrayLike<El>;
  textContent: string | null;
  getAttribute(name: string): string | null;
  remove(): void;
  querySelectorAll(selector: string): ArrayLike<El>;
  querySelector(selector: string): El | null;
}

/** An element's text, with a space where blocks or line breaks meet (so "<p>a</p><p>b</p>" is "a b", not "ab"). */
export function textOf(el: El): string {
  return squash(rawTextOf(el).replaceAll(LINE_BREAK, ' '));
}

/** A DOM node as walked here: an element or a text node. */
type DomNode = { nodeType: number; textContent: string | null };

function childNodes(el: El): DomNode[] {
  return Array.from((el as unknown as { childNodes: ArrayLike<DomNode> }).childNodes);
}

function rawTextOf(el: El): string {
  return rawTextOfNodes(childNodes(el));
}

/** The text of a run of nodes, with LINE_BREAK for each <br>, a space where blocks meet and, if `links`, each link's text marked. */
function rawTextOfNodes(nodes: DomNode[], links = false): string {
  const parts: string[] = [];
  const stack: Array<DomNode | string> = [...nodes].reverse();
  while (stack.length > 0) {
    const item = stack.pop()!;
    if (typeof item === 'string') {
      parts.push(item);
      continue;
    }
    if (item.nodeType === 3) {
      parts.push(item.textContent ?? '');
      continue;
    }
    if (item.nodeType !== 1) continue;
    const tag = (item as unknown as El).tagName.toLowerCase();
    if (tag === 'br') {
      parts.push(LINE_BREAK);
      continue;
    }
    const spaced = BLOCKS.has(tag);
    const link = links && tag === 'a' && (item as unknown as El).getAttribute('href') !== null;
    if (spaced) parts.push(' ');
    if (link) parts.push(LINK_OPEN);
    const kids = childNodes(item as unknown as El);
    if (spaced) stack.push(' ');
    if (link) stack.push(LINK_CLOSE);
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
  }
  return parts.join('');
}

/** Tags that are never removed as furniture: removing one would take the whole page with it. */
const NEVER_JUNK = new Set(['html', 'body']);

/** Elements that mark the article itself; the one holding most prose is the page's content. */
const CONTENT_MARKS = 'article,main,[role=main],[itemprop=articleBody]';

/**
 * The elements that hold the article and so must never be removed, whatever their class names say ("ads-enabled"
 * on <html>, "promo" on a wrapper): html and body, the article element holding most prose and its ancestors, and
 * every element holding more than half of the page's prose. One pass over the tree, so it stays linear.
 */
function contentElements(root: El): Set<El> {
  const prose = proseLengths(root);
  const total = prose.get(root) ?? 0;
  const keep = new Set<El>();
  for (const [el, length] of prose) if (length * 2 > total) keep.add(el);
  let best: El | null = null;
  for (const el of Array.from(root.querySelectorAll(CONTENT_MARKS))) if ((prose.get(el) ?? 0) > (best ? (prose.get(best) ?? 0) : 0)) best = el;
  for (let el: El | null = best; el; el = parentOf(el)) keep.add(el);
  return keep;
}


/** For each element, the length of the paragraph text (text inside <p>) under it, counted without recursion. */
function proseLengths(root: El): Map<El, number> {
  const lengths = new Map<El, number>();
  // Post-order: an element is entered, then finished (its length added to its parent's) after its children.
  type Visit = { el: El; parent: El | null; inP: boolean; done: boolean };
  const stack: Visit[] = [{ el: root, parent: null, inP: false, done: false }];
  while (stack.length > 0) {
    const visit = stack.pop()!;
    const { el, parent } = visit;
    if (visit.done) {
      if (parent) lengths.set(parent, (lengths.get(parent) ?? 0) + (lengths.get(el) ?? 0));
      continue;
    }
    const inP = visit.inP || tagOf(el) === 'p';
    let own = 0;
    if (inP) for (const n of childNodes(el)) if (n.nodeType === 3) own += (n.textContent ?? '').trim().length;
    lengths.set(el, own);
    stack.push({ ...visit, done: true });
    for (const child of Array.from(el.children)) stack.push({ el: child, parent: el, inP, done: false });
  }
  return lengths;
}

/** Removes scripts, navigation and furniture named by class or id, never the elements holding the article. */
export function removeJunk(root: El): void {
  const keep = contentElements(root);
  const removable = (el: El): boolean => !keep.has(el) && !NEVER_JUNK.has(tagOf(el));
  for (const el of Array.from(root.querySelectorAll(JUNK_TAGS))) if (removable(el)) el.remove();
  for (const el of Array.from(root.querySelectorAll(NAMED))) {
    if (!removable(el)) continue;
    const names = NAME_ATTRIBUTES.map((a) => el.getAttribute(a) ?? '').join(' ');
    if (namedFurniture(names, el.getAttribute('class') ?? '')) el.remove();
  }
  removePlacedFurniture(root, removable);
  removeClosingSections(root, removable);
}

function hasBlockChild(el: El): boolean {
  return Array.from(el.children).some((c) => BLOCKS.has(c.tagName.toLowerCase()));
}

/** True when a table lays out a page rather than holding data: a cell holds paragraphs or long text. */
function isLayoutTable(el: El): boolean {
  return Array.from(el.querySelectorAll('td,th')).some((cell) => hasBlockChild(cell) || (cell.textContent ?? '').length > 300);
}

/** What to do with one element met in reading order. */
function classify(el: El): 'skip' | 'heading' | 'item' | 'paragraph' | 'descend' {
  const tag = el.tagName.toLowerCase();
  // A heading that is only a link heads another story (a story's own subheadings are not links).
  if (tag === 'hr' || inTeaserRun(el) || (HEADINGS.has(tag) && isLinkTeaser(el))) return 'skip';
  if (HEADINGS.has(tag)) return 'heading';
  // A data table is not prose; a table used to lay out an older page (cells holding paragraphs) is read.
  if (tag === 'table') return isLayoutTable(el) ? 'descend' : 'skip';
  if (tag === 'li') return hasBlockChild(el) ? 'descend' : 'item';
  // A paragraph holding a heading or another block (kept so by Readability's live article, which no parser tidied) is read as its parts.
  if (tag === 'p' || tag === 'dd' || tag === 'dt') return hasBlockChild(el) ? 'descend' : 'paragraph';
  if (tag === 'pre') return 'paragraph';
  if (BLOCKS.has(tag)) return hasBlockChild(el) ? 'descend' : 'paragraph';
  return 'paragraph';
}

/**
 * Walks the article body in reading order, turning headings, paragraphs and list items into blocks. It keeps
 * its own stack, so a page nested thousands of levels deep cannot overflow the call stack.
 */
export function walk(root: El, out: ArticleBlock[]): void {
  type Item = El | { run: DomNode[] };
  const stack: Item[] = itemsOf(root).reverse();
  while (stack.length > 0) {
    const item = stack.pop()!;
    if ('run' in item) {
      pushLines(item.run);
      continue;
    }
    const kind = classify(item);
    if (kind === 'descend') {
      const items = itemsOf(item);
      for (let i = items.length - 1; i >= 0; i--) stack.push(items[i]!);
    }
    else if (kind === 'paragraph') pushLines(childNodes(item));
    else if (kind !== 'skip') {
      const text = textOf(item);
      if (text) out.push({ kind: kind === 'heading' ? 'heading' : 'list-item', text });
    }
  }

  /** A paragraph's lines, leaving out those that are other stories' teasers or buttons. */
  function pushLines(nodes: DomNode[]): void {
    for (const line of paragraphsOf(rawTextOfNodes(nodes, true))) {
      const text = squash(unmarked(line));
      if (text !== '' && !isTeaserLine(line)) out.push({ kind: 'paragraph', text });
    }
  }

  /** An element's children in order: block elements one by one, and each run of text and inline elements between them as one item. */
  function itemsOf(el: El): Item[] {
    const items: Item[] = [];
    let run: DomNode[] = [];
    const flush = (): void => {
      if (run.some((n) => (n.textContent ?? '').trim() !== '')) items.push({ run });
      run = [];
    };
    for (const node of childNodes(el)) {
      const tag = node.nodeType === 1 ? (node as unknown as El).tagName.toLowerCase() : '';
      if (node.nodeType === 1 && (BLOCKS.has(tag) || tag === 'li')) {
        flush();
        items.push(node as unknown as El);
      } else if (node.nodeType === 1 || node.nodeType === 3) run.push(node);
    }
    flush();
    return items;
  }
}

/** The deepest nesting and the number of elements under `root`, counted without recursion. */
export function measure(root: El): { depth: number; elements: number } {
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

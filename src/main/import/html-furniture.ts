import { squash } from '../../shared/extract/normalize.ts';
import type { El } from './html-dom.ts';
import { parentOf, previousOf, tagOf, weight } from './html-nodes.ts';

/** A DOM node as walked here: an element or a text node. */
type DomNode = { nodeType: number; textContent: string | null; childNodes?: ArrayLike<DomNode>; tagName?: string };

const ITALIC = new Set(['em', 'i']);

/** True when every letter of `el`'s text outside links is set in italics (inside em or i), and it has some. */
function whollyItalic(el: El): boolean {
  if (ITALIC.has(tagOf(el))) return weight(el.textContent) > 0;
  let plain = 0;
  let italic = 0;
  const stack: Array<[DomNode, boolean]> = [[el as unknown as DomNode, false]];
  while (stack.length > 0) {
    const [node, inItalic] = stack.pop()!;
    if (node.nodeType === 3) {
      if (inItalic) italic += weight(node.textContent);
      else plain += weight(node.textContent);
    } else if (node.nodeType === 1) {
      const tag = (node.tagName ?? '').toLowerCase();
      // Links are often left upright in an italic note ("<i>Follow us on </i><a>Twitter</a>"): they count neither way.
      if (tag === 'a') continue;
      const here = inItalic || ITALIC.has(tag);
      for (const child of Array.from(node.childNodes ?? [])) stack.push([child, here]);
    }
  }
  return italic > 0 && plain === 0;
}

/** True when an element shows a picture and next to no text: an image, or a paragraph or link holding only one. */
function isPicture(el: El | null): boolean {
  if (!el) return false;
  return ['img', 'picture'].includes(tagOf(el)) || (el.querySelector('img,picture') !== null && weight(el.textContent) <= 20);
}

/** The paragraphs of a fragment in reading order: p elements, and italic runs standing as blocks of their own. */
function paragraphs(root: El): El[] {
  return Array.from(root.querySelectorAll('p,em,i')).filter((el) => {
    if (tagOf(el) === 'p') return true;
    for (let up = parentOf(el); up; up = parentOf(up)) if (tagOf(up) === 'p' || ITALIC.has(tagOf(up))) return false;
    return weight(el.textContent) > 0;
  });
}

/** Words in a caption at most: a short italic line under a picture is its caption, a longer one is text. */
const CAPTION_MAX_WORDS = 30;

/** Share of the story's paragraph text that italic notes at its end may hold: more, and the story itself is set so. */
const NOTES_MAX_SHARE = 0.3;

/**
 * Removes furniture told by its place in the page rather than its name: hover cards (a picture and links) set
 * inside a paragraph, italic captions right under a picture, and italic notes that close the story (an author's
 * bio, "follow us", a sign-off). Elements `removable` refuses (those holding the article) stay.
 */
export function removePlacedFurniture(root: El, removable: (el: El) => boolean): void {
  for (const img of Array.from(root.querySelectorAll('p img'))) {
    // Why: the card's text is concatenated into the sentence it hangs on ("Rep. Ana RuizAna RuizMayor vows ...").
    for (let el = parentOf(img); el && tagOf(el) !== 'p'; el = parentOf(el)) {
      const links = Array.from(el.querySelectorAll('a[href]'));
      if (links.length < 2) continue;
      const linked = links.reduce((n, a) => n + weight(a.textContent), 0);
      if (linked >= 0.8 * weight(el.textContent) && removable(el)) el.remove();
      break;
    }
  }
  const all = paragraphs(root);
  // Captions are all found before any is removed, so the paragraph after a caption is not taken to follow the picture.
  const captions = all.filter((p) => {
    if (!whollyItalic(p) || squash(p.textContent ?? '').split(' ').length > CAPTION_MAX_WORDS) return false;
    return isPicture(previousOf(p)) || p.querySelector('img,picture') !== null;
  });
  for (const p of captions) if (removable(p)) p.remove();
  const kept = all.filter((p) => parentOf(p) !== null && weight(p.textContent) > 0);
  let last = kept.length;
  while (last > 0 && whollyItalic(kept[last - 1]!)) last--;
  const total = kept.reduce((n, p) => n + weight(p.textContent), 0);
  const notes = kept.slice(last);
  // Why: only notes after the story's own text, and only a small part of it, so italic stories are never emptied.
  if (last === 0 || notes.reduce((n, p) => n + weight(p.textContent), 0) > NOTES_MAX_SHARE * total) return;
  for (const p of notes) if (removable(p)) p.remove();
}

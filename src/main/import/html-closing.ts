import { CLOSING_SECTIONS } from '../../shared/extract/lists/closing-sections.ts';
import { squash } from '../../shared/extract/normalize.ts';
import type { El } from './html-dom.ts';
import { nextOf, parentOf, tagOf, weight } from './html-nodes.ts';


/** Elements that may label a section: headings, and bold text opening a paragraph. */
const LABEL_TAGS = new Set(['h2', 'h3', 'h4', 'h5', 'h6', 'strong', 'b']);

/** Share of the fragment's text a labelled closing section ("About X", contacts, legal notices) may hold at most. */
const LABELLED_MAX_SHARE = 0.5;
/** Share of the fragment's text a section after its last horizontal rule may hold at most to be taken for a note. */
const RULED_MAX_SHARE = 1 / 3;
/** Paragraphs a note after the last horizontal rule may hold at most. */
const RULED_MAX_PARAGRAPHS = 3;

/** True when a heading's text labels a closing section: a listed label, or "About" and a capitalised name. */
function isClosingLabel(text: string): boolean {
  const t = squash(text).replace(/[\s:.]+$/u, '');
  if (CLOSING_SECTIONS.has(t.toLowerCase())) return true;
  return /^[Aa]bout\s+\p{Lu}/u.test(t) && !/^about\s+(?:the|this|these|our|a|an)\b/iu.test(t) && t.split(' ').length <= 6;
}

/** The elements after `el` in reading order, within `root`: its later siblings, then its ancestors' later siblings. */
function following(el: El, root: El): El[] {
  const out: El[] = [];
  for (let at: El | null = el; at && at !== root; at = parentOf(at)) for (let n = nextOf(at); n; n = nextOf(n)) out.push(n);
  return out;
}

/** Where a closing section starts: a heading, or the paragraph a bold label opens ("<p><b>Media contact</b><br>..."). */
function closingStarts(root: El): El[] {
  const out: El[] = [];
  // One pass over every element keeps reading order (a selector list may not).
  for (const el of Array.from(root.querySelectorAll('*'))) {
    if (!LABEL_TAGS.has(tagOf(el)) || !isClosingLabel(el.textContent ?? '')) continue;
    if (tagOf(el).startsWith('h')) out.push(el);
    else {
      const block = parentOf(el);
      if (block && squash(block.textContent ?? '').startsWith(squash(el.textContent ?? ''))) out.push(block);
    }
  }
  return out;
}

/**
 * Removes what closes a story without being part of it: a section headed "About X", "Media contact",
 * "Forward-looking statements" and the like with everything after it, and a short note after the story's last
 * horizontal rule (a press release's company boilerplate). Why the shares: a closing section is never most of
 * the text, so a story that uses such a heading or a rule for its own sections keeps them.
 */
export function removeClosingSections(root: El, removable: (el: El) => boolean): void {
  const total = weight(root.textContent);
  const cut = (start: El, share: number): boolean => {
    const after = following(start, root);
    const size = weight(start.textContent) + after.reduce((n, e) => n + weight(e.textContent), 0);
    if (size === 0 || size > share * total) return false;
    for (const e of [start, ...after]) if (removable(e)) e.remove();
    return true;
  };
  const labelled = closingStarts(root);
  if (labelled.length > 0 && cut(labelled[0]!, LABELLED_MAX_SHARE)) return;
  const rules = Array.from(root.querySelectorAll('hr'));
  const last = rules[rules.length - 1];
  // A note is a few paragraphs without a heading; a headed section after a rule is the story's own next part.
  const after = last ? following(last, root) : [];
  const paragraphs = after.reduce((n, e) => n + (tagOf(e) === 'p' ? 1 : 0) + e.querySelectorAll('p').length, 0);
  const headed = after.some((e) => /^h[1-6]$/.test(tagOf(e)) || e.querySelector('h1,h2,h3,h4,h5,h6') !== null);
  if (last && paragraphs <= RULED_MAX_PARAGRAPHS && !headed) cut(last, RULED_MAX_SHARE);
}

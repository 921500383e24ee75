import { squash } from '../../shared/extract/normalize.ts';
import type { El } from './html-dom.ts';
import { parentOf, weight } from './html-nodes.ts';
import { LINK_CLOSE, LINK_OPEN, unmarked } from './html-text.ts';

/** A block this short or shorter may be a teaser: a story's own paragraphs with a link run longer. */
const TEASER_MAX = 200;

/**
 * True when a short block is a link and next to nothing else: another story's teaser, a "related" entry, a
 * button. Decided on the page's structure (how much of the block's text is link text), before any sentence.
 */
export function isLinkTeaser(el: El): boolean {
  const text = squash(el.textContent ?? '');
  if (text === '' || text.length > TEASER_MAX) return false;
  let linked = 0;
  for (const a of Array.from(el.querySelectorAll('a[href]'))) linked += squash(a.textContent ?? '').length;
  return linked >= 0.9 * text.length;
}

/** Per parent: whether its children are a run of teasers (a "related stories" list, a rail of links). */
const teaserParents = new WeakMap<El, boolean>();

/**
 * True when `el` is a link teaser among at least two others that make up most of its parent: other stories'
 * links set out as a list. A story's own paragraph that happens to be a link stands alone and stays.
 */
export function inTeaserRun(el: El): boolean {
  const parent = parentOf(el);
  if (!parent || !isLinkTeaser(el)) return false;
  let known = teaserParents.get(parent);
  if (known === undefined) {
    const items = Array.from(parent.children).filter((c) => squash(c.textContent ?? '') !== '');
    const teasers = items.filter(isLinkTeaser).length;
    known = teasers >= 3 && teasers >= 0.6 * items.length;
    teaserParents.set(parent, known);
  }
  return known;
}

/** A line longer than this is never taken for a teaser, however much of it is link text. */
const TEASER_LINE_MAX = 500;


/** Bracketed labels set beside teaser links ("[VIDEO]", "[INSIGHT]"), which are not read as text of their own. */
const LABELS = /\[[^\]]{1,20}\]/g;
const LABEL = /\[[^\]]{1,20}\]/;

/** A short label before a link, ending in a colon ("SEE MORE:", "Also:", "Read more:"). */
const LEAD_LABEL = /^[\p{L}'’ ]{1,25}:$/u;

/**
 * True when a line of a paragraph (its links marked with LINK_OPEN and LINK_CLOSE) is another story's teaser,
 * a button or a promotion: all its text is link text (or a short "label:" and then a link) and its form says so,
 * set in capitals, tagged with a bracketed label ("[VIDEO]"), led by a label ("SEE MORE:"), or running over
 * several sentences. A lone linked headline or sentence stays: stories link their own sources so too.
 */
export function isTeaserLine(marked: string): boolean {
  let linked = '';
  let plain = '';
  let lead = '';
  let inLink = false;
  let seenLink = false;
  for (const ch of marked) {
    if (ch === LINK_OPEN) [inLink, seenLink] = [true, true];
    else if (ch === LINK_CLOSE) inLink = false;
    else if (inLink) linked += ch;
    else {
      plain += ch;
      if (!seenLink) lead += ch;
    }
  }
  const linkWeight = weight(linked);
  // A whole story wrapped in one link (some pages wrap their cards so) is no teaser: only short lines are weighed.
  if (linkWeight === 0 || marked.length > TEASER_LINE_MAX) return false;
  const rest = plain.replace(LABELS, '');
  const labelled = LEAD_LABEL.test(squash(lead)) && weight(rest) === weight(lead);
  if (!labelled && weight(rest) > 0.1 * (linkWeight + weight(rest))) return false;
  const text = squash(unmarked(marked).replace(LABELS, ''));
  const capitals = !/\p{Ll}/u.test(text) && weight(text) >= 8;
  const sentences = text.split(/(?<=[.!?]["”’)]?)\s+(?=\p{Lu})/u).length;
  const tagged = LABEL.test(unmarked(marked)) && !/[.;]["”’)]?$/.test(text);
  return labelled || capitals || tagged || sentences > 1;
}

import { squash } from '../../shared/extract/normalize.ts';

/** Class or id words of page furniture: bylines, captions, promos, "related" and "most read" lists, notices. */
const JUNK_NAMES =
  /(?:^|[\s_-])(?:byline|dateline|author|caption|credits?|promo|promotions?|related|most-?read|popular|trending|newsletter|cookies?|consent|gdpr|subscribe|subscription|paywall|share|sharing|social|advert|adverts|advertisement|ads?|sponsor(?:ed)?|breadcrumbs?|tags|comments?|topbar|masthead|timestamp|read-?more|recommended|outbrain|taboola|signup|login|banner|embed|oembed|twitter|tweet|instagram|tiktok|fb-post|links-block|tag-list|topic-list|copyright|cta|nocontent|noscript)(?:$|[\s_-])/i;

/** Endings of compound names that mark a window over the page ("makehomepagedialog", "signup-modal", "newsPopup"). */
const OVERLAY_NAMES = /(?:dialog|modal|popup)(?:$|[\s_-])/i;

/** Microdata properties of the page rather than the story: when and by whom it was published. */
const META_PROPS = /(?:^|\s)(?:date(?:Published|Modified|Created)|publisher|copyright(?:Holder|Year))(?:$|\s)/;

/** Classes that hide an element from readers: screen-reader-only text, and Bootstrap's d-none unless a wider screen shows it again. */
function hiddenByClass(cls: string): boolean {
  if (/(?:^|\s)(?:sr-only|visually-hidden|screen-reader-text)(?:$|\s)/i.test(cls)) return true;
  return /(?:^|\s)d-none(?:$|\s)/.test(cls) && !/(?:^|\s)d-(?:sm|md|lg|xl|xxl)-(?!none\b)\w/.test(cls);
}

/**
 * True when an element's class, id and similar names (joined in `names`) call it furniture, with camel-cased names
 * read as words too ("newsCaption", "imageEmbedCredit"). An element whose class says it is the article stays.
 */
export function namedFurniture(names: string, cls: string): boolean {
  if (/(?:^|\s)(?:article|story|content|main|body)(?:$|\s)/i.test(cls)) return false;
  return hiddenByClass(cls) || META_PROPS.test(names) || OVERLAY_NAMES.test(names) || JUNK_NAMES.test(names) || JUNK_NAMES.test(names.replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2'));
}

/** Stands for a <br> while an element's text is gathered (a character no page text keeps: it is a control code). */
export const LINE_BREAK = '\u0001';

/** Stands for the start of a link's text while a paragraph's text is gathered (a control code, as LINE_BREAK). */
export const LINK_OPEN = '\u0002';
/** Stands for the end of a link's text while a paragraph's text is gathered. */
export const LINK_CLOSE = '\u0003';

/** A line's text without the link marks. */
export function unmarked(text: string): string {
  return text.replaceAll(LINK_OPEN, '').replaceAll(LINK_CLOSE, '');
}

/**
 * The paragraphs of text whose lines are set with <br> (older pages: "Headline<br>Posted: ...<br><br>Text").
 * A line that stops mid-sentence and is followed by one starting in lower case is joined to it.
 */
export function paragraphsOf(raw: string): string[] {
  const out: string[] = [];
  for (const line of raw.split(LINE_BREAK).map(squash)) {
    if (unmarked(line).trim() === '') continue;
    const last = out.length - 1;
    if (last >= 0 && !/[.!?:;"”’)]$/.test(unmarked(out[last]!)) && /^\p{Ll}/u.test(unmarked(line).trim())) out[last] = `${out[last]} ${line}`;
    else out.push(line);
  }
  return out;
}

/** Drops a site name from a page title: "Headline | The Ledger" → "Headline"; " - Site" only when the h1 agrees. */
export function stripSiteName(title: string, h1: string | null): string {
  const t = squash(title);
  if (h1 && t.startsWith(h1)) return h1;
  const piped = t.replace(/\s+[|·•»]\s+[^|·•»]{1,60}$/, '');
  return piped || t;
}


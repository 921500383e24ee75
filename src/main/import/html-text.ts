import { squash } from '../../shared/extract/normalize.ts';

/** Class or id words of page furniture: bylines, captions, promos, "related" and "most read" lists, notices. */
export const JUNK_NAMES =
  /(?:^|[\s_-])(?:byline|dateline|author|caption|credits?|promo|promotions?|related|most-?read|popular|trending|newsletter|cookies?|consent|gdpr|subscribe|subscription|paywall|share|sharing|social|advert|adverts|advertisement|ads?|sponsor(?:ed)?|breadcrumbs?|tags|comments?|topbar|masthead|timestamp|read-?more|recommended|outbrain|taboola|signup|login|banner|embed|oembed|twitter|tweet|instagram|tiktok|fb-post|links-block|tag-list|topic-list)(?:$|[\s_-])/i;

/** Stands for a <br> while an element's text is gathered (a character no page text keeps: it is a control code). */
export const LINE_BREAK = '\u0001';

/**
 * The paragraphs of text whose lines are set with <br> (older pages: "Headline<br>Posted: ...<br><br>Text").
 * A line that stops mid-sentence and is followed by one starting in lower case is joined to it.
 */
export function paragraphsOf(raw: string): string[] {
  const out: string[] = [];
  for (const line of raw.split(LINE_BREAK).map(squash)) {
    if (line === '') continue;
    const last = out.length - 1;
    if (last >= 0 && !/[.!?:;"”’)]$/.test(out[last]!) && /^\p{Ll}/u.test(line)) out[last] = `${out[last]} ${line}`;
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


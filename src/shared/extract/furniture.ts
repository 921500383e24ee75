import { UI_LABELS } from './lists/ui-labels.ts';

/** Short labels that open a non-article line: bylines, credits, captions, promos (only when the line is no sentence). */
const FURNITURE = /^(?:(?:additional\s+)?reporting\s+by\b|writing\s+by\b|edit(?:ed|ing)\s+by\b|compiled\s+by\b|follow\s+us\b|updated\b|published\b|posted\b|last modified\b|photo\b|image\b|picture\b|caption\b|credit\b|advertisement\b|share this\b|read more\b|related\b|sign up\b|subscribe\b)/iu;

/**
 * Lines that are never article text, however they end: copyright and rights notices, "X contributed to this
 * report", reader contact lines, and editor's notes about the story itself.
 */
const BOILERPLATE = [
  /^(?:copyright\b|©|\(c\)\s*\d{4})/iu,
  /^all rights reserved\b/iu,
  /\bcontributed (?:to )?(?:this (?:report|story|article)|reporting)\b/iu,
  /^(?:contact|e-?mail|follow)\b.*@/iu,
  // "Follow our full coverage at https://...": an invitation to read on elsewhere, not a sentence of the story.
  /^follow\s.*(?:https?:\/\/|www\.)\S+$/iu,
  // A shortcode the page's software failed to render: "[button link=...] Send us your review[/button]".
  /\[([a-z_]+)\b[^\]]*\].*\[\/\1\]/iu,
  /\bfollow (?:her|him|them|us|me) (?:on|at)\b/iu,
  // An author's bio line: "Priya Natarajan is the Ledger's climate correspondent." (case-sensitive: names are capitalised)
  /^\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3}\s+(?:is|was)\s+(?:a|an|the)\s+(?:[\p{L}'’-]+\s+){0,5}(?:correspondent|reporter|editor|writer|columnist|journalist|contributor|author)\b(?:\s+(?:for|at|of|with|based)\b[^.]*)?\.?$/u,
  /^(?:editor['’]s note|correction)\s*[:—–-]/iu,
  /^this (?:story|article|report) (?:was|has been) (?:updated|corrected|amended|originally published)\b/iu,
  /\bis solely responsible for all content\b/iu,
  // A bare web address on a line of its own (share links, "canonical" echoes).
  /^(?:https?:\/\/|www\.)\S+$/iu,
  // Cookie and consent notices.
  /\b(?:this|our) (?:web ?site|site) uses cookies\b/iu,
  /\b(?:we(?:'|’)ll|we will) assume you(?:'|’)re ok with this\b/iu,
  // Promotions: subscriptions, newsletters, channels, follow-us lines, price notices.
  /^subscribe to\b/iu,
  /^get the latest\b.*\binbox\b/iu,
  /^sign up (?:for|to)\b/iu,
  /^follow\b.*\bon (?:instagram|facebook|twitter|youtube|x|tiktok|linkedin)\b/iu,
  /\bsubject to change without notice\b/iu,
  /^prices? (?:and availability )?(?:are|is) (?:accurate|correct|subject)\b/iu,
  /^if you (?:enjoyed|liked) this (?:article|story|post)\b/iu,
  // Pointers past an advertisement or a video: "Story continues below advertisement", "Watch: ... Story continues
  // below.", "Continue reading the main story", "Scroll down to continue reading".
  /(?:^|[.!?]\s+)(?:the\s+)?(?:story|article|text|report)\s+continues\s+(?:below|after|under)\b(?:\s+(?:the|this|an?)\s+)?(?:\s*(?:advertisement|advert|ad|gallery|video|photo|image|break))?\s*[.!?]?$/iu,
  /^continue reading(?:\s+(?:the main story|below|after|the story|the article|the rest))?\s*[.!?]?$/iu,
  /^scroll (?:down )?to (?:continue|read)\b/iu,
  // Pointers to a video or to results elsewhere: "Watch: ...", "Watch the full interview above.", "View full
  // results: http://...", and a broadcast's hand-over: "Tom Vernon has the latest."
  /^watch(?:\s*:|\s+(?:the|our|this|a|an|live|video|now|more|\d+)\b)/iu,
  /^(?:view|see)\s+(?:the\s+)?(?:full|all|more|complete)\b.*(?::|https?:\/\/\S+\.?)$/iu,
  /^\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3}\s+has (?:the latest|more|the story|details)\.?$/u,
  // Credit lines: "With files from The Associated Press", "Annabelle Liang, The Associated Press".
  /^with files from\b/iu,
  /^\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3},\s+(?:the\s+)?(?:associated press|canadian press|press association|reuters|agence france-presse|afp|bloomberg|dpa|upi)$/iu,
  // A short paragraph that asks for a click is an offer or a pointer elsewhere, not a sentence of the story.
  /\bclick here\b/iu,
  // Rights and citation lines of repositories and wires.
  /^this (?:document|article|material|content) is (?:subject to|protected by) copyright\b/iu,
  /\bno part (?:of (?:this|it) )?may be reproduced\b/iu,
  /^citation:.*\bretrieved\b/iu,
  // Filing labels, reading times and gallery counters.
  /^(?:filed under|tags?|topics?|categories)\s*:/iu,
  /^(?:\d+\s*min(?:ute)?s?\s+read|reading time\b|tempo de leitura\b|lesezeit\b)/iu,
  /^\d+\s+(?:of|\/)\s+\d+$/iu,
  // "Posted: Fri 6:45 PM, Feb 16, 2018 | Updated: ..." stamps, even after a separator.
  /^(?:\|\s*)?(?:posted|updated|published|last updated)\s*:.*\d/iu,
  // A bare time or date stamp, as live pages put above each post: "12:04 BST", "9 May 2024, 11:45".
  /^(?:(?:updated|posted|published)\s*:?\s*)?(?:(?:mon|tue|wed|thu|fri|sat|sun)\w*,?\s+)?(?:\d{1,2}\s+\p{L}{3,9}\.?\s+\d{4},?\s*|\p{L}{3,9}\.?\s+\d{1,2},?\s+\d{4},?\s*)?(?:\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{2,5})?)?$/iu,
];

/** True when a paragraph is page furniture (byline, dateline, caption, promo, rights line) rather than article text. */
export function isFurniture(text: string): boolean {
  const t = text.trim();
  if (UI_LABELS.has(t.toLowerCase().replace(/[\s:.…»›|]+$/u, ''))) return true;
  const words = t.split(/\s+/).length;
  if (t !== '' && words <= 30 && BOILERPLATE.some((re) => re.test(t))) return true;
  // A byline is "By" and a capitalised name ("By Sam Reyes"), not "By any measure ...".
  const byline = /^by\s+/i.test(t) && /^\p{Lu}/u.test(t.replace(/^by\s+/i, ''));
  return (byline || FURNITURE.test(t)) && words <= 12 && !/[.!?]["”]?$/.test(t.replace(/\b(?:a\.m|p\.m)\.$/i, ''));
}

import { appendAll } from '../append.ts';
import type { Attribution, ExtractedUnit, Extraction } from '../model.ts';
import { findAttribution, findLeadInSource, type LocalAttribution } from './attribution.ts';
import { layoutArticle, type Layout, type StructuredArticle } from './article.ts';
import { LIST_MARKER, splitBlocks } from './blocks.ts';
import { judgeWorthiness } from './checkworthy.ts';
import { headNoun, isAnonymousSource } from './anonymity.ts';
import { BODY_NOUNS, PERSON_TITLES, TITLE_WORDS } from './lexicon.ts';
import { normalizeText } from './normalize.ts';
import { splitSentences } from './sentences.ts';

/** The personal name at the end of a source phrase ("Union leader Tomas Berg" → "Tomas Berg"), if it is one. */
export function personName(source: string): string | null {
  // "Prof. Anika Sharma of the Alpine Institute": the person comes before "of", "from", "at".
  const words = source.replace(/,.*$/, '').replace(/\s+(?:of|from|at|for|with|in)\s.*$/, '').trim().split(/\s+/);
  let i = words.length;
  while (i > 0 && /^\p{Lu}[\p{L}.'’-]*$/u.test(words[i - 1]!)) i--;
  // The name starts after the last role word ("Agriculture Minister Luis Planas" → "Luis Planas").
  for (let k = words.length - 2; k >= i; k--) {
    if (TITLE_WORDS.has(words[k]!.toLowerCase()) && !/^(?:mr|mrs|ms|dr)\.?$/i.test(words[k]!)) {
      i = k + 1;
      break;
    }
  }
  while (i < words.length - 1 && TITLE_WORDS.has(words[i]!.toLowerCase())) i++;
  const name = words.slice(i);
  if (name.length === 1 && i > 0 && /^(?:mr|mrs|ms|dr)\.?$/i.test(words[i - 1]!)) return `${words[i - 1]} ${name[0]}`;
  return name.length >= 2 && name.length <= 4 ? name.join(' ') : null;
}

/** A role, then the person's name set off by commas: "The finance minister, Lena Ortiz, ruled out ...". */
const ROLE_THEN_NAME = /\b(\p{Ll}+),\s+(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2}),/gu;

/** People named in a sentence with a role word before them ("Transport Minister Alan Greaves"), in order. */
function titledPeople(sentence: string): Array<{ at: number; name: string }> {
  const out: Array<{ at: number; name: string }> = [];
  for (const m of sentence.matchAll(PERSON_TITLES)) {
    const name = personName(m[0]);
    if (name) out.push({ at: m.index + m[0].length - m[1]!.length, name });
  }
  for (const m of sentence.matchAll(ROLE_THEN_NAME)) {
    if (TITLE_WORDS.has(m[1]!) && m[1] !== 'of') out.push({ at: m.index + m[0].indexOf(m[2]!), name: m[2]! });
  }
  return out.sort((a, b) => a.at - b.at);
}

/** Tracks the people and bodies a text has named, so "she said" and "it said" can be resolved. */
class SpeakerMemory {
  #last: string | null = null;
  #body: string | null = null;

  /** The person a "he" or "she" most likely refers to. */
  get last(): string | null {
    return this.#last;
  }

  /** The organisation or record an "it" most likely refers to. */
  get body(): string | null {
    return this.#body;
  }

  /** Remembers a named person. */
  note(name: string | null): void {
    if (name) this.#last = name;
  }

  /** Remembers an organisation or record that said something or leads a sentence. */
  noteBody(name: string | null): void {
    if (name) this.#body = name;
  }
}

/** Last words that make a name an organisation's ("Ameren Corp.", "Serum Institute"). */
const ORG_SUFFIXES = 'Inc\\.?|Corp\\.?|Ltd\\.?|LLC|Group|Bank|Ministry|Council|Agency|Authority|Commission|Company|Airlines?|University|Institute|Association|Union|Party|Department|Office|Service|Board|Court|Police|Foundation|Fund';

/** The organisation or record a sentence opens with ("The company cut ...", "Ameren Corp. said ..."), if any. */
const BODY_SUBJECT = new RegExp(
  `^(?:(?:[Tt]he|[Tt]his|[Tt]hat|[Ii]ts)\\s+(?:[\\p{Ll}-]+\\s+){0,2}?(?:${BODY_NOUNS})\\b(?:\\s+of\\s+(?:the\\s+)?\\p{Lu}[\\p{L}'’-]*(?:\\s+\\p{Lu}[\\p{L}'’-]*){0,3})?|\\p{Lu}[\\p{L}&.'’-]*(?:\\s+\\p{Lu}[\\p{L}&.'’-]*){0,4}\\s+(?:${ORG_SUFFIXES})(?![\\p{L}]))`,
  'u',
);

const BODY_HEAD = new RegExp(`^(?:${BODY_NOUNS})$`, 'i');
const BODY_NAME = new RegExp(`\\s(?:${ORG_SUFFIXES})$`, 'u');

/** True when a source is an organisation or record ("the utility", "Ameren Corp."), not a person. */
function isBody(source: string): boolean {
  return BODY_HEAD.test(headNoun(source)) || BODY_NAME.test(source.trim());
}

/** Turns a unit-relative attribution into a document-level one, resolving pronouns to who they stand for. */
function place(local: LocalAttribution | null, unitStart: number, speakers: SpeakerMemory, subject: string | null = null): Attribution | null {
  if (!local) return null;
  let source = local.source;
  if (local.pronoun === 'person') source = speakers.last ?? local.source;
  if (local.pronoun === 'body') {
    // An "it" nobody can be found for is no source a checker can use.
    const body = subject ?? speakers.body;
    if (!body) return null;
    source = body;
  }
  return { source, anonymous: local.pronoun === 'body' ? isAnonymousSource(source) : local.anonymous, cue: local.cue, start: unitStart + local.start, end: unitStart + local.end };
}

/**
 * Places a sentence's attribution, resolving a pronoun against the people named before it (in earlier
 * sentences, or earlier in this one), then remembers everyone this sentence names.
 */
function attributeSentence(sentence: string, start: number, speakers: SpeakerMemory): Attribution | null {
  const local = findAttribution(sentence, 'sentence');
  const people = titledPeople(sentence);
  const cut = local?.pronoun ? local.start : Infinity;
  for (const p of people) if (p.at < cut) speakers.note(p.name);
  const opening = BODY_SUBJECT.exec(sentence)?.[0] ?? null;
  const subject = local?.pronoun === 'body' && opening && opening.length <= local.start ? opening : null;
  const attribution = place(local, start, speakers, subject);
  const named = attribution && !attribution.anonymous && !local?.pronoun ? personName(attribution.source) : null;
  const later = people.filter((p) => p.at >= cut);
  if (named && local) later.push({ at: local.start, name: named });
  for (const p of later.sort((a, b) => a.at - b.at)) speakers.note(p.name);
  if (attribution && !local?.pronoun && isBody(attribution.source)) speakers.noteBody(attribution.source);
  else if (opening) speakers.noteBody(opening);
  return attribution;
}

/** Builds one unit: text with line breaks folded, worthiness judged. */
function unit(text: string, start: number, end: number, kind: ExtractedUnit['kind'], attribution: Attribution | null): ExtractedUnit {
  const body = text.slice(start, end).replace(/\n/g, ' ');
  const worth = judgeWorthiness(body, attribution !== null, kind === 'heading', kind === 'list-item');
  return { text: body, start, end, kind, ...worth, attribution };
}

/** Extracts the reviewable units of a laid-out article: headline once, sentences, list items, headings. */
export function extractUnits(layout: Layout, fallbackTitle = 'Untitled article'): Extraction {
  const { text } = layout;
  const units: ExtractedUnit[] = [];
  const speakers = new SpeakerMemory();
  let leadIn: Attribution | null = null;
  let title: string | null = null;
  // Units of a quotation left open at the end of its paragraph, waiting for the speaker named where it ends.
  let openQuote: ExtractedUnit[] = [];
  // The attributed quotation just read: a bare quotation right after it continues the same speaker.
  let lastQuote: Attribution | null = null;

  for (const block of layout.blocks) {
    if (block.kind === 'headline' || block.kind === 'heading') {
      const local = findAttribution(text.slice(block.start, block.end), block.kind);
      const u = unit(text, block.start, block.end, block.kind, place(local, block.start, speakers));
      if (block.kind === 'headline') title ??= u.text;
      units.push(u);
      leadIn = null;
      lastQuote = null;
      continue;
    }
    if (block.kind === 'list-item') {
      const local = findAttribution(text.slice(block.start, block.end), 'list-item');
      // List items without their own source take the source of their lead-in ("The ruling lists:").
      const attribution = place(local, block.start, speakers) ?? leadIn;
      units.push(unit(text, block.start, block.end, 'list-item', attribution));
      continue;
    }
    leadIn = null;
    // A dateline ("MADRID (Reuters) - ", "KYIV, Ukraine (AP) — ") opens a story but is not part of its first claim.
    const dateline = DATELINE.exec(text.slice(block.start, Math.min(block.end, block.start + 80)));
    const spans = splitSentences(text, block.start + (dateline ? dateline[0].length : 0), block.end);
    const paragraph: ExtractedUnit[] = [];
    spans.forEach((span, i) => {
      const sentence = text.slice(span.start, span.end);
      if (i === spans.length - 1 && /:\s*$/.test(sentence) && nextIsList(text, span.end)) {
        leadIn = place(findLeadInSource(sentence), span.start, speakers);
        return;
      }
      paragraph.push(unit(text, span.start, span.end, 'sentence', attributeSentence(sentence, span.start, speakers)));
    });
    lastQuote = continueQuotes(paragraph, lastQuote);
    appendAll(units, paragraph);
    const body = text.slice(block.start, block.end);
    const opensQuote = /^["“]/.test(body.trim());
    // A quotation continued from the previous paragraph takes the speaker named where it closes.
    const speaker = paragraph.find((u) => u.attribution)?.attribution ?? null;
    if (openQuote.length > 0 && opensQuote && speaker) {
      for (const u of openQuote) if (!u.attribution) Object.assign(u, judged(u, speaker));
    }
    openQuote = opensQuote && !quoteCloses(body) ? paragraph : opensQuote && openQuote.length && !speaker ? appendAll(openQuote, paragraph) : [];
  }
  return { title: title ?? units[0]?.text.slice(0, 120) ?? fallbackTitle, text, units };
}

/** Extracts the units of a plain-text article (blank-line paragraphs, "-" or "1." list lines). */
export function extractFromText(raw: string, fallbackTitle?: string): Extraction {
  const text = normalizeText(raw);
  return extractUnits({ text, blocks: splitBlocks(text) }, fallbackTitle);
}

/** Extracts the units of an article read from Markdown or HTML. */
export function extractFromArticle(article: StructuredArticle, fallbackTitle?: string): Extraction {
  return { ...extractUnits(layoutArticle(article), fallbackTitle), url: article.url ?? null, ...(article.metadata ? { metadata: article.metadata } : {}) };
}

const CITY_CAPS = `\\p{Lu}[\\p{Lu} .'’-]{1,40}`;
const CITY = `\\p{Lu}[\\p{L}.'’-]+(?: \\p{Lu}[\\p{L}.'’-]+){0,3}`;
const REGION = `(?:,\\s*${CITY})`;
const DAY = `(?:,?\\s*\\p{Lu}\\p{Ll}{2,8}\\.?\\s+\\d{1,2})`;
const AGENCY = `(?:\\s*\\([^)]{1,30}\\))`;
/**
 * A dateline: "MADRID (Reuters) - ", "LONDON, May 3 (Reuters) - ", "KYIV, Ukraine (AP) — ", "Kyiv, Ukraine — ".
 * A city in capitals may stand alone; a city in mixed case needs a region, a day or an agency after it.
 */
const DATELINE = new RegExp(`^(?:${CITY_CAPS}${REGION}{0,2}${DAY}?${AGENCY}?|${CITY}(?:${REGION}{1,2}${DAY}?${AGENCY}?|${DAY}${AGENCY}?|${AGENCY}))\\s*(?:--|[-–—])\\s+`, 'u');

const QUOTE_OPEN = /^["“]/;

/**
 * Gives bare quotations (`"B."` after `"A," Tinto said.`, in the same paragraph or the next) the speaker of
 * the attributed quotation just before them; returns the speaker a following quotation would continue.
 */
function continueQuotes(paragraph: ExtractedUnit[], previous: Attribution | null): Attribution | null {
  let speaker = previous;
  for (const u of paragraph) {
    // A quotation that closes here, or one left open to run on into the next paragraph.
    const quoted = QUOTE_OPEN.test(u.text) && (/["”]\s*$/.test(u.text) || (u.text.match(/["“”]/g) ?? []).length % 2 === 1);
    if (u.attribution) speaker = /["“”]/.test(u.text) ? { ...u.attribution, source: personName(u.attribution.source) ?? u.attribution.source } : null;
    else if (quoted && speaker) Object.assign(u, judged(u, speaker));
    else speaker = null;
  }
  return speaker;
}

/** True when a paragraph that opens with a quotation mark also closes its quotation. */
function quoteCloses(body: string): boolean {
  const marks = body.match(/["“”]/g) ?? [];
  return marks.length % 2 === 0 || body.includes('”');
}

/** A unit given an attribution after the fact, with its worthiness judged again. */
function judged(u: ExtractedUnit, attribution: Attribution): Pick<ExtractedUnit, 'attribution' | 'checkworthy' | 'score' | 'reasons'> {
  return { attribution, ...judgeWorthiness(u.text, true, false, false) };
}

/** True when the next non-blank line after `pos` is a list item. */
function nextIsList(text: string, pos: number): boolean {
  const rest = text.slice(pos, pos + 400).replace(/^\s*\n/, '');
  const marker = LIST_MARKER.exec(rest);
  return !!marker && /\S/.test(rest[marker[0].length] ?? '');
}

import { appendAll } from '../append.ts';
import type { Attribution, AttributionTrace, ExtractedUnit, Extraction } from '../model.ts';
import { findAttribution, findLeadInSource, type LocalAttribution } from './attribution.ts';
import { layoutArticle, type Layout, type StructuredArticle } from './article.ts';
import { LIST_MARKER, splitBlocks } from './blocks.ts';
import { judgeWorthiness } from './checkworthy.ts';
import { normalizeText } from './normalize.ts';
import { quoteView } from './quotes.ts';
import { splitSentences } from './sentences.ts';
import { readPeople, sentencesToRead, type ReadCandidate } from './nlp-reading.ts';
import { attributeSentence, narrowed, place, PRONOUN_GENDER } from './attribute-sentence.ts';
import type { Mention } from './people.ts';
import { personName, SpeakerMemory } from './speakers.ts';

export { personName };

/** Builds one unit: its text exactly as the article has it between its offsets, worthiness judged. */
function unit(text: string, start: number, end: number, kind: ExtractedUnit['kind'], attribution: Attribution | null): ExtractedUnit {
  const body = text.slice(start, end);
  const worth = judgeWorthiness(body, attribution !== null, kind === 'heading', kind === 'list-item', kind === 'headline');
  return { text: body, start, end, kind, ...worth, attribution };
}

/** Told how far extraction has come: the offset reached in a text of `total` characters. */
export type ExtractProgress = (done: number, total: number) => void;

/** Extracts the reviewable units of a laid-out article: headline once, sentences, list items, headings. */
export function extractUnits(layout: Layout, fallbackTitle = 'Untitled article', onProgress?: ExtractProgress): Extraction {
  const { text } = layout;
  // Attribution and sentence ends read quotation marks in a view of the text of the same length.
  const view = quoteView(text);
  const units: ExtractedUnit[] = [];
  const speakers = new SpeakerMemory();
  let leadIn: Attribution | null = null;
  let leadInSpan = { start: 0, end: 0 };
  let title: string | null = null;
  // Units of a quotation left open at the end of its paragraph, waiting for the speaker named where it ends.
  let openQuote: ExtractedUnit[] = [];
  // The attributed quotation just read: a bare quotation right after it continues the same speaker.
  let lastQuote: ExtractedUnit | null = null;
  // The person quoted last and how many paragraphs ago: a quotation standing alone soon after is theirs.
  const recent = { speaker: null as ExtractedUnit | null, age: 0 };

  // Every paragraph's sentences, split once, each with the attribution its own words give. compromise then reads,
  // in one parse, only the sentences a "he said" may point back to (see sentencesToRead).
  const blockSpans = layout.blocks.map((block) => (block.kind === 'headline' || block.kind === 'heading' || block.kind === 'list-item' ? [] : paragraphSpans(text, view, block)));
  const locals = new Map<number, LocalAttribution | null>();
  const sentences: ReadCandidate[] = [];
  // Progress is told as half the text for this first reading and half for the second, so it only ever grows.
  const half = (offset: number): number => Math.floor(offset / 2);
  for (const [b, spans] of blockSpans.entries()) {
    onProgress?.(half(layout.blocks[b]!.start), text.length);
    for (const span of spans) {
      const sentence = view.slice(span.start, span.end);
      const local = findAttribution(sentence, 'sentence');
      locals.set(span.start, local);
      sentences.push({ text: sentence, pronoun: local?.pronoun === 'person' ? (PRONOUN_GENDER[local.source.toLowerCase()] ?? 'either') : null });
    }
  }
  const byRules = new Map<string, Mention[]>();
  const read = readPeople(sentencesToRead(sentences, byRules));

  for (const [b, block] of layout.blocks.entries()) {
    onProgress?.(half(text.length + block.start), text.length);
    if (block.kind === 'headline' || block.kind === 'heading') {
      const local = findAttribution(view.slice(block.start, block.end), block.kind);
      const u = unit(text, block.start, block.end, block.kind, place(local, block.start, speakers));
      if (block.kind === 'headline') title ??= u.text.replace(/\s+/g, ' ');
      units.push(u);
      leadIn = null;
      lastQuote = null;
      continue;
    }
    if (block.kind === 'list-item') {
      const local = findAttribution(view.slice(block.start, block.end), 'list-item');
      // List items without their own source take the source of their lead-in ("The ruling lists:").
      const attribution = place(local, block.start, speakers) ?? (leadIn && inherited(leadIn, 'list lead-in', leadInSpan));
      units.push(unit(text, block.start, block.end, 'list-item', attribution));
      continue;
    }
    leadIn = null;
    const spans = blockSpans[b]!;
    const paragraph: ExtractedUnit[] = [];
    spans.forEach((span, i) => {
      const sentence = view.slice(span.start, span.end);
      if (i === spans.length - 1 && /:\s*$/.test(sentence) && nextIsList(text, span.end)) {
        leadIn = place(findLeadInSource(sentence), span.start, speakers);
        leadInSpan = span;
        return;
      }
      paragraph.push(unit(text, span.start, span.end, 'sentence', attributeSentence(sentence, span.start, speakers, locals.get(span.start) ?? null, read, byRules.get(sentence))));
    });
    lastQuote = continueQuotes(paragraph, lastQuote, view);
    floatingQuotes(paragraph, recent, view);
    appendAll(units, paragraph);
    const body = view.slice(block.start, block.end);
    const opensQuote = /^["“]/.test(body.trim());
    // A quotation continued from the previous paragraph takes the speaker named where it closes.
    const speaker = paragraph.find((u) => u.attribution)?.attribution ?? null;
    if (openQuote.length > 0 && opensQuote && speaker) {
      const said = paragraph.find((u) => u.attribution)!;
      for (const u of openQuote) if (!u.attribution) Object.assign(u, judged(u, inherited(speaker, 'quotation closed in the next paragraph', said)));
    }
    openQuote = opensQuote && !quoteCloses(body) ? paragraph : opensQuote && openQuote.length && !speaker ? appendAll(openQuote, paragraph) : [];
  }
  // Sources are read in the quotation view; what is stored is the text itself at the same offsets (a '' pair
  // read as a quotation mark stays '' in the source), so a source's offsets always give exactly its words.
  for (const u of units) if (u.attribution) u.attribution = { ...u.attribution, source: text.slice(u.attribution.start, u.attribution.end) };
  traceResolvedPronouns(units);
  return { title: title ?? untitled(text, units[0]) ?? fallbackTitle, text, units };
}

/**
 * The title of an article without a headline: its first sentence as it reads, a dateline before it kept
 * ("OTTAWA — The federal government…"), where the claim itself leaves the dateline out.
 */
function untitled(text: string, first: ExtractedUnit | undefined): string | null {
  if (!first) return null;
  const lead = text.slice(0, first.start);
  const opening = DATELINE.test(lead.trimStart()) && !lead.trim().includes('\n') ? lead.trimStart() + first.text : first.text;
  return opening.replace(/\s+/g, ' ').slice(0, 120);
}

/** A paragraph's sentences; a dateline ("MADRID (Reuters) - ", "KYIV, Ukraine (AP) — ") opens a story but is not part of its first claim. */
function paragraphSpans(text: string, view: string, block: { start: number; end: number }): { start: number; end: number }[] {
  const dateline = DATELINE.exec(text.slice(block.start, Math.min(block.end, block.start + 80)));
  return splitSentences(view, block.start + (dateline ? dateline[0].length : 0), block.end);
}

/** Extracts the units of a plain-text article (blank-line paragraphs, "-" or "1." list lines). */
export function extractFromText(raw: string, fallbackTitle?: string, onProgress?: ExtractProgress): Extraction {
  const text = normalizeText(raw);
  return extractUnits({ text, blocks: splitBlocks(text) }, fallbackTitle, onProgress);
}

/** Extracts the units of an article read from Markdown or HTML. */
export function extractFromArticle(article: StructuredArticle, fallbackTitle?: string, onProgress?: ExtractProgress): Extraction {
  return { ...extractUnits(layoutArticle(article), fallbackTitle, onProgress), url: article.url ?? null, ...(article.metadata ? { metadata: article.metadata } : {}) };
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
function continueQuotes(paragraph: ExtractedUnit[], previous: ExtractedUnit | null, view: string): ExtractedUnit | null {
  let speaker = previous;
  for (const u of paragraph) {
    const said = view.slice(u.start, u.end);
    // A quotation that closes here, or one left open to run on into the next paragraph.
    const quoted = QUOTE_OPEN.test(said) && (/["”]\s*$/.test(said) || (said.match(/["“”]/g) ?? []).length % 2 === 1);
    if (u.attribution) speaker = /["“”]/.test(said) ? u : null;
    else if (quoted && speaker?.attribution) Object.assign(u, judged(u, inherited(narrowed(speaker.attribution), 'quotation continued', speaker)));
    else speaker = null;
  }
  return speaker;
}

/** A unit that is one quotation and nothing else (`"When somebody dies, you remember that."`). */
const BARE_QUOTE = /^["“][^"“”]+["”]$/;

/**
 * Gives a quotation that stands alone, with no speaker in its sentence or its paragraph, the person quoted last,
 * when that was in this paragraph or the one before ("floating" quotations); then updates who was quoted last.
 */
function floatingQuotes(paragraph: ExtractedUnit[], recent: { speaker: ExtractedUnit | null; age: number }, view: string): void {
  recent.age++;
  const paragraphSpeaker = paragraph.some((u) => u.attribution);
  for (const u of paragraph) {
    if (u.attribution) {
      const quoted = !u.attribution.anonymous && personName(u.attribution.source) && /["“”]/.test(view.slice(u.start, u.end));
      // Anyone else's words break the run: a later quotation standing alone is not carried back past them.
      if (quoted) recent.speaker = u;
      else if (recent.speaker?.attribution && !sameSpeaker(recent.speaker.attribution.source, u.attribution.source)) recent.speaker = null;
      recent.age = 0;
    } else if (!paragraphSpeaker && recent.speaker?.attribution && recent.age <= 1 && BARE_QUOTE.test(view.slice(u.start, u.end).trim())) {
      Object.assign(u, judged(u, inherited(recent.speaker.attribution, 'quotation standing alone', recent.speaker)));
    }
  }
}

/** A source given to a unit without its own, traced to the rule that gave it and the sentence it came from. */
function inherited(a: Attribution, rule: string, from: { start: number; end: number }): Attribution {
  return { ...a, trace: { rule, from: { start: from.start, end: from.end } } };
}

/** Traces each pronoun resolved to a name in another unit to that unit's sentence. */
function traceResolvedPronouns(units: readonly ExtractedUnit[]): void {
  for (const u of units) {
    const a = u.attribution;
    if (!a?.trace?.pronoun || a.trace.from || (a.start >= u.start && a.start < u.end)) continue;
    const named = unitAt(units, a.start);
    if (named) a.trace = { ...a.trace, from: { start: named.start, end: named.end } } satisfies AttributionTrace;
  }
}

/** The unit whose text holds document offset `at`, found by halving (units are in document order). */
function unitAt(units: readonly ExtractedUnit[], at: number): ExtractedUnit | null {
  let lo = 0;
  let hi = units.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const u = units[mid]!;
    if (at < u.start) hi = mid - 1;
    else if (at >= u.end) lo = mid + 1;
    else return u;
  }
  return null;
}

/** True when two sources name the same person: the same words, or one's surname ending the other ("Ana Ruiz", "Ruiz"). */
function sameSpeaker(a: string, b: string): boolean {
  const last = (s: string): string => s.trim().split(/\s+/).at(-1) ?? '';
  return a === b || last(a) === last(b);
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

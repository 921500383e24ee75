import type { Attribution, ExtractedUnit, Extraction } from '../model.ts';
import { findAttribution, findLeadInSource, type LocalAttribution } from './attribution.ts';
import { layoutArticle, type Layout, type StructuredArticle } from './article.ts';
import { splitBlocks } from './blocks.ts';
import { judgeWorthiness } from './checkworthy.ts';
import { TITLE_WORDS } from './lexicon.ts';
import { normalizeText } from './normalize.ts';
import { splitSentences } from './sentences.ts';

/** The personal name at the end of a source phrase ("Mayor Carlos Duarte" → "Carlos Duarte"), if it is one. */
export function personName(source: string): string | null {
  const words = source.replace(/,.*$/, '').trim().split(/\s+/);
  let i = 0;
  while (i < words.length - 1 && TITLE_WORDS.has(words[i]!.toLowerCase())) i++;
  const name = words.slice(i);
  if (name.length < 2 || name.length > 4) return null;
  return name.every((w) => /^\p{Lu}[\p{L}.'’-]*$/u.test(w)) ? name.join(' ') : null;
}

/** Tracks the people a text has named, so "she said" can be resolved to the last one. */
class SpeakerMemory {
  #last: string | null = null;

  /** The person a pronoun most likely refers to. */
  get last(): string | null {
    return this.#last;
  }

  /** Remembers the named person in an attribution, if any. */
  note(source: string | null): void {
    const name = source ? personName(source) : null;
    if (name) this.#last = name;
  }
}

/** Turns a unit-relative attribution into a document-level one, resolving pronouns to the last named speaker. */
function place(local: LocalAttribution | null, unitStart: number, speakers: SpeakerMemory): Attribution | null {
  if (!local) return null;
  const source = local.pronoun ? (speakers.last ?? local.source) : local.source;
  return { source, anonymous: local.anonymous, cue: local.cue, start: unitStart + local.start, end: unitStart + local.end };
}

/** Builds one unit: text with line breaks folded, worthiness judged. */
function unit(text: string, start: number, end: number, kind: ExtractedUnit['kind'], attribution: Attribution | null): ExtractedUnit {
  const body = text.slice(start, end).replace(/\n/g, ' ');
  const worth = judgeWorthiness(body, attribution !== null, kind === 'heading');
  return { text: body, start, end, kind, ...worth, attribution };
}

/** Extracts the reviewable units of a laid-out article: headline once, sentences, list items, headings. */
export function extractUnits(layout: Layout, fallbackTitle = 'Untitled article'): Extraction {
  const { text } = layout;
  const units: ExtractedUnit[] = [];
  const speakers = new SpeakerMemory();
  let leadIn: Attribution | null = null;
  let title: string | null = null;

  for (const block of layout.blocks) {
    if (block.kind === 'headline' || block.kind === 'heading') {
      const local = findAttribution(text.slice(block.start, block.end), block.kind);
      const u = unit(text, block.start, block.end, block.kind, place(local, block.start, speakers));
      if (block.kind === 'headline') title ??= u.text;
      units.push(u);
      leadIn = null;
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
    const spans = splitSentences(text, block.start, block.end);
    spans.forEach((span, i) => {
      const sentence = text.slice(span.start, span.end);
      if (i === spans.length - 1 && /:\s*$/.test(sentence) && nextIsList(text, span.end)) {
        leadIn = place(findLeadInSource(sentence), span.start, speakers);
        return;
      }
      const local = findAttribution(sentence, 'sentence');
      const attribution = place(local, span.start, speakers);
      speakers.note(attribution && !attribution.anonymous ? attribution.source : null);
      units.push(unit(text, span.start, span.end, 'sentence', attribution));
    });
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
  return extractUnits(layoutArticle(article), fallbackTitle);
}

/** True when the next non-blank line after `pos` is a list item. */
function nextIsList(text: string, pos: number): boolean {
  const rest = text.slice(pos, pos + 400).replace(/^\s*\n/, '');
  return /^[ \t]*(?:[-*•·–—]|\d{1,3}[.)])[ \t]+\S/.test(rest);
}

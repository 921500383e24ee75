import { splitSentences, type Span } from './extract/sentences.ts';

/**
 * Moving a selection through an article from the keyboard: by sentence (cut as the extractor cuts them), and
 * a word more or less at its end. Pure: the window applies the ranges it gives.
 */
export class ArticleCaret {
  #text: string | null = null;
  #sentences: Span[] = [];

  #spans(text: string): Span[] {
    if (text !== this.#text) {
      this.#text = text;
      // Sentences within paragraphs: a blank line always ends one.
      const spans: Span[] = [];
      for (const m of text.matchAll(/[^\n]+(?:\n(?!\s*\n)[^\n]*)*/g)) spans.push(...splitSentences(text, m.index, m.index + m[0].length));
      this.#sentences = spans.filter((s) => text.slice(s.start, s.end).trim().length > 0).map((s) => trimmed(text, s));
    }
    return this.#sentences;
  }

  /** The sentence after `from` (the first one starting at or after it), or null at the end. */
  next(text: string, from: number): Span | null {
    return this.#spans(text).find((s) => s.start >= from) ?? null;
  }

  /** The sentence before `to` (the last one ending at or before it), or null at the start. */
  previous(text: string, to: number): Span | null {
    return this.#spans(text).findLast((s) => s.end <= to) ?? null;
  }
}

/** A span without the blanks at its ends. */
function trimmed(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { start, end };
}

/** The selection with the next word of the text taken in (its end moved past it), or as it was at the end. */
export function extendByWord(text: string, span: Span): Span {
  const m = /\s*\S+/y;
  m.lastIndex = span.end;
  const found = m.exec(text);
  return found && !found[0].includes('\n\n') ? { start: span.start, end: span.end + found[0].length } : span;
}

/** The selection with its last word left out, never fewer than one word. */
export function shrinkByWord(text: string, span: Span): Span {
  const inside = text.slice(span.start, span.end).trimEnd();
  const cut = inside.search(/\s+\S+$/);
  return cut > 0 ? { start: span.start, end: span.start + cut } : span;
}

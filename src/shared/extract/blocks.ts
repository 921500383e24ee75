import { appendAll } from '../append.ts';
import { isFurniture } from './furniture.ts';
import { squash } from './normalize.ts';

/** A structural piece of a plain-text article: a run of prose, or one list item. */
export interface Block {
  kind: 'headline' | 'heading' | 'prose' | 'list-item';
  start: number;
  end: number;
}

/** A line that starts a list item: a bullet or a number, then space. */
export const LIST_MARKER = /^[ \t]*(?:[-*•·–—]|\d{1,3}[.)])[ \t]+/;
/** True when a paragraph can be a headline: short (one line, or wrapped over up to three), not ending like a sentence. */
function looksLikeHeadline(text: string): boolean {
  const t = text.trim();
  const lines = t.split('\n');
  return lines.length <= 3 && !lines.some((l) => LIST_MARKER.test(l)) && t.split(/\s+/).length <= 30 && !/[.:;,]$/.test(t);
}

/** Line-level spans of a paragraph, each either a list item (marker stripped) or prose. */
function paragraphBlocks(text: string, start: number, end: number): Block[] {
  const out: Block[] = [];
  let prose: Block | null = null;
  let lineStart = start;
  while (lineStart < end) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0 || lineEnd > end) lineEnd = end;
    const line = text.slice(lineStart, lineEnd);
    const marker = LIST_MARKER.exec(line);
    if (marker && line.trim().length > marker[0].trim().length) {
      prose = null;
      let itemEnd = lineEnd;
      while (itemEnd > lineStart && /\s/.test(text[itemEnd - 1] ?? '')) itemEnd--;
      out.push({ kind: 'list-item', start: lineStart + marker[0].length, end: itemEnd });
    } else if (line.trim() !== '') {
      if (prose) prose.end = lineEnd;
      else {
        prose = { kind: 'prose', start: lineStart + (line.length - line.trimStart().length), end: lineEnd };
        out.push(prose);
      }
    }
    lineStart = lineEnd + 1;
  }
  return out;
}

/** The spans of the lines between two offsets. */
function lineSpans(text: string, start: number, end: number): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  let at = start;
  while (at <= end) {
    let next = text.indexOf('\n', at);
    if (next < 0 || next > end) next = end;
    out.push({ start: at, end: next });
    at = next + 1;
  }
  return out;
}

/**
 * Splits normalised text into headline, prose and list-item blocks. Blank lines separate paragraphs (or every
 * line does, when the text has no blank lines); a repeated headline and page furniture are dropped.
 */
export function splitBlocks(text: string): Block[] {
  const separator = /\n\s*\n/.test(text) ? /\n\s*\n/g : /\n/g;
  const paragraphs: Array<{ start: number; end: number }> = [];
  let last = 0;
  for (let m = separator.exec(text); m; m = separator.exec(text)) {
    paragraphs.push({ start: last, end: m.index });
    last = m.index + m[0].length;
  }
  paragraphs.push({ start: last, end: text.length });
  // A block of lines holding a byline or a time stamp ("Title\nBy Jo Lin\nUpdated 9 May") is read line by line.
  const split = paragraphs.flatMap((p) => {
    const lines = lineSpans(text, p.start, p.end);
    return lines.length > 1 && lines.some((l) => isFurniture(text.slice(l.start, l.end))) ? lines : [p];
  });

  const blocks: Block[] = [];
  let headline: string | null = null;
  for (const p of split) {
    const body = text.slice(p.start, p.end);
    if (body.trim() === '') continue;
    if (isFurniture(body)) continue;
    if (headline === null && blocks.length === 0 && looksLikeHeadline(body)) {
      headline = squash(body);
      const lead = body.length - body.trimStart().length;
      blocks.push({ kind: 'headline', start: p.start + lead, end: p.start + lead + body.trim().length });
      continue;
    }
    // Pages often repeat the headline (title and h1, or a repeated first line): review it once.
    if (headline !== null && blocks.length <= 3 && squash(body) === headline) continue;
    appendAll(blocks, paragraphBlocks(text, p.start, p.end));
  }
  return blocks;
}

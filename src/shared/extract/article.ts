import type { ArticleMetadata } from '../model.ts';
import type { Block } from './blocks.ts';
import { isFurniture } from './furniture.ts';
import { normalizeText, squash } from './normalize.ts';

/** A block of an article read from structured input (Markdown, HTML), before it is laid out as text. */
export interface ArticleBlock {
  kind: 'heading' | 'paragraph' | 'list-item';
  text: string;
}

/** An article from structured input: its headline (if any) and body blocks in reading order. */
export interface StructuredArticle {
  headline: string | null;
  blocks: ArticleBlock[];
  /** The page's own address, when it declares one. */
  url?: string | null;
  /** What the page says about the article, when it says anything. */
  metadata?: ArticleMetadata;
}

/** The cleaned article text the app stores and shows, with the spans of its blocks. */
export interface Layout {
  text: string;
  blocks: Block[];
}

/**
 * Lays a structured article out as clean text: headline, then blocks separated by blank lines, list items
 * one per line as "- item". A block repeating the headline near the top (title and h1) is dropped.
 */
export function layoutArticle(article: StructuredArticle): Layout {
  let text = '';
  const blocks: Block[] = [];
  const headline = article.headline ? squash(normalizeText(article.headline)) : '';
  if (headline) {
    text = headline;
    blocks.push({ kind: 'headline', start: 0, end: headline.length });
  }
  let previous: ArticleBlock['kind'] | null = null;
  article.blocks.forEach((block, i) => {
    const body = squash(normalizeText(block.text));
    if (body === '' || isFurniture(body)) return;
    if (headline && i < 4 && body === headline) return;
    const separator = text === '' ? '' : block.kind === 'list-item' && previous === 'list-item' ? '\n' : '\n\n';
    const marker = block.kind === 'list-item' ? '- ' : '';
    const start = text.length + separator.length + marker.length;
    text += separator + marker + body;
    blocks.push({ kind: block.kind === 'paragraph' ? 'prose' : block.kind, start, end: start + body.length });
    previous = block.kind;
  });
  return { text, blocks };
}

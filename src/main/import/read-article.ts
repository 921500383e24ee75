import { extname } from 'node:path';
import { decodeText } from '../../shared/decode-text.ts';
import { WorkbenchError } from '../../shared/errors.ts';
import { extractFromArticle, extractFromText, type ExtractProgress } from '../../shared/extract/extract.ts';
import type { Extraction } from '../../shared/model.ts';
import { htmlToArticle } from './html-article.ts';
import { markdownToArticle } from './markdown-article.ts';

/** The article formats the importer reads, by file extension. */
export const ARTICLE_FORMATS = {
  text: ['.txt', '.text'],
  markdown: ['.md', '.markdown'],
  html: ['.html', '.htm', '.xhtml'],
} as const;

/** One of the formats the importer reads. */
export type ArticleFormat = keyof typeof ARTICLE_FORMATS;

/** Every extension the importer accepts, for file dialogs and messages. */
export const ARTICLE_EXTENSIONS: readonly string[] = Object.values(ARTICLE_FORMATS).flat();

/** The format of a file, from its extension; null when it is not an article file the importer reads. */
export function formatOf(name: string): ArticleFormat | null {
  const ext = extname(name).toLowerCase();
  for (const [format, exts] of Object.entries(ARTICLE_FORMATS)) if ((exts as readonly string[]).includes(ext)) return format as ArticleFormat;
  return null;
}

/** True when text that claims to be plain is really an HTML page (a saved page renamed to .txt). */
function looksLikeHtml(text: string): boolean {
  return /^\s*(?:<!doctype html|<html[\s>]|<head[\s>]|<body[\s>])/i.test(text);
}

/** Extracts an article given as text in a known format (also used for pasted text). */
export function extractArticle(text: string, format: ArticleFormat, fallbackTitle: string, onProgress?: ExtractProgress): Extraction {
  if (format === 'html' || looksLikeHtml(text)) return extractFromArticle(htmlToArticle(text), fallbackTitle, onProgress);
  if (format === 'markdown') return extractFromArticle(markdownToArticle(text), fallbackTitle, onProgress);
  return extractFromText(text, fallbackTitle, onProgress);
}

/** Reads an article file's bytes: checks type and encoding, picks the reader, extracts its units. */
export function readArticle(name: string, bytes: Uint8Array, onProgress?: ExtractProgress): Extraction {
  const format = formatOf(name);
  if (!format) {
    throw new WorkbenchError('import', `“${name}” is not a supported article file; the workbench reads ${ARTICLE_EXTENSIONS.join(', ')}.`);
  }
  const text = decodeText(bytes, name);
  const extraction = extractArticle(text, format, name, onProgress);
  if (extraction.units.length === 0) throw new WorkbenchError('import', `“${name}” has no article text the workbench could find.`);
  return extraction;
}

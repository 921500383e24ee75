import { marked, type Token, type Tokens } from 'marked';
import type { ArticleBlock, StructuredArticle } from '../../shared/extract/article.ts';
import { decodeEntities } from './entities.ts';

/** The plain text of inline Markdown: emphasis and links keep their words, images and HTML tags go. */
function inlineText(tokens: Token[] | undefined, fallback: string): string {
  if (!tokens) return decodeEntities(fallback);
  return tokens
    .map((t) => {
      switch (t.type) {
        case 'image':
        case 'html':
          return '';
        case 'br':
          return ' ';
        case 'codespan':
        case 'escape':
          return decodeEntities((t as Tokens.Codespan).text);
        default:
          return inlineText((t as Tokens.Generic).tokens as Token[] | undefined, (t as Tokens.Generic).text ?? t.raw);
      }
    })
    .join('');
}

/** Appends the blocks of a token list: headings, paragraphs, list items (nested lists flattened), quotes. */
function collect(tokens: Token[], out: ArticleBlock[]): void {
  for (const t of tokens) {
    if (t.type === 'heading') out.push({ kind: 'heading', text: inlineText((t as Tokens.Heading).tokens, (t as Tokens.Heading).text) });
    else if (t.type === 'paragraph' || t.type === 'text') out.push({ kind: 'paragraph', text: inlineText((t as Tokens.Paragraph).tokens, (t as Tokens.Paragraph).text) });
    else if (t.type === 'list') {
      for (const item of (t as Tokens.List).items) {
        const own = item.tokens.filter((x) => x.type !== 'list');
        const text = own.map((x) => inlineText((x as Tokens.Generic).tokens as Token[] | undefined, (x as Tokens.Generic).text ?? '')).join(' ');
        if (text.trim()) out.push({ kind: 'list-item', text });
        const nested = item.tokens.filter((x) => x.type === 'list');
        collect(nested, out);
      }
    } else if (t.type === 'blockquote') collect((t as Tokens.Blockquote).tokens, out);
    // Code, tables, raw HTML and rules are not article prose.
  }
}

/**
 * Reads a Markdown article with a real Markdown parser: a leading level-1 heading (or a first short line) is
 * the headline; headings, paragraphs and list items keep their structure.
 */
export function markdownToArticle(markdown: string): StructuredArticle {
  const body = markdown.replace(/^\uFEFF/, '').replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n/, '');
  const blocks: ArticleBlock[] = [];
  collect(marked.lexer(body, { gfm: true }), blocks);
  let headline: string | null = null;
  const first = blocks[0];
  const firstToken = marked.lexer(body).find((t) => t.type !== 'space');
  if (first && firstToken?.type === 'heading') {
    headline = first.text;
    blocks.shift();
  } else if (first && first.kind === 'paragraph' && first.text.split(/\s+/).length <= 30 && !/[.:;,]$/.test(first.text.trim()) && !first.text.includes('\n')) {
    headline = first.text;
    blocks.shift();
  }
  return { headline, blocks };
}

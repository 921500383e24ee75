/**
 * Escapes text for one line of GitHub-flavoured Markdown (a table cell, a list item, a heading): newlines
 * fold to spaces, Markdown punctuation is backslash-escaped and HTML is neutralised, so article or user text
 * can never add structure, links or markup to a report.
 */
export function escapeInline(text: string): string {
  return (
    text
      .replace(/\s*[\r\n]+\s*/g, ' ')
      .trim()
      .replace(/[\\`*_[\]#|~]/g, (c) => `\\${c}`)
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      // Bare URLs would become links through GFM's autolinking; break the pattern without changing the text.
      .replace(/:\/\//g, ':\\/\\/')
      .replace(/\bwww\./gi, (m) => `${m.slice(0, 3)}\\.`)
      // Characters that start a block only matter at the start of a line.
      .replace(/^([-+>=])/, '\\$1')
      .replace(/^(\d+)([.)])/, '$1\\$2')
  );
}

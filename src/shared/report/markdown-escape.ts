/**
 * Escapes text for one line of GitHub-flavoured Markdown (a table cell, a list item, a heading, a quote
 * line): newlines fold to spaces, Markdown punctuation is backslash-escaped and HTML is neutralised, so
 * article or user text can never add structure, links or markup to a report.
 */
export function escapeInline(text: string): string {
  return (
    text
      // Unicode line and paragraph separators end a line for Markdown parsers just like CR and LF.
      .replace(/\s*[\r\n\u0085\u2028\u2029]+\s*/g, ' ')
      // Control characters have no place in a report and some Markdown tools choke on them.
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '')
      // A tab is a space in a sentence; in Markdown it can start a code block and linters refuse it.
      .replace(/\t/g, ' ')
      .trim()
      .replace(/[\\`*_[\]#|~@!]/g, (c) => `\\${c}`)
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      // Bare URLs would become links through GFM's autolinking; break the pattern without changing the text.
      .replace(/:\/\//g, ':\\/\\/')
      .replace(/\bwww\./gi, (m) => `${m.slice(0, 3)}\\.`)
  );
}

/** Like escapeInline, for text that begins a line: a leading "-", "+", "=" or "1." must not start a block. */
export function escapeLineStart(text: string): string {
  return escapeInline(text)
    .replace(/^([-+=])/, '\\$1')
    .replace(/^(\d+)([.)])/, '$1\\$2');
}

/**
 * Escapes multi-line text (a note) for a Markdown block whose lines start with `prefix`: each line is
 * escaped on its own and ends with a hard break, so the checker's line breaks survive (blank lines collapse).
 */
export function escapeLines(text: string, prefix: string): string {
  return text
    .split(/\r\n|[\r\n\u0085\u2028\u2029]/)
    .map(escapeLineStart)
    .filter((line) => line !== '')
    .join(`\\\n${prefix}`);
}

/** A URL made safe inside Markdown link parentheses (the URL itself was checked to be http or https). */
export function escapeUrl(url: string): string {
  // Parentheses too: encodeURIComponent leaves them, and an unbalanced one would end the link early.
  return url.replace(/[()<>\s\\]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

/** Like escapeInline, with `fallback` when nothing printable is left (an empty cell or quote breaks a report's layout). */
export function escapeOr(text: string, fallback: string): string {
  return escapeInline(text) || fallback;
}

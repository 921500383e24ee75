/**
 * Replaces every character inside quotation marks with "x" (same length, so offsets still line up), so that
 * attribution patterns look only at the reporter's words, never at what a speaker is quoted as saying.
 */
export function maskQuotes(text: string): string {
  const out = text.split('');
  let open = -1;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '“' || (ch === '"' && open < 0 && /^|[\s([{\u2014\u2013-]/.test(i > 0 ? (text[i - 1] ?? ' ') : ' '))) {
      if (open < 0) {
        open = i;
        continue;
      }
    }
    if ((ch === '”' || ch === '"') && open >= 0) {
      for (let k = open + 1; k < i; k++) out[k] = 'x';
      open = -1;
    }
  }
  return out.join('');
}

/** Two single marks written for one double mark: apostrophes, or their typographic forms in any order. */
const DOUBLED_SINGLE = /['‘’]['‘’]/g;

/**
 * The text with each pair of single marks used as a quotation mark (''Like this,'' as some wires and archives
 * write, or “Like this,’’ and ‘‘this’’ as some newsroom systems do) turned into a straight double quote and a
 * space: the same length, so offsets hold, and quotations read as such.
 */
export function quoteView(text: string): string {
  return text.replace(DOUBLED_SINGLE, '" ');
}

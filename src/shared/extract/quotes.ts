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
  return singleQuotations(text.replace(DOUBLED_SINGLE, '" '));
}

/** What may stand before an opening ‘: a line's start, a space, an opening bracket or a dash. */
const BEFORE_OPENING = /[\s([{\u2014\u2013"-]/u;
/** What a closing ’ is followed by: anything but a letter or digit ("It’s" and "’90s" are apostrophes). */
const LETTER = /[\p{L}\p{N}]/u;
/** Punctuation that ends what was said, before its closing mark (‘..., ’ ‘...?’). */
const SAID_ENDS = /[.,!?;:\u2026\u2014\u2013-]/u;

/**
 * Quotations written between single marks, as British and Irish news write them (‘We have made the hard choices,’
 * she said.), turned into straight double quotes, mark for mark, so every rule reads them as quotations. A ‘ opens one
 * after a space or a line's start; the ’ that closes it is followed by no letter and is not a plural's possessive
 * ("the workers’ union"), unless punctuation comes before it. A ‘ opening a paragraph left open (a quotation that goes
 * on in the next paragraph) is a quotation mark too; single marks inside a quotation in double marks are left alone.
 */
function singleQuotations(view: string): string {
  if (!view.includes('‘')) return view;
  const out = view.split('');
  let open = -1;
  let lineStart = 0;
  // Inside a quotation in double marks, single marks quote within it (“... says, ‘Oh my gosh.’ So ...”): left alone.
  let inDouble = false;
  const closeLine = (): void => {
    // A paragraph that opens a quotation and runs on to the next leaves it open, as double marks do.
    if (open >= 0 && open === lineStart) out[open] = '"';
    open = -1;
  };
  for (let i = 0; i < view.length; i++) {
    const ch = view[i]!;
    if (ch === '\n') {
      closeLine();
      lineStart = i + 1;
      inDouble = false;
    } else if (ch === '“' || ch === '”' || ch === '"') {
      if (open < 0) inDouble = ch === '“' || (ch === '"' && !inDouble);
    } else if (ch === '‘' && open < 0 && !inDouble && (i === 0 || BEFORE_OPENING.test(view[i - 1]!))) {
      open = i;
    } else if (ch === '’' && open >= 0 && !LETTER.test(view[i + 1] ?? ' ')) {
      const before = view[i - 1] ?? '';
      if (SAID_ENDS.test(before) || before !== 's' || /[.,;:!?)]/u.test(view[i + 1] ?? '.')) {
        out[open] = '"';
        out[i] = '"';
        open = -1;
      }
    }
  }
  closeLine();
  return out.join('');
}

/** Small words a title leaves in lower case ("Takin’ It to the Streets", "What a Fool Believes"). */
const TITLE_SMALL_WORDS = new Set(['a', 'an', 'the', 'and', 'or', 'but', 'of', 'to', 'in', 'on', 'at', 'by', 'for', 'with', 'from', 'as']);

/**
 * True when the words inside a pair of quotation marks read as someone's words: two words or more (one is most often
 * the reporter's scare quote, "the “whistleblower”"), not capitalised like a title, a song or a product name.
 */
export function isQuotedSpeech(inner: string): boolean {
  const words = inner.trim().split(/\s+/u).filter((w) => /\p{L}/u.test(w));
  return words.length >= 2 && !words.every((w) => /^\p{Lu}/u.test(w) || TITLE_SMALL_WORDS.has(w.toLowerCase()));
}

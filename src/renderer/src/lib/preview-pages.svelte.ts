/** A piece of a long preview that can be drawn on its own. */
export interface PreviewPage {
  /** The piece's text (for a table continued from the previous page: its header and delimiter rows first). */
  text: string;
  /** True when the page continues a table of the page before: its header row is not drawn again. */
  continued: boolean;
}

/** How many lines a page holds, about: one page is drawn in one short task. */
export const PAGE_LINES = 60;

const isTableRow = (line: string): boolean => line.startsWith('|');

/** How much text must be at hand, past the last page cut, before the next page is cut from it. */
const AHEAD_CHARS = 24_000;

/**
 * A long text (a report's Markdown, CSV or JSON) cut into pages as they are needed: the first page is cut and
 * drawn at once, the rest as the reader scrolls, so opening a 20,000-claim report never holds the window up.
 * The text itself may arrive in parts (`append`); when the pages reach the end of what has arrived, `need` asks
 * for the next part. Markdown is cut only between blocks (never inside a fenced code block); a long table is
 * cut between rows, each later part repeating the header rows for the Markdown reader and marked `continued`.
 */
export class PreviewPages {
  readonly #markdown: boolean;
  readonly #need: () => void;
  #text = '';
  #complete = false;
  #wanted = false;
  #at = 0;
  #pages = $state<PreviewPage[]>([]);
  #done = $state(false);
  /** The open table's header and delimiter rows, while a table is being cut. */
  #tableHead: string | null = null;

  /** `need` is called when the pages have reached the end of the text that has arrived. */
  constructor(markdown: boolean, need: () => void = () => undefined) {
    this.#markdown = markdown;
    this.#need = need;
  }

  /** The pages cut so far. */
  get pages(): PreviewPage[] {
    return this.#pages;
  }
  /** True once the whole text is in pages. */
  get done(): boolean {
    return this.#done;
  }
  /** The text that has arrived so far. */
  get text(): string {
    return this.#text;
  }
  /** How many characters have arrived. */
  get received(): number {
    return this.#text.length;
  }

  /** Takes the next part of the text; `complete` when it is the last. A page asked for meanwhile is cut. */
  append(part: string, complete: boolean): void {
    this.#text += part;
    this.#complete = complete;
    if (this.#wanted || this.#pages.length === 0) this.more();
  }

  /** Cuts the next page; when too little text is at hand, asks for more and cuts it once it arrives. */
  more(): void {
    if (this.#done) return;
    if (!this.#complete && this.#text.length - this.#at < AHEAD_CHARS) {
      this.#wanted = true;
      this.#need();
      return;
    }
    this.#wanted = false;
    const page = this.#markdown ? this.#nextMarkdown() : this.#nextLines();
    this.#pages.push(page);
    if (this.#complete && this.#at >= this.#text.length) this.#done = true;
  }

  /** True while a whole line is at hand (the last line counts once the text is complete). */
  #hasLine(): boolean {
    return this.#complete ? this.#at < this.#text.length : this.#text.indexOf('\n', this.#at) >= 0;
  }

  #line(): string {
    const end = this.#text.indexOf('\n', this.#at);
    const stop = end < 0 ? this.#text.length : end;
    const line = this.#text.slice(this.#at, stop);
    this.#at = stop + 1;
    return line;
  }

  #nextLines(): PreviewPage {
    const lines: string[] = [];
    while (this.#hasLine() && lines.length < PAGE_LINES) lines.push(this.#line());
    return { text: lines.join('\n'), continued: false };
  }

  #nextMarkdown(): PreviewPage {
    const continued = this.#tableHead !== null;
    const lines: string[] = continued ? this.#tableHead!.split('\n') : [];
    let fenced = false;
    while (this.#hasLine()) {
      const line = this.#line();
      lines.push(line);
      if (/^\s*(```|~~~)/.test(line)) fenced = !fenced;
      if (fenced) continue;
      const prev = lines.at(-2);
      // A table starts with its header and delimiter rows: kept to head each later part of the table.
      if (isTableRow(line) && prev !== undefined && isTableRow(prev) && /^\|[\s:|-]+\|?$/.test(line) && this.#tableHead === null) {
        this.#tableHead = `${prev}\n${line}`;
      }
      if (!isTableRow(line)) this.#tableHead = null;
      const full = lines.length >= PAGE_LINES;
      if (full && line.trim() === '') break;
      if (full && this.#tableHead !== null && isTableRow(line) && this.#peekIsTableRow()) break;
    }
    return { text: lines.join('\n'), continued };
  }

  #peekIsTableRow(): boolean {
    return this.#text.startsWith('|', this.#at);
  }
}

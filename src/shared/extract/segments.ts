/** A clause segment of a unit: text between commas, semicolons and quotation marks, with its start offset. */
export interface Segment {
  text: string;
  start: number;
  /** True when the segment follows a closing quotation mark: `"...," said X`. */
  afterQuote: boolean;
}

/** The segments of `masked` (a unit with its quotations masked), in order. */
export function segments(masked: string): Segment[] {
  const out: Segment[] = [];
  const re = /,\s|;\s|[”"]/g;
  let last = 0;
  let afterQuote = false;
  for (let m = re.exec(masked); m; m = re.exec(masked)) {
    out.push({ text: masked.slice(last, m.index), start: last, afterQuote });
    afterQuote = m[0] === '”' || (m[0] === '"' && m.index > 0 && masked[m.index - 1] !== ' ');
    last = m.index + m[0].length;
  }
  out.push({ text: masked.slice(last), start: last, afterQuote });
  return out;
}


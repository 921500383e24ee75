import { Tokenizer } from 'htmlparser2';

/** What a page streams to its reader: tags opening and closing, and text, with entities decoded. */
export interface HtmlEvents {
  open(name: string, attribs: Record<string, string>): void;
  text(text: string): void;
  /** Called once for every element opened, innermost first, when it closes (explicitly, or implied by an outer close or the end). */
  close(name: string): void;
}

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);

/**
 * Streams a page's tags and text in one linear pass over htmlparser2's tokenizer. htmlparser2's own Parser keeps
 * its open elements with `unshift`, which makes a page nested a million levels deep take hours; this keeps
 * them in an array used as a stack, and counts them by name so a stray end tag costs nothing.
 */
export function streamHtml(html: string, events: HtmlEvents): void {
  const stack: string[] = [];
  const openCount = new Map<string, number>();
  let name = '';
  let attribs: Record<string, string> = {};
  let attrName = '';
  let attrValue = '';
  const slice = (start: number, end: number): string => html.slice(start, end);
  const pop = (): void => {
    const top = stack.pop()!;
    openCount.set(top, (openCount.get(top) ?? 1) - 1);
    events.close(top);
  };
  const openTag = (): void => {
    events.open(name, attribs);
    if (VOID.has(name)) events.close(name);
    else {
      stack.push(name);
      openCount.set(name, (openCount.get(name) ?? 0) + 1);
    }
  };
  const tokenizer = new Tokenizer(
    { decodeEntities: true },
    {
      onopentagname(start, end) {
        name = slice(start, end).toLowerCase();
        attribs = {};
      },
      onattribname(start, end) {
        attrName = slice(start, end).toLowerCase();
        attrValue = '';
      },
      onattribdata(start, end) {
        attrValue += slice(start, end);
      },
      onattribentity(codepoint) {
        attrValue += String.fromCodePoint(codepoint);
      },
      onattribend() {
        if (!(attrName in attribs)) attribs[attrName] = attrValue;
      },
      onopentagend() {
        openTag();
      },
      onselfclosingtag() {
        // HTML ignores "/>" on elements that are not void ("<div/>" opens a div), as browsers do.
        openTag();
      },
      onclosetag(start, end) {
        const closing = slice(start, end).toLowerCase();
        if (VOID.has(closing)) {
          if (closing === 'br') {
            events.open('br', {});
            events.close('br');
          }
          return;
        }
        if (!openCount.get(closing)) return;
        while (stack.length > 0 && stack[stack.length - 1] !== closing) pop();
        if (stack.length > 0) pop();
      },
      ontext(start, end) {
        events.text(slice(start, end));
      },
      ontextentity(codepoint) {
        events.text(String.fromCodePoint(codepoint));
      },
      oncdata() {},
      oncomment() {},
      ondeclaration() {},
      onprocessinginstruction() {},
      onend() {},
    },
  );
  tokenizer.write(html);
  tokenizer.end();
  while (stack.length > 0) pop();
}

/**
 * A small pattern language over a clause's tokens, for attribution rules written as data (lists/attribution-patterns.ts).
 *
 *   according to          words, matched whatever their case (a word with a full stop after it matches too)
 *   ,  :                  a punctuation mark
 *   (was|were|has been)   one of several sequences
 *   #speech-adverb        a word of a class (WORD_CLASSES, or a feature of the lexicon table)
 *   @before-cue           a sequence defined once and named ("define before-cue: ...")
 *   x?  x*  x+  x{0,2}    repeats, greedy; add ? to take as few as possible ("#word{1,9}?")
 *   <source: ...>         the words matched inside are the source (or the cue: "<cue: ...>")
 *   ...                   the words up to the next , ; : ( or ) of the clause, at least one
 *   ^                     the pattern starts at the clause's first word
 */

/** One token of a clause: a word (letters, digits and ' ’ . & $ / -) or one other character. */
export interface Token {
  text: string;
  /** Lower case, without a closing full stop ("Dr." → "dr"). */
  key: string;
  start: number;
  end: number;
  word: boolean;
}

const TOKEN = /[\p{L}\p{N}'’.&$/-]+|\S/gu;
/** The characters a "..." stops at, as "[^,;:()]+" did in the rules' regexes. */
const STOPS = new Set([',', ';', ':', '(', ')']);

/** The tokens of a clause, with their offsets into it. */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const word = m[0].length > 1 || /[\p{L}\p{N}'’.&$/-]/u.test(m[0]);
    out.push({ text: m[0], key: m[0].toLowerCase().replace(/\.+$/, ''), start: m.index, end: m.index + m[0].length, word });
  }
  return out;
}

/** A word class a pattern can name with "#": a test of one word token. */
export type WordClass = (token: Token) => boolean;

type Node =
  | { kind: 'word'; key: string }
  | { kind: 'mark'; text: string }
  | { kind: 'class'; test: WordClass }
  | { kind: 'any'; of: Node[][] }
  | { kind: 'capture'; name: string; body: Node[] }
  | { kind: 'rest' }
  | { kind: 'repeat'; body: Node; min: number; max: number; lazy: boolean };

/** A compiled pattern: whether it is anchored at the clause start, and its sequence. */
export interface TokenPattern {
  source: string;
  anchored: boolean;
  seq: Node[];
  /** Words of which every match holds one, so a clause holding none is passed over without being read. */
  needs: readonly string[] | null;
}

/** The spans a match captured, by name, as offsets into the clause. */
export type Captures = Record<string, { start: number; end: number }>;

/** Compiles a pattern; `classes` gives the "#" classes and `defined` the "@" sequences. Throws on a bad pattern. */
export function compilePattern(source: string, classes: (name: string) => WordClass | undefined, defined: (name: string) => string | undefined = () => undefined): TokenPattern {
  const parts = source.match(/<\w+:|\.\.\.|\{\d+,\d+\}\??|[?*+]\??|[()|<>^]|[#@][\w-]+|[^\s()|<>?*+{}^]+/g) ?? [];
  let i = 0;
  const fail = (why: string): never => {
    throw new Error(`pattern "${source}": ${why}`);
  };
  const sequence = (closers: string[]): Node[] => {
    const seq: Node[] = [];
    while (i < parts.length && !closers.includes(parts[i]!)) {
      let node = atom();
      const q = parts[i] && /^(?:\{\d+,\d+\}|[?*+])\??$/.test(parts[i]!) ? parts[i++]! : null;
      if (q) node = repeat(node, q);
      seq.push(node);
    }
    return seq;
  };
  const repeat = (body: Node, q: string): Node => {
    const lazy = q.length > 1 && q.endsWith('?');
    const bare = lazy ? q.slice(0, -1) : q;
    const range = /^\{(\d+),(\d+)\}$/.exec(bare);
    const [min, max] = range ? [Number(range[1]), Number(range[2])] : bare === '?' ? [0, 1] : bare === '*' ? [0, Infinity] : [1, Infinity];
    return { kind: 'repeat', body, min, max, lazy };
  };
  const atom = (): Node => {
    const p = parts[i++]!;
    if (p === '(') {
      const of: Node[][] = [sequence(['|', ')'])];
      while (parts[i] === '|') {
        i++;
        of.push(sequence(['|', ')']));
      }
      if (parts[i++] !== ')') fail('a "(" is not closed');
      return { kind: 'any', of };
    }
    if (p.startsWith('<')) {
      const body = sequence(['>']);
      if (parts[i++] !== '>') fail('a "<" is not closed');
      return { kind: 'capture', name: p.slice(1, -1), body };
    }
    if (p === '...') return { kind: 'rest' };
    if (p.startsWith('#')) return { kind: 'class', test: classes(p.slice(1)) ?? fail(`no word class "${p}"`) };
    if (p.startsWith('@')) {
      const body = defined(p.slice(1)) ?? fail(`nothing is defined as "${p}"`);
      return { kind: 'any', of: [compilePattern(body, classes, defined).seq] };
    }
    if (/^[)|>^]$/.test(p) || /^[?*+{]/.test(p)) fail(`"${p}" is out of place`);
    return /[\p{L}\p{N}]/u.test(p) ? { kind: 'word', key: p.toLowerCase() } : { kind: 'mark', text: p };
  };
  const anchored = parts[0] === '^';
  if (anchored) i++;
  const seq = sequence([]);
  if (seq.length === 0) fail('it is empty');
  return { source, anchored, seq, needs: needed(seq) };
}

/** Of the word sets a sequence cannot match without, the one whose shortest word is longest (the rarest, roughly). */
function needed(seq: Node[]): string[] | null {
  let best: string[] | null = null;
  const shortest = (words: string[]): number => Math.min(...words.map((w) => w.length));
  for (const node of seq) {
    const words = neededBy(node);
    if (words && (!best || shortest(words) > shortest(best))) best = words;
  }
  return best;
}

function neededBy(node: Node): string[] | null {
  if (node.kind === 'word') return [node.key];
  if (node.kind === 'capture') return needed(node.body);
  if (node.kind === 'repeat') return node.min > 0 ? neededBy(node.body) : null;
  if (node.kind !== 'any') return null;
  const sets = node.of.map(needed);
  return sets.every((s) => s !== null) ? [...new Set(sets.flat() as string[])] : null;
}

type Next = (at: number, caps: Captures) => Captures | null;

/** Tries `node` at token `at`, then `next` after it; backtracks as a regex would. */
function step(node: Node, tokens: Token[], at: number, caps: Captures, next: Next): Captures | null {
  const t = tokens[at];
  switch (node.kind) {
    case 'word':
      return t?.word && t.key === node.key ? next(at + 1, caps) : null;
    case 'mark':
      return t && !t.word && t.text === node.text ? next(at + 1, caps) : null;
    case 'class':
      return t?.word && node.test(t) ? next(at + 1, caps) : null;
    case 'rest': {
      let end = at;
      while (end < tokens.length && !STOPS.has(tokens[end]!.text)) end++;
      return end > at ? next(end, caps) : null;
    }
    case 'any':
      for (const seq of node.of) {
        const found = run(seq, 0, tokens, at, caps, next);
        if (found) return found;
      }
      return null;
    case 'capture':
      return run(node.body, 0, tokens, at, caps, (end, inner) =>
        end > at ? next(end, { ...inner, [node.name]: { start: tokens[at]!.start, end: tokens[end - 1]!.end } }) : null,
      );
    case 'repeat': {
      const { body, min, max, lazy } = node;
      const more = (count: number, pos: number, c: Captures): Captures | null => {
        const again = (): Captures | null => (count < max ? step(body, tokens, pos, c, (p, c2) => (p > pos ? more(count + 1, p, c2) : null)) : null);
        const stop = (): Captures | null => (count >= min ? next(pos, c) : null);
        return lazy ? (stop() ?? again()) : (again() ?? stop());
      };
      return more(0, at, caps);
    }
  }
}

function run(seq: Node[], k: number, tokens: Token[], at: number, caps: Captures, next: Next): Captures | null {
  if (k === seq.length) return next(at, caps);
  return step(seq[k]!, tokens, at, caps, (p, c) => run(seq, k + 1, tokens, p, c, next));
}

/** The leftmost match of a pattern in a clause's tokens (only at the first token when anchored), or null. */
export function matchPattern(pattern: TokenPattern, tokens: Token[]): Captures | null {
  const last = pattern.anchored ? 0 : tokens.length - 1;
  for (let at = 0; at <= last; at++) {
    const found = run(pattern.seq, 0, tokens, at, {}, (_end, caps) => caps);
    if (found) return found;
  }
  return null;
}

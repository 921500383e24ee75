import { findAttribution } from '../attribution.ts';
import { maskQuotes } from '../quotes.ts';
import type { LocalAttribution } from '../source-phrase.ts';
import type { Doc, DocSentence } from './doc.ts';

/**
 * Where a sentence may hold two reports joined: ", while", ", whereas", "; " or ", and"/", but" before a second
 * clause. The second clause starts after the joining words.
 */
const JOINS = /(,\s+(?:while|whereas|but|and)\s+|;\s+(?:while\s+|whereas\s+|but\s+|and\s+)?)/giu;

/** A sentence opening on a contrast ("While one company says ..., another says ..."): the second report follows its comma. */
const CONTRAST_OPENING = /^(?:While|Whereas|Although|Though)\s/u;

/** Words of a source, for telling two sources apart. */
function sourceWords(source: string): Set<string> {
  return new Set(source.toLowerCase().match(/[\p{L}\p{N}]+/gu)?.filter((w) => !/^(?:the|a|an)$/u.test(w)) ?? []);
}

/** True when two sources share no word: two different people or bodies. */
function different(a: LocalAttribution, b: LocalAttribution): boolean {
  const wa = sourceWords(a.source);
  return ![...sourceWords(b.source)].some((w) => wa.has(w));
}

/** The two clauses a sentence splits into at `at` (the join) and `next` (where the second clause opens), or null. */
function split(s: DocSentence, at: number, next: number): [DocSentence, DocSentence] | null {
  const left = s.said.slice(0, at);
  const right = s.said.slice(next);
  // Why: a clause of a few words is no claim of its own ("he said, and so did she").
  if (left.split(/\s+/).length < 5 || right.split(/\s+/).length < 5) return null;
  const a = findAttribution(left, 'sentence');
  const b = findAttribution(right, 'sentence');
  // Each clause names its own source, a different one, and the second opens on it ("another says ...").
  if (!a || !b || a.pronoun || b.pronoun || b.start !== 0 || !different(a, b)) return null;
  return [
    { start: s.start, end: s.start + at, said: left, cue: a },
    { start: s.start + next, end: s.end, said: right, cue: b },
  ];
}

/** A sentence's two reports by two sources, each a clause of its own, or the sentence as it is. */
function clausesOf(s: DocSentence): DocSentence[] {
  if (!s.cue) return [s];
  const masked = maskQuotes(s.said);
  if (CONTRAST_OPENING.test(masked)) {
    // The contrast's own clause may hold commas ("in Bunkerville, Nev., others argue"): each is tried in turn.
    for (const m of masked.matchAll(/,\s+/gu)) {
      const found = split(s, m.index, m.index + m[0].length);
      if (found) return found;
    }
  }
  for (const m of masked.matchAll(JOINS)) {
    const found = split(s, m.index, m.index + m[0].length);
    if (found) return found;
  }
  return [s];
}

/**
 * Component "clauses": a sentence that reports two sources, each in a clause of its own ("One poll says ..., while
 * another says ..."), becomes two units, so each claim keeps its own source. Only where each clause's own words name
 * a different source, and the second clause opens on it.
 */
export function clauses(doc: Doc): void {
  doc.sentences = doc.sentences.map((paragraph) => paragraph.flatMap(clausesOf));
}

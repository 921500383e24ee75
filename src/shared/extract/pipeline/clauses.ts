import { findAttribution } from '../attribution.ts';
import { maskQuotes } from '../quotes.ts';
import type { LocalAttribution } from '../source-phrase.ts';
import type { Doc, DocSentence } from './doc.ts';

/**
 * Where a sentence may hold two reports joined: ", while", ", whereas", "; " or ", and"/", but" before a second
 * clause. The second clause starts after the joining words.
 */
const JOINS = /(,\s+(?:while|whereas|but|and)\s+|;\s+(?:while\s+|whereas\s+|but\s+|and\s+)?)/gu;

/** The first join in a text (JOINS, read once). */
const FIRST_JOIN = new RegExp(JOINS.source, 'u');

/** A sentence opening on a contrast ("While one company says ..., another says ..."): the second report follows its comma. */
const CONTRAST_OPENING = /^(?:While|Whereas|Although|Though)\s+/u;

/** What may stand before a clause's source: a contrast or a conjunction, and a short opening phrase ("Even so, "). */
const BEFORE_SOURCE = /^(?:(?:While|Whereas|Although|Though|But|And|Yet|Still)\s+)?(?:[^,]{1,40},\s+)?$/u;

/**
 * What may stand between a source and its cue: auxiliaries and adverbs ("has also", "later"); never "who", a
 * negation ("rarely", "never") or the past perfect "had", which tells of something said within another's account
 * ("Smith said police beat him, and officers had told him ...").
 */
const BETWEEN_SOURCE_AND_CUE = /^(?:\s+(?:has|have|also|later|earlier|again|then|previously|(?!(?:rarely|hardly|barely|scarcely|seldom|only|merely)\b)\p{Ll}+ly))*\s+$/u;

/** Who says nothing, or denies it: "Nobody said ...", "Neither man said ...", "Few economists say ...". */
const NO_ONE = /^(?:nobody|no one|no-one|none|neither|no|few)\b/iu;

/** What follows a cue that says no claim: "said goodbye", "said nothing about", "said a word". */
const NOT_A_CLAIM = /^\s*(?:goodbye|farewell|hello|thanks|sorry|grace|nothing|little|anything|(?:not\s+)?a\s+word)\b/iu;

/** What follows a cue of asking or telling that gives an order or a question: "told residents to stay", "asked the jury whether". */
const ORDER_OR_QUESTION = /^\s*(?:[\p{L}'’-]+\s+){0,3}?(?:to|whether|if)\b/iu;

/** Cues that may give an order or ask a question rather than report a claim. */
const ASKING = /^(?:told|tells|tell|asked|asks|ask|urged|urges|ordered|orders|warned|warns)$/iu;

/** How many words a text holds. */
function wordCount(text: string): number {
  return text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
}

/** Words of a source, for telling two sources apart. */
function sourceWords(source: string): Set<string> {
  return new Set(source.toLowerCase().match(/[\p{L}\p{N}]+/gu)?.filter((w) => !/^(?:the|a|an)$/u.test(w)) ?? []);
}

/** True when two sources share no word: two different people or bodies. */
function different(a: LocalAttribution, b: LocalAttribution): boolean {
  const wa = sourceWords(a.source);
  return ![...sourceWords(b.source)].some((w) => wa.has(w));
}

/**
 * True when a clause is one report: it opens on its named source (after a contrast word or a short opening phrase),
 * the cue follows the source, and at least four words of what was said follow the cue ("Police said the driver was
 * arrested", not "State police said on Monday" nor "The mayor told the engineers").
 */
function isReport(clause: string, masked: string, a: LocalAttribution): boolean {
  if (a.pronoun || NO_ONE.test(a.source)) return false;
  // "According to an FBI summary, Mills sent ...": the cue opens the clause, what was said follows the source.
  if (/^(?:According\s+to|Per)\s+$/iu.test(masked.slice(0, a.start))) return wordCount(clause.slice(a.end)) >= 4;
  if (!BEFORE_SOURCE.test(masked.slice(0, a.start))) return false;
  const cueAt = masked.indexOf(a.cue, a.end);
  if (cueAt < 0 || (cueAt > a.end && !BETWEEN_SOURCE_AND_CUE.test(masked.slice(a.end, cueAt)))) return false;
  const said = clause.slice(cueAt + a.cue.length);
  if (NOT_A_CLAIM.test(said) || (ASKING.test(a.cue) && ORDER_OR_QUESTION.test(said))) return false;
  return wordCount(said) >= 4;
}

/** The two clauses a sentence splits into at `at` (the join) and `next` (where the second clause opens), or null. */
function split(s: DocSentence, masked: string, at: number, next: number): [DocSentence, DocSentence] | null {
  const left = s.said.slice(0, at);
  const right = s.said.slice(next);
  // The second clause is read up to a further join, if any: its own source opens it ("B said ...; C said ...").
  const further = FIRST_JOIN.exec(masked.slice(next));
  const own = further ? further.index : right.length;
  const a = findAttribution(left, 'sentence');
  const b = findAttribution(right.slice(0, own), 'sentence');
  // Each clause is a report of its own by a different source, and the second opens on its source ("another says").
  if (!a || !b || b.start !== 0 || !different(a, b)) return null;
  if (!isReport(left, masked.slice(0, at), a) || !isReport(right.slice(0, own), masked.slice(next, next + own), b)) return null;
  // The first clause's unit starts at its source: "Although Reynolds says ..." is the claim "Reynolds says ...".
  const open = CONTRAST_OPENING.exec(left)?.[0].length ?? 0;
  const first = { start: s.start + open, end: s.start + at, said: left.slice(open), cue: open ? { ...a, start: a.start - open, end: a.end - open } : a };
  // The second clause keeps the source that opens it, the one checked, whatever a later clause names.
  return [first, { start: s.start + next, end: s.end, said: right, cue: b }];
}

/** The first comma that ends a contrast's clause: not one inside a place ("in Bunkerville, Nev., others argue"). */
function contrastEnd(masked: string): RegExpMatchArray | undefined {
  for (const m of masked.matchAll(/,\s+/gu)) {
    if (!/^\p{Lu}[\p{L}.]*,/u.test(masked.slice(m.index + m[0].length))) return m;
  }
  return undefined;
}

/** A sentence's reports by different sources, each a clause of its own, or the sentence as it is. */
function clausesOf(s: DocSentence): DocSentence[] {
  // Every join holds a comma or a semicolon: most sentences have neither and are not read further.
  if (!s.cue || !/[,;]/u.test(s.said)) return [s];
  const masked = maskQuotes(s.said);
  // Why only the contrast's own comma: a later one is the whole sentence's attribution ("Although he denied it,
  // records placed him there, prosecutors said"), which covers both clauses.
  const joins = CONTRAST_OPENING.test(masked) ? [contrastEnd(masked)].filter((m) => m !== undefined) : [...masked.matchAll(JOINS)];
  for (const m of joins) {
    const found = split(s, masked, m.index!, m.index! + m[0].length);
    // A clause may hold a further report ("A said ...; B said ...; C said ..."): each is read again.
    if (found) return found.flatMap(clausesOf);
  }
  return [s];
}

/**
 * Component "clauses": a sentence that reports two sources, each in a clause of its own ("One poll says ..., while
 * another says ..."), becomes two units, so each claim keeps its own source. Only where each clause is a report of
 * its own: it opens on its named source, and what was said follows the cue.
 */
export function clauses(doc: Doc): void {
  doc.sentences = doc.sentences.map((paragraph) => paragraph.flatMap(clausesOf));
}

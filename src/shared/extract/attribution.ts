import { headNoun } from './anonymity.ts';
import { ANONYMOUS_HEADS, BODY_NOUNS, DOCUMENT_HEADS, DOCUMENT_PLURALS, RECORD_NOUNS } from './lexicon.ts';
import { TEASER_LABELS } from './lists/person-nouns.ts';
import { maskQuotes } from './quotes.ts';
import { NP } from './rules/clause-patterns.ts';
import { ATTRIBUTION_RULES } from './rules/index.ts';
import type { UnitKind } from './rules/rule.ts';
import type { AttributionTrace } from '../model.ts';
import { segments } from './segments.ts';
import { LEADING_TIME } from './time-opener.ts';
import { build, type LocalAttribution } from './source-phrase.ts';

export type { LocalAttribution };

/**
 * Finds who a unit is attributed to by trying the rules of rules/index.ts in order; text inside quotation marks is
 * never searched.
 */
export function findAttribution(text: string, kind: UnitKind): LocalAttribution | null {
  // A short bracketed aside ("the Data Center (NSIDC) said", "Sinema (D-Ariz.)") is read past, like a quotation.
  const masked = maskQuotes(text)
    .replace(/\s\([^()"“”]{1,40}\)(?=\s)/g, (m) => ' '.repeat(m.length))
    // So is an aside between dashes after a name: "Ana Ruiz — a teacher from Leeds — said", "Ana Ruiz - his sister - told".
    .replace(DASH_ASIDE, (m) => ' '.repeat(m.length))
    // A dateline ("OTTAWA — ") or an opening bracket before the subject is not part of it.
    .replace(LEADING_FURNITURE, (m) => ' '.repeat(m.length))
    // So is a phrase of time before the subject with no comma after it ("On Sunday Mr. Trump said").
    .replace(LEADING_TIME, (m) => ' '.repeat(m.length));
  const input = { text, masked, segs: segments(masked), kind };
  for (const rule of ATTRIBUTION_RULES) {
    const found = rule.find(input);
    const own = found && !inProperName(text, found) && !isReasonCited(found) ? pastPreposition(text, found) : null;
    if (own) return { ...own, rule: rule.name };
  }
  return null;
}

/**
 * True when a found cue is a capitalised word that goes on a name ending the source: "the United States", "the
 * Organization of American States" name a country and a body; nobody "states" anything there.
 */
function inProperName(text: string, found: LocalAttribution): boolean {
  // In a headline set in title case ("Trump Says He Never Pledged ...") every verb is capitalised.
  if (isTitleCase(text)) return false;
  const next = /^\s+(\p{Lu}[\p{Ll}]+)/u.exec(text.slice(found.end));
  return !!next && next[1]!.toLowerCase() === found.cue.split(' ')[0] && /\p{Lu}[\p{L}'’.-]*$/u.test(found.source);
}

/** A capitalised preposition opening a phrase ("On Sunday", "Of Carson"): a time or a topic, never who spoke. */
const OPENING_PREPOSITION = /^(?:On|Of|In|At|For|From|With|By|After|Before|During|Since|Until|Among|Despite|Amid)\s/u;

/**
 * A source without a preposition opening it: "Despite Mr. Trump's claims" is Mr. Trump's; "On Sunday" or "Of
 * Carson, Levine ... said" (a time, a topic) is no source at all.
 */
function pastPreposition(text: string, found: LocalAttribution): LocalAttribution | null {
  const prep = OPENING_PREPOSITION.exec(found.source);
  if (!prep) return found;
  if (!/^['’]s\s/u.test(text.slice(found.end))) return null;
  const cut = prep[0].length;
  return { ...found, source: found.source.slice(cut), start: found.start + cut };
}

/**
 * True when what a clause is "citing" is a reason, not someone or something that informs: "resigned, citing health
 * reasons", "cancelled 40 flights, citing a shortage of pilots". "citing two officials", "citing a report" inform.
 */
function isReasonCited(found: LocalAttribution): boolean {
  return found.cue === 'citing' && !isInformant(found.source);
}

/** True when most words of a text are capitalised, as in a headline set in title case. */
function isTitleCase(text: string): boolean {
  // Short words ("of", "the", "in") stay lower case in many headline styles; the longer ones tell.
  const words = text.match(/\p{L}{4,}/gu) ?? [];
  return words.filter((w) => /^\p{Lu}/u.test(w)).length >= 0.6 * words.length;
}

/** What a unit's own words say about how its source was found: the rule, and the pronoun when it is one. */
export function traceOf(local: LocalAttribution): AttributionTrace {
  return { rule: local.rule ?? 'list lead-in', ...(local.pronoun ? { pronoun: local.source } : {}) };
}

/**
 * An aside between dashes after a capitalised word. The dashes come first in the pattern and the name is checked
 * behind them, so a sentence without dashes costs one quick scan, not a look back from every space.
 */
const DASH_ASIDE = /\s(?:--|[—–]|-(?=\s))(?<=\p{Lu}[\p{L}.'’-]*\s(?:--|[—–]|-))\s(?!which\b|that\b|but\b|and\b|or\b)[^—–"“”]{1,100}?\s(?:--|[—–]|-)(?=\s)/gu;

/** A dateline in capitals and a dash, a label in capitals and a colon ("UPDATE: "; not a teaser's "WATCH: ", whose line is another story), a photo credit ("( Name / Outlet )"), or an opening bracket, at the start of a unit. */
const LEADING_FURNITURE = new RegExp(
  `^(?:\\s*\\p{Lu}[\\p{Lu}\\s.,'’-]{1,40}?\\s*(?:--|[—―–])\\s*|\\s*(?!(?:${TEASER_LABELS.map((l) => l.toUpperCase()).join('|')})\\b)\\p{Lu}[\\p{Lu}\\s.&'’-]{2,40}:\\s+(?=\\p{Lu})|\\s*\\([^()/]{1,60}\\/[^()]{1,60}\\)\\s*|\\s*\\()`,
  'u',
);

const LEAD_IN_SUBJECT = new RegExp(
  `^\\s*${NP}\\s+(lists?|listed|shows?|showed|includes?|included|identifies|identified|outlines?|outlined|names?|named|cites?|cited|details?|detailed|found|finds|gives?|gave|contains?|highlights?|highlighted|sets? out|says?|said)\\b[^:]*:\\s*$`,
  'iu',
);
const FROM_LEAD_IN = /\b(?:from|in|by)\s+((?:the|a|an|its|their|his|her)\s+[^,:]+?)\s*:\s*$/iu;

const INFORMANT_HEAD = new RegExp(`^(?:${BODY_NOUNS}|${[...ANONYMOUS_HEADS, ...DOCUMENT_HEADS, ...DOCUMENT_PLURALS, ...RECORD_NOUNS].join('|')})$`, 'i');

/** True when a lead-in's subject can be a source: a record, a body or people ("the ruling", "Delmar"), not a thing. */
function isInformant(source: string): boolean {
  const words = source.trim().split(/\s+/);
  // A name: a capitalised word that is not just the sentence's first determiner.
  if (words.some((w, i) => /^\p{Lu}/u.test(w) && !(i === 0 && /^(?:the|a|an|this|these|those|its|their|our)$/i.test(w)))) return true;
  return INFORMANT_HEAD.test(headNoun(source));
}

/** The source a list lead-in gives its items ("The ruling lists three violations:" → "The ruling"). */
export function findLeadInSource(text: string): LocalAttribution | null {
  const sub = LEAD_IN_SUBJECT.exec(text);
  if (sub) {
    const idx = sub.index + sub[0].search(/\S/);
    const found = build(text, idx, sub[1]!, sub[2]!);
    // "The ruling lists:" gives its items a source; "The cuts include:" only introduces them.
    if (found && (/^(?:says?|said)$/i.test(sub[2]!) || isInformant(found.source))) return found;
  }
  const from = FROM_LEAD_IN.exec(text);
  if (from) {
    const idx = from.index + from[0].indexOf(from[1]!);
    const found = build(text, idx, from[1]!, 'from', true);
    if (found) return found;
  }
  const own = findAttribution(text, 'sentence');
  return own && !own.pronoun ? own : null;
}

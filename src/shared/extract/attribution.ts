import { headNoun, isAnonymousSource } from './anonymity.ts';
import { ANONYMOUS_HEADS, BODY_NOUNS, CLAUSE_OPENERS, DOCUMENT_HEADS, DOCUMENT_PLURALS, RECORD_NOUNS, DATA_VERBS, INVERTIBLE_CUES, NON_NP_WORDS, NOUN_LIKE_CUES, PERSON_PRONOUNS, SPEECH_VERBS, SUBORDINATORS } from './lexicon.ts';
import { maskQuotes } from './quotes.ts';

/** An attribution found inside one unit; offsets are relative to the unit's text. */
export interface LocalAttribution {
  source: string;
  cue: string;
  start: number;
  end: number;
  anonymous: boolean;
  /** Set when the source is a pronoun still to be resolved: "she" to a person, "it" to an organisation or record. */
  pronoun: 'person' | 'body' | null;
}

const CUE = `(?:(?:has|have|had)\\s+)?(?:${SPEECH_VERBS.join('|')})`;
const NP_CHARS = `[\\p{L}\\p{N}'’.&$-]+`;
const NP = `(${NP_CHARS}(?:\\s+${NP_CHARS}){0,8}?)`;

const SUBJECT_CUE = new RegExp(`^\\s*${NP}\\s+(${CUE})\\b`, 'iu');
const CUE_SUBJECT = new RegExp(`^\\s*(${INVERTIBLE_CUES.join('|')})\\s+(${NP_CHARS}(?:\\s+${NP_CHARS}){0,8})`, 'iu');
const APPOSITIVE_SUBJECT = new RegExp(`^\\s*${NP},\\s+[^,]{1,90},\\s+(${CUE})\\b`, 'iu');
const QUOTE_ONLY_CUE = new RegExp(`^\\s*${NP}\\s+(asked|asks|wondered|exclaimed|shouted|joked|quipped|wrote|posted)\\b`, 'iu');
const ACCORDING = /\baccording to\s+([^,;:()]+)/iu;
const CITING = /\bciting\s+([^,;:()]+)/iu;
const HEADLINE_TAIL = /\s[-–—|]\s+((?:[\p{L}'’.]+\s+){0,4}?(?:reports?|sources?|officials?|media|experts?|analysts?|police|witnesses))\s*$/iu;
/** A headline that gives its speaker before a colon: `Minister: "Fuel taxes will not rise"`. */
const HEADLINE_SPEAKER = /^\s*(\p{Lu}[\p{L}'’.-]*(?:\s+[\p{L}'’.-]+){0,4}):\s*["“]/u;
/** Section labels that open headlines with a colon but name no speaker ("Analysis:", "Watch:"). */
const HEADLINE_LABELS = /^(?:analysis|opinion|comment|explainer|watch|listen|live|update|updated|breaking|exclusive|video|review|interview|podcast|editorial|q&a|fact check|factcheck|in pictures|photos?|revealed|world|business|sport|politics)$/i;
const HEADLINE_SAYS = /,\s+((?:[\p{L}'’.]+\s+){0,4}?[\p{L}'’.]+)\s+(says?|said|warns?|claims?|finds?|shows?)\s*$/iu;
const LEAD_IN_SUBJECT = new RegExp(
  `^\\s*${NP}\\s+(lists?|listed|shows?|showed|includes?|included|identifies|identified|outlines?|outlined|names?|named|cites?|cited|details?|detailed|found|finds|gives?|gave|contains?|highlights?|highlighted|sets? out|says?|said)\\b[^:]*:\\s*$`,
  'iu',
);
const FROM_LEAD_IN = /\b(?:from|in|by)\s+((?:the|a|an|its|their|his|her)\s+[^,:]+?)\s*:\s*$/iu;

/** Trims a source phrase to the words that name the source: no relative clause, time phrase or adverb tail. */
function trimSource(raw: string): string {
  let s = raw
    .replace(/\s*\([^()]{1,40}\)\s*$/u, '')
    .replace(/\s+(?:who|whom|which|that|because|after|before|when|while|as|and said|but)\b.*$/iu, '')
    .replace(/\s+(?:on|last|this|earlier|late|early|in a|in an|in its|in his|in her|in their|at a|during)\s.*$/iu, '')
    .replace(/[\s.!?:;"”’)]+$/u, '');
  // Trailing adverbs ("one US official reportedly") are not part of the name.
  while (/\s\p{Ll}+ly$/u.test(s)) s = s.replace(/\s\p{Ll}+ly$/u, '');
  return s.trim();
}

/** True when `np` can be a source noun phrase: short, no auxiliaries or clause words. */
function isSourcePhrase(np: string): boolean {
  const words = np.trim().split(/\s+/);
  if (words.length === 0 || words.length > 9) return false;
  const first = words[0]!.toLowerCase();
  if (words.length === 1 && (PERSON_PRONOUNS.has(first) || first === 'it')) return true;
  if (words.some((w) => NON_NP_WORDS.has(w.toLowerCase()))) return false;
  if (/^(?:to|of|for|with|in|on|at|by|from|and|or|but)$/i.test(words[words.length - 1]!)) return false;
  // A source is a name ("Delmar"), a determiner phrase ("the officials") or a bare plural ("residents").
  return (
    /^[\p{Lu}\p{N}$]/u.test(words[0]!) ||
    // A role before a name: "union leader Mia Kern".
    (words.length >= 2 && /^\p{Lu}/u.test(words[words.length - 1]!) && /^\p{Lu}/u.test(words[words.length - 2]!)) ||
    /^(?:the|a|an|one|two|three|four|five|several|some|many|most|its|his|her|their|our|other|senior|local|state|federal)$/i.test(first) ||
    /[^s]s$/i.test(headNoun(np)) ||
    /^(?:people|police|staff|media|data)$/i.test(headNoun(np))
  );
}

/** True when `np` is short enough and clause-free enough to follow a strong cue ("according to ..."). */
function isLooseSourcePhrase(np: string): boolean {
  const words = np.trim().split(/\s+/);
  return words.length > 0 && words.length <= 14 && !words.some((w) => /^(?:is|was|were|are|will|would|has|have|had)$/i.test(w));
}

const CLAUSE_BOUNDARY = /^(?:and|but|or|then|while|as|when|after|before|because|so|until|once|where|whereas)$/i;
const LEADING_PREPOSITION = /^(?:on|in|at|after|before|during|since|by|for|with|from|under|over|into|until|to)\s/i;

/**
 * The subject right before a speech verb: the words after the last clause boundary ("the trail reopened and
 * crews" → "crews"), keeping names joined by "and" ("Smith and Jones").
 */
function subjectBeforeCue(words: string): string {
  const parts = words.split(/(\s+)/);
  for (let i = parts.length - 1; i >= 0; i--) {
    const w = parts[i]!;
    if (!CLAUSE_BOUNDARY.test(w)) continue;
    const before = parts[i - 2] ?? '';
    const after = parts[i + 2] ?? '';
    if (/^and$/i.test(w) && /^\p{Lu}/u.test(before) && /^\p{Lu}/u.test(after)) continue;
    return parts.slice(i + 2).join('');
  }
  return words;
}

/** Builds the attribution for a source phrase found at `index` in the unit text. */
function build(text: string, index: number, raw: string, cue: string, strong = false): LocalAttribution | null {
  // A source broken over a wrapped line reads as one line (same length, so offsets still hold).
  const source = trimSource(raw).replace(/\n/g, ' ');
  if (source === '' || !(strong ? isLooseSourcePhrase(source) : isSourcePhrase(source))) return null;
  const lead = raw.length - raw.trimStart().length;
  const start = index + lead;
  const lower = source.toLowerCase();
  const pronoun = PERSON_PRONOUNS.has(lower) ? 'person' : lower === 'it' ? 'body' : null;
  const isData = DATA_VERBS.has(cue.toLowerCase().replace(/^(?:has|have|had)\s+/, ''));
  if (isData && pronoun) return null;
  return {
    source,
    cue: cue.toLowerCase(),
    start,
    end: start + source.length,
    anonymous: pronoun === null && isAnonymousSource(source),
    pronoun,
  };
}

/** False when a noun-like cue ("report", "claims") is not followed by a clause, so it is a noun, not a verb. */
function cueIsVerb(cue: string, after: string): boolean {
  const bare = cue.toLowerCase().replace(/^(?:has|have|had)\s+/, '');
  if (bare !== cue.toLowerCase() || !NOUN_LIKE_CUES.has(bare)) return true;
  const rest = after.trimStart();
  return rest === '' || /^[.,;!?"”]/.test(rest) || CLAUSE_OPENERS.test(rest);
}

/** Segments of `masked` between commas, semicolons and quotation marks, with their start offsets. */
interface Segment {
  text: string;
  start: number;
  /** True when the segment follows a closing quotation mark: `"...," said X`. */
  afterQuote: boolean;
}

function segments(masked: string): Segment[] {
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

/** True when an inverted "said X" really names a speaker, not an object ("said the trail reopened"). */
function isInvertedSpeaker(seg: Segment, np: string): boolean {
  if (seg.afterQuote) return true;
  const source = trimSource(np);
  return /^\p{Lu}/u.test(source) || ANONYMOUS_HEADS.has(headNoun(source));
}

/**
 * A trailing clause that is only the verb ("..., the agency's spokesman, John Avery, told The Post."): the
 * speaker is in the one or two segments before it; a person's name is preferred to a role.
 */
function speakerBeforeCue(text: string, segs: Segment[], i: number): LocalAttribution | null {
  const cue = new RegExp(`^\\s*(${CUE})\\b`, 'iu').exec(segs[i]!.text);
  if (!cue || i < 2) return null;
  const candidates = [segs[i - 1]!, segs[i - 2]!].filter(
    (s) =>
      s.text.trim() !== '' &&
      s.text.trim().split(/\s+/).length <= 8 &&
      // "The document, seen by Reuters, shows ...": a participle phrase describes the source, it is not one.
      !/^\s*(?:citing|according|who|whom|which|that|and|but|as|when|while|after|before|if|seen|obtained|reviewed|published|released|quoted|cited|dated|signed|filed|issued|leaked|shared|posted)\b/i.test(s.text),
  );
  // A party or place in brackets after a name ("Sen. Kyrsten Sinema (D-Ariz.)") is not part of it.
  const core = (s: Segment): string => s.text.replace(/\s*\([^()]{1,40}\)\s*$/, '');
  const named = candidates.find((s) => /^\s*\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+)+\s*$/u.test(core(s)));
  for (const seg of named ? [named] : candidates) {
    const lead = seg.text.length - seg.text.trimStart().length;
    const found = build(text, seg.start + lead, text.slice(seg.start + lead, seg.start + core(seg).trimEnd().length), cue[1]!);
    if (found) return found;
  }
  return null;
}

/** Attribution from one clause segment: "X said ...", "said X", "according to X". */
function fromSegment(text: string, seg: Segment, initial: boolean): LocalAttribution | null {
  const body = initial ? seg.text.replace(SUBORDINATORS, (m) => ' '.repeat(m.length)) : seg.text;
  const acc = ACCORDING.exec(body);
  if (acc && (initial || /^\s*according/i.test(body))) {
    const idx = seg.start + acc.index + acc[0].length - acc[1]!.length;
    return build(text, idx, text.slice(idx, idx + acc[1]!.length), 'according to', true);
  }
  const inv = CUE_SUBJECT.exec(body);
  if (inv && !initial && isInvertedSpeaker(seg, inv[2]!)) {
    const idx = seg.start + inv.index + inv[0].length - inv[2]!.length;
    const found = build(text, idx, text.slice(idx, idx + inv[2]!.length), inv[1]!);
    if (found && !found.pronoun) return found;
  }
  // Right after a quotation, a few more verbs introduce its speaker: `"Where is the money?" she asked`.
  const after = seg.afterQuote ? QUOTE_ONLY_CUE.exec(body) : null;
  if (after) {
    const idx = seg.start + after.index + after[0].search(/\S/);
    const found = build(text, idx, after[1]!, after[2]!);
    if (found) return found;
  }
  const sub = SUBJECT_CUE.exec(body);
  if (sub && cueIsVerb(sub[2]!, body.slice(sub.index + sub[0].length))) {
    const np = subjectBeforeCue(sub[1]!);
    const offset = seg.start + sub.index + (sub[0].length - sub[0].trimStart().length) + (sub[1]!.length - np.length);
    const found = np && !LEADING_PREPOSITION.test(np) ? build(text, offset, text.slice(offset, offset + np.length), sub[2]!) : null;
    if (found) return found;
  }
  return null;
}

/**
 * Finds who a unit is attributed to. Trailing attribution clauses win over sentence-initial subjects, which win
 * over "according to" and "citing" anywhere; text inside quotation marks is never searched.
 */
export function findAttribution(text: string, kind: 'headline' | 'heading' | 'sentence' | 'list-item'): LocalAttribution | null {
  // A short bracketed aside ("the Data Center (NSIDC) said", "Sinema (D-Ariz.)") is read past, like a quotation.
  const masked = maskQuotes(text).replace(/\s\([^()"“”]{1,40}\)(?=\s)/g, (m) => ' '.repeat(m.length));
  if (kind === 'headline' || !/[.!?"”]\s*$/.test(text)) {
    const tail = HEADLINE_TAIL.exec(masked) ?? HEADLINE_SAYS.exec(masked);
    if (tail) {
      const idx = tail.index + tail[0].indexOf(tail[1]!);
      const found = build(text, idx, text.slice(idx, idx + tail[1]!.length), tail[2] ?? 'headline tail', true);
      if (found) return found;
    }
    const speaker = kind === 'headline' || kind === 'heading' ? HEADLINE_SPEAKER.exec(text) : null;
    if (speaker && !HEADLINE_LABELS.test(speaker[1]!)) {
      const found = build(text, speaker.index + speaker[0].indexOf(speaker[1]!), speaker[1]!, 'headline speaker', true);
      if (found) return found;
    }
  }
  const segs = segments(masked);
  for (let i = segs.length - 1; i >= 1; i--) {
    const seg = segs[i]!;
    if (/^\s*citing\b/i.test(seg.text)) continue;
    const found = fromSegment(text, seg, false) ?? speakerBeforeCue(text, segs, i);
    if (found) return found;
  }
  const appositive = APPOSITIVE_SUBJECT.exec(masked);
  if (appositive && cueIsVerb(appositive[2]!, masked.slice(appositive.index + appositive[0].length))) {
    const idx = appositive.index + appositive[0].search(/\S/);
    const found = build(text, idx, text.slice(idx, idx + appositive[1]!.length), appositive[2]!);
    if (found) return found;
  }
  const first = segs[0];
  if (first) {
    const found = fromSegment(text, first, true);
    if (found) return found;
  }
  // "Per the filing, the firm lost $2bn": only at the start, so "per cent" or "$5 per hour" are never sources.
  const per = /^\s*per\s+((?:the|a|an|its|their|his|her)\s+[^,;:()]+),/i.exec(masked);
  if (per) {
    const idx = per.index + per[0].indexOf(per[1]!);
    const found = build(text, idx, text.slice(idx, idx + per[1]!.length), 'per', true);
    if (found) return found;
  }
  for (const re of [ACCORDING, CITING]) {
    const m = re.exec(masked);
    if (m) {
      const idx = m.index + m[0].length - m[1]!.length;
      const found = build(text, idx, text.slice(idx, idx + m[1]!.length), re === ACCORDING ? 'according to' : 'citing', true);
      if (found) return found;
    }
  }
  return null;
}

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

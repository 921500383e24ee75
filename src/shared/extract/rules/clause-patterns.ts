import { headNoun } from '../anonymity.ts';
import { ANONYMOUS_HEADS, BODY_HEADS, CLAUSE_OPENERS, DOCUMENT_HEADS, DOCUMENT_PLURALS, INVERTIBLE_CUES, isExceptWord, NOUN_LIKE_CUES, RECORD_NOUNS, SPEECH_VERBS, SUBORDINATORS } from '../lexicon.ts';
import { SPEECH_ADVERBS } from '../lists/adverbs.ts';
import { CLAUSE_VERB_BASES, QUOTE_VERB_BASES } from '../lists/speech-verbs.ts';
import { allForms } from '../lists/verb-forms.ts';
import { NAME_PARTICLES } from '../lists/name-particles.ts';
import type { Segment } from '../segments.ts';
import { build, trimSource, type LocalAttribution } from '../source-phrase.ts';
import { parseTagged } from '../nlp-reading.ts';
import { isRoleWord } from '../speakers.ts';
import { isName } from './name-phrase.ts';
import { wordTags } from '../word-tags.ts';
import type { AttributionRule } from './rule.ts';

/** Any speech verb, with an optional auxiliary ("has said"). */
export const CUE = `(?:(?:has|have|had)\\s+)?(?:${SPEECH_VERBS.join('|')})`;
/**
 * What may stand between a subject and its verb of speech, read past: "has", "later", "also" ("has also said"); after
 * "has" any -ly word is an adverb ("has vigorously denied"). "would" only before an adverb ("would later say"): alone
 * it guesses ("Few would argue"), and so does "would then have claimed".
 */
export const BEFORE_CUE = `(?:would\\s+(?=(?:${SPEECH_ADVERBS.join('|')})\\s+(?!have\\b)))?(?:(?:has|have|had)\\s+(?:(?:\\p{Ll}+ly|${SPEECH_ADVERBS.join('|')})\\s+){0,2}|(?:(?:${SPEECH_ADVERBS.join('|')})\\s+){0,2})`;
/** The characters of one word of a noun phrase. */
export const NP_CHARS = `[\\p{L}\\p{N}'’.&$/-]+`;
/** A noun phrase of up to nine words, captured. */
export const NP = `(${NP_CHARS}(?:\\s+${NP_CHARS}){0,8}?)`;

/** A subject of up to fifteen words: a long one ("Democrats trying to win the Senate say") is trimmed to its head. */
const LONG_NP = `(${NP_CHARS}(?:\\s+${NP_CHARS}){0,14}?)`;
const SUBJECT_CUE = new RegExp(`^\\s*${LONG_NP}\\s+${BEFORE_CUE}(${CUE})\\b`, 'iu');
const CUE_SUBJECT = new RegExp(`^\\s*(?:(?:${SPEECH_ADVERBS.join('|')})\\s+)?(${INVERTIBLE_CUES.join('|')})\\s+(${NP_CHARS}(?:\\s+${NP_CHARS}){0,8})`, 'iu');
/** A subject, an appositive between commas or dashes ("Ann Ross, who ..., said", "Ann Ross — a teacher — says"), the verb. */
const APPOSITIVE_SUBJECT = new RegExp(`^\\s*${NP}(?:,\\s+[^,]{1,160},|\\s+(?:--|[—–])\\s*[^—–]{1,160}?\\s*(?:--|[—–])|\\s+-\\s+[^—–]{1,160}?\\s+-)\\s+${BEFORE_CUE}(${CUE})\\b`, 'iu');
/** Right after a quotation, the verbs of lists/speech-verbs.ts QUOTE_VERB_BASES also introduce its speaker. */
const QUOTE_ONLY_CUE = new RegExp(`^\\s*${NP}\\s+${BEFORE_CUE}(${[...allForms(QUOTE_VERB_BASES), 'wrote', 'posted'].join('|')})\\b`, 'iu');
const ACCORDING = /\baccording to\s+([^,;:()]+)/iu;
const HEADLINE_TAIL = /\s[-–—|]\s+((?:[\p{L}'’.]+\s+){0,4}?(?:reports?|sources?|officials?|media|experts?|analysts?|police|witnesses))\s*$/iu;
/** A headline that gives its speaker before a colon: `Minister: "Fuel taxes will not rise"`. */
const HEADLINE_SPEAKER = /^\s*(\p{Lu}[\p{L}'’.-]*(?:\s+[\p{L}'’.-]+){0,4}):\s*["“]/u;
/** Section labels that open headlines with a colon but name no speaker ("Analysis:", "Watch:"). */
const HEADLINE_LABELS = /^(?:analysis|opinion|comment|explainer|watch|listen|live|update|updated|breaking|exclusive|video|review|interview|podcast|editorial|q&a|fact check|factcheck|in pictures|photos?|revealed|world|business|sport|politics)$/i;
const HEADLINE_SAYS = /,\s+((?:[\p{L}'’.]+\s+){0,4}?[\p{L}'’.]+)\s+(says?|said|warns?|claims?|finds?|shows?)\s*$/iu;

/** "though", "although", "even though" or "yet" opening a clause. */
const CONTRAST_OPENING = /^\s*(?:(?:even\s+)?though|although|yet)\s+/iu;
const CLAUSE_BOUNDARY = /^(?:and|but|or|then|while|as|when|after|before|because|so|until|once|where|whereas)$/i;
const LEADING_PREPOSITION = /^(?:on|in|at|after|before|during|since|by|for|with|from|under|over|into|until|to)\s/i;

/**
 * The subject right before a speech verb: the words after the last clause boundary ("the trail reopened and
 * crews" → "crews"), keeping names joined by "and" ("Smith and Jones").
 */
function subjectBeforeCue(clause: string): string {
  // "..., though VW says", "..., yet Nissan says": a conjunction opening the clause is no part of its subject. Only
  // there: "A small yet growing number of economists warn" keeps its "yet".
  const words = clause.slice(CONTRAST_OPENING.exec(clause)?.[0].length ?? 0);
  const parts = words.split(/(\s+)/);
  for (let i = parts.length - 1; i >= 0; i--) {
    const w = parts[i]!;
    if (!CLAUSE_BOUNDARY.test(w)) continue;
    const before = parts[i - 2] ?? '';
    const after = parts[i + 2] ?? '';
    if (/^and$/i.test(w) && ((/^\p{Lu}/u.test(before) && /^\p{Lu}/u.test(after)) || isOneRole(parts.slice(0, i).join('')))) continue;
    // "all but two", "everyone but the mayor": "but" here means "except" and the subject goes on past it.
    // Only where "all" opens the phrase ("and all but two said"), not "gave its all but coach Dunn said".
    const owner = parts[i - 4];
    if (/^but$/i.test(w) && isExceptWord(before) && (owner === undefined || owner === '' || CLAUSE_BOUNDARY.test(owner) || /,$/.test(owner))) continue;
    return parts.slice(i + 2).join('');
  }
  return words;
}

/** "The coach" before "and general manager said": one person's two roles, not a clause ending before "and". */
const isOneRole = (words: string): boolean => isRoleWord(/^\s*(?:the|a|an|its|his|her|their)\s+([\p{Ll}-]+)\s*$/iu.exec(words)?.[1] ?? '');

/** Forms of verbs that read as verbs whatever word follows them (lists/speech-verbs.ts). */
const CLAUSE_VERBS = new Set(allForms(CLAUSE_VERB_BASES));

/**
 * False when a noun-like cue ("report", "claims") is not followed by a clause, so it is a noun, not a verb. "says",
 * "told", "warns" are verbs even before a name ("Sanders says Clinton ..."), unless a determiner makes them nouns.
 */
function cueIsVerb(cue: string, after: string, subject = ''): boolean {
  const bare = cue.toLowerCase().replace(/^(?:has|have|had)\s+/, '');
  // "the letter Mike wrote was ...", "What the mayor said is ...": a verb right after the cue is the sentence's own;
  // the cue is inside its subject, where nobody speaks.
  if (/^\s+(?:is|was|are|were)\b/u.test(after)) return false;
  // "where 475 pledged delegates will be at stake": after a count, a participle and a plural noun are one phrase
  // counted, not a count that speaks ("475 said they would vote early" keeps its count).
  if (bare === cue.toLowerCase() && bare !== 'said' && /ed$/.test(bare) && COUNT_END.test(subject) && COUNTED_NOUN.test(after)) return false;
  if (bare !== cue.toLowerCase() || !NOUN_LIKE_CUES.has(bare)) return true;
  if (CLAUSE_VERBS.has(bare) && !/\b(?:a|an|the|his|her|its|their|our|my|your|no)\s*$/i.test(subject)) return true;
  // A poll, a study or records "show" or "found" whatever follows: "a poll shows Sanders leading", "the survey found
  // 40 percent ...". A document subject makes the cue a verb.
  if (DATA_CUES.has(bare) && isRecordSubject(subject)) return true;
  const rest = after.trimStart();
  // A gerund after the cue may make it a verb ("both groups report experiencing ..."): the tagger decides, as it
  // reads the cue in its sentence ("His report showing the data" is a noun).
  if (/^\p{Ll}{2,}ing\b/u.test(rest)) return taggedAsVerbBeforeGerund(`${subject} ${cue} ${rest.slice(0, 80)}`, bare);
  // An adverb after the cue makes it a verb: "He states, however, that ...", "the report notes only that ...". So
  // does a colon that opens a quotation ("The report says: “...”"); "His claims: ..." keeps its noun above.
  return rest === '' || /^[.,;!?"”]/.test(rest) || (/^:\s*["“‘]/.test(rest) && !endsOnModifier(subject)) || CLAUSE_OPENERS.test(rest) || AFTER_VERB_ADVERB.test(rest);
}

/**
 * True when a subject ends on an adjective or a number ("The latest", "The two", "The official"): before a noun-like
 * cue and a colon, that cue is the noun they describe ("The latest estimates: ...").
 */
function endsOnModifier(subject: string): boolean {
  const last = subject.trim().split(/\s+/).at(-1)!.toLowerCase();
  // A body the lexicon also knows as an adjective ("The firm claims:") is still the subject.
  return !BODY_HEADS.has(last) && (/^\d/.test(last) || wordTags(last).some((t) => /Adjective|Superlative|Comparative|Value|Cardinal|Ordinal/.test(t)));
}

/** True when compromise's tagger reads `cue` in `clause` as a verb and the word after it as a gerund. */
function taggedAsVerbBeforeGerund(clause: string, cue: string): boolean {
  const terms = (parseTagged(clause).terms().json() as Array<{ terms: Array<{ text: string; tags: string[] }> }>).map((t) => t.terms[0]!);
  const i = terms.findIndex((t) => t.text.toLowerCase() === cue);
  return i >= 0 && terms[i]!.tags.includes('Verb') && (terms[i + 1]?.tags.includes('Gerund') ?? false);
}

/** A plural noun and an auxiliary after a participle: "(pledged) delegates will be", "(confirmed) deaths were" (not "symptoms of"). */
const COUNTED_NOUN = /^\s*\p{Ll}+s\s+(?:is|are|was|were|will|would|could|can|may|might|must|should|have|has|had|remain|remained)\b/u;
/** A subject ending in a count: digits ("475", "1,200") or a number word. */
const COUNT_END = /(?:^|\s)(?:\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands)\s*$/iu;

/** An adverb right after a cue. */
const AFTER_VERB_ADVERB = new RegExp(`^(?:however|${SPEECH_ADVERBS.join('|')})\\b`, 'i');

/** Cues that, after a record or document, are always verbs ("shows", "found", "finds"). */
const DATA_CUES = new Set(['show', 'shows', 'showed', 'shown', 'find', 'finds', 'found', 'indicate', 'indicates', 'suggests', 'reveals', 'concludes', 'estimates']);
const RECORD_WORDS = new Set([...DOCUMENT_HEADS, ...[...DOCUMENT_HEADS].map((h) => (h.endsWith('y') ? `${h.slice(0, -1)}ies` : `${h}s`)), ...DOCUMENT_PLURALS, ...RECORD_NOUNS, 'paper', 'polling', 'research']);

/** True when the subject's head, before any "of"/"by"/"from" phrase, is a record or document ("A new CNN poll of voters"). */
function isRecordSubject(subject: string): boolean {
  const core = subject.replace(/\s+(?:of|by|from|in|for|on|at|with|taken|conducted|released|published)\s.*$/i, '');
  return RECORD_WORDS.has(core.split(/\s+/).at(-1)!.toLowerCase());
}

/** True when an inverted "said X" really names a speaker, not an object ("said the trail reopened"). */
function isInvertedSpeaker(seg: Segment, np: string, rest: string): boolean {
  if (seg.afterQuote) return true;
  const source = trimSource(np);
  if (ANONYMOUS_HEADS.has(headNoun(source))) return true;
  // Not after a quotation, "said" + a name is a speaker only if the name ends the clause: "..., said Ana Pires." but
  // not "X said Mr. Trump had disrespected the troops" (there the name begins what was said).
  // A place after the name ("says political scientist Ana Diaz in Almaty") is not part of who speaks.
  const words = source.replace(/\s+in\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)?$/u, '').split(/\s+/);
  // "said Sunday that ..." gives a time, not a speaker.
  if (TIME_WORDS.test(source)) return false;
  if (/^\p{Lu}/u.test(source) && words.every((w) => /^[\p{Lu}\d]/u.test(w) || INSIDE_NAMES.has(w))) return true;
  // Role words before the name are part of the speaker when the name closes the clause: "..., said police Chief
  // Ana Pires." or ", insists 16-year-old Tom Ross, ..." (never "said officials had ...").
  const role = words.slice(0, words.findIndex((w) => /^\p{Lu}/u.test(w)));
  return (
    /^[\s.!?]*$/.test(rest) &&
    /^\p{Lu}/u.test(words.at(-1) ?? '') &&
    /^\p{Lu}/u.test(words.at(-2) ?? '') &&
    // A few role words, not a clause ("said he found help at Dixon Hall").
    role.length <= 3 &&
    !role.some((w) => /^(?:he|she|they|we|i|you|it|his|her|their|was|is|had|has)$/i.test(w))
  );
}

/** Days, months and other times that can follow "said" ("said Sunday", "said last week"). */
const TIME_WORDS = /^(?:(?:on|last|this|early|late)\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Today|Yesterday|Tonight)\b/iu;

/** Lower-case words that can sit inside a name ("Bank of England", "Ursula von der Leyen"). */
const INSIDE_NAMES = new Set(['of', 'the', 'and', 'for', ...NAME_PARTICLES]);

/**
 * A trailing clause that is only the verb ("..., the agency's spokesman, John Avery, told The Post."): the
 * speaker is in the one or two segments before it; a person's name is preferred to a role.
 */
function speakerBeforeCue(text: string, segs: Segment[], i: number): LocalAttribution | null {
  const cue = CUE_OPENING.exec(segs[i]!.text);
  if (!cue || i < 2) return null;
  // "A driver from Duluth, Minn., said": the state after a place belongs to it; the speaker is before them both.
  // A speaker after a subordinator ("... president after a woman in Worcester, Massachusetts, told him") starts there.
  // A relative clause between commas ("The German automaker, which has focused on ... after its scandal, says") is
  // about the speaker before it; the end of it is never who spoke.
  const clauses = (isRegionAfterPlace(segs, i - 1) ? [segs[i - 2]!] : [segs[i - 1]!, segs[i - 2]!]).filter((s) => !RELATIVE_OPENING.test(s.text)).map(lastClause);
  const candidates = clauses.filter(
    (s) =>
      s.text.trim() !== '' &&
      // A quotation (masked as "x"s) is what was said, never who said it.
      !/^x+$/.test(s.text.trim()) &&
      s.text.trim().split(/\s+/).length <= 8 &&
      // "The document, seen by Reuters, shows ...": a participle phrase describes the source, it is not one.
      !/^\s*(?:citing|according|who|whom|which|that|and|but|as|when|while|after|before|if|seen|obtained|reviewed|published|released|quoted|cited|dated|signed|filed|issued|leaked|shared|posted)\b/i.test(s.text),
  );
  // A party or place in brackets after a name ("Sen. Kyrsten Sinema (D-Ariz.)") is not part of it.
  const core = (s: Segment): string => s.text.replace(/\s*\([^()]{1,40}\)\s*$/, '');
  const named = candidates.find((s) => /^\s*\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+)+\s*$/u.test(core(s)));
  for (const seg of named ? [named] : candidates) {
    // An opening "But" or "And" is not part of the speaker.
    const lead = seg.text.length - seg.text.trimStart().length + (/^\s*(?:But|And|Yet|So)\s+/u.exec(seg.text)?.[0].trimStart().length ?? 0);
    const found = build(text, seg.start + lead, text.slice(seg.start + lead, seg.start + core(seg).trimEnd().length), cue[1]!);
    if (found) return found;
  }
  return null;
}

/** A segment that opens a relative clause: "which has ...", "who was ...". */
const RELATIVE_OPENING = /^\s*(?:which|who|whom|whose)\s/iu;

/** A segment that opens with a speech cue ("said", "has long argued"), the cue captured. */
const CUE_OPENING = new RegExp(`^\\s*${BEFORE_CUE}(${CUE})\\b`, 'iu');

/** The part of a segment after its last subordinator: "... to be president after a woman in Worcester" → "a woman in Worcester". */
function lastClause(seg: Segment): Segment {
  const m = /^.*\s(?:after|when|because|while|before|since|until|although|though|once)\s+(?=\S)/iu.exec(seg.text);
  return m ? { ...seg, text: seg.text.slice(m[0].length), start: seg.start + m[0].length } : seg;
}

/** True when segment `j` is one word after a segment ending in a capitalised word: a state or country ("Duluth, Minn."). */
export function isRegionAfterPlace(segs: readonly Segment[], j: number): boolean {
  const seg = segs[j];
  return j > 0 && !!seg && /^\s*\p{Lu}\S*\s*$/u.test(seg.text) && /\p{Lu}[\p{L}.'’-]*\s*$/u.test(segs[j - 1]!.text);
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
  if (inv && !initial && isInvertedSpeaker(seg, inv[2]!, body.slice(inv.index + inv[0].length))) {
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
  // A clause ends at a straight quotation mark: the colon before it then opens a quotation too.
  const sub = subjectAndCue(/:\s*$/.test(body) && /^["“‘]/u.test(text.slice(seg.start + seg.text.length)) ? `${body}"` : body);
  if (sub) {
    const np = subjectBeforeCue(sub.subject);
    const offset = seg.start + sub.at + (sub.subject.length - np.length);
    const found = np && !LEADING_PREPOSITION.test(np) ? build(text, offset, text.slice(offset, offset + np.length), sub.cue) : null;
    if (found) return found;
  }
  return null;
}

/**
 * The subject and verb of speech opening a clause, when the cue reads as a verb. A noun-like cue that is the head of
 * the subject ("report" in "The report says ...", "claims" in "The new claims show ...") gives way, once, to the cue
 * right after it; a cue further on belongs to some other clause ("The claims of voters who said ...").
 */
function subjectAndCue(body: string): { at: number; subject: string; cue: string } | null {
  const sub = SUBJECT_CUE.exec(body);
  if (!sub) return null;
  const at = sub.index + sub[0].length - sub[0].trimStart().length;
  const end = sub.index + sub[0].length;
  if (cueIsVerb(sub[2]!, body.slice(end), sub[1]!)) return { at, subject: sub[1]!, cue: sub[2]! };
  // Why one anchored match right after the noun, not a search for a longer subject: a search cost a third more time
  // on real pages, and a cue further on is some other clause's.
  const next = CUE_NEXT.exec(body.slice(end));
  const subject = body.slice(at, end);
  return next && cueIsVerb(next[1]!, body.slice(end + next[0].length), subject) ? { at, subject, cue: next[1]! } : null;
}

/** Right after a noun-like cue, the verb of speech its phrase is the subject of ("The report| says"). */
const CUE_NEXT = new RegExp(`^\\s+${BEFORE_CUE}(${CUE})\\b`, 'iu');

/** Headlines and text without a final stop: "..., officials say", "Minister: “...”", "... - reports". */
export const headlineTail: AttributionRule = {
  name: 'headline tail',
  examples: [
    { text: 'Minister: "Fuel taxes will not rise this year"', source: 'Minister', kind: 'headline' },
    { text: 'Ferry fares to double next spring, operator says', source: 'operator', kind: 'headline' },
  ],
  find({ text, masked, kind }) {
    if (kind !== 'headline' && /[.!?"”]\s*$/.test(text)) return null;
    const tail = HEADLINE_TAIL.exec(masked) ?? HEADLINE_SAYS.exec(masked);
    if (tail) {
      const idx = tail.index + tail[0].indexOf(tail[1]!);
      const found = build(text, idx, text.slice(idx, idx + tail[1]!.length), tail[2] ?? 'headline tail', true);
      if (found) return found;
    }
    const speaker = kind === 'headline' || kind === 'heading' ? HEADLINE_SPEAKER.exec(text) : null;
    if (speaker && !HEADLINE_LABELS.test(speaker[1]!)) return build(text, speaker.index + speaker[0].indexOf(speaker[1]!), speaker[1]!, 'headline speaker', true);
    return null;
  },
};

/** A trailing attribution clause, last first: `"...," said Ana Pires`, "..., the agency reported Thursday". */
export const trailingClause: AttributionRule = {
  name: 'trailing clause',
  examples: [
    { text: 'The mill will close, the owner said Sunday.', source: 'the owner' },
    { text: '“We print very few copies,” says Kern’s partner, Ada Louth.', source: 'Ada Louth' },
  ],
  find({ text, segs }) {
    // A pronoun speaking after a noun of its clause ("..., prices it said were a result of the deal") tells of one
    // thing in the sentence; a speaker in a clause of its own before it ("Forte said,") is the sentence's.
    let embedded: LocalAttribution | null = null;
    for (let i = segs.length - 1; i >= 1; i--) {
      const seg = segs[i]!;
      if (/^\s*citing\b/i.test(seg.text)) continue;
      // "The deficit, which critics say is larger, ...": a relative clause has its own speaker (embedded-cue.ts).
      if (/^\s*(?:which|who|whom)\s+(?!said|says|say|told|tells)\S/i.test(seg.text)) continue;
      const found = fromSegment(text, seg, false) ?? speakerBeforeCue(text, segs, i) ?? withAdjectives(text, segs, i);
      if (!found) continue;
      if (found.pronoun && text.slice(seg.start, found.start).trim() !== '') {
        embedded ??= found;
        continue;
      }
      return nameAfterRole(text, segs, i, found) ?? found;
    }
    return embedded;
  },
};

/** A comma between adjectives does not end the subject: `"...," the lanky, bespectacled professor said.` */
function withAdjectives(text: string, segs: Segment[], i: number): LocalAttribution | null {
  const before = segs[i - 1];
  if (!before || !/^\s*(?:the|a|an)\s+\p{Ll}+\s*$/iu.test(before.text)) return null;
  const seg = segs[i]!;
  // The two characters of ", " become spaces, so offsets still line up.
  return fromSegment(text, { text: `${before.text}  ${seg.text}`, start: before.start, afterQuote: before.afterQuote }, false);
}

/**
 * A role, then the person's name closing the sentence: `"...," says Wise's dad, Darrin.` → the name, not the role.
 */
function nameAfterRole(text: string, segs: Segment[], i: number, found: LocalAttribution): LocalAttribution | null {
  const next = segs[i + 1];
  if (!next || i + 2 !== segs.length || found.end > next.start || isName(found.source)) return null;
  const name = next.text.replace(/[.!?\s]+$/u, '');
  if (!isName(name) || TIME_WORDS.test(name.trim())) return null;
  const lead = name.length - name.trimStart().length;
  return build(text, next.start + lead, name.trim(), found.cue);
}

/** A subject with one appositive before its verb: "Mia Kern, the union's leader, said ...". */
export const appositiveSubject: AttributionRule = {
  name: 'appositive subject',
  examples: [
    { text: 'The utility — which serves two million homes — said rates would rise in May.', source: 'The utility' },
  ],
  find({ text, masked }) {
    const appositive = APPOSITIVE_SUBJECT.exec(masked.replace(SUBORDINATORS, (m) => ' '.repeat(m.length)));
    if (!appositive || !cueIsVerb(appositive[2]!, masked.slice(appositive.index + appositive[0].length), appositive[1]!)) return null;
    const idx = appositive.index + appositive[0].search(/\S/);
    return build(text, idx, text.slice(idx, idx + appositive[1]!.length), appositive[2]!);
  },
};

/** The subject that opens the sentence: "Officials said ...", "Although critics insist ...". */
export const initialSubject: AttributionRule = {
  name: 'initial subject',
  examples: [
    { text: 'Dr. Omar Reyes said the clinic would close.', source: 'Dr. Omar Reyes' },
    { text: 'Although officials insist there is no ban, the shipments stopped.', source: 'officials' },
  ],
  find({ text, segs }) {
    return segs[0] ? fromSegment(text, segs[0], true) : null;
  },
};

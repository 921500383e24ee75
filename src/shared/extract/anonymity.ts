import { cutAtWord } from './clause-cut.ts';
import { ANONYMOUS_HEADS, DOCUMENT_HEADS, DOCUMENT_PLURALS, PUBLICATIONS, RECORD_NOUNS, TITLE_WORDS } from './lexicon.ts';

/** Records, documents and publications: their source is whoever made them, named or not. */
const RECORDS: ReadonlySet<string> = new Set([...RECORD_NOUNS, ...DOCUMENT_HEADS, ...PUBLICATIONS]);

/** A publisher or author named after the head ("from the EU", "by Reuters", "in Nature Communications"). */
const PUBLISHER_AFTER = /\b(?:in|by|from|of|for)\s+(?:the\s+)?\p{Lu}/u;

/** A publisher named before the head, between the determiner and it ("a Reuters report", "an FBI affidavit"). */
function publisherBefore(words: readonly string[], headAt: number): boolean {
  return words.slice(1, headAt).some((w) => /^\p{Lu}/u.test(w));
}

/** An unnamed one of a group ("one of the organisers", "another of Smith's lawyers"). */
const ONE_OF = /^(?:one|another|some|several|a few|two|three|four|five)\s+of\s/i;

/** "a", "an", "one", "another" before a source: one of many, nobody in particular. */
const INDEFINITE = /^(?:a|an|one|another)\s/i;

const SPOKESPEOPLE = new Set(['spokesperson', 'spokesman', 'spokeswoman', 'spokespeople', 'spokespersons']);

/** People named by their role alone; unnamed only when the text says "a" or "one" of them. */
const ROLE_NOUNS = new Set(['lawyer', 'attorney', 'doctor', 'teacher', 'employee', 'worker', 'officer', 'engineer', 'nurse', 'adviser', 'advisor', 'consultant', 'contractor', 'manager', 'executive', 'negotiator', 'prosecutor', 'investigator', 'researcher', 'scientist', 'economist', 'lawmaker', 'legislator', 'activist', 'campaigner', 'volunteer', 'soldier', 'firefighter', 'paramedic', 'medic']);

const HEAD_CUT = /\s+(familiar|close|with|of|for|from|at|in|on|who|whom|that|which|briefed|involved|speaking|knowledgeable|aware|outside|inside|within|across|near|under|to)\b/gi;

/** A participle that can follow the head noun of a source ("sent", "released", "seen", "quoted"). */
const PARTICIPLE = /^(?:\p{Ll}{3,}ed|sent|seen|given|written|made|shown|taken|held|known)$/u;

/** The head noun of a source phrase: "three US officials who spoke..." → "officials". */
export function headNoun(source: string): string {
  const core = cutAtWord(source, HEAD_CUT).trim();
  const words = core.split(/\s+/);
  // A participle after the noun describes it, and is not the head: "a release sent", "a poll released".
  if (words.length >= 3 && PARTICIPLE.test(words.at(-1)!)) words.pop();
  return (words[words.length - 1] ?? '').toLowerCase().replace(/[^\p{L}.-]/gu, '');
}

/**
 * True when the source names no specific person, organisation, publication or document a reader could look
 * up ("officials", "people familiar with the plans", "a report"); false for names and identifiable records.
 */
export function isAnonymousSource(source: string): boolean {
  const head = headNoun(source);
  // A spokesperson speaks on the record for the organisation named ("a spokesperson for the European Space Agency").
  if (SPOKESPEOPLE.has(head) && /\s\p{Lu}/u.test(source.trim())) return false;
  if (ANONYMOUS_HEADS.has(head)) return true;
  // "a lawyer for the family" is nobody in particular; "her lawyer" or "the family's doctor" is someone specific.
  if (ROLE_NOUNS.has(head)) return /^(?:a|an|one|another|some)\b/i.test(source.trim());
  if (DOCUMENT_PLURALS.has(head)) return false;
  const trimmed = source.trim();
  const core = trimmed.split(/\s+/);
  const headAt = core.findIndex((w) => w.toLowerCase().replace(/[^\p{L}.-]/gu, '') === head);
  const headWord = core[headAt] ?? '';
  if (DOCUMENT_HEADS.has(head)) {
    // "a study" could be any study; "a study in Nature Communications", "a report by the World Bank" or "a Reuters
    // report" can be looked up.
    const publisher = PUBLISHER_AFTER.test(trimmed) || publisherBefore(core, headAt);
    return /^(?:a|an|one|another|some|unnamed|new|recent)\b/i.test(trimmed) && !publisher;
  }
  if (ONE_OF.test(trimmed)) return true;
  // Someone introduced as "a", "one" or "another" is nobody in particular ("a local man", "a man from Ohio", "a BBC
  // reporter", "an MP"), unless the head is a name ("one Nation"); a record or publication is named by whoever
  // made it ("a Trump tweet", "A statement from the EU").
  if (INDEFINITE.test(trimmed) && isCommonNoun(headWord)) {
    return RECORDS.has(head) ? !PUBLISHER_AFTER.test(trimmed) && !publisherBefore(core, headAt) : true;
  }
  // An unnamed group ("some retailers", "dock workers"): a plural common noun, not a capitalised name.
  // A capitalised head is a name ("Reuters", "Senate Democrats"), unless it merely opens a longer phrase.
  const capitalised = /^\p{Lu}/u.test(headWord) && (core.indexOf(headWord) > 0 || core.length === 1);
  return /[^s]s$/.test(head) && !capitalised;
}

/** True for a common noun ("man", "passer-by", "24-year-old"), a role word ("MP", "CEO"), not a name ("Nation"). */
function isCommonNoun(word: string): boolean {
  const bare = word.replace(/[,.;:!?'’"”]+$/u, '');
  return /^[\p{Ll}\d][\p{Ll}\d.'’-]*$/u.test(bare) || TITLE_WORDS.has(bare.toLowerCase()) || /^\p{Lu}{2,4}s?$/u.test(bare);
}

import { ANONYMOUS_HEADS, DOCUMENT_HEADS, DOCUMENT_PLURALS, RECORD_NOUNS } from './lexicon.ts';

/** Records and documents: their source is whoever published them, named or not. */
const RECORDS: ReadonlySet<string> = new Set([...RECORD_NOUNS, ...DOCUMENT_HEADS]);

/** A publisher or author named after the source's head ("from the EU", "by Reuters", "from Arianna Huffington"). */
const PUBLISHER = /\b(?:in|by|from|of|for)\s+(?:the\s+)?\p{Lu}/u;

const SPOKESPEOPLE = new Set(['spokesperson', 'spokesman', 'spokeswoman', 'spokespeople', 'spokespersons']);

/** People named by their role alone; unnamed only when the text says "a" or "one" of them. */
const ROLE_NOUNS = new Set(['lawyer', 'attorney', 'doctor', 'teacher', 'employee', 'worker', 'officer', 'engineer', 'nurse', 'adviser', 'advisor', 'consultant', 'contractor', 'manager', 'executive', 'negotiator', 'prosecutor', 'investigator', 'researcher', 'scientist', 'economist', 'lawmaker', 'legislator', 'activist', 'campaigner', 'volunteer', 'soldier', 'firefighter', 'paramedic', 'medic']);

const HEAD_CUT = /\s+(?:familiar|close|with|of|for|from|at|in|on|who|whom|that|which|briefed|involved|speaking|knowledgeable|aware|outside|inside|within|across|near|under|to)\b.*$/i;

/** The head noun of a source phrase: "three US officials who spoke..." → "officials". */
export function headNoun(source: string): string {
  const core = source.replace(HEAD_CUT, '').trim();
  const words = core.split(/\s+/);
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
  if (DOCUMENT_HEADS.has(head)) {
    // "a study" could be any study; "a study in Nature Communications" or "a report by the World Bank" can be looked up.
    const publisher = /\b(?:in|by|from|of|for)\s+(?:the\s+)?\p{Lu}/u.test(source.trim());
    return /^(?:a|an|one|another|some|unnamed|new|recent)\b/i.test(source.trim()) && !publisher;
  }
  const core = source.trim().split(/\s+/);
  const headWord = core.find((w) => w.toLowerCase().replace(/[^\p{L}.-]/gu, '') === head) ?? '';
  // Someone introduced as "a", "one" or "another" is nobody in particular ("a local man", "one of the organisers",
  // "a BBC reporter"), unless the head is a name ("one Nation") or a record whose publisher is named ("A statement
  // from the EU", "an Ontario Provincial Police investigation").
  if (/^(?:a|an|one|another)\s/i.test(source.trim()) && /^\p{Ll}+$/u.test(headWord) && !RECORDS.has(head) && !PUBLISHER.test(source)) return true;
  // An unnamed group ("some retailers", "dock workers"): a plural common noun, not a capitalised name.
  // A capitalised head is a name ("Reuters", "Senate Democrats"), unless it merely opens a longer phrase.
  const capitalised = /^\p{Lu}/u.test(headWord) && (core.indexOf(headWord) > 0 || core.length === 1);
  return /[^s]s$/.test(head) && !capitalised;
}

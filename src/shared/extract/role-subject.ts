import { ASIDE_BETWEEN_COMMAS } from './lists/asides.ts';
import { TITLE_WORDS } from './lexicon.ts';

/** A sentence whose subject is a person by their role ("On Dec. 13, the mayor brought ..."): the words, the role, the word after it. */
const ROLE_SUBJECTS = [
  // "the finance minister said": one word before the role, tried first so "finance" is never taken for the role.
  new RegExp(String.raw`^(?:[^,]{1,40},\s+)?([Tt]he\s+[\p{Ll}-]+\s+(\p{Ll}+))${ASIDE_BETWEEN_COMMAS}?\s+(\p{Ll}+)`, 'u'),
  new RegExp(String.raw`^(?:[^,]{1,40},\s+)?([Tt]he\s+(\p{Ll}+))${ASIDE_BETWEEN_COMMAS}?\s+(\p{Ll}+)`, 'u'),
];

/** Words after a role that make it lead into someone else or qualify it ("The president of the union, Tom Berg"). */
const NOT_A_VERB = /^(?:of|for|at|in|on|with|from|to|and|or|who|whose|which|that|himself|herself)$/;

/** Role words that only address a person ("Mr.", "Dr."): they say nothing of what the person is. */
const FORMS_OF_ADDRESS = /^(?:mr|mrs|ms|dr|sir|dame)\.?$/;

/** The role a sentence's subject is ("The mayor spoke on Monday" → "mayor"), when it is a role alone, then a verb. */
export function roleSubject(sentence: string): string | null {
  for (const pattern of ROLE_SUBJECTS) {
    const m = pattern.exec(sentence);
    const title = m?.[2]?.toLowerCase();
    if (m && title && TITLE_WORDS.has(title) && !FORMS_OF_ADDRESS.test(title) && !NOT_A_VERB.test(m[3]!) && !TITLE_WORDS.has(m[3]!)) return title;
  }
  return null;
}

/** The title words a sentence gives the person named at `at`: just before the name, or in an appositive after it. */
export function titlesAt(sentence: string, at: number, name: string): string[] {
  const before = /((?:[\p{L}.'’-]+\s+){1,2})$/u.exec(sentence.slice(0, at))?.[1] ?? '';
  // "Jane Cole, the city's mayor, ...": the appositive up to a preposition or the next comma.
  const after = /^,\s+(?:the|a|an)\s+([^,;:.()]{1,60}?)(?=\s+(?:of|for|at|in|with|who|since)\b|[,;:.()]|$)/u.exec(sentence.slice(at + name.length))?.[1] ?? '';
  return `${before} ${after}`
    .toLowerCase()
    .split(/\s+/)
    .map((w) => w.replace(/['’]s$/u, ''))
    .filter((w) => TITLE_WORDS.has(w) && !FORMS_OF_ADDRESS.test(w));
}

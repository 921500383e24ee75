import { DAY_PARTS, MONTH_NAMES, TIME_OPENERS, TIME_UNITS, WEEKDAYS } from './lists/time-openers.ts';

const word = (list: readonly string[]): string => `(?:${list.join('|')})`;
const NUMBER_WORD = '(?:\\d{1,4}(?:st|nd|rd|th)?,?|one|two|three|four|five|six|seven|eight|nine|ten|a few|several)';

/** One time opener of the list as a pattern: its placeholders become their words, its spaces any space. */
function opener(entry: string): string {
  return entry
    .replace(/\bDAY\b/g, word(WEEKDAYS))
    .replace(/\bMONTH\b/g, word(MONTH_NAMES))
    .replace(/\bPART\b/g, word(DAY_PARTS))
    .replace(/\bUNITS\b/g, word([...TIME_UNITS.map((u) => `${u}s`), 'days', 'hours', 'minutes', 'decades']))
    .replace(/\bUNIT\b/g, word(TIME_UNITS))
    .replace(/\bNUMBER\b/g, NUMBER_WORD)
    .replace(/ /g, '\\s+');
}

/**
 * A phrase of time opening a sentence with no comma after it, before what can be a subject: a capitalised word, a
 * determiner or a personal pronoun ("On Sunday Mr. Trump said", "Last week the mayor said", "Earlier this month
 * she warned"). Longest openers first, so "On Sunday morning" is read whole.
 */
export const LEADING_TIME = new RegExp(
  `^\\s*(?:${[...TIME_OPENERS].sort((a, b) => b.length - a.length).map((e) => `(?:${opener(e)})`).join('|')})\\s+(?=\\p{Lu}(?![\\p{Lu}\\s]*:)|(?:the|a|an|his|her|their|its|our|he|she|they|we|it)\\s)`,
  'iu',
);

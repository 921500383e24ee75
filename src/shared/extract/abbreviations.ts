/** Abbreviations that are always followed by more of the same sentence (titles, "No.", "vs."). */
export const NEVER_FINAL = new Set(
  [
    'mr', 'mrs', 'ms', 'mx', 'dr', 'prof', 'gen', 'sen', 'rep', 'reps', 'sens', 'gov', 'lt', 'col', 'maj', 'capt',
    'cpt', 'sgt', 'adm', 'cmdr', 'cdr', 'gens', 'rev', 'hon', 'pres', 'supt', 'insp', 'det', 'atty', 'amb', 'sec',
    'st', 'ste', 'mt', 'ft', 'vs', 'v', 'cf', 'approx', 'dept', 'gov',
    'e.g', 'i.e', 'messrs', 'mme', 'mlle', 'fr', 'sr', 'jr',
  ].map((s) => s.toLowerCase()),
);

/**
 * Abbreviations that number something ("No. 10", "Art. 5", "Fig. 3"), and are words otherwise: followed by anything
 * but a number, "art." and "no." end a sentence ("works of art. Neon's story ...", "The answer was no.").
 */
export const BEFORE_NUMBER = new Set(['no', 'nos', 'art', 'fig', 'vol', 'ch', 'para', 'pp']);

/** Month abbreviations: not a sentence end when a day or year follows ("Jan. 9"). */
export const MONTHS = new Set(['jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec']);

/**
 * Abbreviations that can end a sentence ("... Acme Inc. The company ...", "... in the U.S. It ...").
 * They end one only when the next word is a typical sentence opener.
 */
export const MAYBE_FINAL = new Set([
  'inc', 'corp', 'co', 'ltd', 'plc', 'bros', 'llc', 'etc', 'al', 'ave', 'blvd', 'rd',
  // Council and police titles of Canadian and British news ("Coun. Ed Ng", "Const. Raj Dhillon"), which are also
  // words or abbreviations that end sentences ("in the brig. He ...", "Section 7 of the Const. The judge ...").
  'coun', 'cllr', 'const', 'cpl', 'pte', 'pvt', 'msgr', 'brig', 'lieut', 'asst',
  // Units after a number ("lost 16 lbs. “and two belt loops”"): a sentence ends there only before an opener.
  'lbs', 'lb', 'oz', 'kg', 'km', 'mph', 'kph', 'yds', 'sq', 'cu', 'hrs', 'mins', 'secs',
  'ala', 'ariz', 'ark', 'calif', 'colo', 'conn', 'del', 'fla', 'ga', 'ill', 'ind', 'kan', 'kans', 'ky', 'la', 'md',
  'mass', 'mich', 'minn', 'miss', 'mo', 'mont', 'neb', 'nev', 'okla', 'ore', 'pa', 'tenn', 'tex', 'va', 'vt', 'wash',
  'wis', 'wyo', 'n.h', 'n.j', 'n.m', 'n.y', 'n.c', 'n.d', 's.c', 's.d', 'r.i', 'w.va', 'd.c',
]);

/** Words that typically open a sentence; after an ambiguous abbreviation they signal a new sentence. */
export const SENTENCE_OPENERS = new Set([
  'the', 'a', 'an', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'in', 'on', 'at', 'but', 'and', 'this', 'that',
  'these', 'those', 'his', 'her', 'their', 'its', 'our', 'my', 'there', 'when', 'while', 'after', 'before', 'since',
  'if', 'as', 'for', 'according', 'officials', 'however', 'meanwhile', 'still', 'yet', 'so', 'then', 'now', 'last',
  'earlier', 'later', 'both', 'many', 'some', 'most', 'several', 'no', 'not', 'one', 'two', 'three', 'although',
  'though', 'because', 'what', 'who', 'why', 'how', 'where', 'during', 'under', 'with', 'without', 'by', 'from',
]);

/** Words that carry on a sentence after "a.m." or "p.m.": days, months, time zones ("5 p.m. Monday", "9 a.m. GMT"). */
export const TIME_FOLLOWERS = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'tomorrow', 'yesterday',
  'tonight', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october',
  'november', 'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'local',
  'gmt', 'bst', 'utc', 'cet', 'cest', 'et', 'est', 'edt', 'ct', 'cst', 'cdt', 'mt', 'mst', 'mdt', 'pt', 'pst', 'pdt',
  'eastern', 'central', 'mountain', 'pacific', 'hkt', 'jst', 'ist', 'aest', 'aedt',
]);

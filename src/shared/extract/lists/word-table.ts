/** The features a word of the lexicon table can have. */
export const WORD_FEATURES = {
  'anonymous-head': 'head noun of a source no reader could look up ("officials", "sources")',
  'document-head': 'a document a reader can look up once a determiner makes it specific ("its report")',
  'record-noun': 'a record that can give a list its source ("The ruling lists:")',
  'document-plural': 'plural records and documents ("state records", "meeting minutes")',
  'person-pronoun': 'a personal pronoun that stands for a named speaker',
  'body-noun': 'an organisation or record "it said" can refer back to ("the company")',
  title: 'a role word before a name ("Mayor Carlos Duarte"), dropped when a pronoun is resolved to the name',
  'not-in-source': 'an auxiliary or clause word that is never part of a source phrase',
  publication: 'a piece someone published or sent, named by its author ("a Trump tweet", "an FBI affidavit")',
  'noun-like-cue': 'a speech verb that is also a noun: a cue only before a clause ("the claims" vs "she claims that")',
} as const;

/** One feature of the lexicon table. */
export type WordFeature = keyof typeof WORD_FEATURES;

/**
 * Reads a table of words, one word a line followed by its features (blank lines and "#" comments skipped). A word on
 * two lines, or a feature the table does not know, is an error: one word's features stay on one line.
 */
export function wordTable(table: string): ReadonlyMap<string, ReadonlySet<WordFeature>> {
  const words = new Map<string, ReadonlySet<WordFeature>>();
  for (const raw of table.split('\n')) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    const [word, ...features] = line.split(/\s+/);
    const key = word!.toLowerCase();
    if (words.has(key)) throw new Error(`the word table holds "${key}" on two lines`);
    if (features.length === 0) throw new Error(`the word table gives "${key}" no feature`);
    for (const f of features) if (!(f in WORD_FEATURES)) throw new Error(`the word table gives "${key}" an unknown feature "${f}"`);
    words.set(key, new Set(features as WordFeature[]));
  }
  return words;
}

/** The words of a table that have a feature, in table order. */
export function wordsWith(table: ReadonlyMap<string, ReadonlySet<WordFeature>>, feature: WordFeature): string[] {
  return [...table].filter(([, f]) => f.has(feature)).map(([w]) => w);
}

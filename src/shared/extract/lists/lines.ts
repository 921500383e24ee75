/**
 * The entries of a word list written one a line (blank lines and lines starting with "#" are skipped), lower-cased.
 * Lists are TypeScript files holding one template string so src/shared stays free of file reads. A repeated entry
 * is an error, so a list cannot drift into holding the same word twice. `keepCase` keeps entries as written.
 */
export function lines(list: string, keepCase = false): string[] {
  const entries = list
    .split('\n')
    .map((l) => (keepCase ? l.trim() : l.trim().toLowerCase()))
    .filter((l) => l !== '' && !l.startsWith('#'));
  const seen = new Set<string>();
  for (const e of entries) {
    if (seen.has(e)) throw new Error(`word list holds "${e}" twice`);
    seen.add(e);
  }
  return entries;
}

/**
 * The entries of a word list written one a line (blank lines and lines starting with "#" are skipped), lower-cased.
 * Lists are TypeScript files holding one template string so src/shared stays free of file reads.
 */
export function lines(list: string): string[] {
  return list
    .split('\n')
    .map((l) => l.trim().toLowerCase())
    .filter((l) => l !== '' && !l.startsWith('#'));
}

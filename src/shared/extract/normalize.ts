/** Cleans raw article text so offsets are stable: no BOM, LF line ends, plain spaces, no invisible characters. */
export function normalizeText(raw: string): string {
  return raw
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?|[\u0085\u2028\u2029]/g, '\n')
    .replace(/[\u00A0\u2007\u202F\u2000-\u200A\u3000]/g, ' ')
    .replace(/[\u200B-\u200D\u2060\uFEFF\u00AD]/g, '')
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** Collapses runs of white space to single spaces, for comparing texts. */
export function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

const TOKEN = /\p{L}[\p{L}'’]*|\d+(?:[.,]\d+)*(?:st|nd|rd|th|bn|m|k)?\b|%/gu;

/** Lower-cased words and numbers of a text: "isn't" gives "is" and "not", "won't" "will" and "not", "55-year-old" gives 55, "year", "old". */
export function rawTokens(text: string): string[] {
  return (text.toLowerCase().replace(/\b(?:(wo)|(ca)|(sha))n['’]t\b/g, (_, wo, ca) => (wo ? 'will' : ca ? 'can' : 'shall') + "n't").replace(/n['’]t\b/g, ' not').match(TOKEN) ?? []).map((w) => w.replace(/['’](?:s)?$/, ''));
}

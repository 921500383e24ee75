const FURNITURE = /^(?:by\s+\p{Lu}|(?:additional\s+)?reporting\s+by\b|writing\s+by\b|edit(?:ed|ing)\s+by\b|compiled\s+by\b|follow\s+us\b|updated\b|published\b|posted\b|last modified\b|photo\b|image\b|picture\b|caption\b|credit\b|advertisement\b|share this\b|read more\b|related\b|sign up\b|subscribe\b)/iu;

/** True when a paragraph is page furniture (byline, dateline, caption, promo) rather than article text. */
export function isFurniture(text: string): boolean {
  const t = text.trim();
  return FURNITURE.test(t) && t.split(/\s+/).length <= 12 && !/[.!?]["”]?$/.test(t.replace(/\b(?:a\.m|p\.m)\.$/i, ''));
}

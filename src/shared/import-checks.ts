import { ERROR_PAGE_PHRASES } from './extract/lists/error-pages.ts';
import type { DocumentSummary, Extraction } from './model.ts';

/** Why an import should be confirmed before it lands: the user decides, never the importer alone. */
export interface ImportDoubt {
  kind: 'not-article' | 'no-claims' | 'duplicate';
  /** One sentence for the user, naming what was found. */
  message: string;
  /** The document it repeats, for a duplicate or a newer version. */
  duplicateOf?: string;
}

/** Fewer sentences or words than this and a page is more likely a menu, a banner or an error than an article. */
const MIN_SENTENCES = 3;
const MIN_WORDS = 60;
/** An error phrase near the top counts only on a page this short: an article may well quote "access denied". */
const ERROR_PAGE_MAX_WORDS = 300;

const ERROR_PHRASE = new RegExp(`(?:^|[^\\p{L}\\p{N}])(${ERROR_PAGE_PHRASES.map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/'/g, "['’]")).join('|')})(?![\\p{L}\\p{N}])`, 'iu');

/** Doubts about the article itself: too little text to be one, an error page, or nothing to check. */
export function articleDoubts(name: string, extraction: Extraction): ImportDoubt[] {
  const sentences = extraction.units.filter((u) => u.kind === 'sentence' || u.kind === 'list-item');
  const words = extraction.text.split(/\s+/).filter(Boolean).length;
  const doubts: ImportDoubt[] = [];
  const phrase = words <= ERROR_PAGE_MAX_WORDS ? ERROR_PHRASE.exec(`${extraction.title}\n${extraction.text.slice(0, 400)}`)?.[1] : undefined;
  if (phrase) {
    doubts.push({ kind: 'not-article', message: `“${name}” reads like an error or blocked page (“${phrase}”), not an article.` });
  } else if (sentences.length < MIN_SENTENCES || words < MIN_WORDS) {
    const count = `${sentences.length} sentence${sentences.length === 1 ? '' : 's'} (${words} word${words === 1 ? '' : 's'})`;
    doubts.push({ kind: 'not-article', message: `“${name}” has only ${count}: it may be a menu, a cookie notice or an error page rather than an article.` });
  }
  if (!extraction.units.some((u) => u.checkworthy)) {
    doubts.push({ kind: 'no-claims', message: `No check-worthy claims were found in “${name}”; its sentences would all sit under “other”.` });
  }
  return doubts;
}

/** A short fingerprint of an article's text (53-bit cyrb53 over its words), to recognise the same article again. */
export function textFingerprint(text: string): string {
  const words = text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < words.length; i++) {
    const ch = words.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

/**
 * The library document an import repeats word for word, if any. A newer version at the same address is no
 * doubt: it updates its document, keeping every mark, and the checker is told what changed.
 */
export function duplicateDoubt(name: string, fingerprint: string, library: readonly DocumentSummary[]): ImportDoubt | null {
  const sameText = library.find((d) => d.fingerprint === fingerprint);
  if (!sameText) return null;
  return { kind: 'duplicate', duplicateOf: sameText.id, message: `The library already has “${sameText.title}” (imported ${sameText.importedAt.slice(0, 10)}) with the same text as “${name}”.` };
}

import type { InferOutput } from 'valibot';
import type { SearchQuerySchema } from './ipc-schemas.ts';
import type { Status } from './status.ts';
import type { ClaimSnapshot } from './claim-delta.ts';

/** Who a unit is attributed to, as the text gives it, with the source phrase's offsets into the document. */
export interface Attribution {
  source: string;
  anonymous: boolean;
  /** The words that signal the attribution ("according to", "said", a headline tail...). */
  cue: string;
  start: number;
  end: number;
  /** How the extractor found the source; absent when it was corrected by hand (and in claims stored before). */
  trace?: AttributionTrace;
}

/** Which rule found a source, and where a pronoun's or a bare quotation's speaker was taken from. */
export interface AttributionTrace {
  /** The rule's name: an attribution rule of extract/rules, or how a unit without its own source got one. */
  rule: string;
  /** The pronoun the sentence gives ("she"), when the source is the person or body it was taken to stand for. */
  pronoun?: string;
  /** The sentence (document offsets) the source was taken from, when it is not this unit. */
  from?: { start: number; end: number };
}

/** A unit of the article as extracted: a sentence, list item or headline. */
export interface ExtractedUnit {
  text: string;
  start: number;
  end: number;
  kind: 'headline' | 'heading' | 'sentence' | 'list-item';
  checkworthy: boolean;
  score: number;
  reasons: string[];
  attribution: Attribution | null;
}

/** What the extractor makes of an article: its cleaned text, title and units in order. */
export interface Extraction {
  title: string;
  text: string;
  units: ExtractedUnit[];
  /** The page's own address, when the input says (canonical link, og:url). */
  url?: string | null;
  /** What the page says about the article (headline, site, authors, dates...), when it says anything. */
  metadata?: ArticleMetadata;
}

/** An article's metadata as its page gives it (meta tags, JSON-LD, Readability); every field is optional. */
export interface ArticleMetadata {
  headline?: string;
  siteName?: string;
  /** The authors' names, one per entry. */
  authors?: string[];
  /** The byline as printed ("By Jo Lin and Sam Reyes"). */
  byline?: string;
  /** Publication and last update, as the page gives them (usually ISO 8601). */
  published?: string;
  updated?: string;
  /** An absolute http(s) address only. */
  canonicalUrl?: string;
  /** A language tag ("en", "en-GB"). */
  language?: string;
}

/** A link the checker attached to a claim as evidence. */
export interface Evidence {
  id: string;
  /** An http(s) URL; nothing else is accepted. */
  url: string;
  title: string;
  /** An optional quoted passage from the page. */
  excerpt: string;
  addedAt: string;
}

/** A unit as stored and reviewed: the extraction plus the checker's marks. */
export interface Claim extends ExtractedUnit {
  /** Stable id within its document ("c1" for extracted units, "m1" for ones the checker added). */
  id: string;
  /** Stable number: article order for extracted units, then in order of adding. */
  n: number;
  status: Status;
  statusChangedAt: string | null;
  note: string;
  evidence: Evidence[];
  /** Set aside by the checker as not a claim; restorable. */
  dismissed: boolean;
  /** Judged not check-worthy by the extractor but put on the list by the checker. */
  promoted: boolean;
  /** The checker corrected the source or its anonymity by hand. */
  attributionEdited: boolean;
  origin: 'extracted' | 'manual';
  /** Set when a newer version of the article changed the claim's words or brought it: the checker should look again. */
  recheck?: { reason: 'changed' | 'new'; previousText?: string; version: number };
}

/** One change to one claim, kept forever as the document's timeline; undo restores `before`. */
export interface HistoryEntry {
  id: string;
  at: string;
  claimId: string;
  label: string;
  /**
   * The claim before and after: the fields the change set (a delta), or whole (older entries; added or removed
   * claims). Both null in an entry synced from the desk: its log keeps the values, and undo never takes it.
   */
  before: ClaimSnapshot | null;
  after: ClaimSnapshot | null;
  /** Who made the change: the reviewer named in settings (absent when none was set, and in older entries). */
  by?: string;
  /** Set on the entries that undo or redo another: which way, and the id of the entry undone or redone. */
  step?: 'undo' | 'redo';
  target?: string;
  /** What kind of edit it was ('status', 'note', ...; 'add-claim' for a claim added from the text); absent in older entries. */
  kind?: string;
  /** Set on an entry that resolved a team conflict: the conflict, its field and the value kept (synced even when unchanged here). */
  resolves?: { seq: number; field: string; value: unknown };
}

/** A history entry as the renderer sees it: what happened and when, without the snapshots kept for undo. */
export type HistoryItem = Omit<HistoryEntry, 'before' | 'after'>;

/** A document as sent to the renderer: the stored one with its history reduced to items. */
export interface DocumentView extends Omit<FactDocument, 'history'> {
  history: HistoryItem[];
}

/** A stored article with its claims and the history of the checker's changes. */
export interface FactDocument {
  id: string;
  title: string;
  /** The file name the article came from (or "Pasted text"). */
  sourceName: string;
  /** The article's web address, when known (a page's canonical URL, or set by the checker). */
  sourceUrl: string | null;
  importedAt: string;
  /** What the article's page said about it (outlet, byline, dates...), when it said anything. */
  metadata?: ArticleMetadata;
  /** When the checker last changed anything in it (absent until the first change). */
  updatedAt?: string;
  /** A fingerprint of `text`, made at import (documents from before it have none and get one when summarised). */
  fingerprint?: string;
  text: string;
  claims: Claim[];
  history: HistoryEntry[];
  /** Ids of history entries that can be undone (last is next), and redone. */
  undoStack: string[];
  redoStack: string[];
  /** The versions of the article imported, oldest first (absent until a second version came in). */
  versions?: ArticleVersion[];
}

/** One imported version of an article, and what it changed in the claims (by claim number). */
export interface ArticleVersion {
  importedAt: string;
  sourceName: string;
  /** The page's own publication and update dates for this version, when it gave them. */
  published?: string;
  updated?: string;
  /** Claims kept as they were, changed (marks kept, to look at again), new, and gone (kept in `removed`). */
  changes?: { kept: number; changed: number[]; added: number[]; removed: number[] };
  /** The claims this version no longer has, as they were, with their marks. */
  removed?: Claim[];
}

/** The library's view of a document: enough to list it without reading its file. */
export interface DocumentSummary {
  id: string;
  title: string;
  sourceName: string;
  importedAt: string;
  claimCount: number;
  counts: Record<Status, number>;
  /** The document's last change (or its import); search uses it to tell what it has not indexed yet. */
  updatedAt?: string;
  /** Set when the document's file was found damaged and moved aside: what happened, in words. */
  damaged?: string;
  /** A fingerprint of the article's text (to recognise the same article imported again). */
  fingerprint?: string;
  /** The outlet, byline and publication date the article's page gave, for the library list. */
  article?: Pick<ArticleMetadata, 'siteName' | 'byline' | 'published'>;
  /** The article's address reduced to what names it (see articleKey), to find a newer version's document. */
  articleKey?: string;
}

/** Something the user should know about start-up or an action (a bad seed, an unreadable folder...). */
export interface Notice {
  level: 'info' | 'warning' | 'error';
  message: string;
}

/** What the renderer needs to show the library. */
export interface LibraryState {
  documents: DocumentSummary[];
  /** Deleted documents that can still be restored. */
  trash: DocumentSummary[];
  notices: Notice[];
  dataDir: string;
}

/** What to search the library for. */
export type SearchQuery = InferOutput<typeof SearchQuerySchema>;

/** Where a search word was found in a claim: its text, its source, its note or an evidence title. */
export type SearchField = 'claim' | 'source' | 'note' | 'evidence';

/** A claim found by a library search, with what the list needs to show it. */
export interface SearchResult {
  documentId: string;
  documentTitle: string;
  claimId: string;
  n: number;
  text: string;
  status: Status;
  /** The fields the words were found in (a "checked before?" match is always its claim's text). */
  matchedIn: SearchField[];
}

/** A claim from another document that reads like the one being checked: its verdict may be reusable. */
export interface SimilarClaim extends SearchResult {
  source: string | null;
  anonymous: boolean | null;
  evidence: Evidence[];
  /** 0..1: how many content words the two share. */
  similarity: number;
  /** Why it may say something else all the same: "different number", "negation differs". */
  differences: string[];
}

import type { Status } from './status.ts';

/** Who a unit is attributed to, as the text gives it, with the source phrase's offsets into the document. */
export interface Attribution {
  source: string;
  anonymous: boolean;
  /** The words that signal the attribution ("according to", "said", a headline tail...). */
  cue: string;
  start: number;
  end: number;
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
}

/** A unit as stored and reviewed: the extraction plus the checker's marks. */
export interface Claim extends ExtractedUnit {
  /** Stable id within its document ("c1", "c2", ...). */
  id: string;
  /** 1-based position in article order. */
  n: number;
  status: Status;
  statusChangedAt: string | null;
}

/** A stored article with its claims. */
export interface FactDocument {
  id: string;
  title: string;
  /** The file name the article came from. */
  sourceName: string;
  importedAt: string;
  text: string;
  claims: Claim[];
}

/** The library's view of a document: enough to list it without reading its file. */
export interface DocumentSummary {
  id: string;
  title: string;
  sourceName: string;
  importedAt: string;
  claimCount: number;
  counts: Record<Status, number>;
}

/** Something the user should know about start-up or an action (a bad seed, an unreadable folder...). */
export interface Notice {
  level: 'info' | 'warning' | 'error';
  message: string;
}

/** What the renderer needs to show the library. */
export interface LibraryState {
  documents: DocumentSummary[];
  notices: Notice[];
  dataDir: string;
}

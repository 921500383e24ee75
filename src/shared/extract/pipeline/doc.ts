import type { Attribution, ExtractedUnit } from '../../model.ts';
import type { LocalAttribution } from '../attribution.ts';
import type { Block } from '../blocks.ts';
import type { CompromisePerson } from '../nlp-reading.ts';
import type { Mention } from '../people.ts';

/** One sentence of a paragraph: its span, its words in the quotation view, and the source its own words give. */
export interface DocSentence {
  start: number;
  end: number;
  /** The sentence in the quotation view: the same length as the text, curly and doubled marks read as quotes. */
  said: string;
  /** What the attribution rules find in the sentence's own words (the "cues" component). */
  cue: LocalAttribution | null;
}

/**
 * One step of the discourse, in document order, as "units" lays it down for "speakers": a unit with the cue its
 * own words give, the start of a paragraph, or a list's lead-in sentence (no unit of its own).
 */
export type Turn =
  | { kind: 'sentence'; unit: ExtractedUnit; said: string; cue: LocalAttribution | null }
  | { kind: 'block'; unit: ExtractedUnit; cue: LocalAttribution | null }
  | { kind: 'paragraph'; start: number }
  | { kind: 'lead-in'; start: number; end: number; cue: LocalAttribution | null };

/**
 * One article as extraction reads it: the text and its blocks, read once, to which each component of the
 * pipeline (pipeline/index.ts) adds its layer. No component reads the raw text again to find what an earlier
 * one has already laid down.
 */
export interface Doc {
  /** The article's clean text; every offset below is into it. */
  readonly text: string;
  /** The text with quotation marks read the same way (`''` and `“` as `"`), the same length as `text`. */
  readonly view: string;
  /** Headline, headings, prose and list items, furniture already left out by the reader. */
  readonly blocks: readonly Block[];
  readonly fallbackTitle: string;
  /** Told how far the reading has come, in characters of the text. */
  readonly progress: (done: number, total: number) => void;
  /** "sentences": each prose block's sentences (none for headline, heading or list item blocks). */
  sentences: DocSentence[][];
  /** "cues": the source a headline, heading or list item's own words give, by block. */
  blockCues: (LocalAttribution | null)[];
  /** "mentions": the people the rules name in a sentence, by its text in the quotation view. */
  named: Map<string, Mention[]>;
  /** "mentions": the people compromise finds in the sentences worth its time, by sentence. */
  read: Map<string, CompromisePerson[]>;
  /** "units": the units in document order ("speakers" on: with their sources). */
  units: ExtractedUnit[];
  /** "units": the discourse "speakers" walks: each unit with its own cue, paragraph starts, list lead-ins. */
  turns: Turn[];
  /**
   * "speakers": the person a sentence without a source of its own is about, named as its subject and not quoted
   * ("Head coach Kris Knoblauch was blunter."): who a quotation standing right after it most likely belongs to.
   */
  introduced: Map<ExtractedUnit, Attribution>;
  /** "units": each prose block's units, by block, for the quotation components. */
  paragraphs: ExtractedUnit[][];
  /** "units": the first headline's text. */
  title: string | null;
}

/** A fresh document for a laid-out article, with no layer added yet. */
export function createDoc(text: string, view: string, blocks: readonly Block[], fallbackTitle: string, progress: Doc['progress']): Doc {
  return { text, view, blocks, fallbackTitle, progress, sentences: [], blockCues: [], named: new Map(), read: new Map(), units: [], turns: [], introduced: new Map(), paragraphs: [], title: null };
}

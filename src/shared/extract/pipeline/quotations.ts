import type { Attribution, ExtractedUnit } from '../../model.ts';
import { isRecordHead, narrowed, speakerName } from '../attribute-sentence.ts';
import { ANONYMOUS_HEADS, TITLE_WORDS } from '../lexicon.ts';
import { headNoun } from '../anonymity.ts';
import { genderOfName, namedByRules } from '../people.ts';
import type { Doc } from './doc.ts';
import { inherited } from './inherit.ts';

const QUOTE_OPEN = /^["“]/;

/** A sentence that is a short lead-in, a colon and a quotation closing it ("Then, after a pause: “...”"). */
const LED_IN_QUOTE = /^[^"“”]{1,60}:\s*["“][^"“”]+["”]\s*$/;

/**
 * A unit that is one quotation and nothing else (`"When somebody dies, you remember that."`), its full stop inside
 * the marks or, as British news writes it, after them (`"It is the right thing to do".`).
 */
const BARE_QUOTE = /^["“][^"“”]+["”][.!?]?$/;

/**
 * Component "quotations": a quotation without a speaker in its own sentence takes one from the run of quotations
 * it belongs to, paragraph by paragraph in order: the attributed quotation just before it, the speaker named where
 * a quotation left open closes in the next paragraph, or, standing alone, the person quoted last.
 */
export function quotations(doc: Doc): void {
  const { view } = doc;
  // Units of a quotation left open at the end of its paragraph, waiting for the speaker named where it ends.
  let openQuote: ExtractedUnit[] = [];
  // The attributed quotation just read: a bare quotation right after it continues the same speaker.
  let lastQuote: ExtractedUnit | null = null;
  // The person quoted last and how many paragraphs ago: a quotation standing alone soon after is theirs.
  const recent: Recent = { speaker: null, age: 0, introduced: null, quietPassed: false };
  // The speaker of a paragraph that ends on a colon, whose words the next paragraph gives.
  let colonLead: { unit: ExtractedUnit; attribution: Attribution } | null = null;
  doc.blocks.forEach((block, b) => {
    if (block.kind === 'headline' || block.kind === 'heading') lastQuote = null;
    if (block.kind !== 'prose') {
      colonLead = null;
      recent.introduced = null;
      return;
    }
    const paragraph = doc.paragraphs[b]!;
    // The paragraph after a lead-in ending on a colon ("In a post on X, Santos added:") is the speaker's, quoted or not.
    if (colonLead) for (const u of paragraph) if (!u.attribution) u.attribution = inherited(colonLead.attribution, 'words after a lead-in colon', colonLead.unit);
    colonLead = leadInColon(paragraph, view, doc.introduced);
    namedAfter(paragraph, view);
    lastQuote = continueQuotes(paragraph, lastQuote, view);
    floatingQuotes(paragraph, recent, view, doc.introduced);
    const body = view.slice(block.start, block.end);
    const opensQuote = /^["“]/.test(body.trim());
    // A quotation continued from the previous paragraph takes the speaker named where it closes.
    const said = paragraph.find((u) => u.attribution);
    if (openQuote.length > 0 && opensQuote && said?.attribution) {
      for (const u of openQuote) if (!u.attribution) u.attribution = inherited(said.attribution, 'quotation closed in the next paragraph', said);
    }
    openQuote = opensQuote && !quoteCloses(body) ? paragraph : opensQuote && openQuote.length && !said ? [...openQuote, ...paragraph] : [];
  });
}

/**
 * The speaker a paragraph's last sentence names before a colon that ends it ("Santos added:", "Shop owner Ken Adams
 * was blunt:"), by its own source or as the person it introduces; a record's or no one's colon gives nothing.
 */
function leadInColon(paragraph: readonly ExtractedUnit[], view: string, introduced: ReadonlyMap<ExtractedUnit, Attribution>): { unit: ExtractedUnit; attribution: Attribution } | null {
  const last = paragraph.at(-1);
  if (!last || !/:\s*$/u.test(view.slice(last.start, last.end)) || /["“”]/.test(view.slice(last.start, last.end))) return null;
  const attribution = last.attribution ?? introduced.get(last) ?? null;
  return attribution && !isRecord(attribution.source) ? { unit: last, attribution } : null;
}

/** A quotation standing alone just before a sentence that names whose it was ("So says Mayor Ana Torres.") takes that source. */
function namedAfter(paragraph: readonly ExtractedUnit[], view: string): void {
  for (let i = 1; i < paragraph.length; i++) {
    const a = paragraph[i]!.attribution;
    const quote = paragraph[i - 1]!;
    if (a?.trace?.rule === 'named after the quotation' && !quote.attribution && BARE_QUOTE.test(view.slice(quote.start, quote.end).trim())) {
      quote.attribution = inherited(a, 'quotation named after it', paragraph[i]!);
    }
  }
}

/**
 * Gives bare quotations (`"B."` after `"A," Tinto said.`, in the same paragraph or the next) the speaker of
 * the attributed quotation just before them; returns the speaker a following quotation would continue.
 */
function continueQuotes(paragraph: ExtractedUnit[], previous: ExtractedUnit | null, view: string): ExtractedUnit | null {
  let speaker = previous;
  for (const u of paragraph) {
    const said = view.slice(u.start, u.end);
    // A quotation that closes here, or one left open to run on into the next paragraph.
    const quoted = QUOTE_OPEN.test(said) && (/["”][.!?]?\s*$/.test(said) || (said.match(/["“”]/g) ?? []).length % 2 === 1);
    // "Then, after a pause: “A few beers.”": a short lead-in and a colon before the quotation that ends the sentence.
    const ledIn = LED_IN_QUOTE.test(said);
    // A person named as saying something in the reporter's words ("Green said the deficit would fall.") goes on in
    // quotation marks just after as often as a quoted one does; a body's, a group's ("Police") or a record's words do not.
    if (u.attribution) speaker = /["“”]/.test(said) || isPersonNamed(u.attribution) ? u : null;
    else if ((quoted || ledIn) && speaker?.attribution) u.attribution = inherited(narrowed(speaker.attribution), 'quotation continued', speaker);
    // A question the reporter puts ("And if the shutdown drags on?") is answered by the same speaker next.
    else if (!/\?\s*$/.test(said) || /["“”]/.test(said)) speaker = null;
  }
  return speaker;
}

/** Who a quotation standing alone may belong to, carried from paragraph to paragraph. */
interface Recent {
  /** The person quoted last, and how many paragraphs ago. */
  speaker: ExtractedUnit | null;
  age: number;
  /** The person the unit just read introduced without their words ("Jane Roe shook her head."), with that unit. */
  introduced: { unit: ExtractedUnit; attribution: Attribution } | null;
  /** Whether a paragraph about them (isAboutSpeaker) has already been passed over since the person was quoted last. */
  quietPassed: boolean;
}

/**
 * True when a paragraph only goes on about the person quoted last: no quotation, no source, no one else named, and
 * a "she" or "her" that can be them ("The wheat came up thin in May, and by July her pond had dried up."), or their
 * name again ("Patel has started a fundraiser. So far it has raised £12,000."). One such paragraph does not end
 * their run: a quotation standing alone after it is still theirs. A paragraph about something else ("The ministry
 * paid for 2,000 doses.") does.
 */
function isAboutSpeaker(paragraph: readonly ExtractedUnit[], view: string, introduced: ReadonlyMap<ExtractedUnit, Attribution>, speaker: string): boolean {
  const gender = genderOfName(speaker);
  const text = paragraph.map((u) => view.slice(u.start, u.end)).join(' ');
  const male = /\b(?:he|him|his)\b/iu.test(text);
  const female = /\b(?:she|her|hers)\b/iu.test(text);
  // Both a "he" and a "she" ("His predecessor was ousted after she clashed with the board"): about someone else too.
  // So is a pronoun that cannot be them ("Dwyer met the owner. She refused to talk.").
  if ((male && female) || (gender === 'male' && female) || (gender === 'female' && male) || /["“”]/.test(text)) return false;
  // The person introduced again by name, or a pronoun that can be them.
  const fitting = gender === 'male' ? male : gender === 'female' ? female : male || female;
  if (!fitting && !paragraph.some((u) => sameSpeaker(introduced.get(u)?.source ?? '', speaker))) return false;
  return paragraph.every((u) => {
    const intro = introduced.get(u);
    // Nobody else introduced, named or speaking.
    if (u.attribution || (intro && !sameSpeaker(intro.source, speaker))) return false;
    return namedByRules(view.slice(u.start, u.end)).every((m) => sameSpeaker(m.name, speaker));
  });
}

/**
 * Gives a quotation that stands alone the person the sentence right before it introduced ("Head coach Kris
 * Knoblauch was blunter." then “Forty minutes of that ...”), or else, with no speaker in its sentence or its
 * paragraph, the person quoted last, when that was in this paragraph or the one before ("floating" quotations);
 * then updates who was quoted last.
 */
function floatingQuotes(paragraph: ExtractedUnit[], recent: Recent, view: string, introduced: ReadonlyMap<ExtractedUnit, Attribution>): void {
  recent.age++;
  const paragraphSpeaker = paragraph.some((u) => u.attribution);
  for (const u of paragraph) {
    const bare = !u.attribution && BARE_QUOTE.test(view.slice(u.start, u.end).trim());
    if (u.attribution) {
      // A person named as speaking, in quotation marks or in the reporter's words ("Brooks said he found housing"):
      // a quotation standing alone in the next paragraph is most likely theirs.
      // So is an unnamed speaker's or a body's ("A spokesperson for the ministry said ...", "The company said ..."),
      // but never a record's: a report, a poll or a filing says nothing in quotation marks of its own.
      const speaks = isNamed(u.attribution) || !isRecord(u.attribution.source);
      // Anyone else's words break the run: a later quotation standing alone is not carried back past them.
      if (speaks) recent.speaker = u;
      else if (recent.speaker?.attribution && !sameSpeaker(recent.speaker.attribution.source, u.attribution.source)) recent.speaker = null;
      recent.age = 0;
    } else if (bare && recent.introduced && !speaksOf(view.slice(u.start, u.end), recent.introduced.attribution.source)) {
      // Only right after the sentence that introduced them: one sentence between, and the quotation is no longer theirs.
      u.attribution = inherited(recent.introduced.attribution, 'quotation after its speaker is introduced', recent.introduced.unit);
      recent.speaker = u;
      recent.age = 0;
    } else if (bare && !paragraphSpeaker && recent.speaker?.attribution && recent.age <= 1 && (isNamed(recent.speaker.attribution) || SPEAKS_AS_WE.test(view.slice(u.start, u.end)))) {
      u.attribution = inherited(recent.speaker.attribution, 'quotation standing alone', recent.speaker);
    }
    const intro = introduced.get(u);
    recent.introduced = intro ? { unit: u, attribution: intro } : null;
  }
  if (paragraphSpeaker) recent.quietPassed = false;
  else if (recent.speaker?.attribution && recent.age === 1 && !recent.quietPassed && isAboutSpeaker(paragraph, view, introduced, recent.speaker.attribution.source)) {
    recent.age = 0;
    recent.quietPassed = true;
  }
}

/** True when a quotation speaks of a person rather than as them: it names them, or says "he" or "she" ("She never had a chance."). */
function speaksOf(quote: string, person: string): boolean {
  const names = person.split(/\s+/).filter((w) => /^\p{Lu}[\p{L}'’-]{1,}$/u.test(w));
  return /\b(?:he|she|him|her|his|hers)\b/i.test(quote) || names.some((n) => new RegExp(`(?<![\\p{L}])${n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'u').test(quote));
}

/** True when two sources name the same person: the same words, or one's surname ending the other ("Ana Ruiz", "Ruiz"). */
function sameSpeaker(a: string, b: string): boolean {
  const last = (s: string): string => s.trim().split(/\s+/).at(-1) ?? '';
  return a === b || last(a) === last(b);
}

/** True when a source names a person ("Ana Ruiz", "Ruiz") and is no word the lists know for a force or an office ("Police"). */
function isPersonNamed(a: Attribution): boolean {
  const word = a.source.trim().toLowerCase();
  return isNamed(a) && !TITLE_WORDS.has(word) && !ANONYMOUS_HEADS.has(word);
}

/** True when a source names a person ("Ana Ruiz", "Ruiz"), not a body or an unnamed one. */
function isNamed(a: Attribution): boolean {
  return !a.anonymous && speakerName(a.source) !== null;
}

/**
 * A quotation in the first person plural: how a body or its spokesperson speaks ("We expect a decision by spring.").
 * Why: after "The ministry said ...", a quotation without it ("It feels good.") is more likely someone else's.
 */
const SPEAKS_AS_WE = /\b(?:we|our|ours|us)\b/iu;

/** True when a source is a record, not someone who speaks: "a 2022 report", "the poll", "court filings". */
function isRecord(source: string): boolean {
  return isRecordHead(headNoun(source).toLowerCase().replace(/s$/, ''));
}

/** True when a paragraph that opens with a quotation mark also closes its quotation. */
function quoteCloses(body: string): boolean {
  const marks = body.match(/["“”]/g) ?? [];
  return marks.length % 2 === 0 || body.includes('”');
}

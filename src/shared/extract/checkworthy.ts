/** Why a unit is, or is not, worth checking, with a score in 0..1. */
export interface Worthiness {
  checkworthy: boolean;
  score: number;
  reasons: string[];
}

const NUMBER = /\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen|dozens|hundred|hundreds|thousand|thousands|million|millions|billion|billions|trillion|percent|half|third|quarter|twice|doubled?|halved?|tripled?|quadrupled?)\b/i;
const DATE = /\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|apr|jun|jul|aug|sept?|oct|nov|dec|yesterday|today|tonight|overnight|ago|last (?:week|month|year|night)|this (?:week|month|year)|since (?:19|20)\d\d|(?:19|20)\d\d)\b/i;
const STANCE = /\b(?:hailed|praised|condemned|critici[sz]ed|welcomed|slammed|defended|applauded|blasted|lauded|decried|celebrated|lambasted|cheered|reacted (?:angrily|furiously|with (?:anger|dismay|outrage|fury|delight))|(?:expressed|voiced) (?:anger|concern|concerns|dismay|outrage|disappointment|frustration|support|opposition))\b/i;
const UNKNOWN = /\b(?:it|this) (?:is|was|remains|remained) (?:not (?:yet |immediately )?(?:clear|known)|(?:still |as yet )?(?:unclear|unknown|uncertain))\b/i;
const STRONG_OPINION = /\b(?:all too familiar|remarkable|unfair|overdue|shameful|outrageous|disgraceful|a disgrace|a triumph|a tragedy|a travesty|a stain on|a slap in the face|a mockery|an insult to|a betrayal|a shame|unacceptable|ridiculous|absurd|wonderful|terrible|horrible|amazing|in my view|in our view|i think|we think|i believe|(?:think|thinks|believe|believes|doubt|doubts) (?:not|so)|should have|ought to|too (?:long|late|little|slow|slowly|soon|early|much|far))\b/i;
const MILD_OPINION = /\b(?:landmark|crucial|inadequate|stunning|shocking|dramatic|controversial|historic|alarming|worrying|welcome|troubling|best|worst)\b/i;
const FEELING = /\b(?:(?:don['’]t|do not|didn['’]t) know|feel|feels|felt|hope|hoped|hopes|fear|afraid|worried|scared|happy|sad|angry|proud|devastated|heartbroken|shocked|grateful|thankful|excited|love|hate|wish|can['’]t believe|i['’]m|we['’]re|worst|best|awful|terrible|terrifying|frightening|scary|amazing|incredible|unbelievable|heartbreaking|(?:i|we) (?:can|could) remember)\b/i;
const CALLED_IT = /\bcalled (?:the|it|them|this|that|his|her|their)\b[^.]{0,40}?["“][^"”]{1,40}["”]/i;
const SPECULATION = /\b(?:might|perhaps|possibly|maybe|it remains to be seen|who knows)\b/i;
const VAGUE_OPENING = /^(?:it|this|that) (?:is|was|has been|seems)\b/i;
const QUOTED = /["“]([^"”]+)["”]/g;

/** Capitalised words that are not the first word of the sentence or of a quotation, taken as named entities. */
function hasNamedEntity(text: string): boolean {
  const words = text.split(/\s+/).slice(1);
  return words.some((w) => /^["“(]?\p{Lu}[\p{L}.'’-]+/u.test(w) && !/^["“]/.test(w) && !/^I['’]?/.test(w));
}

/** A unit's quotations, and whether the reporter's words around them are no more than an attribution. */
interface QuoteSplit {
  quotes: string[];
  /** Six words or fewer outside the quotes ("she added"): what the unit says is the quotation. */
  quoteOnly: boolean;
}

function splitQuotes(text: string): QuoteSplit {
  const quotes = [...text.matchAll(QUOTED)].map((m) => (m[1] ?? '').trim());
  return { quotes, quoteOnly: text.replace(QUOTED, ' ').trim().split(/\s+/).length <= 6 };
}

/** What the quoted words in a unit say: only feelings or intentions, or something checkable. */
function quoteIsFeelingOnly({ quotes, quoteOnly }: QuoteSplit): boolean {
  return quotes.length > 0 && quoteOnly && quotes.every((q) => FEELING.test(q) && !NUMBER.test(q));
}

/** A short quotation that completes "was", "remained", "as" ...: what the sentence reports is that wording. */
const COMPLEMENT_QUOTE = /\b(?:is|was|are|were|be|been|remains?|remained|seems?|seemed|looks?|looked|as)\s+["“]([^"”]{1,80})["”]/i;
const EVALUATIVE = /\b(?:dire|a step in the right direction|(?:an? )?(?:important|positive|major|big) step|disappointing|encouraging|welcome|deeply concerning|concerning|worrying|alarming|excellent|good news|bad news|a scandal|a disaster|disastrous|catastrophic|appalling|a mess|chaos|chaotic|a failure|a success|a farce|a joke|great|fantastic|brilliant|unprecedented|irresponsible|reckless|misleading|nonsense)\b/i;

/**
 * True when a sentence only reports someone's verdict in their words: `the fall was "a step in the right
 * direction"`, `A&E performance remained "dire"`. A quotation with a number in it says something checkable.
 */
function quotedJudgement(text: string): boolean {
  const quote = COMPLEMENT_QUOTE.exec(text)?.[1];
  if (quote === undefined || quote.trim().split(/\s+/).length > 8 || NUMBER.test(quote)) return false;
  return STRONG_OPINION.test(quote) || MILD_OPINION.test(quote) || EVALUATIVE.test(quote);
}

/** True when a unit is only a quoted question and its attribution (`"Why did nobody warn us?" asked Karen Tull.`). */
function quoteIsQuestion({ quotes, quoteOnly }: QuoteSplit): boolean {
  return quotes.length > 0 && quoteOnly && quotes.every((q) => q.endsWith('?'));
}

/**
 * Scores how check-worthy a unit is. A plain declarative sentence starts at the threshold; numbers, dates,
 * names and attributions raise it; questions, opinions, feelings, stances and speculation lower it.
 */
export function judgeWorthiness(text: string, attributed: boolean, heading = false, listItem = false): Worthiness {
  let score = 0.5;
  const reasons: string[] = [];
  const add = (delta: number, reason: string): void => {
    score += delta;
    reasons.push(reason);
  };
  const trimmed = text.trim();
  if (NUMBER.test(trimmed)) add(0.15, 'number');
  if (DATE.test(trimmed)) add(0.1, 'date');
  if (hasNamedEntity(trimmed)) add(0.1, 'named entity');
  if (attributed) add(0.1, 'attributed');
  const split = splitQuotes(trimmed);
  if (/\?["”’)]*$/.test(trimmed) || quoteIsQuestion(split)) add(-0.6, 'question');
  // Why: words someone is quoted as using ('calling it "a disgrace"') judge the speaker's view, not the
  // sentence, when the sentence around the quotation says something on its own.
  const judged = split.quoteOnly ? trimmed : trimmed.replace(QUOTED, '""');
  if (STRONG_OPINION.test(judged) || quotedJudgement(trimmed)) add(-0.45, 'opinion word');
  else if (MILD_OPINION.test(judged)) add(-0.1, 'opinion word');
  if (STANCE.test(trimmed) || CALLED_IT.test(trimmed)) add(-0.45, 'stance only');
  if (quoteIsFeelingOnly(split)) add(-0.5, 'feeling');
  if (SPECULATION.test(trimmed)) add(-0.15, 'speculation');
  if (UNKNOWN.test(trimmed)) add(-0.35, 'not known yet');
  if (VAGUE_OPENING.test(trimmed)) add(-0.2, 'vague');
  // List items are terse by nature ("Service charges doubled."); other units of one to three words say little.
  if (trimmed.split(/\s+/).length < (listItem ? 2 : 4)) add(-0.3, 'too short');
  if (heading) add(-0.2, 'subheading');
  const clamped = Math.max(0, Math.min(1, Math.round(score * 100) / 100));
  return { checkworthy: clamped >= 0.5, score: clamped, reasons };
}

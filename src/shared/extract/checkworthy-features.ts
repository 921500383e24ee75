/**
 * What the check-worthiness scorer reads in a unit: a fixed list of sentence features (numbers, comparisons,
 * names, tense, hedges, opinion words, quotations, ...) and the unit's word n-grams. The rules in checkworthy.ts
 * and the learned model (checkworthy-model.json, trained by scripts/train-checkworthy.py on features this module
 * computes) read the same features, so they cannot drift apart.
 */

export const NUMBER = /\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen|dozens|hundred|hundreds|thousand|thousands|million|millions|billion|billions|trillion|percent|half|third|quarter|twice|doubled?|halved?|tripled?|quadrupled?)\b/i;
const DATE = /\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|apr|jun|jul|aug|sept?|oct|nov|dec|yesterday|today|tonight|overnight|ago|last (?:week|month|year|night)|this (?:week|month|year)|since (?:19|20)\d\d|(?:19|20)\d\d)\b/i;
const STANCE = /\b(?:hailed|praised|condemned|critici[sz]ed|welcomed|slammed|defended|applauded|blasted|lauded|decried|celebrated|lambasted|cheered|reacted (?:angrily|furiously|with (?:anger|dismay|outrage|fury|delight))|(?:expressed|voiced) (?:anger|concern|concerns|dismay|outrage|disappointment|frustration|support|opposition))\b/i;
const UNKNOWN = /\b(?:it|this) (?:is|was|remains|remained) (?:not (?:yet |immediately )?(?:clear|known)|(?:still |as yet )?(?:unclear|unknown|uncertain))\b/i;
export const STRONG_OPINION = /\b(?:all too familiar|remarkable|unfair|overdue|shameful|outrageous|disgraceful|a disgrace|a triumph|a tragedy|a travesty|a stain on|a slap in the face|a mockery|an insult to|a betrayal|a shame|unacceptable|ridiculous|absurd|wonderful|terrible|horrible|amazing|in my view|in our view|i think|we think|i believe|(?:think|thinks|believe|believes|doubt|doubts) (?:not|so)|should have|ought to|too (?:long|late|little|slow|slowly|soon|early|much|far))\b/i;
export const MILD_OPINION = /\b(?:landmark|crucial|inadequate|stunning|shocking|dramatic|controversial|historic|alarming|worrying|welcome|troubling|best|worst)\b/i;
const FEELING = /\b(?:(?:don['’]t|do not|didn['’]t) know|feel|feels|felt|hope|hoped|hopes|fear|afraid|worried|scared|happy|sad|angry|proud|devastated|heartbroken|shocked|grateful|thankful|excited|love|hate|wish|can['’]t believe|i['’]m|we['’]re|worst|best|awful|terrible|terrifying|frightening|scary|amazing|incredible|unbelievable|heartbreaking|(?:i|we) (?:can|could) remember)\b/i;
const CALLED_IT = /\bcalled (?:the|it|them|this|that|his|her|their)\b[^.]{0,40}?["“][^"”]{1,40}["”]/i;
const SPECULATION = /\b(?:might|perhaps|possibly|maybe|it remains to be seen|who knows)\b/i;
const VAGUE_OPENING = /^(?:it|this|that) (?:is|was|has been|seems)\b/i;
const QUOTED = /["“]([^"”]+)["”]/g;
const COMPLEMENT_QUOTE = /\b(?:is|was|are|were|be|been|remains?|remained|seems?|seemed|looks?|looked|as)\s+["“]([^"”]{1,80})["”]/i;
const EVALUATIVE = /\b(?:dire|a step in the right direction|(?:an? )?(?:important|positive|major|big) step|disappointing|encouraging|welcome|deeply concerning|concerning|worrying|alarming|excellent|good news|bad news|a scandal|a disaster|disastrous|catastrophic|appalling|a mess|chaos|chaotic|a failure|a success|a farce|a joke|great|fantastic|brilliant|unprecedented|irresponsible|reckless|misleading|nonsense)\b/i;

const COMPARISON = /\b(?:more|less|fewer|than|higher|lower|larger|smaller|bigger|greater|increased?|increases|increasing|decreased?|decreases|rose|risen|fell|fallen|grew|grown|doubled|tripled|cut|raised|dropped|declined?|compared)\b|\b\w+er than\b/i;
const SUPERLATIVE = /\b(?:most|least|largest|biggest|highest|lowest|smallest|fastest|first|only|record|ever|never)\b/i;
const PERCENT = /%|\bper ?cent\b|\bpercentage\b/i;
const MONEY = /[$£€]\s?\d|\b(?:dollars?|pounds|euros|budget|tax|taxes|deficit|debt|spending|cost|costs|funding|paid|pay|wages?|salary|trillion|billion)\b/i;
const YEAR = /\b(?:1[89]|20)\d\d\b/;
const STATISTIC = /\b(?:rate|rates|number of|numbers|average|median|total|majority|unemployment|jobs|statistics|survey|poll|data|per year|a year|each year|every year|annually|per capita)\b/i;
const PAST = /\b(?:was|were|had|did|said|voted|passed|signed|\w{3,}ed)\b/i;
const PERFECT = /\b(?:has|have|had)\s+(?:\w+\s+)?(?:been|\w+ed|gone|done|made|taken|given|seen|lost|won|grown|risen|fallen)\b/i;
const FUTURE = /\b(?:will|won['’]t|going to|gonna|shall|would|plan to|plans to)\b/i;
const HEDGE = /\b(?:i think|i believe|we believe|i guess|i suppose|probably|likely|maybe|perhaps|possibly|might|may|could|seems?|appears?|suggests?|sort of|kind of|i feel)\b/i;
const FIRST_PERSON = /\b(?:i|i['’]m|i['’]ve|i['’]ll|i['’]d|me|my|mine|we|we['’]re|we['’]ve|we['’]ll|us|our|ours)\b/i;
const SECOND_PERSON = /\b(?:you|you['’]re|you['’]ve|your|yours)\b/i;
const NEGATION = /\b(?:not|no|never|none|nobody|nothing|n['’]t|\w+n['’]t)\b/i;
const MODAL_OUGHT = /\b(?:should|must|need to|needs to|have to|has to|ought)\b/i;
const LAW_POLICY = /\b(?:law|laws|bill|act|legislation|policy|plan|program|programme|treaty|agreement|deal|regulation|rule|court|vote|voted|votes|report|study|government|administration|congress|senate|parliament)\b/i;
/** Talk that organises a conversation rather than saying anything about the world ("So let's get started."). */
const CONVERSATIONAL = /^(?:(?:so|well|ok|okay|now|alright|all right|and|but),?\s+)?(?:let['’]s|let us|let me|thank you|thanks|good (?:morning|afternoon|evening|night)|hello|hi|welcome|please|ladies and gentlemen|excuse me|i['’]m sorry|(?:i|we) (?:want to|would like to|['’]d like to) thank)\b/i;

/** The sentence features, in the order the model's weights are stored; each name is also the reason shown for it. */
export const FEATURE_NAMES = [
  'number', 'date', 'named entity', 'attributed', 'question', 'opinion word', 'mild opinion word', 'stance only',
  'feeling', 'speculation', 'not known yet', 'vague', 'too short', 'subheading', 'headline', 'list item',
  'comparison', 'superlative', 'percentage', 'money', 'year', 'statistic word', 'past tense', 'present perfect',
  'future', 'hedge', 'first person', 'second person', 'negation', 'should/must', 'law or policy', 'quotation',
  'conversational', 'short sentence', 'long sentence',
] as const;

export type FeatureName = (typeof FEATURE_NAMES)[number];
export type UnitKind = 'headline' | 'heading' | 'sentence' | 'list-item';

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
  return { quotes, quoteOnly: quotes.length > 0 && text.replace(QUOTED, ' ').trim().split(/\s+/).length <= 6 };
}

/** What the quoted words in a unit say: only feelings or intentions, or something checkable. */
function quoteIsFeelingOnly({ quotes, quoteOnly }: QuoteSplit): boolean {
  return quotes.length > 0 && quoteOnly && quotes.every((q) => FEELING.test(q) && !NUMBER.test(q));
}

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

/** Which features a unit has, one 0/1 value per name of FEATURE_NAMES, in that order. */
export function unitFeatures(text: string, attributed: boolean, kind: UnitKind = 'sentence'): Uint8Array {
  const f = new Uint8Array(FEATURE_NAMES.length);
  const t = text.trim();
  const split = splitQuotes(t);
  // Why: words someone is quoted as using ('calling it "a disgrace"') judge the speaker's view, not the
  // sentence, when the sentence around the quotation says something on its own.
  const judged = split.quoteOnly || split.quotes.length === 0 ? t : t.replace(QUOTED, '""');
  const words = t.split(/\s+/).length;
  const strong = STRONG_OPINION.test(judged) || quotedJudgement(t);
  const values = [
    NUMBER.test(t), DATE.test(t), hasNamedEntity(t), attributed, /\?["”’)]*$/.test(t) || quoteIsQuestion(split),
    strong, !strong && MILD_OPINION.test(judged), STANCE.test(t) || CALLED_IT.test(t),
    quoteIsFeelingOnly(split), SPECULATION.test(t), UNKNOWN.test(t), VAGUE_OPENING.test(t),
    // List items are terse by nature ("Service charges doubled."); other units of one to three words say little.
    words < (kind === 'list-item' ? 2 : 4), kind === 'heading', kind === 'headline', kind === 'list-item',
    COMPARISON.test(t), SUPERLATIVE.test(t), PERCENT.test(t), MONEY.test(t), YEAR.test(t), STATISTIC.test(t),
    PAST.test(t), PERFECT.test(t), FUTURE.test(t), HEDGE.test(t), FIRST_PERSON.test(t), SECOND_PERSON.test(t),
    NEGATION.test(t), MODAL_OUGHT.test(t), LAW_POLICY.test(t), split.quotes.length > 0, CONVERSATIONAL.test(t),
    words <= 6, words >= 20,
  ];
  for (let i = 0; i < values.length; i++) f[i] = values[i] ? 1 : 0;
  return f;
}

/** Index of a feature in FEATURE_NAMES. */
export function featureIndex(name: FeatureName): number {
  return FEATURE_NAMES.indexOf(name);
}

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;

/**
 * The words of a text as the model reads them: lowercased, a word with a digit read as "0", a curly apostrophe as
 * a straight one. A bigram is a word and the one before it, the sentence start read as "<s>".
 */
export function words(text: string): string[] {
  const out: string[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m !== null; m = WORD.exec(text)) {
    let w = m[0].toLowerCase();
    if (w.includes('’')) w = w.replace('’', "'");
    out.push(DIGIT.test(w) ? '0' : w);
  }
  return out;
}
const DIGIT = /\d/;

/** Calls `visit` with each word unigram and bigram of a text, as `words` reads them ("<s> so", "so let's", ...). */
export function forEachNgram(text: string, visit: (ngram: string) => void): void {
  let prev = '<s>';
  for (const w of words(text)) {
    visit(w);
    visit(`${prev} ${w}`);
    prev = w;
  }
}

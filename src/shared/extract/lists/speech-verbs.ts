import { lines } from './lines.ts';

/** What a verb of the table can be, each a family of cues the attribution rules read. */
export const VERB_FEATURES = {
  speech: 'attributes what follows or precedes to a speaker or a record ("said", "warned")',
  quote: 'attributes only a quotation in the same sentence ("called the plan “reckless”", "asked, “Why?”")',
  embedded: 'attributes an embedded clause to its own subject ("which critics said was"): plain speech only',
  data: 'its subject can only be a record or data, never a person ("records show")',
  'noun-like': 'its base form is more often a noun or another verb ("the state", "continue to"): only its -s and past forms are cues',
  clause: 'a verb whatever follows it ("Sanders says Clinton ..."): no clause word is needed after it',
  invertible: 'can come before its speaker ("said Ana Pires", `"...," quipped Green`)',
} as const;

/** One feature of the verb table. */
export type VerbFeature = keyof typeof VERB_FEATURES;

/**
 * Every verb the attribution rules know, one a line: its base form, irregular past forms after a bar ("say | said",
 * "write | wrote written"), then after a colon all its features (VERB_FEATURES). Present, past and participle
 * forms are generated (verb-forms.ts). A verb on two lines, or an unknown feature, is refused at load.
 */
const VERBS = `
acknowledge:           speech embedded clause invertible
add:                   speech clause invertible
admit | admitted:      speech embedded clause invertible
advise:                speech
allege:                speech embedded
announce:              speech embedded
answer:                speech noun-like
argue:                 speech embedded clause invertible
ask:                   quote invertible
assert:                speech
brand:                 quote
call:                  quote
caution:               speech invertible
claim:                 speech embedded
comment:               speech noun-like
complain:              speech invertible
concede:               speech invertible
conclude:              speech embedded
confirm:               speech invertible
contend:               speech embedded
continue:              speech noun-like invertible
counter:               speech noun-like invertible
declare:               speech invertible
deny:                  speech
describe:              quote
disclose:              speech
dub | dubbed:          quote
emphasise:             speech invertible
emphasize:             speech invertible
estimate:              speech embedded
exclaim:               quote invertible
explain:               speech invertible
find | found:          speech noun-like
indicate:              speech data
insist:                speech embedded clause invertible
joke:                  quote invertible
label:                 quote
lament:                speech
laugh:                 invertible
maintain:              speech
muse:                  invertible
note:                  speech invertible
observe:               speech invertible
pledge:                speech
point out:             speech invertible
post:                  speech noun-like
predict:               speech embedded clause
promise:               speech
quip | quipped:        quote invertible
read | read:           quote
recall:                speech invertible
remark:                speech noun-like invertible
repeat:                quote
reply:                 speech noun-like invertible
report:                speech embedded
respond:               speech invertible
reveal:                speech
say | said:            speech embedded clause invertible
shout:                 quote
show | showed shown:   speech data
state:                 speech noun-like invertible
stress:                speech invertible
suggest:               speech invertible
tell | told:           speech embedded clause
testify:               speech
tweet:                 speech noun-like invertible
urge:                  speech
vow:                   speech
warn:                  speech embedded clause invertible
wonder:                quote
write | wrote written: speech clause invertible
`;

/** The verb table read: each verb's line (as verb-forms.ts reads it) with its features. */
export function verbTable(table: string): ReadonlyMap<string, { line: string; features: ReadonlySet<VerbFeature> }> {
  const verbs = new Map<string, { line: string; features: ReadonlySet<VerbFeature> }>();
  // lines() refuses a line given twice; a verb on two different lines is refused below.
  for (const row of lines(table)) {
    const [line = '', rest = ''] = row.split(':').map((s) => s.trim());
    const base = line.split('|')[0]!.trim();
    if (verbs.has(base)) throw new Error(`the verb table holds "${base}" on two lines`);
    const features = rest.split(/\s+/).filter((f) => f !== '');
    if (features.length === 0) throw new Error(`the verb table gives "${base}" no feature`);
    for (const f of features) if (!(f in VERB_FEATURES)) throw new Error(`the verb table gives "${base}" an unknown feature "${f}"`);
    verbs.set(base, { line, features: new Set(features as VerbFeature[]) });
  }
  return verbs;
}

const TABLE = verbTable(VERBS);

/** The lines of the verbs that have a feature, in table order. */
function verbsWith(feature: VerbFeature): string[] {
  return [...TABLE.values()].filter((v) => v.features.has(feature)).map((v) => v.line);
}

/** Verbs that attribute what follows or precedes to a speaker or a record. */
export const SPEECH_VERB_BASES = verbsWith('speech');

/** Verbs that attribute only a quotation in the same sentence. */
export const QUOTE_VERB_BASES = verbsWith('quote');

/** Verbs that attribute an embedded clause to its own subject. */
export const EMBEDDED_VERB_BASES = verbsWith('embedded');

/** Verbs whose subject can only be a record or data. */
export const DATA_VERB_BASES = verbsWith('data');

/** Base forms that are more often nouns or other verbs: only their -s and past forms are cues. */
export const NOUN_LIKE_BASES: ReadonlySet<string> = new Set(verbsWith('noun-like').map((line) => line.split('|')[0]!.trim()));

/** Verbs that are verbs whatever follows them. */
export const CLAUSE_VERB_BASES = verbsWith('clause');

/** Verbs that can come before their speaker. */
export const INVERTIBLE_VERB_BASES = verbsWith('invertible');

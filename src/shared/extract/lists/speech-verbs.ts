import { lines } from './lines.ts';

/**
 * Verbs that attribute what follows or precedes to a speaker or a record, one base form a line; irregular past
 * forms follow a bar ("say | said"). Present, past and participle forms are generated (see verb-forms.ts).
 */
export const SPEECH_VERB_BASES = lines(`
acknowledge
add
admit | admitted
advise
allege
announce
answer
argue
assert
caution
claim
comment
complain
concede
conclude
confirm
contend
continue
counter
declare
deny
disclose
emphasise
emphasize
estimate
explain
find | found
indicate
insist
lament
maintain
note
observe
point out
post
pledge
predict
promise
recall
remark
reply
report
respond
reveal
say | said
show | showed shown
state
stress
suggest
tell | told
testify
tweet
urge
vow
warn
write | wrote written
`);

/** Verbs that attribute only a quotation in the same sentence ("called the plan “reckless”", "asked, “Why?”"). */
export const QUOTE_VERB_BASES = lines(`
ask
brand
call
describe
dub | dubbed
exclaim
joke
quip | quipped
label
read | read
repeat
shout
wonder
`);

/**
 * Verbs that attribute an embedded clause to its own subject ("which critics said was", "that the Post reports
 * that"): plain speech only, not "found" or "wrote" ("a comment Scheer found odd", "a power wrote its constitution").
 */
export const EMBEDDED_VERB_BASES = lines(`
acknowledge
admit | admitted
allege
announce
argue
claim
conclude
contend
estimate
insist
predict
report
say | said
tell | told
warn
`);

/** Verbs whose subject can only be a record or data, never a pronoun for a person ("records show"). */
export const DATA_VERB_BASES = lines(`
indicate
show | showed shown
`);

/** Base forms that are more often nouns or other verbs ("the state", "continue to"): only their -s and past forms are cues. */
export const NOUN_LIKE_BASES = new Set(
  lines(`
answer
comment
continue
counter
find
post
remark
reply
state
tweet
`),
);

/**
 * Verbs that are verbs whatever follows them ("Sanders says Clinton ...", "told reporters that ..."): after a subject
 * their -s and past forms never read as nouns, so no clause word is needed after them.
 */
export const CLAUSE_VERB_BASES = lines(`
acknowledge
add
admit | admitted
argue
insist
predict
say | said
tell | told
warn
write | wrote written
`);

/**
 * Verbs that can come before their speaker ("said Ana Pires", "insists Tom Ross, 16,", `"...," quipped Green`); others
 * take an object ("told the Herald"). Their -s and past forms are cues, and "say" ("..., say officials").
 */
export const INVERTIBLE_VERB_BASES = lines(`
acknowledge
add
admit | admitted
argue
ask
caution
complain
concede
confirm
continue
counter
declare
emphasise
emphasize
exclaim
explain
insist
joke
laugh
muse
note
observe
point out
quip | quipped
recall
remark
reply
respond
say | said
state
stress
suggest
tweet
warn
write | wrote
`);

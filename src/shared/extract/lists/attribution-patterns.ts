/**
 * Attribution rules written as patterns over a clause's tokens (the language: rules/token-pattern.ts), each with the
 * sentences it is for. A rule is a block:
 *
 *   rule: <name>                 as it appears in rules/order.ts and in a source's trace
 *   in: the unit | the first clause | each clause, last first
 *                                a clause is a stretch between commas, semicolons and quotation marks; in a clause,
 *                                an opening "although", "but", "while"... is read past
 *   source: strict | loose       loose: a cue this plain ("according to") lets a looser phrase be a source
 *   pattern: <pattern>           tried in order; the first that matches and gives a source wins
 *   cue: <words>                 the cue the pattern before it gives, unless it captures one as <cue: ...>
 *   example: <sentence> => <the source found>
 *
 * "define <name>: <pattern>" names a sequence the patterns use as @name. Adding a rule needs no code: a block here,
 * its name in rules/order.ts, and the test of every rule's examples runs its sentences.
 */
export const ATTRIBUTION_PATTERNS = `
# Between a subject and its verb: "has", "later", "also" ("has also said"); after "has" any -ly word ("has vigorously
# denied").
define before-cue: ( (has|have|had) (#ly|#speech-adverb){0,2} | #speech-adverb{0,2} )

rule: per
# Only at the start, so "per cent" or "$5 per hour" are never sources.
in: the unit
source: loose
pattern: ^ per <source: (the|a|an|its|their|his|her) ...> ,
cue: per
example: Per the filing, the firm lost $2bn last year. => the filing

rule: according to
in: the unit
source: loose
pattern: according to <source: ...>
cue: according to
pattern: as (first|previously)? (reported|noted|stated) by <source: ...>
cue: as reported by
pattern: citing <source: ...>
cue: citing
example: Sales fell 20 percent, as reported by the Financial Times. => the Financial Times
example: Sales fell 20 percent, the most in a decade according to the ministry. => the ministry
example: Prices rose again, citing figures from the statistics office. => figures from the statistics office

rule: in their words
# "in her words", "in Nadia Rahman's own words", "in the words of one nurse": whose words follow. "In other words"
# and "in a few words" name no one: the words before "words" must end on an owner.
in: the unit
source: loose
pattern: in <source: #word{0,3}? #owner> own? words
cue: in the words of
pattern: in the words of <source: ...>
cue: in the words of
example: In Nadia Rahman's words, “the system is broken.” => Nadia Rahman
example: The system is, in her words, “broken beyond repair.” => her
example: In the words of one nurse, “we are running on empty.” => one nurse

rule: named after the quotation
# "“We want the best cycling city.” So says Mayor Ana Torres": a sentence after a quotation that names whose it was.
# The quotation before it takes the same source (pipeline/quotations.ts).
in: the unit
source: strict
# Never "So says nobody at the White House": a source that denies anyone said it.
pattern: ^ so (says|said) <source: #someone #word{0,8}>
cue: says
pattern: ^ (that's|that’s|that is|that was|this is|such is|such was) the (view|verdict|assessment|message|warning|advice|opinion|take|argument|position|word) (of|from) <source: ...>
cue: the view of
pattern: ^ (those|these) (are|were) the words of <source: ...>
cue: the words of
example: So says Mayor Ana Torres, who unveiled the plan on Tuesday. => Mayor Ana Torres
example: That's the view of Tony Russo, who has run a deli since 1998. => Tony Russo
example: Those were the words of Ellen Park, the union's president. => Ellen Park

rule: how they put it
# "“...,” was how Ford described it", "“A disaster” is how one economist put it": after a quotation, whose words they
# were. Only right after it, and only verbs of wording: "That is how the mayor wants it" names no words.
in: each clause, last first
source: strict
pattern: ^ (was|is) how <source: #someone #word{0,8}?> <cue: (put|puts|described|describes|summed|sums|characterized|characterizes|characterised|characterises|phrased|phrases|framed|frames)> (it|them|this|that|up|the|his|her|their|its)
example: “We will not close a school without a vote,” was how board chair Maria Lopez put it. => board chair Maria Lopez
example: “A disaster in slow motion” is how one economist described the plan. => one economist

# A speech verb as the purpose of going out to speak: "(went on television) to argue". Verbs that also mean a deed
# ("went on to claim victory", "to defend his title", "to deny City a point", "to write three novels") count only
# before "that".
define to-speak: to ( (say|argue|insist|warn|complain|explain) | (claim|deny|declare|write|announce) that )

rule: verb of speech in several words
# "was quoted as saying", "is telling"; a verb of going out to speak, then the speech verb as its purpose: "took to
# Twitter to say", "went on television to argue", "went on to say".
in: each clause, last first
source: strict
pattern: ^ <source: #word{1,9}?> @before-cue <cue: ( (was|were|is|are) quoted as saying | (is|are|was|were|has been|have been) (saying|telling|warning|arguing|insisting) | took to (twitter|facebook|instagram|x|social media) to (say|write|announce|declare|complain) | (took|takes|take|taking) to #word{1,3}? @to-speak | (went|goes|go|going|appeared|appears) on #word{0,3}? @to-speak )>
example: Governor Ames is telling donors that the race is tied. => Governor Ames
example: “It will pass,” the senator was quoted as saying. => the senator
example: The mayor took to Twitter to say the road would reopen. => The mayor
example: The minister went on television to argue that the tax was fair. => The minister
example: Dunn went on to say the plant would close. => Dunn
`;

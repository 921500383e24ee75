/** The word lists of "checked before?" as they were before library-wide word weights (see checked-before-old.ts). */
import { lines } from '../src/shared/extract/lists/lines.ts';

/** Number words and their values, one "word value" a line: "three weeks" and "3 weeks" state the same number. */
export const NUMBER_WORDS: ReadonlyMap<string, string> = new Map(
  lines(`
zero 0
one 1
two 2
three 3
four 4
five 5
six 6
seven 7
eight 8
nine 9
ten 10
eleven 11
twelve 12
thirteen 13
fourteen 14
fifteen 15
sixteen 16
seventeen 17
eighteen 18
nineteen 19
twenty 20
thirty 30
forty 40
fifty 50
sixty 60
seventy 70
eighty 80
ninety 90
hundred 100
thousand 1000
million 1000000
billion 1000000000
dozen 12
half 0.5
third 0.333
quarter 0.25
twice 2
double 2
doubled 2
tripled 3
`).map((l) => l.split(' ') as [string, string]),
);

/** Words that negate what they govern ("not", "never", "denied"): an odd count flips a claim's meaning. */
export const NEGATION_WORDS: ReadonlySet<string> = new Set(
  lines(`
not
no
never
none
neither
nor
without
cannot
denied
denies
deny
refused
refuses
rejected
rejects
`),
);

/**
 * Words news writing uses for one another, one group a line (the first word stands for the group), so a
 * paraphrase meets its original: "shut" meets "close", "detained" meets "arrested". Stems are matched.
 */
export const SYNONYM_GROUPS: readonly string[][] = lines(`
close shut
arrest detain
fall drop decline decrease
rise increase grow climb
cut reduce shorten lower
hire employ recruit
ban prohibit forbid
factory plant
price cost bill
electricity power
unemployment joblessness jobless
approve pass endorse
say state claim
police officer
risk line
`).map((l) => l.split(' '));

/** Words that place a claim in time or space more than they say what it claims: they count for less. */
export const WEAK_WORDS: ReadonlySet<string> = new Set(
  lines(`
year
years
month
months
week
weeks
day
days
last
next
new
monday
tuesday
wednesday
thursday
friday
saturday
sunday
january
february
march
april
may
june
july
august
september
october
november
december
city
capital
town
region
country
mayor
minister
council
government
official
officials
`),
);

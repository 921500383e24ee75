import { lines } from '../extract/lists/lines.ts';
import { MONTH_NAMES, WEEKDAYS } from '../extract/lists/time-openers.ts';

/** Reads "word value" lines into a map. */
const valued = (text: string): ReadonlyMap<string, number> => new Map(lines(text).map((l) => [l.split(' ')[0]!, Number(l.split(' ')[1])] as const));

/** Number words and their values, one "word value" a line: "three weeks" and "3 weeks" state the same number. */
export const NUMBER_WORDS: ReadonlyMap<string, number> = valued(`
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
twofold 2
threefold 3
fourfold 4
`);

/** Words that multiply the number before them: "seven thousand", "2.1 billion", "two dozen". */
export const SCALE_WORDS: ReadonlyMap<string, number> = valued(`
hundred 100
thousand 1000
million 1000000
billion 1000000000
trillion 1000000000000
dozen 12
`);

/** Ordinal words and their numbers: "the sixth month" and "the 6th month" state the same number. */
export const ORDINAL_WORDS: ReadonlyMap<string, number> = valued(`
first 1
second 2
third 3
fourth 4
fifth 5
sixth 6
seventh 7
eighth 8
ninth 9
tenth 10
eleventh 11
twelfth 12
thirteenth 13
fourteenth 14
fifteenth 15
sixteenth 16
seventeenth 17
eighteenth 18
nineteenth 19
twentieth 20
`);

/** Amounts too vague to compare as numbers ("hundreds of flights", "dozens hurt"); they count for nothing. */
export const VAGUE_QUANTITIES: ReadonlySet<string> = new Set(
  lines(`
dozens
hundreds
thousands
millions
billions
tens
scores
several
few
many
`),
);

/** Month abbreviations as news writes them ("Jan. 3"), to the month's name. */
export const MONTH_ABBREVIATIONS: ReadonlyMap<string, string> = new Map(
  lines(`
jan january
feb february
apr april
jun june
jul july
aug august
sept september
oct october
nov november
dec december
`).map((l) => l.split(' ') as [string, string]),
);

/** Words that carry no meaning for comparing claims (negations are counted apart, numbers compared apart). */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  lines(`
a an the of to in on at for by with from into onto and or but as is are was were be been being has have had it its
this that these those he she they we i you his her their our him them us me my your said says say told according
after before over under than then there here who whom which what when where why how also just will would could
should can did do does some about since because more most less least all any every each other another such only
very so if per cent percent re out up
`).flatMap((l) => l.split(' ')),
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
nobody
nothing
nowhere
`),
);

/**
 * Words news writing uses for one another, one group a line (the first word stands for the group), so a
 * paraphrase meets its original: "shut" meets "close", "detained" meets "arrested". Stems are matched.
 */
export const SYNONYM_GROUPS: readonly string[][] = lines(`
close shut
arrest detain
fall fell fallen drop decline decrease
rise rose risen increase grow grew grown climb
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
pay paid
win won
lose lost
sell sold
take took taken
hold held
catch caught
steal stole stolen
break broke broken
begin began begun
find found
flee fled
strike struck
`).map((l) => l.split(' '));

/** Words that place a claim in time or space more than they say what it claims (days and months too): they count for less. */
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
may
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
`).concat(WEEKDAYS, MONTH_NAMES),
);

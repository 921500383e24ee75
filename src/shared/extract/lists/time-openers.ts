import { lines } from './lines.ts';

/**
 * Phrases of time that open a sentence before its subject with no comma ("On Sunday Mr. Trump said", "Last week
 * the mayor said"), one a line, as patterns: DAY is a weekday, MONTH a month's name, UNIT a span of time. A
 * sentence opening on one reads on from its subject, as if a comma followed it.
 */
export const TIME_OPENERS: readonly string[] = lines(`
on DAY
on DAY PART
on MONTH NUMBER
on MONTH NUMBER NUMBER
DAY
DAY PART
in MONTH
in MONTH NUMBER
in NUMBER
in early MONTH
in late MONTH
last DAY
last UNIT
this UNIT
this DAY
this PART
earlier this UNIT
later this UNIT
earlier that UNIT
later that UNIT
late last UNIT
early last UNIT
earlier
later
yesterday
today
tonight
NUMBER UNITS ago
NUMBER UNITS later
a UNIT ago
a UNIT later
`, true);

/** Weekdays, one a line. */
export const WEEKDAYS: readonly string[] = lines(`
monday
tuesday
wednesday
thursday
friday
saturday
sunday
`);

/** Months, one a line (spelled out: "May" alone is a modal verb too, and stays only in a date). */
export const MONTH_NAMES: readonly string[] = lines(`
january
february
march
april
june
july
august
september
october
november
december
`);

/** Parts of a day after a weekday ("Sunday morning"), one a line. */
export const DAY_PARTS: readonly string[] = lines(`
morning
afternoon
evening
night
`);

/** Spans of time after "last", "this", "earlier this", one a line. */
export const TIME_UNITS: readonly string[] = lines(`
week
weekend
month
year
spring
summer
fall
autumn
winter
morning
afternoon
evening
night
`);

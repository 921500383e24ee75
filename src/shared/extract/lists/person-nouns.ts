import { lines } from './lines.ts';

/**
 * Words for what someone said or wrote, kept as a record, one a line: "her statement read" is hers, and a source
 * with one of these as its head is no person a later "he" can mean.
 */
export const OWN_WORDS = lines(`
account
affidavit
blog
column
comments
e-mail
email
filing
letter
memo
message
note
op-ed
post
release
remarks
speech
statement
testimony
tweet
`);

/** Heads of a source that describe no one person, one a line: media, staff, records ("State media", "the company's staff"). */
export const COLLECTIVE_HEADS = lines(`
administration
campaign
community
crew
data
document
documents
family
figures
government
management
media
office
press
public
record
records
staff
study
team
website
`);

/** Person nouns that say a woman, one a line (any word ending in "woman" or "women" does too). */
export const FEMALE_NOUNS = lines(`
actress
aunt
daughter
girl
grandmother
mother
niece
sister
waitress
wife
`);

/** Person nouns that say a man, one a line (any word ending in "man" or "men", but not "woman", does too). */
export const MALE_NOUNS = lines(`
actor
boy
brother
father
grandfather
husband
nephew
son
uncle
`);

/** Last words that make a name an organisation's ("Ameren Corp.", "Serum Institute"), one a line, as written. */
export const ORGANISATION_SUFFIXES = lines(
  `
Agency
Airline
Airlines
Association
Authority
Bank
Board
Canada
Centre
Center
College
Clinic
Hospital
Hydro
Network
Railway
Services
Transit
Commission
Company
Corp
Corp.
Council
Court
Department
Foundation
Fund
Group
Inc
Inc.
Institute
LLC
Ltd
Ltd.
Ministry
Office
Party
Police
Service
Union
University
`,
  true,
);

/** Labels in capitals that open a teaser for another story ("WATCH: ..."), not a label of this one, one a line. */
export const TEASER_LABELS = lines(`
also
gallery
listen
more
photo
photos
read
related
see
video
watch
`);

/**
 * Words of the title and head lists that are no person on their own, one a line: the field or body of an office
 * ("Finance Minister", "the state Supreme Court", "union Unite Here"), quantity words ("many"), and "of". Before
 * a name they do not make it a person.
 */
export const NOT_A_ROLE = lines(`
court
defence
defense
district
economy
education
environment
federal
finance
foreign
health
intelligence
interior
majority
many
media
minority
of
opposition
party
police
senior
some
someone
staff
state
supreme
trade
transport
u.s.
union
us
vice
`);

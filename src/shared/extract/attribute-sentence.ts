import type { Attribution } from '../model.ts';
import { traceOf, type LocalAttribution } from './attribution.ts';
import { headNoun, isAnonymousSource } from './anonymity.ts';
import { ANONYMOUS_HEADS, BODY_HEADS, BODY_NOUNS, DOCUMENT_HEADS, isDataCue, RECORD_NOUNS, TITLE_WORDS } from './lexicon.ts';
import { parseTagged, type CompromisePerson } from './nlp-reading.ts';
import { WORDNET_PERSON_NOUNS } from './lists/wordnet-person-nouns.ts';
import { COMPANY_EPITHETS } from './lists/company-epithets.ts';
import { COLLECTIVE_HEADS, FEMALE_NOUNS, MALE_NOUNS, ORGANISATION_SUFFIXES, OWN_WORDS } from './lists/person-nouns.ts';
import { genderOfName, isTopicAt, peopleIn, topicAt, type Mention } from './people.ts';
import { wordTags } from './word-tags.ts';
import { roleSubject, titlesAt } from './role-subject.ts';
import { isAboutPerson, isRoleWord, personName, type Gender, type Named, type Role, type SpeakerMemory } from './speakers.ts';

/** Last words that make a name an organisation's, as one alternation, longest first ("Corp." before "Corp"). */
const ORG_SUFFIXES = alternation(ORGANISATION_SUFFIXES);

/** The organisation or record a sentence opens with ("The company cut ...", "Ameren Corp. said ..."), if any. */
const BODY_SUBJECT = new RegExp(
  `^(?:(?:[Tt]he|[Tt]his|[Tt]hat|[Ii]ts)\\s+(?:[\\p{Ll}-]+\\s+){0,2}?(?:${BODY_NOUNS})\\b(?:\\s+of\\s+(?:the\\s+)?\\p{Lu}[\\p{L}'’-]*(?:\\s+\\p{Lu}[\\p{L}'’-]*){0,3})?|\\p{Lu}[\\p{L}&.'’-]*(?:\\s+\\p{Lu}[\\p{L}&.'’-]*){0,4}\\s+(?:${ORG_SUFFIXES})(?![\\p{L}])(?:\\s+of\\s+(?:the\\s+)?\\p{Lu}[\\p{L}'’-]*(?:\\s+\\p{Lu}[\\p{L}'’-]*){0,3})?)`,
  'u',
);

const BODY_NAME = new RegExp(`\\s(?:${ORG_SUFFIXES})$`, 'u');

/** Words that may open a sentence before its subject. */
const OPENERS = /^(?:But|And|So|Yet|Still)\s+/u;

/** A name of up to four capitalised words, perhaps after "the". */
const NAME_WORDS = String.raw`(?:the\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}`;

/** One lower-case noun after "the", "its" or "their" ("the company", "its investors"). */
const THE_NOUN = String.raw`(?:the|its|their)\s+\p{Ll}[\p{L}'’-]*`;

/**
 * Names joined by "and" before a verb, "The couple" (and the like) with or without the names after it, or two
 * things joined by "and" ("The company and its investors disagree").
 */
const TOGETHER = new RegExp(
  String.raw`^(?:(?:The|the)\s+(?:couple|pair|duo|trio|two|three|four)(?:\s+(?!(?:was|is|has|does|says)\b)(?:\p{Ll}[\p{L}'’-]*\s+)?\p{Ll}[\p{L}'’-]*[^s'’\s]s(?![\p{L}'’-]))?(?:,\s+(${NAME_WORDS}(?:,\s+${NAME_WORDS})*,?\s+and\s+${NAME_WORDS}),)?|(${NAME_WORDS}(?:,\s+${NAME_WORDS})*,?\s+and\s+${NAME_WORDS})|(The\s+\p{Ll}[\p{L}'’-]*\s+and\s+${THE_NOUN}))(?=\s+\p{Ll})`,
  'u',
);

/**
 * The group a sentence opens with, if it is one: up to four words to a plural head before a lower-case verb, a plural
 * name ("The Greens believe"), a plural word for people ("Dock workers walked out") or for holders of an office
 * ("Republican senators are").
 */
function openingGroup(sentence: string): string | null {
  const lead = OPENERS.exec(sentence)?.[0].length ?? 0;
  // Names joined by "and" ("Greenpeace and the Sierra Club oppose"), or a word for people together with their
  // names after it ("The couple, Ana and Tomas Ruiz, lost"): more than one, whom a later "they" means.
  const together = TOGETHER.exec(sentence.slice(lead));
  if (together) return together[1] ?? together[2] ?? together[3] ?? together[0];
  // "Police arrested two men": a word for a force or a public, plural in sense though not in form.
  const force = /^(Police|Staff|Management|Clergy|Military)\s+\p{Ll}/u.exec(sentence.slice(lead));
  if (force) return force[1]!;
  const words = sentence.slice(lead).split(/\s+/, 5);
  for (let n = 1; n < words.length; n++) {
    const head = words[n - 1]!;
    if (!/^\p{L}[\p{L}'’-]*[^s'’]s$/u.test(head) || !/^\p{Ll}/u.test(words[n]!)) continue;
    const plural = head.toLowerCase();
    if (!/^\p{Lu}/u.test(head) && !ANONYMOUS_HEADS.has(plural) && !TITLE_WORDS.has(plural.slice(0, -1))) return null;
    return sentence.slice(lead).split(/\s+/).slice(0, n).join(' ');
  }
  return null;
}

/** True when a source is a group or a body a "they" can stand for ("Officials", "the Liberals", "the union"). */
function isGroup(source: string): boolean {
  // By the head, so "a person familiar with the talks" is one person; "Ana Ruiz and Tom Berg" are two (but
  // "Health and Social Care Secretary Sajid Javid" is one).
  return /[^s'’]s$/u.test(headNoun(source)) || /(?:^|\s)\p{Lu}[\p{L}'’-]+\s+\p{Lu}[\p{L}'’-]+\s+and\s+\p{Lu}[\p{L}'’-]+\s+\p{Lu}[\p{L}'’-]+$/u.test(source) || isBody(source);
}

/** True when a source is an organisation or record ("the utility", "Ameren Corp."), not a person. */
function isBody(source: string): boolean {
  // "A spokesperson for Alberta Health Services" is a person: the body's name after "for" is not the head.
  return BODY_HEADS.has(headNoun(source).toLowerCase()) || BODY_NAME.test(source.replace(/\s+(?:for|of|at|with|from)\s.*$/u, '').trim());
}

/** Turns a unit-relative attribution into a document-level one, resolving pronouns to who they stand for. */
export function place(local: LocalAttribution | null, unitStart: number, speakers: SpeakerMemory, subject: Named | null = null, notNamed?: ReadonlySet<string>): Attribution | null {
  if (!local) return null;
  const own = { source: local.source, start: unitStart + local.start, end: unitStart + local.end };
  // A resolved pronoun points at where the text names the person or body, so the offsets always give the source.
  const at = (n: Named | null) => (n && n.start !== undefined ? { source: n.name, start: n.start, end: n.start + n.name.length } : null);
  let where = own;
  let unnamed = false;
  // "her statement read", "his letter says": the words are those of the person the possessive stands for.
  const possessed = local.pronoun ? null : POSSESSED_WORDS.exec(local.source.trim());
  if (possessed) {
    const their = possessed[1]!.toLowerCase() === 'their';
    const owner = their ? speakers.group : speakers.resolve(PRONOUN_GENDER[possessed[1]!.toLowerCase()] ?? null);
    const found = at(owner);
    // Why judged again: a group or an unnamed person stays as anonymous as the phrase the possessive stands for.
    if (found) return { ...found, anonymous: their || owner?.unnamed === true ? isAnonymousSource(found.source) : false, cue: local.cue, trace: { ...traceOf(local), pronoun: possessed[1]! } };
  }
  // "says the bow-tied maverick": a description of a person, not an office, stands for the one the text is about.
  const described = local.pronoun || !isEpithet(local.source) ? null : at(speakers.current(genderOfHead(local.source)));
  if (described) return { ...described, anonymous: false, cue: local.cue, trace: { ...traceOf(local), pronoun: local.source } };
  // A "he" or an "it" nobody can be found for is no source a checker can use: a bare pronoun is never stored.
  if (local.pronoun) {
    const person = local.pronoun === 'person' ? speakers.resolve(PRONOUN_GENDER[local.source.toLowerCase()] ?? null, notNamed) : null;
    const found = at(person ?? (local.pronoun === 'group' ? (subject ?? speakers.group) : local.pronoun === 'body' ? (subject ?? speakers.body) : null));
    if (!found) return null;
    where = found;
    // Why re-judged: a pronoun is as anonymous as whoever it was taken to be ("he" after "a security guard said").
    unnamed = person?.unnamed === true;
  }
  return { ...where, anonymous: local.pronoun === 'body' || local.pronoun === 'group' || unnamed ? isAnonymousSource(where.source) : local.anonymous, cue: local.cue, trace: traceOf(local) };
}

/**
 * Places a sentence's attribution, resolving a pronoun against the people named before it (in earlier
 * sentences, or earlier in this one), then remembers everyone this sentence names.
 */
export function attributeSentence(sentence: string, start: number, speakers: SpeakerMemory, local: LocalAttribution | null, read: ReadonlyMap<string, CompromisePerson[]>, byRules?: readonly Mention[]): Attribution | null {
  speakers.nextSentence();
  const byRole = roleSubject(sentence);
  if (byRole) speakers.forgetUnnamed();
  // "He now volunteers twice a week.": who the pronoun opening a sentence without a source stands for, found before
  // anyone this sentence names is remembered.
  const heOrShe = local ? null : PRONOUN_SUBJECT.exec(sentence)?.[1];
  const pronounSubject = heOrShe ? speakers.resolve(PRONOUN_GENDER[heOrShe.toLowerCase()] ?? null) : null;
  const found = peopleIn(sentence, read, byRules);
  // A surname alone names again someone met before: they become the most recent person, where the text says so.
  const again = speakers.mentionedAgain(sentence).filter((m) => !found.some((f) => f.at <= m.at && m.at < f.at + f.name.length));
  const people = again.length > 0 ? [...found, ...again].sort((a, b) => a.at - b.at) : found;
  const cut = local?.pronoun ? local.start : Infinity;
  // Before a pronoun, only a person in subject position counts ("When Smith arrived, he said" but not "Asked
  // what he would tell Mayor John Tory, he said"); the others are remembered after it. After what was said, a
  // trailing "he said" is never one of the people named in it ("Macharia hid under a desk, he said").
  // A name before a colon frames the quotation ("Mosman saw it differently: ..., he said") and still counts.
  const framed = local?.pronoun && isTrailingCue(sentence, local) ? sentence.lastIndexOf(':', local.start) : null;
  // A name opening the clause after a quotation ("…," Ammar Askar wrote …, he said) says who spoke, not what was said.
  const framing = (p: Mention): boolean => framed === null || p.at < framed || isAfterQuotation(sentence, p.at);
  const early = people.filter((p) => p.at < cut && (cut === Infinity || (isSubjectAt(sentence, p.at) && framing(p))));
  // A name that is not the subject of its clause, or is inside a quotation, is only mentioned in passing; a surname
  // named again is found only as a subject ("a plan Okafor finds reckless").
  // "For Megda Belkacemi, ..., she ...": the person a sentence opens on is what it is about.
  const roleOf = (p: Mention): Role => ((isSubjectAt(sentence, p.at) || again.includes(p) || isTopicAt(sentence, p.at)) && !isQuotedAt(sentence, p.at) ? 'subject' : 'mention');
  for (const p of early) speakers.note(p.name, p.gender, sentence.startsWith(p.name, p.at) ? start + p.at : undefined, roleOf(p));
  const opening = BODY_SUBJECT.exec(sentence)?.[0] ?? null;
  const opener = openingGroup(sentence);
  const group = opener && sentence.includes(opener) ? opener : null;
  const subject =
    local?.pronoun === 'body' && opening && opening.length <= local.start
      ? { name: opening, start }
      : local?.pronoun === 'group' && group && sentence.indexOf(group) + group.length <= local.start
        ? { name: group, start: start + sentence.indexOf(group) }
        : null;
  // The people a trailing "he said" reports on are not who said it (the name is in what was said).
  const reportedOn = framed !== null && framed < 0 ? new Set(people.filter((p) => p.at < cut && !isAfterQuotation(sentence, p.at)).map((p) => p.name)) : undefined;
  // "Greaves has shown no sign of …": a verb only a record speaks by ("records show") makes no person a speaker.
  const heard = local && !local.pronoun && isDataCue(local.cue) && isKnownPerson(local.source, speakers) ? null : local;
  const attribution = place(heard, start, speakers, subject, reportedOn);
  for (const p of people) if (!early.includes(p)) speakers.note(p.name, p.gender, sentence.startsWith(p.name, p.at) ? start + p.at : undefined, roleOf(p));
  // The sentence's subject is who a later "he" or "she" most likely means, more than anyone named after it as an
  // object ("Vickers rolled to within a metre of Bibeau. ... he said" is Vickers).
  const subjectPerson = people.find((p) => isSubjectAt(sentence, p.at));
  if (subjectPerson && subjectPerson !== people.at(-1)) speakers.note(subjectPerson.name, subjectPerson.gender);
  if (subjectPerson && sentence.startsWith(subjectPerson.name, subjectPerson.at)) speakers.markSubject({ name: subjectPerson.name, start: start + subjectPerson.at });
  // "For Okafor, the end is personal.": a person known as a man or a woman the sentence opens on is who a quotation
  // standing next is by (not who a later "he" means: "For Daniels, ..." then “He has been great,” he said).
  const topic = subjectPerson ? null : topicAt(sentence, true);
  if (topic && speakers.genderOf(topic.name) !== null) speakers.markSubject({ name: topic.name, start: start + topic.at });
  for (const p of people) for (const title of titlesAt(sentence, p.at, p.name)) speakers.entitle(p.name, title);
  // "The mayor said ... She added": a person by role alone is the one named before with that role ("Mayor Jane
  // Cole"), who a later "she" then means. A role no one was given is left alone: in news it mostly stands for
  // someone named before in other words ("then-Surrey mayoral candidate Doug McCallum" ... "the mayor").
  const titled = byRole && !subjectPerson ? speakers.byTitle(byRole) : null;
  if (titled) speakers.note(titled.name, null, undefined, 'subject');
  // "The minister, however, stood firm." then a quotation standing alone: the minister named before takes the floor.
  if (titled?.start !== undefined) speakers.markSubject(titled);
  // So is the named person "he" or "she" stands for: "He now volunteers twice a week." then a quotation standing alone.
  if (pronounSubject && !subjectPerson && !titled && !pronounSubject.unnamed && pronounSubject.start !== undefined) {
    speakers.note(pronounSubject.name, null, undefined, 'subject');
    speakers.markSubject(pronounSubject);
  }
  // The speaker is the one a later "he" or "she" most likely means, wherever the sentence names them.
  const named = attribution && !attribution.anonymous && !local?.pronoun && !isBody(attribution.source) ? speakerName(attribution.source) : null;
  if (named && attribution) speakers.note(named, people.find((p) => p.name === named)?.gender ?? genderOfName(named), nameStart(attribution, named), 'speaker');
  // An unnamed person who just spoke ("a security guard present during the attack told Reuters") is who a later
  // "he said" most likely means, more than anyone named before them.
  // So is one described by a role and the body they speak for, unnamed though not anonymous ("A spokesperson for
  // Alberta Health Services"); a body by its initials ("the PBO") is no person.
  if (attribution && (attribution.anonymous || (!named && SPEAKS_FOR.test(attribution.source) && isRoleWord(headNoun(attribution.source)))) && !local?.pronoun && isPersonDescribed(attribution.source)) speakers.note(attribution.source, genderOfHead(attribution.source), attribution.start, 'speaker', true);
  if (local?.pronoun === 'person' && attribution) speakers.note(attribution.source, PRONOUN_GENDER[local.source.toLowerCase()] ?? null, attribution.start, 'speaker');
  if (attribution && !local?.pronoun && isBody(attribution.source)) speakers.noteBody(attribution.source, attribution.start);
  else if (opening) speakers.noteBody(opening, start);
  if (attribution && !local?.pronoun && isGroup(attribution.source)) speakers.noteGroup(attribution.source, attribution.start);
  else if (group) speakers.noteGroup(group, start + sentence.indexOf(group));
  return attribution;
}

/** True when a source is a person: a name whose first name or whose earlier mention tells a man or a woman. */
function isKnownPerson(source: string, speakers: SpeakerMemory): boolean {
  return speakers.genderOf(source) !== null || genderOfName(personName(source) ?? '') !== null;
}

/**
 * A sentence opening on "he" or "she" and a verb, perhaps after "But" or "And" or an opening phrase and its comma
 * ("But early on, he ..."): the pronoun is its subject. One inside the opening phrase ("When he arrived, ...") is not.
 */
const PRONOUN_SUBJECT = /^(?:(?:But|And|Now|Today|Still|Yet|So)\s+)?(?:[^,;:"“”]{1,40},\s+)?(He|She|he|she)\s+\p{Ll}/u;

/** A person's own words by a possessive ("her statement", "his latest letter", "their joint release"). */
const POSSESSED_WORDS = new RegExp(`^(his|her|their)\\s+(?:[\\p{Ll}-]+\\s+)?(?:${alternation(OWN_WORDS)})$`, 'iu');

/** Heads that describe no one person: media, staff, records ("State media", "a court filing", "the company's staff"). */
const NOT_A_PERSON = new Set([...COLLECTIVE_HEADS, ...OWN_WORDS]);

/** True when an unnamed source is one person described ("a security guard present during the attack"). */
function isPersonDescribed(source: string): boolean {
  const head = headNoun(source);
  return !isGroup(source) && !NOT_A_PERSON.has(head) && !isRecordHead(head);
}

/** True when a head noun names a record, not someone who speaks ("report", "poll", "filing"). */
export function isRecordHead(head: string): boolean {
  return DOCUMENT_HEADS.has(head) || RECORD_NOUNS.includes(head);
}

const FEMALE = new Set(FEMALE_NOUNS);
const MALE = new Set(MALE_NOUNS);

/** One regex alternation of list entries, each escaped, longest first so "Corp." wins over "Corp". */
function alternation(entries: readonly string[]): string {
  return [...entries].sort((a, b) => b.length - a.length).map((e) => e.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
}

/** An unnamed person by a role and the body they speak for: "A spokesperson for Alberta Health Services" (not "the chief", named before). */
const SPEAKS_FOR = /^(?:a|an)\s.*\s(?:for|of|at|with)\s+(?:the\s+)?\p{Lu}/iu;

/** "the" and words describing a person, then the head: "the bow-tied maverick", "the 39-year-old", "the laid-back Cambridge resident". */
const EPITHET = /^the\s+(?:[\p{L}\d][\p{L}\d'’-]*\s+){0,3}?[\p{Ll}\d][\p{L}\d'’-]*$/u;

/**
 * True when a source describes a person by what they are like, not by an office someone else may hold: at least one
 * word before the head, or an age ("the 39-year-old"); never a title ("the presiding judge"), a body or a group.
 */
function isEpithet(source: string): boolean {
  const words = source.trim().split(/\s+/);
  const head = words.at(-1)!.toLowerCase();
  if (!EPITHET.test(source.trim()) || (words.length < 3 && !/^\d+-year-old$/.test(head))) return false;
  return !TITLE_WORDS.has(head) && !isGroup(source) && isPersonDescribed(source) && !BODY_HEADS.has(head) && !/['’]s?$/u.test(head) && isPersonNoun(head);
}

/**
 * True when a noun names a person: a role word, a word the tagger knows as one ("teenager", "defenceman"), an age,
 * a word made to name a person ("proprietor", "resident", "fisherman"), or one whose first sense in WordNet is a
 * person ("maverick", "skeptic") and that the news does not use for a company ("behemoth"), but never a record.
 */
function isPersonNoun(head: string): boolean {
  if (COMPANY_EPITHETS.has(head)) return false;
  if (/^\d+-year-old$/.test(head) || isRoleWord(head) || FEMALE.has(head) || MALE.has(head) || WORDNET_PERSON_NOUNS.has(head)) return true;
  if (/(?:[^m]er|or|ist|ian|man|men|ee|ess|ent|ant)$/.test(head) && !/ment$/.test(head)) return true;
  const terms = parseTagged(`says the ${head}.`).terms().json() as Array<{ terms: Array<{ tags: string[] }> }>;
  return terms.at(-1)?.terms[0]?.tags.includes('Actor') ?? false;
}

/** The gender a person noun gives ("spokeswoman", "his mother"), when it gives one. */
function genderOfHead(source: string): Gender | null {
  const head = headNoun(source).toLowerCase();
  if (/(?:wo|fe)m[ae]n$/.test(head) || FEMALE.has(head)) return 'female';
  if (/(?<!wo)m[ae]n$/.test(head) || MALE.has(head)) return 'male';
  return null;
}

/** True when the name at `at` stands inside a quotation: an odd number of quotation marks before it. */
function isQuotedAt(sentence: string, at: number): boolean {
  return (sentence.slice(0, at).match(/["“”]/g) ?? []).length % 2 === 1;
}

/** Where a name inside an attribution's source phrase starts in the document (its last occurrence there). */
function nameStart(a: Attribution, name: string): number | undefined {
  const i = a.source.lastIndexOf(name);
  return i >= 0 ? a.start + i : undefined;
}

/** An attribution narrowed to the person's name inside its source phrase ("Union leader Tomas Berg" → "Tomas Berg"). */
export function narrowed(a: Attribution): Attribution {
  const name = personName(a.source);
  const at = name ? nameStart(a, name) : undefined;
  return name && at !== undefined ? { ...a, source: name, start: at, end: at + name.length } : a;
}

/** The name a later pronoun can stand for: a person's name, or a surname alone ("Martell says ..."). */
export function speakerName(source: string): string | null {
  const named = personName(source) ?? (/^(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?\p{Lu}[\p{L}'’-]+$/u.test(source.trim()) ? source.trim() : null);
  if (named) return named;
  // One name after a role word ("Hereditary Chief Na'moks", "Coach Bryant") is the person's; a name after "for",
  // "of" or "at" is the body the person speaks for ("A spokesperson for Alberta Health Services").
  const titled = /(\S+)\s+(\p{Lu}[\p{L}'’-]+)$/u.exec(source.replace(/\s+(?:of|from|at|for|with|in)\s.*$/, '').trim());
  return titled && TITLE_WORDS.has(titled[1]!.toLowerCase()) ? titled[2]! : null;
}

/** True when an attribution's cue ends its clause: "..., he said.", "..., she said, but ...", "..., he said on Monday." */
function isTrailingCue(sentence: string, local: LocalAttribution): boolean {
  const at = sentence.toLowerCase().indexOf(local.cue, local.end);
  if (at < 0 || !/[,"”’]\s*$/u.test(sentence.slice(0, local.start))) return false;
  return /^\s*(?:[,;.!?"”]|$)|^(?:\s+[\p{L}\p{N}.'’-]+){1,3}\s*[.!?]?["”]?\s*$/u.test(sentence.slice(at + local.cue.length));
}

/** True when the name at `at` opens its clause: only capitalised words, a comma or a subordinator come before it. */
function isSubjectAt(sentence: string, at: number): boolean {
  const before = leadUpTo(sentence, at);
  // "asked Governor Ellen Ross and Mayor Tom Wells": a name joined to a name before it by "and" is a subject only
  // as that one is ("Smith and Jones said" makes Smith the subject already).
  if (/\p{Lu}[\p{L}.'’-]*\s+and$/u.test(before)) return false;
  // "For Espinos, who knows the trade, he ...": a sentence opening on "For" and a person's name is about them.
  // After a quotation's closing comma and mark ("…," Ammar Askar wrote) the name opens the clause that says who spoke.
  return before === '' || (/^(?:for|as for)$/i.test(before) && isAboutPerson(sentence)) || /[,;:]["”’']?$/u.test(before) || /\b(?:when|after|as|while|because|if|though|although|before|since|and|but|once|until)$/i.test(before);
}

/** True when the name at `at` opens the clause right after a quotation's closing mark ("…," Pakistan-based developer Ammar Askar). */
function isAfterQuotation(sentence: string, at: number): boolean {
  return /[,?!]["”’']$/u.test(leadUpTo(sentence, at));
}

/** The words before the name at `at`, without the titles and the role right before it ("Head coach", "Dr."). */
function leadUpTo(sentence: string, at: number): string {
  return withoutRole(sentence.slice(0, at).replace(/(?:\p{Lu}[\p{L}.'’-]*\s+)+$/u, '').trimEnd());
}

/** Words that stop a role phrase: a preposition, a conjunction or a verb of speech is no part of one. */
const NOT_IN_ROLE = /^(?:about|with|to|by|for|from|of|at|on|in|into|against|and|or|but|when|after|as|while|than|like|said|says|told|asked|called|thanked|met|named)$/;

/**
 * The words before a person's role, the role left out: "Head coach", "Conservative finance critic", "The team's
 * co-owner", "Gabriola Island resident" before a name are the name's, so the person still opens the sentence.
 */
function withoutRole(before: string): string {
  const words = before.split(/\s+/).filter(Boolean);
  let i = words.length;
  if (i === 0 || !isRoleWord(words[i - 1]!)) return before;
  i--;
  for (let lower = 0; i > 0 && lower < 2 && isRoleModifier(words[i - 1]!); lower++) i--;
  while (i > 0 && /^\p{Lu}[\p{L}.'’-]*$/u.test(words[i - 1]!)) i--;
  return words.slice(0, i).join(' ');
}

/**
 * True for a lower-case word that can describe a role ("head", "finance", "interim"): no preposition or conjunction,
 * and no verb, so an object stays an object ("Officers found resident Jane Smith", "The Leafs sent captain ...").
 */
function isRoleModifier(word: string): boolean {
  if (!/^\p{Ll}[\p{L}'’-]*$/u.test(word) || NOT_IN_ROLE.test(word) || /(?:ed|[^s]s)$/.test(word)) return false;
  const tags = wordTags(word);
  return !tags.includes('PastTense') && !tags.includes('PresentTense');
}

/** The gender each personal pronoun points to. */
export const PRONOUN_GENDER: Record<string, Gender> = { he: 'male', him: 'male', his: 'male', she: 'female', her: 'female' };

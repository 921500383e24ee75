import { lines } from './lines.ts';

/**
 * Nouns WordNet gives first as a person that the news uses for a company, a body or a book, one a line ("the tech
 * behemoth", "the retail juggernaut", "the house style guide"): a described speaker with one of these as its head
 * is not taken for the person the text is about (attribute-sentence.ts isPersonNoun).
 */
export const COMPANY_EPITHETS = new Set(
  lines(`
behemoth
colossus
darling
giant
guide
heavyweight
juggernaut
leviathan
monster
powerhouse
stalwart
titan
upstart
whale
`),
);

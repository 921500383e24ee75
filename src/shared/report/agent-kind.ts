import { personName } from '../extract/speakers.ts';
import { ORGANISATION_WORDS } from './lists/organisation-words.ts';

/** A schema.org agent: a Person or an Organization with its name. */
export interface Agent {
  '@type': 'Person' | 'Organization';
  name: string;
}

/** True when a name is an organisation's: an organisation word in it, or an acronym ("NATO", "WHO"). */
export function isOrganisationName(name: string): boolean {
  const words = name.split(/[\s,/&]+/).filter(Boolean);
  if (words.some((w) => ORGANISATION_WORDS.has(w.toLowerCase().replace(/[^\p{L}]/gu, '')))) return true;
  return words.length <= 3 && words.some((w) => /^\p{Lu}{2,}$/u.test(w.replace(/[.'’]/g, '')) && !/^(?:JR|SR|II|III|IV)$/.test(w));
}

/**
 * What a named source is: an organisation when its name says so, a person when it holds a person's name
 * ("council leader Ruth Okafor" is Ruth Okafor), else an organisation (a body described in words).
 */
export function agentOf(source: string): Agent {
  const name = source.trim();
  if (isOrganisationName(personName(name) ?? name)) return { '@type': 'Organization', name };
  const person = personName(name);
  return person ? { '@type': 'Person', name: person } : { '@type': 'Organization', name };
}

/** The people and organisations of a byline ("By Jo Lin and Sam Reyes", "Jane Doe, Reuters"). */
export function bylineAgents(byline: string): Agent[] {
  return byline
    .replace(/^\s*by\s+/i, '')
    .split(/\s*(?:,|;|\band\b|&|\|)\s*/i)
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .map((part) => (isOrganisationName(part) || !personName(part) ? { '@type': 'Organization', name: part } : { '@type': 'Person', name: part }));
}

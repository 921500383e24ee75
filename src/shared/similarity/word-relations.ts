import baseForms from './base-forms.json' with { type: 'json' };
import opposites from './opposites.json' with { type: 'json' };
import synonyms from './synonyms.json' with { type: 'json' };

/** Reads "a b" stem pairs between commas into each stem's partners (both ways). */
function partners(pairs: string): ReadonlyMap<string, ReadonlySet<string>> {
  const out = new Map<string, Set<string>>();
  const add = (x: string, y: string): void => void (out.get(x) ?? out.set(x, new Set()).get(x)!).add(y);
  for (const p of pairs.split(',')) {
    const [x, y] = p.split(' ');
    if (!x || !y) continue;
    add(x, y);
    add(y, x);
  }
  return out;
}

let opposite: ReadonlyMap<string, ReadonlySet<string>> | null = null;
let synonym: ReadonlyMap<string, ReadonlySet<string>> | null = null;
const NONE: ReadonlySet<string> = new Set();

/** The stems WordNet gives the opposite meaning of a stem's ("approv": "disapprov", "reject"...); read at first use. */
export function oppositesOf(x: string): ReadonlySet<string> {
  opposite ??= partners(opposites.pairs);
  return opposite.get(x) ?? NONE;
}

/** The stems WordNet gives one meaning with a stem in the most frequent sense of either ("sack": "fire"...); read at first use. */
export function synonymsOf(x: string): ReadonlySet<string> {
  synonym ??= partners(synonyms.pairs);
  return synonym.get(x) ?? NONE;
}

/** Each irregular form of a verb or noun to its base word ("ate": "eat", "men": "man"), as written. */
export const BASE_FORMS: ReadonlyMap<string, string> = new Map(
  baseForms.pairs.split(',').map((p) => p.split(' ') as [string, string]),
);

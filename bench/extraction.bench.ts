import { readFileSync } from 'node:fs';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { extractFromText } from '../src/shared/extract/extract.ts';
import { generateNews } from './generate-news.ts';
import { medianMs, result, type BenchResult } from './measure.ts';

/** Extraction speed: the seed warm, and throughput on generated news text, against wink-nlp's bare readDoc. */
export function benchExtraction(): BenchResult[] {
  const nlp = winkNLP(model);
  const baselineName = 'wink-nlp readDoc (same text)';
  const out: BenchResult[] = [];

  const seed = readFileSync('seeds/biden-ukraine-strikes.txt', 'utf8');
  const seedMs = medianMs(() => extractFromText(seed), 51, 10);
  const seedBase = medianMs(() => nlp.readDoc(seed), 51, 10);
  out.push(result('extract seed article (warm)', 'ms', seedMs, { name: baselineName, value: seedBase }, '≤ 20 ms', seedMs <= 20));

  const perMb: number[] = [];
  for (const [label, bytes, runs] of [['100 KB', 100_000, 7], ['1 MB', 1_000_000, 3], ['5 MB', 5_000_000, 1]] as const) {
    const text = generateNews(bytes);
    const ms = medianMs(() => extractFromText(text), runs, 1);
    const base = medianMs(() => nlp.readDoc(text), runs, 1);
    perMb.push(ms / (text.length / 1_000_000));
    const target = label === '1 MB' ? '≤ 1000 ms and ≤ 2× baseline' : '≤ 2× baseline';
    const met = ms <= 2 * base && (label !== '1 MB' || ms <= 1000);
    out.push(result(`extract generated news ${label}`, 'ms', ms, { name: baselineName, value: base }, target, met));
  }
  const growth = perMb[2]! / perMb[0]!;
  out.push(result('extraction cost per MB, 5 MB vs 100 KB', 'ratio', growth, null, '≈ 1 (linear; ≤ 1.5)', growth <= 1.5));
  return out;
}

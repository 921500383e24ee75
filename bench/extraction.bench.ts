import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { extractFromText } from '../src/shared/extract/extract.ts';
import { generateNews } from './generate-news.ts';
import nlpCompromise from 'compromise';
import { parseHTML } from 'linkedom';
import { readArticle } from '../src/main/import/read-article.ts';
import { medianMs, result, sized, withReference, type BenchResult } from './measure.ts';

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
  const seedMs = medianMs(() => extractFromText(seed), sized(51, 3), sized(10, 1));
  const seedBase = medianMs(() => nlp.readDoc(seed), sized(51, 3), sized(10, 1));
  const seedRef = medianMs(() => nlpCompromise(seed).json(), sized(21, 1), sized(5, 0));
  out.push(withReference(result('extract seed article (warm)', 'ms', seedMs, { name: baselineName, value: seedBase }, '≤ 20 ms', seedMs <= 20), { name: referenceName, value: seedRef }));

  const perMb: number[] = [];
  for (const [label, bytes, runs] of [['100 KB', 100_000, 7], ['1 MB', 1_000_000, 3], ['5 MB', 5_000_000, 1]] as const) {
    // A smoke run reads a hundredth of each size.
    const text = generateNews(sized(bytes, bytes / 100));
    const ms = medianMs(() => extractFromText(text), sized(runs, 1), 1);
    const base = medianMs(() => nlp.readDoc(text), sized(runs, 1), 1);
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
  const real = annotatedNews().slice(0, sized(Infinity, 2));
  if (real.length > 0) {
    const joined = real.join('\n\n');
    const kb = Math.round(joined.length / 1000);
    const ms = medianMs(() => real.forEach((t) => extractFromText(t)), 3, 1);
    const base = medianMs(() => real.forEach((t) => nlp.readDoc(t)), 3, 1);
    const ref = medianMs(() => real.forEach((t) => nlpCompromise(t).json()), 1, 0);
    const r = result(`extract ${real.length} real news articles (${kb} KB), one by one`, 'ms', ms, { name: baselineName, value: base }, 'none (measured: real text, with its "he said")', true);
    out.push(withReference(r, { name: referenceName, value: ref }));
  }
  out.push(benchLargePage());
  return out;
}

/** The articles others annotated (../shared/eval/external), when that folder is beside the checkout; none otherwise. */
function annotatedNews(): string[] {
  const root = '../shared/eval/external/data';
  const texts: string[] = [];
  for (const set of ['ggt', 'polnear']) {
    const dir = join(root, set, 'texts');
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir).sort()) if (name.endsWith('.txt')) texts.push(readFileSync(join(dir, name), 'utf8'));
  }
  return texts;
}

/**
 * Reading a very large page (18 MB of paragraphs; a smoke run a hundredth), beside linkedom's bare parse of the same
 * page: the speed the unit tests of large inputs leave to this bench, where load cannot fail them.
 */
function benchLargePage(): BenchResult {
  const paragraph = `<p>${'The council said on Monday that rents rose 5% in the year to March, and officials expect more. '.repeat(3)}</p>\n`;
  const bytes = sized(18e6, 18e4);
  const page = `<!doctype html><html><head><title>Rents</title></head><body><h1>Rents rise</h1><article>${paragraph.repeat(Math.ceil(bytes / paragraph.length))}</article></body></html>`;
  const data = new TextEncoder().encode(page);
  const ms = medianMs(() => readArticle('big.html', data), 1, 0);
  const base = medianMs(() => parseHTML(page), 1, 0);
  const label = bytes >= 1e6 ? `${Math.round(bytes / 1e6)} MB` : `${Math.round(bytes / 1e3)} KB`;
  return result(`read an HTML page of ${label}`, 'ms', ms, { name: 'linkedom parse (same page)', value: base }, '≤ 60000 ms', ms <= 60_000);
}

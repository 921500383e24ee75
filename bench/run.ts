import { writeFileSync } from 'node:fs';
import { benchCliMark } from './cli-mark.bench.ts';
import { benchCliStart } from './cli-start.bench.ts';
import { benchExport } from './export.bench.ts';
import { benchExportDialog } from './export-dialog.bench.ts';
import { benchExtraction } from './extraction.bench.ts';
import { benchMarks } from './marks.bench.ts';
import { benchReview } from './review.bench.ts';
import { benchScale } from './scale.bench.ts';
import { benchTeam } from './team.bench.ts';
import { setSmoke, type BenchResult } from './measure.ts';

/** Every benchmark group by name, in the order they run. */
const GROUPS: Record<string, () => BenchResult[] | Promise<BenchResult[]>> = {
  extraction: benchExtraction,
  export: benchExport,
  review: benchReview,
  marks: benchMarks,
  'cli-start': benchCliStart,
  'cli-mark': benchCliMark,
  scale: benchScale,
  'export-dialog': benchExportDialog,
  team: benchTeam,
};

/**
 * Runs every benchmark (or the groups named on the command line), prints a table and writes bench-results.json.
 * With --smoke, every group runs at tiny sizes and nothing is written: a check that the benchmarks still run.
 */
async function main(): Promise<void> {
  const smoke = process.argv.includes('--smoke');
  setSmoke(smoke);
  const asked = process.argv.slice(2).filter((a) => a !== '--smoke');
  const unknown = asked.filter((g) => !(g in GROUPS));
  if (unknown.length) throw new Error(`unknown benchmark group ${unknown.join(', ')}; the groups are ${Object.keys(GROUPS).join(', ')}`);
  const results: BenchResult[] = [];
  for (const [name, run] of Object.entries(GROUPS)) {
    if (asked.length > 0 && !asked.includes(name)) continue;
    const t0 = performance.now();
    results.push(...(await run()));
    if (smoke) console.log(`${name}: ran in ${Math.round(performance.now() - t0)} ms`);
  }
  const rows = results.map((r) => [
    r.name,
    `${r.value} ${r.unit}`,
    r.baseline ? `${r.baseline.value} ${r.unit} (${r.baseline.name})` : '—',
    r.reference ? `${r.reference.value} ${r.unit} (${r.reference.name})` : '',
    r.ratio === null ? '—' : `${r.ratio}×`,
    r.target,
    r.met ? 'met' : 'MISSED',
  ]);
  const header = ['benchmark', 'value', 'baseline', 'also measured', 'ratio', 'target', ''];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]): string => cells.map((c, i) => c.padEnd(widths[i]!)).join('  ');
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const r of rows) console.log(line(r));
  // A smoke run's figures are of tiny inputs: they are not results.
  if (smoke) return;
  writeFileSync('bench-results.json', `${JSON.stringify({ date: new Date().toISOString(), node: process.version, results }, null, 2)}\n`);
  console.log('\nwritten to bench-results.json');
}

await main();

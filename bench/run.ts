import { writeFileSync } from 'node:fs';
import { benchCliMark } from './cli-mark.bench.ts';
import { benchExport } from './export.bench.ts';
import { benchExportDialog } from './export-dialog.bench.ts';
import { benchExtraction } from './extraction.bench.ts';
import { benchReview } from './review.bench.ts';
import { benchScale } from './scale.bench.ts';
import { benchTeam } from './team.bench.ts';
import type { BenchResult } from './measure.ts';

/** Runs every benchmark, prints a table and writes bench-results.json. */
async function main(): Promise<void> {
  const results: BenchResult[] = [...benchExtraction(), ...benchExport(), ...(await benchReview()), ...(await benchCliMark()), ...(await benchScale()), ...(await benchExportDialog()), ...(await benchTeam())];
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
  writeFileSync('bench-results.json', `${JSON.stringify({ date: new Date().toISOString(), node: process.version, results }, null, 2)}\n`);
  console.log('\nwritten to bench-results.json');
}

await main();

import { evaluate, readPairs, type Figures } from './checked-before-eval.ts';

const pct = (x: number): string => `${Math.round(x * 1000) / 10}%`;
const line = (name: string, f: Figures): string => `${name.padEnd(18)} precision ${pct(f.precision).padStart(6)}  recall ${pct(f.recall).padStart(6)}  (tp ${f.truePositives}, fp ${f.falsePositives}, fn ${f.falseNegatives})`;

/** Prints precision and recall of "checked before?" on the test set in tests/fixtures/checked-before.json. */
const pairs = await readPairs();
for (const [name, set] of [
  ['all pairs', pairs],
  ['held-out pairs', pairs.filter((p) => p.heldOut)],
] as const) {
  const result = evaluate(set);
  console.log(`"Checked before?" on ${result.pairs} ${name}`);
  console.log(line('matches', result.match));
  for (const [flag, f] of Object.entries(result.flags)) console.log(line(flag, f));
  for (const m of result.mistakes) console.log(`  ${m}`);
}

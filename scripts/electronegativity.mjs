// Runs Electronegativity over the sources and fails on any HIGH or CRITICAL finding. It calls the tool's runner
// directly and reads the findings it returns: the tool's CSV writer races its header against the rows and can
// garble the file. The Electron version is given because the tool cannot look it up offline.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';

const require = createRequire(import.meta.url);
const electronVersion = JSON.parse(readFileSync(require.resolve('electron/package.json'), 'utf8')).version;
const run = require('@doyensec/electronegativity/dist/runner.js');
const { issues, errors } = await run({
  input: resolve('src'),
  isRelative: true,
  isVerbose: false,
  electronVersionOverride: electronVersion,
  parserPlugins: [],
});
const severity = (issue) => String(issue.severity?.name ?? 'UNKNOWN').toUpperCase();
const counts = {};
for (const i of issues) counts[severity(i)] = (counts[severity(i)] ?? 0) + 1;
const bad = issues.filter((i) => ['HIGH', 'CRITICAL', 'UNKNOWN'].includes(severity(i)));
console.log(`electronegativity (Electron ${electronVersion}): ${issues.length} findings ${JSON.stringify(counts)}, ${bad.length} high or critical`);
for (const i of issues) console.log(`  ${severity(i)} ${i.id} ${i.file}:${i.location?.line}:${i.location?.column}`);
if (errors?.length) console.log(`  (${errors.length} files could not be parsed)`);
if (bad.length > 0) process.exit(1);

// Checks the installer configuration without building (a build downloads Electron, which is not always
// possible): electron-builder's own loader and schema validation, then what the workbench itself needs from
// its installers (targets, icon, the seeds and the `factcheck` launchers shipped as resources).
// Usage: node scripts/check-packaging.mjs [CONFIG_FILE]   (default: electron-builder.yml)
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';

const require = createRequire(import.meta.url);
const { getConfig, validateConfiguration } = require('app-builder-lib/out/util/config/config.js');
const { DebugLogger } = require('builder-util/out/DebugLogger.js');

const projectDir = resolve('.');
const configFile = process.argv[2] ?? 'electron-builder.yml';
const problems = [];

/** Width and height of a PNG, read from its header. */
function pngSize(path) {
  const head = readFileSync(path).subarray(0, 24);
  if (head.toString('latin1', 1, 4) !== 'PNG') return null;
  return { width: head.readUInt32BE(16), height: head.readUInt32BE(20) };
}

let config;
try {
  config = await getConfig(projectDir, configFile, null);
  await validateConfiguration(config, new DebugLogger(false));
} catch (err) {
  console.error(`packaging: ${configFile} is not a valid electron-builder configuration:\n${err.message}`);
  process.exit(1);
}

const targets = (platform) => [config[platform]?.target ?? []].flat().map((t) => (typeof t === 'string' ? t : t.target));
const expect = { linux: ['AppImage', 'deb'], mac: ['dmg'], win: ['nsis'] };
for (const [platform, wanted] of Object.entries(expect)) {
  for (const target of wanted) if (!targets(platform).includes(target)) problems.push(`${platform} does not build ${target}`);
}
if (!/^[a-z0-9-]+(\.[a-z0-9-]+)+$/i.test(config.appId ?? '')) problems.push('appId is missing or not reverse-DNS');
if (!config.productName) problems.push('productName is missing');

const icon = config.icon ? resolve(config.icon) : null;
if (!icon || !existsSync(icon)) problems.push(`icon ${config.icon ?? '(none)'} is missing`);
else {
  // dmg and NSIS icons are made from this one PNG; both need at least 512×512 to look right.
  const size = pngSize(icon);
  if (!size || size.width < 512 || size.width !== size.height) problems.push(`icon ${config.icon} must be a square PNG of at least 512×512`);
}

const resources = [config.extraResources ?? []].flat().map((r) => (typeof r === 'string' ? { from: r, to: r } : r));
const shipped = (to) => resources.find((r) => r.to === to);
for (const [to, check] of [
  ['seeds', 'seeds'],
  ['bin', 'build/bin'],
]) {
  const entry = shipped(to);
  if (!entry) problems.push(`resources/${to} is not shipped (extraResources)`);
  else if (!existsSync(resolve(entry.from)) || !statSync(resolve(entry.from)).isDirectory()) problems.push(`${entry.from} (shipped as resources/${to}) is missing`);
  else if (entry.from !== check) problems.push(`resources/${to} comes from ${entry.from}, expected ${check}`);
}
for (const launcher of ['build/bin/factcheck', 'build/bin/factcheck.cmd']) if (!existsSync(resolve(launcher))) problems.push(`${launcher} is missing`);
// The loader normalises `files` to pattern sets ({ filter: [...] }); read the patterns either way.
const filePatterns = [config.files ?? []].flat().flatMap((f) => (typeof f === 'string' ? [f] : [f.filter ?? []].flat()));
if (!filePatterns.includes('out/**')) problems.push('the built app (out/**) is not packaged');

if (problems.length > 0) {
  console.error(`packaging: ${configFile} validates, but the installers would be incomplete:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  process.exit(1);
}
console.log(`packaging: ${configFile} is valid (electron-builder schema); AppImage, deb, dmg and NSIS targets, icon, seeds and CLI launchers present`);

// Builds the `factcheck` command (out/cli/): the CLI bundled as ES modules for Node, split so that each
// command loads only what it runs (the extractor, the search index and pg sit in chunks of their own).
// Run by `npm install` (prepare), by the tests' setup, and by bin/factcheck.js when the build is missing or
// older than its sources. Usage: node scripts/build-cli.mjs
import { readFileSync, statSync } from 'node:fs';
import { cp, mkdir, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/** The built command's folder, and the list of sources it was built from (with their modification times). */
export const OUT_DIR = join(root, 'out', 'cli');
export const INPUTS_FILE = join(OUT_DIR, 'inputs.json');

/** The files besides the bundled sources whose change makes a build stale: this script, which says how it is built. */
const BUILD_SCRIPT = fileURLToPath(import.meta.url);

/** True when a build exists and every source it was made from is unchanged since (a missing build is not current). */
export function buildIsCurrent() {
  let inputs;
  try {
    inputs = JSON.parse(readFileSync(INPUTS_FILE, 'utf8'));
  } catch {
    return false;
  }
  if (!Array.isArray(inputs)) return false;
  for (const [file, mtimeMs] of inputs) {
    try {
      if (statSync(resolve(root, file)).mtimeMs !== mtimeMs) return false;
    } catch {
      return false;
    }
  }
  return true;
}

/**
 * Builds the CLI unless a current build is there. Several commands started at once after a change all find the
 * build stale: one at a time (a lock beside the build) each looks again, and only the first builds. Why: swapping a
 * current build away under a command that is running from it loses the chunks it has yet to load.
 */
export async function buildCli() {
  await mkdir(dirname(OUT_DIR), { recursive: true });
  const { default: lockfile } = await import('proper-lockfile');
  const release = await lockfile.lock(dirname(OUT_DIR), {
    lockfilePath: `${OUT_DIR}.build.lock`,
    realpath: false,
    // A builder killed mid-build leaves its lock; it counts as abandoned once it has not been touched for 10 s.
    stale: 10_000,
    update: 2_000,
    retries: { retries: 300, minTimeout: 100, maxTimeout: 500 },
    onCompromised: () => undefined,
  });
  try {
    if (buildIsCurrent()) return;
    // What a builder killed midway left behind; with the lock held, no other builder is using it.
    for (const name of await readdir(dirname(OUT_DIR))) {
      if (/^cli\.\d+\.(?:tmp|old)$/.test(name)) await rm(join(dirname(OUT_DIR), name), { recursive: true, force: true });
    }
    await buildAndSwap();
  } finally {
    await release().catch(() => undefined);
  }
}

/** Builds the CLI into a fresh folder, then swaps it in, so a command running meanwhile never sees half a build. */
async function buildAndSwap() {
  const { build } = await import('esbuild');
  const temp = `${OUT_DIR}.${process.pid}.tmp`;
  await rm(temp, { recursive: true, force: true });
  const result = await build({
    entryPoints: { factcheck: join(root, 'src/cli/run.ts'), 'extract-worker': join(root, 'src/main/import/extract-worker.ts') },
    bundle: true,
    splitting: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outdir: temp,
    entryNames: '[name]',
    chunkNames: 'chunks/[name]-[hash]',
    // Packages stay in node_modules: they load from there only when a command imports them.
    packages: 'external',
    metafile: true,
    logLevel: 'warning',
  });
  const inputs = [];
  for (const file of Object.keys(result.metafile.inputs)) {
    const path = resolve(root, file);
    inputs.push([relative(root, path), (await stat(path)).mtimeMs]);
  }
  inputs.push([relative(root, BUILD_SCRIPT), (await stat(BUILD_SCRIPT)).mtimeMs]);
  // The SQL files count as sources too: a changed schema file makes the next command rebuild.
  for (const name of await readdir(join(root, 'src/main/team/sql'))) {
    const path = join(root, 'src/main/team/sql', name);
    inputs.push([relative(root, path), (await stat(path)).mtimeMs]);
  }
  await writeFile(join(temp, 'inputs.json'), JSON.stringify(inputs));
  // The team schema's SQL files, beside whichever bundled file holds migrate.ts (it reads ./sql/ next to itself).
  for (const dir of ['sql', 'chunks/sql']) await cp(join(root, 'src/main/team/sql'), join(temp, dir), { recursive: true });
  // What each output file imports, and from which sources: tests/unit/cli-lazy.test.ts reads it.
  await writeFile(join(temp, 'meta.json'), JSON.stringify(result.metafile));
  await mkdir(dirname(OUT_DIR), { recursive: true });
  const old = `${OUT_DIR}.${process.pid}.old`;
  await rename(OUT_DIR, old).catch(() => undefined);
  try {
    await rename(temp, OUT_DIR);
  } catch (err) {
    // Another command built it at the same moment and swapped its build in first: that one is as good.
    if (err.code !== 'ENOTEMPTY' && err.code !== 'EEXIST') throw err;
    await rm(temp, { recursive: true, force: true });
  }
  await rm(old, { recursive: true, force: true });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await buildCli();

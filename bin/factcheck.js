#!/usr/bin/env node
// The `factcheck` command: runs the CLI built as JavaScript (out/cli/, built by `npm install`), never
// TypeScript at run time. A build that is missing, or older than a source it was built from (after a
// `git pull`), is built again first, so the command always runs the code in this checkout.
import { readFileSync, statSync } from 'node:fs';

const root = new URL('../', import.meta.url);

/** True when every source the build was made from is unchanged since (a missing build is not current). */
function buildIsCurrent() {
  let inputs;
  try {
    inputs = JSON.parse(readFileSync(new URL('out/cli/inputs.json', root), 'utf8'));
  } catch {
    return false;
  }
  for (const [file, mtimeMs] of inputs) {
    try {
      if (statSync(new URL(file, root)).mtimeMs !== mtimeMs) return false;
    } catch {
      return false;
    }
  }
  return true;
}

if (!buildIsCurrent()) {
  const { buildCli } = await import('../scripts/build-cli.mjs');
  await buildCli();
}
await import('../out/cli/factcheck.js');

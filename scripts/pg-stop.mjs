#!/usr/bin/env node
// Stops a cluster started by scripts/pg-start.mjs and removes its folder: node scripts/pg-stop.mjs CONNECTION_JSON
import { execFile } from 'node:child_process';
import { readFile, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { tmpdir } from 'node:os';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** Stops the cluster described by connection.json (fast shutdown) and deletes its temporary folder. */
export async function stopCluster(connectionFile) {
  const info = JSON.parse(await readFile(connectionFile, 'utf8'));
  // Why the check: this deletes a folder; only one pg-start made (in the temp folder, with its prefix) is removed.
  if (dirname(info.dir) !== tmpdir() || !basename(info.dir).startsWith('factcheck-pg-')) throw new Error(`${info.dir} is not a folder made by pg-start`);
  const args = ['-w', '-D', info.data, '-m', 'fast', 'stop'];
  const ctl = join(info.bin, 'pg_ctl');
  await (process.getuid?.() === 0 ? run('runuser', ['-u', 'postgres', '--', ctl, ...args]) : run(ctl, args)).catch(() => undefined);
  await rm(info.dir, { recursive: true, force: true });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const file = process.argv[2];
  if (!file) {
    console.error('usage: node scripts/pg-stop.mjs CONNECTION_JSON');
    process.exitCode = 2;
  } else {
    try {
      await stopCluster(file);
    } catch (err) {
      console.error(`pg-stop: ${err.stderr || err.message}`);
      process.exitCode = 1;
    }
  }
}

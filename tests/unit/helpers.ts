import { execFile } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

/** A fresh temp folder (real files: lowdb's memory preset is never used in tests). */
export function tempDir(prefix = 'unit'): Promise<string> {
  return mkdtemp(join(tmpdir(), `factcheck-${prefix}-`));
}

/** A fixed clock for deterministic output. */
export const FIXED_NOW = new Date('2026-03-04T05:06:07.000Z');

/** A promise whose settling the test controls. */
export function deferred<T = void>(): { promise: Promise<T>; resolve: (value: T) => void } {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

const run = promisify(execFile);

/** What a CLI run printed, and its exit code. */
export interface Ran {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI as a user would (`bin/factcheck.js`), on `dataDir` when given; never throws on a failed command. */
export async function factcheck(dataDir: string | null, ...args: string[]): Promise<Ran> {
  const env = { ...process.env, ...(dataDir ? { FACTCHECK_DATA_DIR: dataDir } : {}) };
  try {
    const { stdout, stderr } = await run(process.execPath, ['bin/factcheck.js', ...args], { env });
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

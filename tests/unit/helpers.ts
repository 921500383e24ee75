import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

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

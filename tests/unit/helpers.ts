import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { replayJournal } from '../../src/main/store/document-journal.ts';
import type { FactDocument } from '../../src/shared/model.ts';

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

/** A document as it is on disk: its file with its journal's changes replayed (how the store reads it). */
export async function storedDocument(dataDir: string, id: string): Promise<FactDocument> {
  const file = JSON.parse(await readFile(join(dataDir, 'documents', `${id}.json`), 'utf8')) as { document: FactDocument; folded?: number };
  const journal = await readFile(join(dataDir, 'documents', `${id}.journal`), 'utf8').catch(() => '');
  return replayJournal(file.document, file.folded ?? 0, journal).document;
}

/** The one document of a library as it is on disk (its file with its journal replayed), for tests of a single article. */
export async function onlyStoredDocument(dataDir: string): Promise<FactDocument> {
  const [name] = (await readdir(join(dataDir, 'documents'))).filter((n) => /^[A-Za-z0-9_-]+\.json$/.test(n) && !/\.v\d+\.json$/.test(n));
  return storedDocument(dataDir, name!.replace(/\.json$/, ''));
}

import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { WorkbenchError, type ErrorCode } from '../../shared/errors.ts';
import type { Extraction } from '../../shared/model.ts';
import { jobSize, runExtractJob, type ExtractJob } from './extract-job.ts';
import type { WorkerMessage } from './extract-worker.ts';

/** Inputs smaller than this are extracted in place: a worker's start costs more than they take. */
export const INLINE_LIMIT = 32 * 1024;

/** How long one article may take before the import gives up on it (a hang guard, far above any real page). */
const JOB_TIMEOUT_MS = 10 * 60_000;

/** The worker's script: built beside the main bundle (or one folder up from its chunks); from source, through tsx. */
function workerScript(): { script: string; eval: boolean } {
  for (const rel of ['./extract-worker.js', '../extract-worker.js']) {
    const path = fileURLToPath(new URL(rel, import.meta.url));
    if (existsSync(path)) return { script: path, eval: false };
  }
  // Running from TypeScript sources (tests, benchmarks): register tsx in the worker, then load the source.
  const tsx = pathToFileURL(tsxEsmApi()).href;
  const source = new URL('./extract-worker.ts', import.meta.url).href;
  return { script: `import(${JSON.stringify(tsx)}).then((m) => { m.register(); return import(${JSON.stringify(source)}); });`, eval: true };
}

/** Where tsx's ES-module API is, read from its package's own export map. */
function tsxEsmApi(): string {
  const require = createRequire(import.meta.url);
  const manifest = require.resolve('tsx/package.json');
  const exportsMap = (require(manifest) as { exports: Record<string, { import: { default: string } }> }).exports;
  return join(dirname(manifest), exportsMap['./esm/api']!.import.default);
}

let queue: Promise<unknown> = Promise.resolve();

/**
 * Extracts an article off the calling thread, so the library's writer keeps answering the window and other
 * processes while a large page is read; `onProgress` hears the percentage done. Jobs run one at a time.
 */
export function extractOffThread(job: ExtractJob, onProgress?: (percent: number) => void): Promise<Extraction> {
  if (jobSize(job) < INLINE_LIMIT) return Promise.resolve().then(() => runExtractJob(job));
  const run = queue.then(() => inWorker(job, onProgress));
  queue = run.catch(() => undefined);
  return run;
}

/** Runs a job on this thread, settling a promise's callbacks with its result. */
function inPlace(job: ExtractJob, resolve: (e: Extraction) => void, reject: (err: unknown) => void): void {
  try {
    resolve(runExtractJob(job));
  } catch (err) {
    reject(err);
  }
}

/** Runs one job in a fresh worker; a worker that dies or runs out of memory fails the job, not the app. */
function inWorker(job: ExtractJob, onProgress?: (percent: number) => void): Promise<Extraction> {
  const { script, eval: isCode } = workerScript();
  return new Promise((resolve, reject) => {
    let settled = false;
    let heard = false;
    // A page big enough to exhaust the worker's heap ends that worker alone, with a message.
    const worker = new Worker(script, { eval: isCode, workerData: job, resourceLimits: { maxOldGenerationSizeMb: 2048 } });
    const finish = (fn: () => void): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      fn();
      void worker.terminate();
    };
    const timer = setTimeout(() => finish(() => reject(new WorkbenchError('import', 'Reading the article took more than ten minutes and was stopped.'))), JOB_TIMEOUT_MS);
    worker.on('message', (m: WorkerMessage) => {
      heard = true;
      if (m.type === 'progress') onProgress?.(m.percent);
      else if (m.type === 'done') finish(() => resolve(m.extraction));
      else finish(() => reject(new WorkbenchError((m.code as ErrorCode | null) ?? 'import', m.message)));
    });
    worker.on('error', (err: Error & { code?: string }) => {
      const why = err.code === 'ERR_WORKER_OUT_OF_MEMORY' ? 'it is too large to read in the memory the reader may use' : err.message;
      // A worker that could not even start (its script missing from a damaged install) must not stop imports.
      if (!heard && err.code !== 'ERR_WORKER_OUT_OF_MEMORY') return finish(() => inPlace(job, resolve, reject));
      finish(() => reject(new WorkbenchError('import', `The article could not be read: ${why}.`)));
    });
    worker.on('exit', (code) => finish(() => reject(new WorkbenchError('import', `The article could not be read: the reader stopped (exit code ${code}).`))));
  });
}

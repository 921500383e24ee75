import { parentPort, workerData } from 'node:worker_threads';
import { codeOf } from '../../shared/errors.ts';
import { runExtractJob, type ExtractJob } from './extract-job.ts';

/** A message from the extraction worker to the thread that started it. */
export type WorkerMessage =
  | { type: 'progress'; percent: number }
  | { type: 'done'; extraction: ReturnType<typeof runExtractJob> }
  | { type: 'failed'; code: string | null; message: string };

const port = parentPort;
if (port) {
  let last = -1;
  try {
    const extraction = runExtractJob(workerData as ExtractJob, (done, total) => {
      const percent = total > 0 ? Math.floor((100 * done) / total) : 0;
      // One message per percent: enough for a progress bar, few enough not to flood the main thread.
      if (percent > last) {
        last = percent;
        port.postMessage({ type: 'progress', percent } satisfies WorkerMessage);
      }
    });
    port.postMessage({ type: 'done', extraction } satisfies WorkerMessage);
  } catch (err) {
    port.postMessage({ type: 'failed', code: codeOf(err), message: (err as Error).message } satisfies WorkerMessage);
  }
}

import type { ExtractProgress } from '../../shared/extract/extract.ts';
import type { Extraction } from '../../shared/model.ts';
import { extractArticle, readArticle } from './read-article.ts';
import { WorkbenchError } from '../../shared/errors.ts';

/** One article to extract: a file's bytes with its name, or pasted text. */
export type ExtractJob = { kind: 'file'; name: string; bytes: Uint8Array } | { kind: 'text'; text: string };

/** The size of a job's input, in bytes or characters. */
export function jobSize(job: ExtractJob): number {
  return job.kind === 'file' ? job.bytes.byteLength : job.text.length;
}

/** Extracts a job's article on the calling thread (the worker's, or the caller's for small inputs). */
export function runExtractJob(job: ExtractJob, onProgress?: ExtractProgress): Extraction {
  if (job.kind === 'file') return readArticle(job.name, job.bytes, onProgress);
  const extraction = extractArticle(job.text, 'text', 'Pasted article', onProgress);
  if (extraction.units.length === 0) throw new WorkbenchError('import', 'The pasted text has no sentences to review.');
  return extraction;
}

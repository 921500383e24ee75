import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Notice } from '../../shared/model.ts';
import { readInputFile } from '../import/read-input-file.ts';
import type { LibraryStore } from '../store/library-store.ts';
import { buildDocument } from './build-document.ts';
import { describeFsError } from './fs-errors.ts';

/**
 * Imports every seed article not imported before. A missing folder or a bad seed becomes a notice; it never
 * stops start-up or touches what is already stored.
 */
export async function importSeeds(store: LibraryStore, seedsDir: string, now: Date): Promise<Notice[]> {
  const notices: Notice[] = [];
  let names: string[];
  try {
    names = (await readdir(seedsDir, { withFileTypes: true })).filter((e) => e.isFile()).map((e) => e.name).sort();
  } catch (err) {
    return [{ level: 'warning', message: `No sample articles were loaded: the seeds folder ${seedsDir} cannot be read (${describeFsError(err)}).` }];
  }
  const failed: string[] = [];
  for (const name of names.filter((n) => !n.startsWith('.') && !store.seeded.includes(n))) {
    try {
      const bytes = await readInputFile(join(seedsDir, name));
      const doc = buildDocument(name, bytes, now);
      await store.addDocument(doc, name);
      notices.push({ level: 'info', message: `Loaded the sample article “${doc.title}”.` });
    } catch (err) {
      failed.push(name);
      notices.push({ level: 'warning', message: `Sample article ${name} was not loaded: ${(err as Error).message}` });
    }
  }
  await store.markSeeded(failed);
  return notices;
}

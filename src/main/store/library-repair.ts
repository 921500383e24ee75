import { readdir } from 'node:fs/promises';
import { WorkbenchError } from '../../shared/errors.ts';
import type { FactDocument, Notice } from '../../shared/model.ts';
import { describeFsError } from '../service/fs-errors.ts';
import { summarize } from '../../shared/summary.ts';
import type { LibraryIndex } from './library-index.ts';
import { emptyIndex } from './schema.ts';

/** Reads one document file of the library, checked and with its journal replayed; throws with why when it cannot. */
type ReadDocument = (id: string) => Promise<FactDocument>;

/**
 * The document ids of the files in a documents folder (backup versions and anything else left out). Why a listing
 * error is thrown, never read as an empty folder: a rebuild would write an empty index over a library whose
 * documents are all there, and the next start would take every one of them for a cut-off import.
 */
async function documentIds(folder: string): Promise<string[]> {
  const names = await readdir(folder).catch((err: unknown) => {
    throw new WorkbenchError('io', `The documents in ${folder} could not be listed: ${describeFsError(err)}. Nothing was changed; open the library again once the folder can be read.`);
  });
  return names.filter((n) => /^[A-Za-z0-9_-]+\.json$/.test(n) && !/\.v\d+\.json$/.test(n)).map((n) => n.replace(/\.json$/, ''));
}

/** True when a documents folder holds at least one document file (false when it cannot be listed). */
export async function hasDocumentFiles(folder: string): Promise<boolean> {
  return (await documentIds(folder).catch(() => [] as string[])).length > 0;
}

/** Lists every readable document file again (after the index was found damaged); each unreadable one is a notice. */
export async function rebuildIndex(folder: string, index: LibraryIndex, read: ReadDocument, notices: Notice[]): Promise<void> {
  const fresh = emptyIndex();
  for (const id of (await documentIds(folder)).sort()) {
    try {
      const doc = await read(id);
      fresh.documents.push(summarize(doc));
      fresh.seeded.push(doc.sourceName);
    } catch (err) {
      notices.push({ level: 'warning', message: (err as Error).message });
    }
  }
  index.data = fresh;
  await index.write();
}

/** Document files the index does not list (an import killed between its two writes) go to the trash, restorable. */
export async function adoptOrphans(folder: string, index: LibraryIndex, read: ReadDocument, toTrash: (id: string) => Promise<void>, notices: Notice[]): Promise<void> {
  const listed = new Set([...index.data.documents, ...index.data.trash].map((d) => d.id));
  // A folder that cannot be listed now has no orphans to adopt; the library opens with what its index lists.
  const orphans = (await documentIds(folder).catch(() => [] as string[])).filter((id) => !listed.has(id));
  for (const id of orphans) {
    try {
      const doc = await read(id);
      await toTrash(id);
      index.data.trash.push(summarize(doc));
      notices.push({ level: 'info', message: `An import of “${doc.title}” was cut off before it finished; the article is in the trash, where it can be restored.` });
    } catch (err) {
      notices.push({ level: 'warning', message: (err as Error).message });
    }
  }
  if (orphans.length > 0) await index.write();
}

import { changedPositions, type Items } from '../../shared/summary.ts';
import { PiecewiseCopy, type DocumentView } from './document-before.ts';
import { constants } from 'node:fs';
import { open, rm } from 'node:fs/promises';
import { openStoreFile, readStoreFile } from './store-open.ts';
import { WorkbenchError } from '../../shared/errors.ts';
import { describeFsError } from '../service/fs-errors.ts';
import { dirname } from 'node:path';
import type { Claim, Evidence, FactDocument, HistoryEntry } from '../../shared/model.ts';

/** The arrays of a document a record extends from a kept prefix. */
type Tail<T> = { keep: number; add: T[] };

/**
 * One claim's change as a record keeps it: the fields it replaced, those it removed, and its evidence from
 * a kept prefix. A link added to a claim of 3,000 links costs the link, not the claim.
 */
export interface ClaimPatch {
  set?: Record<string, unknown>;
  unset?: string[];
  evidence?: Tail<Evidence>;
}

/**
 * One change to a document as its journal keeps it: what the change replaced, never the whole document.
 * Every part is absolute (set these fields, these claims; keep this many entries, then these), so replaying
 * a record on a file that already holds it gives the same document: a fold cut off after its rename and
 * before the journal was removed replays harmlessly.
 */
export interface JournalRecord {
  /** The record's number in its document (counting on from the last one folded into the file). */
  seq?: number;
  /** Top-level fields replaced whole (updatedAt, sourceUrl, the text of a new version...). */
  set?: Record<string, unknown>;
  /** Top-level optional fields removed. */
  unset?: string[];
  /**
   * Claims changed at their place (the list kept its length): patched (`patch`), or whole (`at`, records
   * written before patches); or the list from a kept prefix.
   */
  claims?: { patch: Array<[number, ClaimPatch]> } | { at: Array<[number, Claim]> } | Tail<Claim>;
  history?: Tail<HistoryEntry>;
  undoStack?: Tail<string>;
  redoStack?: Tail<string>;
}

const ARRAYS = new Set(['claims', 'history', 'undoStack', 'redoStack']);

/** How many leading items two arrays share (by identity: changes replace items and never edit them in place). */
function sharedPrefix<T>(a: Items<T>, b: readonly T[]): number {
  const n = Math.min(a.length, b.length);
  let i = 0;
  while (i < n && a.at(i) === b[i]) i++;
  return i;
}

function tail<T>(before: Items<T>, after: readonly T[]): Tail<T> | undefined {
  const keep = before instanceof PiecewiseCopy ? before.sharedPrefix(after) : sharedPrefix(before, after);
  return keep === before.length && keep === after.length ? undefined : { keep, add: after.slice(keep) };
}

/**
 * The record that turns `before` into `after`, found by identity: the store's changes replace the claims and
 * entries they change and append to the arrays, so an unchanged claim or entry is the very same object.
 * Costs one pass over the claims (none when `changed`, the positions changedPositions gave, is passed), and
 * nothing over the history but its new entries.
 */
export function diffDocument(before: FactDocument | DocumentView, after: FactDocument, changed?: readonly number[] | null): JournalRecord {
  const record: JournalRecord = {};
  const b = before as unknown as Record<string, unknown>;
  const a = after as unknown as Record<string, unknown>;
  for (const key of new Set([...Object.keys(b), ...Object.keys(a)])) {
    if (ARRAYS.has(key) || b[key] === a[key]) continue;
    if (a[key] === undefined) (record.unset ??= []).push(key);
    else (record.set ??= {})[key] = a[key];
  }
  if (before.claims.length === after.claims.length) {
    const patch = (changed ?? changedPositions(before.claims, after.claims)).map((i): [number, ClaimPatch] => [i, claimPatch(before.claims.at(i)!, after.claims[i]!)]);
    if (patch.length > 0) record.claims = { patch };
  } else record.claims = tail(before.claims, after.claims);
  record.history = tail(before.history, after.history);
  record.undoStack = tail(before.undoStack, after.undoStack);
  record.redoStack = tail(before.redoStack, after.redoStack);
  for (const key of ['claims', 'history', 'undoStack', 'redoStack'] as const) if (record[key] === undefined) delete record[key];
  return record;
}

/** What turns claim `before` into `after`: its fields by identity, its evidence from the links both lists start with. */
function claimPatch(before: Claim, after: Claim): ClaimPatch {
  const patch: ClaimPatch = {};
  const b = before as unknown as Record<string, unknown>;
  const a = after as unknown as Record<string, unknown>;
  for (const key of new Set([...Object.keys(b), ...Object.keys(a)])) {
    if (b[key] === a[key]) continue;
    if (a[key] === undefined) (patch.unset ??= []).push(key);
    else if (key === 'evidence' && Array.isArray(b[key]) && Array.isArray(a[key])) patch.evidence = tail(before.evidence, after.evidence);
    else (patch.set ??= {})[key] = a[key];
  }
  return patch;
}

/** Claim `claim` with a patch applied (a new object). */
function patched(claim: Claim, patch: ClaimPatch): Claim {
  if (typeof patch !== 'object' || patch === null) throw new Error('a journal record does not fit its document');
  const next = { ...claim, ...(patch.set ?? {}) } as Record<string, unknown>;
  for (const key of patch.unset ?? []) delete next[key];
  if (patch.evidence) next.evidence = applyTail(claim.evidence, patch.evidence);
  return next as unknown as Claim;
}

function applyTail<T>(list: T[], t: Tail<T> | undefined): T[] {
  if (!t) return list;
  if (!Number.isInteger(t.keep) || t.keep < 0 || t.keep > list.length || !Array.isArray(t.add)) throw new Error('a journal record does not fit its document');
  return [...list.slice(0, t.keep), ...t.add];
}

/** `doc` with one record applied (a new object; `doc` is left as it was). */
export function applyRecord(doc: FactDocument, record: JournalRecord): FactDocument {
  const next = { ...doc, ...(record.set ?? {}) } as FactDocument;
  for (const key of record.unset ?? []) if (!ARRAYS.has(key)) delete (next as unknown as Record<string, unknown>)[key];
  const claims = record.claims;
  if (claims && 'patch' in claims) {
    next.claims = [...doc.claims];
    for (const [i, p] of claims.patch) {
      if (!Number.isInteger(i) || i < 0 || i >= next.claims.length) throw new Error('a journal record does not fit its document');
      next.claims[i] = patched(doc.claims[i]!, p);
    }
  } else if (claims && 'at' in claims) {
    next.claims = [...doc.claims];
    for (const [i, c] of claims.at) {
      if (!Number.isInteger(i) || i < 0 || i >= next.claims.length) throw new Error('a journal record does not fit its document');
      next.claims[i] = c;
    }
  } else next.claims = applyTail(doc.claims, claims);
  next.history = applyTail(doc.history, record.history);
  next.undoStack = applyTail(doc.undoStack, record.undoStack);
  next.redoStack = applyTail(doc.redoStack, record.redoStack);
  return next;
}

/** The records of a journal's text; a last line cut off by a crash (never acknowledged) is left out and measured. */
export function parseJournal(text: string): { records: JournalRecord[]; validBytes: number; torn: boolean } {
  const end = text.lastIndexOf('\n') + 1;
  const records = text
    .slice(0, end)
    .split('\n')
    .filter((line) => line.length > 0)
    .map((line) => JSON.parse(line) as JournalRecord);
  return { records, validBytes: Buffer.byteLength(text.slice(0, end)), torn: end < text.length };
}

/**
 * A document with its journal's records applied, as the store reads it (tests read the disk the same way):
 * records the file already holds (`folded`: a fold cut off before it removed the journal) are skipped.
 */
export function replayJournal(doc: FactDocument, folded: number, text: string): { document: FactDocument; seq: number } {
  let seq = folded;
  let document = doc;
  for (const record of parseJournal(text).records) {
    const n = record.seq ?? 0;
    if (n <= folded) continue;
    document = applyRecord(document, record);
    seq = Math.max(seq, n);
  }
  return { document, seq };
}

/** The journal of a document file: `documents/<id>.json` has `documents/<id>.journal`. */
export function journalPath(documentFile: string): string {
  return documentFile.replace(/\.json$/, '.journal');
}

// Every open goes through openStoreFile: a link or a pipe planted under the journal's name is refused, never
// written or read through. Only the library's one writer opens a journal.

/** The journal's text, or '' when there is none. */
export async function readJournal(path: string): Promise<string> {
  try {
    return await readStoreFile(path);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return '';
    // A link or a pipe in its place is never read through: the checker is told what is there and what to do.
    throw new WorkbenchError('store', `The changes journal ${path} cannot be read: ${describeFsError(err)}. If it is not a file the workbench wrote, move it out of the library folder: the article then opens as its file last saved it.`);
  }
}

/** Cuts off a torn last line, so the next record starts on a line of its own. */
export async function truncateJournal(path: string, bytes: number): Promise<void> {
  const handle = await openStoreFile(path, constants.O_WRONLY);
  try {
    await handle.truncate(bytes);
    await handle.datasync();
  } finally {
    await handle.close();
  }
}

/**
 * Appends one record and flushes it to the disk before resolving (the change is acknowledged only then).
 * A journal created by this append also has its folder synced, so the new file's name survives a power cut.
 */
export async function appendRecord(path: string, record: JournalRecord, created: boolean): Promise<number> {
  const line = Buffer.from(`${JSON.stringify(record)}\n`, 'utf8');
  const handle = await openStoreFile(path, constants.O_WRONLY | constants.O_APPEND | constants.O_CREAT, 0o600);
  try {
    // Why a loop: a nearly full disk can take part of a write without an error; a record cut short and then
    // acknowledged would be dropped as torn at the next read. The rest is written, or the disk's error thrown.
    for (let done = 0; done < line.length; ) {
      const { bytesWritten } = await handle.write(line, done, line.length - done);
      if (bytesWritten === 0) throw Object.assign(new Error(`${path}: the disk took none of the record`), { code: 'ENOSPC' });
      done += bytesWritten;
    }
    await handle.datasync();
  } finally {
    await handle.close();
  }
  if (created) await syncFolder(dirname(path));
  return line.length;
}

/** Removes a journal once the document file holds its records. */
export async function removeJournal(path: string): Promise<void> {
  await rm(path, { force: true });
}

async function syncFolder(dir: string): Promise<void> {
  try {
    const handle = await open(dir, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // Windows cannot open folders for syncing.
  }
}

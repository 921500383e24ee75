import { rename } from 'node:fs/promises';
import { constants } from 'node:fs';
import { WorkbenchError } from '../../shared/errors.ts';
import type { FactDocument } from '../../shared/model.ts';
import { appendRecord, applyRecord, diffDocument, journalPath, parseJournal, readJournal, removeJournal, truncateJournal } from './document-journal.ts';
import { stamp } from './quarantine.ts';
import { openStoreFile } from './store-open.ts';
import type { DocumentView } from './document-before.ts';


/** When a document's journal is folded into its file: past this size at once, else after this quiet time. */
export interface JournalOptions {
  foldBytes?: number;
  foldIdleMs?: number;
}

/** A journal is folded when it passes 1 MiB (about a thousand marks), or 3 s after the document's last change. */
const FOLD_BYTES = 1 << 20;
const FOLD_IDLE_MS = 3_000;

/**
 * The journals of a library's documents: a change is appended to its document's journal and flushed to the
 * disk (as durable as rewriting the file, at the cost of the change alone), and the journal is folded into
 * the document file later, in the background. Only the library's one writer holds this.
 */
export class DocumentJournals {
  readonly foldBytes: number;
  readonly foldIdleMs: number;
  /** Bytes in each document's journal (absent: no journal). */
  readonly #bytes = new Map<string, number>();
  /** Each document's last record number: folded into its file, or appended since. */
  readonly #seq = new Map<string, number>();
  /** Documents whose journal could not be cut back after a failed append: their next change rewrites the file. */
  readonly #broken = new Set<string>();
  readonly #timers = new Map<string, ReturnType<typeof setTimeout>>();
  readonly #fold: (id: string) => void;

  constructor(options: JournalOptions, fold: (id: string) => void) {
    this.foldBytes = options.foldBytes ?? FOLD_BYTES;
    this.foldIdleMs = options.foldIdleMs ?? FOLD_IDLE_MS;
    this.#fold = fold;
  }

  /**
   * The document of a file just read, with its journal replayed. `track` (the writer loading a document to
   * change it) also cuts off a torn last record, which was never acknowledged, so the next starts on its own line.
   */
  async replayed(id: string, file: string, document: FactDocument, folded: number, track: boolean): Promise<FactDocument> {
    const path = journalPath(file);
    const text = await readJournal(path);
    let seq = folded;
    let doc = document;
    let parsed: ReturnType<typeof parseJournal> | null = null;
    if (text) {
      try {
        parsed = parseJournal(text);
        for (const record of parsed.records) {
          if ((record.seq ?? 0) <= folded) continue;
          doc = applyRecord(doc, record);
          seq = Math.max(seq, record.seq ?? 0);
        }
      } catch (err) {
        throw new WorkbenchError('damaged', `${path} is damaged: ${(err as Error).message}`);
      }
    }
    if (!track) return doc;
    this.#seq.set(id, seq);
    this.#broken.delete(id);
    if (!parsed) this.#bytes.delete(id);
    else {
      if (parsed.torn) await truncateJournal(path, parsed.validBytes);
      this.#bytes.set(id, parsed.validBytes);
      this.#schedule(id, this.foldIdleMs);
    }
    return doc;
  }

  /** True when the document's next change must rewrite its file (no journal to append to). */
  mustRewrite(id: string): boolean {
    return this.#broken.has(id);
  }

  /** True when the journal on disk is the one this store wrote (its size is what this store appended). */
  async isOwn(id: string, file: string): Promise<boolean> {
    try {
      const handle = await openStoreFile(journalPath(file), constants.O_RDONLY);
      try {
        return (await handle.stat()).size === this.#bytes.get(id);
      } finally {
        await handle.close();
      }
    } catch {
      return false;
    }
  }

  /** True when the document has records not folded into its file yet. */
  has(id: string): boolean {
    return this.#bytes.has(id);
  }

  /** The number of the document's last record: what its file holds once folded. */
  seq(id: string): number {
    return this.#seq.get(id) ?? 0;
  }

  /** Appends the change from `before` to `after` (`changed`: the claim positions it replaced, if known); resolves once it is on disk. */
  async append(id: string, file: string, before: FactDocument | DocumentView, after: FactDocument, changed?: readonly number[] | null): Promise<void> {
    const path = journalPath(file);
    const had = this.#bytes.get(id);
    const seq = this.seq(id) + 1;
    try {
      const bytes = await appendRecord(path, { seq, ...diffDocument(before, after, changed) }, had === undefined);
      this.#seq.set(id, seq);
      this.#bytes.set(id, (had ?? 0) + bytes);
    } catch (err) {
      // Why: a record cut off by a full disk must not stay in the middle of the journal, where the next
      // record would follow it on the same line and make the whole journal unreadable.
      await (had === undefined ? removeJournal(path) : truncateJournal(path, had)).catch(() => this.#broken.add(id));
      throw err;
    }
    this.#schedule(id, this.#bytes.get(id)! >= this.foldBytes ? 0 : this.foldIdleMs);
  }

  /** Forgets the journal once the file holds everything (after a fold or a rewrite): removes it from the disk. */
  async folded(id: string, file: string): Promise<void> {
    this.#cancel(id);
    await removeJournal(journalPath(file));
    this.#bytes.delete(id);
    this.#broken.delete(id);
  }

  /** Starts a document afresh at record `seq` (a new document, or one put back from a backup). */
  reset(id: string, seq: number): void {
    this.#cancel(id);
    this.#bytes.delete(id);
    this.#broken.delete(id);
    this.#seq.set(id, seq);
  }

  /** Moves the journal of a damaged document aside with it, so it is never replayed on another file put in its place. */
  async setAside(file: string, now: Date): Promise<void> {
    const path = journalPath(file);
    try {
      // Why O_NOFOLLOW: only a journal this store wrote is moved; a link in its place is left alone.
      await (await openStoreFile(path, constants.O_RDONLY)).close();
      await rename(path, `${path}.damaged-${stamp(now)}`);
    } catch {
      // No journal (or none that can be moved): nothing to set aside.
    }
  }

  #schedule(id: string, ms: number): void {
    this.#cancel(id);
    const timer = setTimeout(() => {
      this.#timers.delete(id);
      this.#fold(id);
    }, ms);
    // Why unref: a pending fold must not keep a CLI process alive; the journal is durable as it is.
    timer.unref?.();
    this.#timers.set(id, timer);
  }

  #cancel(id: string): void {
    const timer = this.#timers.get(id);
    if (timer) clearTimeout(timer);
    this.#timers.delete(id);
  }

  /** The documents whose journal has passed the size at which it is folded. */
  oversized(): string[] {
    return [...this.#bytes].filter(([, bytes]) => bytes >= this.foldBytes).map(([id]) => id);
  }

  /** Stops every pending fold (the store is being let go). */
  stop(): void {
    for (const id of [...this.#timers.keys()]) this.#cancel(id);
  }
}

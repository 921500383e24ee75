import type { ClaimEdit } from '../../../shared/claim-edits.ts';
import { codeOf } from '../../../shared/errors.ts';
import type { DroppedFile, EditResult, ImportOutcome, WorkbenchBridge } from '../../../shared/ipc-contract.ts';
import type { Claim, DocumentSummary, DocumentView, LibraryState, SimilarClaim } from '../../../shared/model.ts';
import { changedElsewhere } from './changed-elsewhere.ts';
import { STATUS_INFO, type Status } from '../../../shared/status.ts';
import { summarize } from '../../../shared/summary.ts';
import { ExportState } from './export-state.svelte.ts';
import { ImportQuestions } from './import-questions.svelte.ts';
import { ClaimFilters } from './filters.svelte.ts';
import { Library } from './library.svelte.ts';
import { Messages, type Toast } from './messages.svelte.ts';
import { OpenDocument } from './open-document.svelte.ts';
import { SaveQueue } from './save-queue.svelte.ts';
import { Selection, type Move } from './selection.svelte.ts';

export type { Toast } from './messages.svelte.ts';

/** What an import did, for the dialog that asked for it: whether anything came in, and why not. */
export interface ImportResult {
  imported: boolean;
  refused: string | null;
}
export { RETRY_MS, type UnsavedChange } from './save-queue.svelte.ts';

/**
 * The workbench: the library, the open document, the selection, the save queue and the messages, each held by
 * its own state class, and the actions that take more than one of them. Components read it and call its methods.
 */
/** The document the checker changed last (the first one when none was changed yet). */
function lastWorkedOn(documents: readonly DocumentSummary[]): DocumentSummary | undefined {
  let latest = documents[0];
  let at = '';
  for (const d of documents) {
    const changed = d.updatedAt && d.updatedAt !== d.importedAt ? d.updatedAt : '';
    if (changed > at) [latest, at] = [d, changed];
  }
  return latest;
}

export class Workbench {
  readonly #api: WorkbenchBridge;
  readonly filters = new ClaimFilters();
  readonly library = new Library();
  readonly doc = new OpenDocument();
  readonly messages = new Messages();
  readonly saves: SaveQueue;
  readonly selection: Selection;
  #loading = $state(true);
  #busy = $state(false);
  /** Imports held back until the user answers (not an article, no claims, already in the library). */
  readonly questions = new ImportQuestions();
  #openTicket = 0;
  #claims = $derived(this.doc.view ? this.filters.apply(this.doc.view.claims) : []);

  constructor(api: WorkbenchBridge) {
    this.#api = api;
    this.saves = new SaveQueue(api, this.messages, (documentId, result) => this.#apply(documentId, result));
    this.selection = new Selection(() => this.#claims);
  }

  get documents(): DocumentSummary[] {
    return this.library.documents;
  }
  get document(): DocumentView | null {
    return this.doc.view;
  }
  /** The claims the list shows, after filters. */
  get claims(): Claim[] {
    return this.#claims;
  }
  get selectedId(): string | null {
    return this.selection.claim?.id ?? null;
  }
  /** The selected claim, only while the list shows it: keys never act on a claim out of sight. */
  get selected(): Claim | null {
    return this.selection.claim;
  }
  get toast(): Toast | null {
    return this.messages.toast;
  }
  get loading(): boolean {
    return this.#loading;
  }
  get busy(): boolean {
    return this.#busy;
  }

  /** Loads the library and reopens where the checker left off: the document changed last, at the claim changed last. */
  async load(): Promise<void> {
    this.#loading = true;
    try {
      this.library.set(await this.#api.getLibrary());
      const latest = lastWorkedOn(this.library.documents);
      if (latest) {
        await this.open(latest.id);
        const touched = this.doc.view?.history.findLast((h) => this.doc.claim(h.claimId) !== null);
        if (touched && this.doc.view?.id === latest.id) this.selection.select(touched.claimId);
      }
    } catch (err) {
      this.messages.fail('The library could not be loaded', err);
    } finally {
      this.#loading = false;
    }
  }

  /** Opens a document and selects its first listed claim. */
  async open(documentId: string): Promise<void> {
    // Why: when the user clicks through the library quickly, only the last document asked for may be shown.
    const ticket = ++this.#openTicket;
    try {
      const doc = await this.#api.getDocument(documentId);
      if (ticket !== this.#openTicket) return;
      this.doc.set(doc);
      // The document is the record: its listing follows it (a summary left stale by a crash, or by another program).
      // The fingerprint the library already has is kept: making it again reads the whole text.
      this.library.put(summarize({ ...doc, fingerprint: doc.fingerprint ?? this.library.find(doc.id)?.fingerprint }));
      this.selection.reset();
    } catch (err) {
      this.messages.fail('The document could not be opened', err);
      // A damaged file shows in the library with a way to restore it.
      if (codeOf(err) === 'damaged') this.library.set(await this.#api.getLibrary().catch(() => this.#libraryNow()));
    }
  }

  #libraryNow(): LibraryState {
    return { documents: this.library.documents, trash: this.library.trash, notices: this.library.notices, dataDir: '' };
  }

  /**
   * Takes in what changed outside the app since it was last looked at (the CLI on the same folder): new
   * documents in the library, and a newer version of the open document, keeping the selection.
   */
  async refresh(): Promise<void> {
    const ticket = this.#openTicket;
    try {
      this.library.set(await this.#api.getLibrary());
      const doc = this.doc.view;
      const summary = doc && this.library.find(doc.id);
      // A document the user opened meanwhile wins over reloading the one shown before.
      if (ticket !== this.#openTicket || !doc || !summary || summary.updatedAt === (doc.updatedAt ?? doc.importedAt)) return;
      const selected = this.selection.id;
      await this.open(doc.id);
      if (selected && this.doc.claim(selected)) this.selection.select(selected);
      this.messages.say(changedElsewhere(summary.title, doc.history, this.doc.view?.history ?? [], (id) => this.doc.claim(id)?.n ?? null));
    } catch {
      // Nothing is lost by keeping what is shown; the next action reports any real problem.
    }
  }

  /** Opens the previous or next document of the library. */
  async openAdjacent(delta: number): Promise<void> {
    const next = this.library.adjacent(this.doc.view?.id, delta);
    if (next && next.id !== this.doc.view?.id) await this.open(next.id);
  }

  /** Takes in a change the service made for another part of the window (a team conflict resolved). */
  applySaved(documentId: string, result: EditResult): void {
    this.#apply(documentId, result);
  }

  /** Opens a document (if not open), clears the filters and selects one of its claims: where a search leads. */
  async reveal(documentId: string, claimId: string): Promise<void> {
    if (this.doc.view?.id !== documentId) await this.open(documentId);
    this.filters.reset();
    this.selection.select(claimId);
  }

  /** Selects a claim. */
  select(claimId: string): void {
    this.selection.select(claimId);
  }

  /** Moves the selection up or down the shown claims. */
  move(delta: number): void {
    this.selection.move({ by: delta });
  }

  /** Moves the selection to an end of the list or by a page. */
  moveTo(move: Move): void {
    this.selection.move(move);
  }

  /** Selects the next claim still Unreviewed; says so when none is left. */
  nextUnreviewed(): void {
    // A mark still on its way to disk counts: the claim just marked is not "next unreviewed".
    if (!this.selection.next((c) => (this.saves.pendingStatus(c.id) ?? c.status) === 'unreviewed')) this.messages.say('Every claim shown has been reviewed.');
  }

  /** Sets a claim's status; the row shows "saving" until the change is on disk. */
  async setStatus(claimId: string, status: Status): Promise<void> {
    await this.edit(claimId, { kind: 'status', status });
  }

  /**
   * Applies one change to a claim; returns false if it was not saved. When the change takes the selected claim
   * off the list (dismissed, taken off), the selection moves on to the claim after it.
   */
  async edit(claimId: string, edit: ClaimEdit): Promise<boolean> {
    const doc = this.doc.view;
    if (!doc) return false;
    const follower = this.selection.followerOf(claimId);
    const result = await this.saves.send(doc.id, claimId, edit);
    if (!result) return false;
    if (this.selection.id === claimId && !this.#claims.some((c) => c.id === claimId) && follower) this.selection.select(follower);
    const claim = result.claim;
    if (result.entry && claim) this.messages.say(edit.kind === 'status' ? `Claim ${claim.n} saved as ${STATUS_INFO[claim.status].label}.` : `Saved: ${result.entry.label}.`);
    return true;
  }

  /** Adds the article text between two offsets as a claim and selects it. */
  async addClaim(start: number, end: number): Promise<void> {
    const doc = this.doc.view;
    if (!doc) return;
    try {
      const result = await this.#api.addClaim(doc.id, start, end);
      this.#apply(doc.id, result);
      this.selection.select(result.claimId);
      if (result.entry) this.messages.say(`Saved: ${result.entry.label}.`);
    } catch (err) {
      this.messages.fail('The claim was not added', err);
    }
  }

  /** Undoes the last change to the open document. */
  async undo(): Promise<void> {
    await this.#step('undo');
  }

  /** Redoes the last undone change. */
  async redo(): Promise<void> {
    await this.#step('redo');
  }

  async #step(direction: 'undo' | 'redo'): Promise<void> {
    const doc = this.doc.view;
    if (!doc) return;
    try {
      const result = direction === 'undo' ? await this.#api.undo(doc.id) : await this.#api.redo(doc.id);
      if (!result) {
        this.messages.say(`Nothing to ${direction}.`);
        return;
      }
      const follower = this.selection.followerOf(result.claimId);
      this.#apply(doc.id, result);
      // The claim undone is selected when the list shows it; otherwise the selection moves on past it.
      if (this.#claims.some((c) => c.id === result.claimId)) this.selection.select(result.claimId);
      else if (this.selection.id === result.claimId && follower) this.selection.select(follower);
      this.messages.say(result.entry?.label ?? '');
    } catch (err) {
      this.messages.fail(`Could not ${direction}`, err);
    }
  }

  /** Puts a saved change into the open document and the library listing. */
  #apply(documentId: string, result: EditResult): void {
    this.library.put(result.summary);
    this.doc.apply(documentId, result);
  }

  /** Imports articles chosen in the open dialog. */
  async importFiles(): Promise<void> {
    await this.#import(() => this.#api.importFiles());
  }

  /** Imports files dropped on the window. */
  async importDropped(files: DroppedFile[]): Promise<void> {
    await this.#import(() => this.#api.importDropped(files));
  }

  /** Imports pasted article text; says whether anything was imported (or is waiting for an answer) and, if not, why. */
  async importText(text: string): Promise<ImportResult> {
    return this.#import(() => this.#api.importText(text));
  }

  /** Answers the current import question: import the held-back article, or drop it. */
  async answerImport(importIt: boolean): Promise<void> {
    const question = this.questions.next();
    if (!question) return;
    if (importIt) await this.#import(() => this.#api.confirmImport(question.token));
    else await this.#api.dropImport(question.token).catch(() => undefined);
  }

  async #import(run: () => Promise<ImportOutcome>): Promise<ImportResult> {
    this.#busy = true;
    try {
      const outcome = await run();
      this.questions.add(outcome.pending);
      this.library.set(await this.#api.getLibrary());
      const last = outcome.imported.at(-1);
      if (last) await this.open(last.id);
      const parts = [];
      // One message per outcome: an update or an unchanged copy is said by its own message, not also "Imported".
      const added = outcome.imported.filter((d) => !outcome.updated?.includes(d.id));
      if (added.length) parts.push(`Imported ${added.map((d) => `“${d.title}”`).join(', ')}.`);
      parts.push(...(outcome.messages ?? []), ...outcome.errors);
      if (parts.length) this.messages.say(parts.join(' '), outcome.errors.length ? 'error' : 'info');
      return { imported: outcome.imported.length > 0 || outcome.pending.length > 0, refused: outcome.errors.join(' ') || null };
    } catch (err) {
      this.messages.fail('Nothing was imported', err);
      return { imported: false, refused: err instanceof Error ? err.message : String(err) };
    } finally {
      this.#busy = false;
    }
  }

  /** Moves a document to the trash (the caller has asked the user to confirm). */
  async deleteDocument(documentId: string): Promise<void> {
    try {
      const title = this.library.find(documentId)?.title ?? 'the document';
      this.library.set(await this.#api.deleteDocument(documentId));
      if (this.doc.view?.id === documentId) {
        this.doc.clear();
        this.selection.select(null);
        const first = this.library.documents[0];
        if (first) await this.open(first.id);
      }
      this.messages.say(`Moved “${title}” to the trash. Restore it from the trash in the sidebar.`);
    } catch (err) {
      this.messages.fail('The document was not deleted', err);
    }
  }

  /** Brings a document back from the trash and opens it. */
  async restoreDocument(documentId: string): Promise<void> {
    await this.#restore(documentId, () => this.#api.restoreDocument(documentId), 'Restored from the trash.', 'The document was not restored');
  }

  /** Restores a damaged document from its newest backup and opens it. */
  async restoreBackup(documentId: string): Promise<void> {
    await this.#restore(documentId, () => this.#api.restoreBackup(documentId), 'Restored from the latest backup.', 'The backup was not restored');
  }

  async #restore(documentId: string, call: () => Promise<LibraryState>, done: string, failed: string): Promise<void> {
    try {
      this.library.set(await call());
      await this.open(documentId);
      this.messages.say(done);
    } catch (err) {
      this.messages.fail(failed, err);
    }
  }

  /** The export dialog's state for the open document, or null (with a message) when none is open. */
  /** Renames a document; false (with the reason said) when it was refused. */
  async renameDocument(documentId: string, title: string): Promise<boolean> {
    try {
      const summary = await this.#api.renameDocument(documentId, title);
      this.library.put(summary);
      this.doc.setTitle(documentId, summary.title);
      return true;
    } catch (err) {
      this.messages.fail('The document could not be renamed', err);
      return false;
    }
  }

  startExport(): ExportState | null {
    const doc = this.doc.view;
    if (!doc) {
      this.messages.say('Open a document before exporting a report.', 'error');
      return null;
    }
    return new ExportState(this.#api, doc.id, doc.sourceUrl, (url) => this.doc.setUrl(doc.id, url));
  }

  /** "Checked before?": similar claims from other documents for a claim of the open document. */
  async similarClaims(claimId: string): Promise<SimilarClaim[]> {
    const doc = this.doc.view;
    return doc ? this.#api.similarClaims(doc.id, claimId) : [];
  }

  /** The bridge, for state classes that talk to main on their own (search, export). */
  get api(): WorkbenchBridge {
    return this.#api;
  }
}

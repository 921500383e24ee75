import type { ClaimEdit } from '../../../shared/claim-edits.ts';
import { isOnList, isReviewed } from '../../../shared/claim-rules.ts';
import type { DroppedFile, EditResult, ImportOutcome, UndoState, WorkbenchBridge } from '../../../shared/ipc-contract.ts';
import type { Claim, DocumentSummary, DocumentView, LibraryState, Notice, SimilarClaim } from '../../../shared/model.ts';
import { emptyCounts, STATUS_INFO, type Status } from '../../../shared/status.ts';
import { codeOf } from '../../../shared/errors.ts';
import { ExportState } from './export-state.svelte.ts';
import { ImportQuestions } from './import-questions.svelte.ts';
import { ClaimFilters } from './filters.svelte.ts';
import { summarize } from '../../../shared/summary.ts';
import { undoStateOf } from '../../../shared/undo-state.ts';

/** A message in the status area: what just happened, or what went wrong. */
export interface Toast {
  level: 'info' | 'error';
  text: string;
}

/** A change the disk refused; kept here and retried until it is saved. */
export interface UnsavedChange {
  documentId: string;
  claimId: string;
  edit: ClaimEdit;
}

/** How often unsaved changes are retried. */
export const RETRY_MS = 5000;

const NO_UNDO: UndoState = { canUndo: false, canRedo: false, undoLabel: null, redoLabel: null };

/** The workbench's state and every action on it; components only read it and call its methods. */
export class Workbench {
  readonly #api: WorkbenchBridge;
  readonly filters = new ClaimFilters();
  #library = $state<LibraryState>({ documents: [], trash: [], notices: [], dataDir: '' });
  #document = $state<DocumentView | null>(null);
  #selectedId = $state<string | null>(null);
  #pending = $state<Record<string, number>>({});
  #pendingStatus = $state<Record<string, Status>>({});
  #undo = $state<UndoState>(NO_UNDO);
  #toast = $state<Toast | null>(null);
  #loading = $state(true);
  #busy = $state(false);
  /** Imports held back until the user answers (not an article, no claims, already in the library). */
  readonly questions = new ImportQuestions();
  #unsaved = $state<UnsavedChange[]>([]);
  #unsavedReason = $state('');
  #retryTimer: ReturnType<typeof setInterval> | null = null;
  #openTicket = 0;

  #claims = $derived(this.#document ? this.filters.apply(this.#document.claims) : []);
  #listed = $derived(this.#document ? this.#document.claims.filter(isOnList) : []);
  #counts = $derived.by(() => {
    const counts = emptyCounts();
    for (const c of this.#listed) counts[c.status]++;
    return counts;
  });
  #selected = $derived(this.#document?.claims.find((c) => c.id === this.#selectedId) ?? null);

  constructor(api: WorkbenchBridge) {
    this.#api = api;
  }

  get documents(): DocumentSummary[] {
    return this.#library.documents;
  }
  get trash(): DocumentSummary[] {
    return this.#library.trash;
  }
  get notices(): Notice[] {
    return this.#library.notices;
  }
  get document(): DocumentView | null {
    return this.#document;
  }
  /** The claims the list shows, after filters. */
  get claims(): Claim[] {
    return this.#claims;
  }
  /** Every claim on the checker's list, before filters. */
  get listed(): Claim[] {
    return this.#listed;
  }
  /** How many units are hidden as not check-worthy. */
  get hiddenCount(): number {
    return this.#document ? this.#document.claims.filter((c) => !c.dismissed && !isOnList(c)).length : 0;
  }
  /** How many units were dismissed. */
  get dismissedCount(): number {
    return this.#document ? this.#document.claims.filter((c) => c.dismissed).length : 0;
  }
  get counts(): Record<Status, number> {
    return this.#counts;
  }
  /** Reviewed claims and all claims on the list. */
  get progress(): { reviewed: number; total: number } {
    return { reviewed: this.#listed.filter(isReviewed).length, total: this.#listed.length };
  }
  get selectedId(): string | null {
    return this.#selectedId;
  }
  get selected(): Claim | null {
    return this.#selected;
  }
  get undoState(): UndoState {
    return this.#undo;
  }
  get toast(): Toast | null {
    return this.#toast;
  }
  get loading(): boolean {
    return this.#loading;
  }
  get busy(): boolean {
    return this.#busy;
  }

  /** Changes the disk refused, in the order they were made; they are retried until saved. */
  get unsaved(): UnsavedChange[] {
    return this.#unsaved;
  }
  /** Why the unsaved changes could not be written. */
  get unsavedReason(): string {
    return this.#unsavedReason;
  }
  /** True while a change to this claim waits to be saved. */
  isUnsaved(claimId: string): boolean {
    return this.#unsaved.some((u) => u.claimId === claimId);
  }

  /** True while a change to this claim is on its way to disk. */
  isSaving(claimId: string): boolean {
    return (this.#pending[claimId] ?? 0) > 0;
  }

  /** The status a claim is being saved as, if a status change is in flight. */
  pendingStatus(claimId: string): Status | undefined {
    return this.#pendingStatus[claimId];
  }

  /** Loads the library and opens its first document. */
  async load(): Promise<void> {
    this.#loading = true;
    try {
      this.#library = await this.#api.getLibrary();
      const first = this.#library.documents[0];
      if (first) await this.open(first.id);
    } catch (err) {
      this.#fail('The library could not be loaded', err);
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
      this.#document = doc;
      // The document is the record: its listing follows it (a summary left stale by a crash, or by another program).
      const summary = summarize(doc);
      this.#library.documents = this.#library.documents.map((d) => (d.id === doc.id && !d.damaged ? summary : d));
      this.#undo = undoStateOf(doc);
      this.#selectedId = this.#claims[0]?.id ?? null;
    } catch (err) {
      this.#fail('The document could not be opened', err);
      // A damaged file shows in the library with a way to restore it.
      if (codeOf(err) === 'damaged') this.#library = await this.#api.getLibrary().catch(() => this.#library);
    }
  }

  /**
   * Takes in what changed outside the app since it was last looked at (the CLI on the same folder): new
   * documents in the library, and a newer version of the open document, keeping the selection.
   */
  async refresh(): Promise<void> {
    const ticket = this.#openTicket;
    try {
      this.#library = await this.#api.getLibrary();
      const doc = this.#document;
      const summary = doc && this.#library.documents.find((d) => d.id === doc.id);
      // A document the user opened meanwhile wins over reloading the one shown before.
      if (ticket !== this.#openTicket || !doc || !summary || summary.updatedAt === (doc.updatedAt ?? doc.importedAt)) return;
      const selected = this.#selectedId;
      await this.open(doc.id);
      if (selected && this.#document?.claims.some((c) => c.id === selected)) this.#selectedId = selected;
      this.#toast = { level: 'info', text: `“${summary.title}” was changed outside the app (for example with the factcheck CLI); showing the saved version.` };
    } catch {
      // Nothing is lost by keeping what is shown; the next action reports any real problem.
    }
  }

  /** Restores a damaged document from its newest backup and opens it. */
  async restoreBackup(documentId: string): Promise<void> {
    await this.#restore(documentId, () => this.#api.restoreBackup(documentId), 'Restored from the latest backup.', 'The backup was not restored');
  }

  /** Brings a document back (from a backup or the trash), refreshes the library and opens it. */
  async #restore(documentId: string, call: () => Promise<LibraryState>, done: string, failed: string): Promise<void> {
    try {
      this.#library = await call();
      await this.open(documentId);
      this.#toast = { level: 'info', text: done };
    } catch (err) {
      this.#fail(failed, err);
    }
  }

  /** Opens the previous or next document of the library. */
  async openAdjacent(delta: number): Promise<void> {
    const docs = this.#library.documents;
    const at = docs.findIndex((d) => d.id === this.#document?.id);
    const next = docs[Math.max(0, Math.min(docs.length - 1, at + delta))];
    if (next && next.id !== this.#document?.id) await this.open(next.id);
  }

  /** Opens a document (if not open), clears the filters and selects one of its claims: where a search leads. */
  async reveal(documentId: string, claimId: string): Promise<void> {
    if (this.#document?.id !== documentId) await this.open(documentId);
    this.filters.reset();
    this.#selectedId = claimId;
  }

  /** Selects a claim. */
  select(claimId: string): void {
    this.#selectedId = claimId;
  }

  /** Moves the selection up or down the shown claims. */
  move(delta: number): void {
    const list = this.#claims;
    if (list.length === 0) return;
    const at = list.findIndex((c) => c.id === this.#selectedId);
    const next = at < 0 ? 0 : Math.max(0, Math.min(list.length - 1, at + delta));
    this.#selectedId = list[next]!.id;
  }

  /** Sets a claim's status; the row shows "saving" until the change is on disk. */
  async setStatus(claimId: string, status: Status): Promise<void> {
    this.#pendingStatus[claimId] = status;
    try {
      await this.edit(claimId, { kind: 'status', status });
    } finally {
      // A status the disk refused stays shown as pending ("not saved") until a retry saves it.
      if (!this.isUnsaved(claimId)) delete this.#pendingStatus[claimId];
    }
  }

  /**
   * Applies one change to a claim; returns false if it was not saved. A change the disk refuses (full, read-only)
   * is kept and retried; any other refusal is shown and dropped.
   */
  async edit(claimId: string, edit: ClaimEdit): Promise<boolean> {
    const doc = this.#document;
    if (!doc) return false;
    if (this.#unsaved.length > 0) {
      // Keep the order of changes: a new one waits behind those the disk has not taken yet.
      this.#keep({ documentId: doc.id, claimId, edit }, this.#unsavedReason);
      return false;
    }
    this.#pending[claimId] = (this.#pending[claimId] ?? 0) + 1;
    try {
      this.#apply(doc.id, await this.#api.editClaim(doc.id, claimId, edit));
      return true;
    } catch (err) {
      if (codeOf(err) === 'io') this.#keep({ documentId: doc.id, claimId, edit }, (err as Error).message);
      else this.#fail('The change was not saved', err);
      return false;
    } finally {
      this.#pending[claimId] = (this.#pending[claimId] ?? 1) - 1;
    }
  }

  #keep(change: UnsavedChange, reason: string): void {
    this.#unsaved.push(change);
    this.#unsavedReason = reason;
    this.#toast = { level: 'error', text: `Not saved: ${reason}` };
    this.#retryTimer ??= setInterval(() => void this.retryUnsaved(), RETRY_MS);
  }

  /** Tries to save the kept changes, oldest first; stops at the first the disk still refuses. */
  async retryUnsaved(): Promise<void> {
    while (this.#unsaved.length > 0) {
      const next = this.#unsaved[0]!;
      try {
        const result = await this.#api.editClaim(next.documentId, next.claimId, next.edit);
        this.#apply(next.documentId, result);
        this.#unsaved.shift();
        if (!this.isUnsaved(next.claimId)) delete this.#pendingStatus[next.claimId];
      } catch (err) {
        if (codeOf(err) === 'io') {
          this.#unsavedReason = (err as Error).message;
          return;
        }
        this.#unsaved.shift();
        delete this.#pendingStatus[next.claimId];
        this.#fail('A kept change could not be saved and was dropped', err);
      }
    }
    if (this.#retryTimer) clearInterval(this.#retryTimer);
    this.#retryTimer = null;
    this.#toast = { level: 'info', text: 'All changes are saved.' };
  }

  /** Adds the article text between two offsets as a claim and selects it. */
  async addClaim(start: number, end: number): Promise<void> {
    const doc = this.#document;
    if (!doc) return;
    try {
      const result = await this.#api.addClaim(doc.id, start, end);
      this.#apply(doc.id, result);
      this.#selectedId = result.claimId;
    } catch (err) {
      this.#fail('The claim was not added', err);
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
    const doc = this.#document;
    if (!doc) return;
    try {
      const result = direction === 'undo' ? await this.#api.undo(doc.id) : await this.#api.redo(doc.id);
      if (!result) {
        this.#toast = { level: 'info', text: `Nothing to ${direction}.` };
        return;
      }
      this.#apply(doc.id, result);
      if (result.claim) this.#selectedId = result.claimId;
      this.#toast = { level: 'info', text: result.entry?.label ?? '' };
    } catch (err) {
      this.#fail(`Could not ${direction}`, err);
    }
  }

  /** Puts a saved change into the open document, the library listing and the undo state. */
  #apply(documentId: string, result: EditResult): void {
    this.#library.documents = this.#library.documents.map((d) => (d.id === result.summary.id ? result.summary : d));
    const doc = this.#document;
    if (!doc || doc.id !== documentId) return;
    const at = doc.claims.findIndex((c) => c.id === result.claimId);
    if (result.claim && at >= 0) doc.claims[at] = result.claim;
    else if (result.claim) {
      const before = doc.claims.findIndex((c) => c.start > result.claim!.start);
      doc.claims.splice(before < 0 ? doc.claims.length : before, 0, result.claim);
    } else if (at >= 0) doc.claims.splice(at, 1);
    if (result.entry) doc.history.push(result.entry);
    doc.updatedAt = result.summary.updatedAt;
    this.#undo = result.undo;
    if (result.entry && result.claim && result.entry.label.startsWith('Marked')) {
      this.#toast = { level: 'info', text: `Claim ${result.claim.n} saved as ${STATUS_INFO[result.claim.status].label}.` };
    } else if (result.entry && !result.entry.label.startsWith('Undid') && !result.entry.label.startsWith('Redid')) {
      this.#toast = { level: 'info', text: `Saved: ${result.entry.label}.` };
    }
  }

  /** Imports articles chosen in the open dialog. */
  async importFiles(): Promise<void> {
    await this.#import(() => this.#api.importFiles());
  }

  /** Imports files dropped on the window. */
  async importDropped(files: DroppedFile[]): Promise<void> {
    await this.#import(() => this.#api.importDropped(files));
  }

  /** Imports pasted article text; returns true when something was imported. */
  async importText(text: string): Promise<boolean> {
    return this.#import(() => this.#api.importText(text));
  }

  /** Answers the current import question: import the held-back article, or drop it. */
  async answerImport(importIt: boolean): Promise<void> {
    const question = this.questions.next();
    if (!question) return;
    if (importIt) await this.#import(() => this.#api.confirmImport(question.token));
    else await this.#api.dropImport(question.token).catch(() => undefined);
  }

  async #import(run: () => Promise<ImportOutcome>): Promise<boolean> {
    this.#busy = true;
    try {
      const outcome = await run();
      this.questions.add(outcome.pending);
      this.#library = await this.#api.getLibrary();
      const last = outcome.imported.at(-1);
      if (last) await this.open(last.id);
      const parts = [];
      if (outcome.imported.length) parts.push(`Imported ${outcome.imported.map((d) => `“${d.title}”`).join(', ')}.`);
      parts.push(...outcome.errors);
      if (parts.length) this.#toast = { level: outcome.errors.length ? 'error' : 'info', text: parts.join(' ') };
      return outcome.imported.length > 0 || outcome.pending.length > 0;
    } catch (err) {
      this.#fail('Nothing was imported', err);
      return false;
    } finally {
      this.#busy = false;
    }
  }

  /** Moves a document to the trash (the caller has asked the user to confirm). */
  async deleteDocument(documentId: string): Promise<void> {
    try {
      const title = this.#library.documents.find((d) => d.id === documentId)?.title ?? 'the document';
      this.#library = await this.#api.deleteDocument(documentId);
      if (this.#document?.id === documentId) {
        this.#document = null;
        this.#selectedId = null;
        const first = this.#library.documents[0];
        if (first) await this.open(first.id);
      }
      this.#toast = { level: 'info', text: `Moved “${title}” to the trash. Restore it from the trash in the sidebar.` };
    } catch (err) {
      this.#fail('The document was not deleted', err);
    }
  }

  /** Brings a document back from the trash and opens it. */
  async restoreDocument(documentId: string): Promise<void> {
    await this.#restore(documentId, () => this.#api.restoreDocument(documentId), 'Restored from the trash.', 'The document was not restored');
  }

  /** The export dialog's state for the open document, or null (with a message) when none is open. */
  startExport(): ExportState | null {
    const doc = this.#document;
    if (!doc) {
      this.#toast = { level: 'error', text: 'Open a document before exporting a report.' };
      return null;
    }
    return new ExportState(this.#api, doc.id, doc.sourceUrl);
  }

  /** "Checked before?": similar claims from other documents for a claim of the open document. */
  async similarClaims(claimId: string): Promise<SimilarClaim[]> {
    const doc = this.#document;
    return doc ? this.#api.similarClaims(doc.id, claimId) : [];
  }

  /** The bridge, for state classes that talk to main on their own (search, export). */
  get api(): WorkbenchBridge {
    return this.#api;
  }

  /** Shows a message in the status bar. */
  say(text: string, level: Toast['level'] = 'info'): void {
    this.#toast = { level, text };
  }

  /** Clears the status message. */
  dismissToast(): void {
    this.#toast = null;
  }

  #fail(what: string, err: unknown): void {
    this.#toast = { level: 'error', text: `${what}: ${err instanceof Error ? err.message : String(err)}` };
  }
}

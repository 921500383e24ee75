import type { ClaimEdit } from '../../../shared/claim-edits.ts';
import { codeOf } from '../../../shared/errors.ts';
import type { EditResult, WorkbenchBridge } from '../../../shared/ipc-contract.ts';
import type { Status } from '../../../shared/status.ts';
import type { Messages } from './messages.svelte.ts';

/** A change the disk refused; kept here and retried until it is saved. */
export interface UnsavedChange {
  documentId: string;
  claimId: string;
  edit: ClaimEdit;
}

/** How often unsaved changes are retried. */
export const RETRY_MS = 5000;

/**
 * Changes on their way to disk: which claims are being saved, and the changes the disk refused (full,
 * read-only), kept in order and retried until they are saved.
 */
export class SaveQueue {
  readonly #api: WorkbenchBridge;
  readonly #messages: Messages;
  readonly #saved: (documentId: string, result: EditResult) => void;
  #pending = $state<Record<string, number>>({});
  #pendingStatus = $state<Record<string, Status>>({});
  #unsaved = $state<UnsavedChange[]>([]);
  #reason = $state('');
  #timer: ReturnType<typeof setInterval> | null = null;

  /** `saved` takes each change once it is on disk. */
  constructor(api: WorkbenchBridge, messages: Messages, saved: (documentId: string, result: EditResult) => void) {
    this.#api = api;
    this.#messages = messages;
    this.#saved = saved;
  }

  /** Changes the disk refused, in the order they were made. */
  get unsaved(): UnsavedChange[] {
    return this.#unsaved;
  }
  /** Why the unsaved changes could not be written. */
  get reason(): string {
    return this.#reason;
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

  /**
   * Sends one change; returns what was saved, or null when it was not. A change the disk refuses is kept and
   * retried; any other refusal is shown and dropped.
   */
  async send(documentId: string, claimId: string, edit: ClaimEdit): Promise<EditResult | null> {
    if (edit.kind === 'status') this.#pendingStatus[claimId] = edit.status;
    try {
      if (this.#unsaved.length > 0) {
        // Keep the order of changes: a new one waits behind those the disk has not taken yet.
        this.#keep({ documentId, claimId, edit }, this.#reason);
        return null;
      }
      this.#pending[claimId] = (this.#pending[claimId] ?? 0) + 1;
      try {
        const result = await this.#api.editClaim(documentId, claimId, edit);
        this.#saved(documentId, result);
        return result;
      } catch (err) {
        if (codeOf(err) === 'io') this.#keep({ documentId, claimId, edit }, (err as Error).message);
        else this.#messages.fail('The change was not saved', err);
        return null;
      } finally {
        this.#pending[claimId] = (this.#pending[claimId] ?? 1) - 1;
      }
    } finally {
      // A status the disk refused stays shown as pending ("not saved") until a retry saves it.
      if (edit.kind === 'status' && !this.isUnsaved(claimId)) delete this.#pendingStatus[claimId];
    }
  }

  #keep(change: UnsavedChange, reason: string): void {
    this.#unsaved.push(change);
    this.#reason = reason;
    this.#messages.say(`Not saved: ${reason}`, 'error');
    this.#timer ??= setInterval(() => void this.retry(), RETRY_MS);
  }

  /** Tries to save the kept changes, oldest first; stops at the first the disk still refuses. */
  async retry(): Promise<void> {
    while (this.#unsaved.length > 0) {
      const next = this.#unsaved[0]!;
      try {
        this.#saved(next.documentId, await this.#api.editClaim(next.documentId, next.claimId, next.edit));
        this.#unsaved.shift();
        if (!this.isUnsaved(next.claimId)) delete this.#pendingStatus[next.claimId];
      } catch (err) {
        if (codeOf(err) === 'io') {
          this.#reason = (err as Error).message;
          return;
        }
        this.#unsaved.shift();
        delete this.#pendingStatus[next.claimId];
        this.#messages.fail('A kept change could not be saved and was dropped', err);
      }
    }
    if (this.#timer) clearInterval(this.#timer);
    this.#timer = null;
    this.#messages.say('All changes are saved.');
  }
}

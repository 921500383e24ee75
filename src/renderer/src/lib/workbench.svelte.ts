import type { Claim, DocumentSummary, FactDocument, Notice } from '../../../shared/model.ts';
import type { WorkbenchBridge } from '../../../shared/ipc-contract.ts';
import { emptyCounts, STATUS_INFO, type Status } from '../../../shared/status.ts';
import type { KeyAction } from './shortcuts.ts';

/** A message in the status area: what just happened, or what went wrong. */
export interface Toast {
  level: 'info' | 'error';
  text: string;
}

/** True for units shown by default: check-worthy ones, and any the checker has already marked. */
function shownByDefault(c: Claim): boolean {
  return c.checkworthy || c.status !== 'unreviewed';
}

/** The workbench's state and every action on it; components only read it and call its methods. */
export class Workbench {
  readonly #api: WorkbenchBridge;
  #documents = $state<DocumentSummary[]>([]);
  #notices = $state<Notice[]>([]);
  #document = $state<FactDocument | null>(null);
  #selectedId = $state<string | null>(null);
  #pending = $state<Record<string, Status>>({});
  #showAll = $state(false);
  #toast = $state<Toast | null>(null);
  #loading = $state(true);
  #shortcutsOpen = $state(false);

  #claims = $derived(this.#document ? this.#document.claims.filter((c) => this.#showAll || shownByDefault(c)) : []);
  #hidden = $derived(this.#document ? this.#document.claims.filter((c) => !shownByDefault(c)).length : 0);
  #counts = $derived.by(() => {
    const counts = emptyCounts();
    for (const c of this.#document?.claims ?? []) if (shownByDefault(c)) counts[c.status]++;
    return counts;
  });

  constructor(api: WorkbenchBridge) {
    this.#api = api;
  }

  get documents(): DocumentSummary[] {
    return this.#documents;
  }
  get notices(): Notice[] {
    return this.#notices;
  }
  get document(): FactDocument | null {
    return this.#document;
  }
  get claims(): Claim[] {
    return this.#claims;
  }
  get hiddenCount(): number {
    return this.#hidden;
  }
  get counts(): Record<Status, number> {
    return this.#counts;
  }
  get selectedId(): string | null {
    return this.#selectedId;
  }
  get showAll(): boolean {
    return this.#showAll;
  }
  get toast(): Toast | null {
    return this.#toast;
  }
  get loading(): boolean {
    return this.#loading;
  }
  get shortcutsOpen(): boolean {
    return this.#shortcutsOpen;
  }

  /** The status a claim is being saved as, if a save is in flight. */
  pendingStatus(claimId: string): Status | undefined {
    return this.#pending[claimId];
  }

  /** Loads the library and opens its first document. */
  async load(): Promise<void> {
    this.#loading = true;
    try {
      const library = await this.#api.getLibrary();
      this.#documents = library.documents;
      this.#notices = library.notices;
      const first = library.documents[0];
      if (first) await this.open(first.id);
    } catch (err) {
      this.#fail('The library could not be loaded', err);
    } finally {
      this.#loading = false;
    }
  }

  /** Opens a document and selects its first shown claim. */
  async open(documentId: string): Promise<void> {
    try {
      this.#document = await this.#api.getDocument(documentId);
      this.#selectedId = this.#claims[0]?.id ?? null;
    } catch (err) {
      this.#fail('The document could not be opened', err);
    }
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

  /** Sets a claim's status; the row shows "saving" until the change is on disk, and is reverted if it fails. */
  async setStatus(claimId: string, status: Status): Promise<void> {
    const doc = this.#document;
    if (!doc) return;
    this.#pending[claimId] = status;
    try {
      const change = await this.#api.setStatus(doc.id, claimId, status);
      if (this.#document?.id === doc.id) {
        const at = this.#document.claims.findIndex((c) => c.id === claimId);
        if (at >= 0) this.#document.claims[at] = change.claim;
      }
      this.#documents = this.#documents.map((d) => (d.id === change.summary.id ? change.summary : d));
      this.#toast = { level: 'info', text: `Claim ${change.claim.n} saved as ${STATUS_INFO[change.claim.status].label}.` };
    } catch (err) {
      this.#fail('The status was not saved', err);
    } finally {
      delete this.#pending[claimId];
    }
  }

  /** Exports the open document's report through the save dialog. */
  async exportReport(): Promise<void> {
    const doc = this.#document;
    if (!doc) {
      this.#toast = { level: 'error', text: 'Open a document before exporting a report.' };
      return;
    }
    try {
      const outcome = await this.#api.exportReport(doc.id);
      this.#toast = outcome.saved ? { level: 'info', text: `Report saved to ${outcome.path}` } : { level: 'info', text: 'Export cancelled.' };
    } catch (err) {
      this.#fail('The report was not exported', err);
    }
  }

  /** Shows or hides units that are not check-worthy. */
  toggleShowAll(): void {
    this.#showAll = !this.#showAll;
  }

  /** Opens or closes the shortcut sheet. */
  setShortcutsOpen(open: boolean): void {
    this.#shortcutsOpen = open;
  }

  /** Clears the status message. */
  dismissToast(): void {
    this.#toast = null;
  }

  /** Carries out a keyboard action; returns false when it did not apply. */
  perform(action: KeyAction): boolean {
    switch (action.kind) {
      case 'move':
        this.move(action.delta);
        return true;
      case 'status':
        if (!this.#selectedId) return false;
        void this.setStatus(this.#selectedId, action.status);
        return true;
      case 'export':
        void this.exportReport();
        return true;
      case 'toggle-all':
        this.toggleShowAll();
        return true;
      case 'shortcuts':
        this.#shortcutsOpen = !this.#shortcutsOpen;
        return true;
      case 'close':
        if (!this.#shortcutsOpen) return false;
        this.#shortcutsOpen = false;
        return true;
    }
  }

  #fail(what: string, err: unknown): void {
    this.#toast = { level: 'error', text: `${what}: ${err instanceof Error ? err.message : String(err)}` };
  }
}

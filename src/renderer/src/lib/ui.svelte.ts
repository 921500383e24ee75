import type { DocumentSummary } from '../../../shared/model.ts';

/** Fields that a shortcut can put the cursor in. */
export type FocusTarget = 'note' | 'evidence' | 'source' | 'search';

/** What is open on screen besides the main views: dialogs, and which field should take focus next. */
export class UiState {
  #shortcutsOpen = $state(false);
  #pasteOpen = $state(false);
  #confirmDelete = $state<DocumentSummary | null>(null);
  #focus = $state<{ target: FocusTarget; n: number } | null>(null);
  #selection = $state<{ start: number; end: number } | null>(null);

  get shortcutsOpen(): boolean {
    return this.#shortcutsOpen;
  }
  get pasteOpen(): boolean {
    return this.#pasteOpen;
  }
  get confirmDelete(): DocumentSummary | null {
    return this.#confirmDelete;
  }
  /** The latest focus request; components focus their field when its target matches. */
  get focus(): { target: FocusTarget; n: number } | null {
    return this.#focus;
  }
  /** The article text currently selected in the article view, as offsets. */
  get articleSelection(): { start: number; end: number } | null {
    return this.#selection;
  }
  /** True when a dialog is open (shortcuts then stay out of the way). */
  get modal(): boolean {
    return this.#shortcutsOpen || this.#pasteOpen || this.#confirmDelete !== null;
  }

  setShortcutsOpen(open: boolean): void {
    this.#shortcutsOpen = open;
  }
  setPasteOpen(open: boolean): void {
    this.#pasteOpen = open;
  }
  askDelete(doc: DocumentSummary | null): void {
    this.#confirmDelete = doc;
  }
  requestFocus(target: FocusTarget): void {
    this.#focus = { target, n: (this.#focus?.n ?? 0) + 1 };
  }
  setArticleSelection(sel: { start: number; end: number } | null): void {
    this.#selection = sel;
  }
}

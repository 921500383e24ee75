import type { DocumentSummary } from '../../../shared/model.ts';
import type { ExportState } from './export-state.svelte.ts';

/** Fields that a shortcut can put the cursor in. */
export type FocusTarget = 'note' | 'evidence' | 'source' | 'search' | 'library-search' | 'title';

/** What is open on screen besides the main views: dialogs, and which field should take focus next. */
export class UiState {
  #shortcutsOpen = $state(false);
  #pasteOpen = $state(false);
  #confirmDelete = $state<DocumentSummary | null>(null);
  #focus = $state<{ target: FocusTarget; n: number } | null>(null);
  #rowFocus = $state(0);
  #selection = $state<{ start: number; end: number } | null>(null);
  #export = $state<ExportState | null>(null);

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
  /** The open export dialog's state, if any. */
  get exporting(): ExportState | null {
    return this.#export;
  }
  /** True when a dialog is open (shortcuts then stay out of the way). */
  get modal(): boolean {
    return this.#shortcutsOpen || this.#pasteOpen || this.#confirmDelete !== null || this.#export !== null;
  }
  setExport(state: ExportState | null): void {
    this.#export = state;
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
  /** Asks for the keyboard focus to go back to the selected claim's row (after a field, a dialog, a change). */
  focusRow(): void {
    this.#rowFocus++;
  }
  /** Counts the requests for the row to take focus; the claim list focuses the row whenever it changes. */
  get rowFocus(): number {
    return this.#rowFocus;
  }
  /** True (once) when a focus request for `target` is waiting; the request is then used up. */
  takeFocus(target: FocusTarget): boolean {
    if (this.#focus?.target !== target) return false;
    this.#focus = null;
    return true;
  }
  setArticleSelection(sel: { start: number; end: number } | null): void {
    this.#selection = sel;
  }
}

import type { DocumentSummary } from '../../../shared/model.ts';
import type { ExportState } from './export-state.svelte.ts';

/** Fields that a shortcut can put the cursor in. */
export type FocusTarget = 'note' | 'evidence' | 'source' | 'search' | 'library-search' | 'title';

/** What is open on screen besides the main views: dialogs, and which field should take focus next. */
export class UiState {
  #shortcutsOpen = $state(false);
  #pasteOpen = $state(false);
  #selectionRequest = $state<{ start: number; end: number } | null>(null);
  #detailShare = $state(storedDetailShare());
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
  /** The share of the right-hand column the claim detail takes (the article has the rest). */
  get detailShare(): number {
    return this.#detailShare;
  }
  /** Gives the claim detail a share of the column, between a fifth and most of it; kept for the next start. */
  setDetailShare(share: number): void {
    this.#detailShare = Math.min(DETAIL_MAX, Math.max(DETAIL_MIN, Math.round(share * 100) / 100));
    try {
      localStorage.setItem(DETAIL_KEY, String(this.#detailShare));
    } catch {
      // A window without storage keeps the split for this session only.
    }
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
  /** A range the keyboard chose in the article, for the article view to select and show (null: none asked). */
  get selectionRequest(): { start: number; end: number } | null {
    return this.#selectionRequest;
  }
  /** Selects article text from the keyboard: taken as the selection at once, shown by the article view. */
  selectArticle(range: { start: number; end: number }): void {
    this.#selection = range;
    this.#selectionRequest = { ...range };
  }
}

const DETAIL_KEY = 'workbench.detailShare';
const DETAIL_MIN = 0.2;
const DETAIL_MAX = 0.85;
/** The claim detail's share by default: room for the reason asked for, the note and the evidence without scrolling. */
const DETAIL_DEFAULT = 0.64;

/** The split the checker left, or the default. */
function storedDetailShare(): number {
  try {
    const stored = Number(localStorage.getItem(DETAIL_KEY));
    return stored >= DETAIL_MIN && stored <= DETAIL_MAX ? stored : DETAIL_DEFAULT;
  } catch {
    return DETAIL_DEFAULT;
  }
}

import type { MenuCommand } from '../../../shared/ipc-contract.ts';
import type { Command } from '../../../shared/keymap.ts';
import { ArticleCaret, extendByWord, shrinkByWord } from '../../../shared/article-caret.ts';
import { STATUSES } from '../../../shared/status.ts';
import { desk } from './desk-settings.svelte.ts';
import type { UiState } from './ui.svelte.ts';
import type { Workbench } from './workbench.svelte.ts';

/** Carries out a command of the keymap; returns false when it did not apply (so the key keeps its default). */
export function perform(wb: Workbench, ui: UiState, command: Command): boolean {
  const claim = wb.selected;
  const status = STATUSES.find((s) => command === `mark-${s}`);
  if (status) {
    // Why: a verdict goes only to the claim the checker sees selected, never to one out of sight.
    if (!claim) return false;
    void wb.setStatus(claim.id, status);
    return true;
  }
  switch (command) {
    case 'next-claim':
    case 'previous-claim':
    case 'first-claim':
    case 'last-claim':
    case 'page-down':
    case 'page-up':
      wb.moveTo(MOVES[command]);
      ui.focusRow();
      return true;
    case 'next-unreviewed':
      wb.nextUnreviewed();
      ui.focusRow();
      return true;
    case 'next-document':
    case 'previous-document':
      void wb.openAdjacent(command === 'next-document' ? 1 : -1);
      return true;
    case 'note':
    case 'evidence':
    case 'source':
      if (!claim) return false;
      ui.requestFocus(command);
      return true;
    case 'search':
      ui.requestFocus('search');
      return true;
    case 'library-search':
      ui.requestFocus('library-search');
      return true;
    case 'rename-document':
      if (!wb.document) return false;
      ui.requestFocus('title');
      return true;
    case 'dismiss':
      if (!claim) return false;
      void wb.edit(claim.id, { kind: 'dismiss', dismissed: !claim.dismissed }).then(() => ui.focusRow());
      return true;
    case 'promote':
      if (!claim || claim.checkworthy) return false;
      void wb.edit(claim.id, { kind: 'promote', promoted: !claim.promoted }).then(() => ui.focusRow());
      return true;
    case 'next-sentence':
    case 'previous-sentence':
    case 'extend-selection':
    case 'shrink-selection':
      return moveSelection(wb, ui, command);
    case 'add-selection': {
      const sel = ui.articleSelection;
      if (!sel) {
        wb.messages.say('Select some text in the article first, then press c.');
        return true;
      }
      void wb.addClaim(sel.start, sel.end);
      return true;
    }
    case 'undo':
    case 'redo':
      void (command === 'undo' ? wb.undo() : wb.redo()).then(() => ui.focusRow());
      return true;
    case 'import':
      void wb.importFiles();
      return true;
    case 'paste':
      ui.setPasteOpen(true);
      return true;
    case 'delete-document': {
      const doc = wb.documents.find((d) => d.id === wb.document?.id) ?? null;
      ui.askDelete(doc);
      return doc !== null;
    }
    case 'export':
      ui.setExport(wb.startExport());
      return true;
    case 'toggle-hidden':
      wb.filters.toggleHidden();
      return true;
    case 'toggle-dismissed':
      wb.filters.toggleDismissed();
      return true;
    case 'shortcuts':
      ui.setShortcutsOpen(!ui.shortcutsOpen);
      return true;
    case 'leave':
      return false;
  }
  return false;
}

const MOVES = {
  'next-claim': { by: 1 },
  'previous-claim': { by: -1 },
  'first-claim': { to: 'first' },
  'last-claim': { to: 'last' },
  'page-down': { page: 1 },
  'page-up': { page: -1 },
} as const;

/** The keymap command each menu item stands for. */
const MENU_TO_COMMAND: Record<Exclude<MenuCommand, 'library-changed' | 'team-changed'>, Command> = {
  'export-report': 'export',
  import: 'import',
  'paste-article': 'paste',
  undo: 'undo',
  redo: 'redo',
  'show-shortcuts': 'shortcuts',
};

const caret = new ArticleCaret();

/**
 * Moves the article selection from the keyboard: to the next or previous sentence (from the selection, or
 * else from the selected claim), or a word more or less at its end.
 */
function moveSelection(wb: Workbench, ui: UiState, command: 'next-sentence' | 'previous-sentence' | 'extend-selection' | 'shrink-selection'): boolean {
  const text = wb.document?.text;
  if (!text) return false;
  const sel = ui.articleSelection;
  const claim = wb.selected;
  let range: { start: number; end: number } | null;
  if (command === 'next-sentence') range = caret.next(text, sel?.end ?? claim?.end ?? 0);
  else if (command === 'previous-sentence') range = caret.previous(text, sel?.start ?? claim?.start ?? text.length);
  else if (!sel) range = caret.next(text, claim?.start ?? 0);
  else range = command === 'extend-selection' ? extendByWord(text, sel) : shrinkByWord(text, sel);
  if (!range) {
    wb.messages.say(command === 'previous-sentence' ? 'This is the article’s first sentence.' : 'This is the article’s last sentence.');
    return true;
  }
  ui.selectArticle(range);
  return true;
}

/** Carries out a command from the application menu. Undo in a text field stays the field's own undo. */
export function performMenu(wb: Workbench, ui: UiState, command: MenuCommand, typing: boolean): void {
  if (command === 'library-changed') {
    void wb.refresh();
    return;
  }
  // The team sync state follows its own event where it is shown.
  if (command === 'team-changed') return;
  // Nothing is changed before the reviewer is named (the window is asking for the name).
  if (desk.needsReviewer) return;
  const mapped = MENU_TO_COMMAND[command];
  if ((mapped === 'undo' || mapped === 'redo') && typing) {
    document.execCommand(mapped);
    return;
  }
  if (mapped === 'shortcuts') ui.setShortcutsOpen(true);
  else if (mapped === 'export') {
    if (!ui.modal) perform(wb, ui, mapped);
  } else perform(wb, ui, mapped);
}

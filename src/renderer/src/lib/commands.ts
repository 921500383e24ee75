import type { MenuCommand } from '../../../shared/ipc-contract.ts';
import type { KeyAction } from './shortcuts.ts';
import type { UiState } from './ui.svelte.ts';
import type { Workbench } from './workbench.svelte.ts';

/** Carries out a keyboard or menu action; returns false when it did not apply (so the key keeps its default). */
export function perform(wb: Workbench, ui: UiState, action: KeyAction): boolean {
  const claim = wb.selected;
  switch (action.kind) {
    case 'move':
      wb.move(action.delta);
      return true;
    case 'document':
      void wb.openAdjacent(action.delta);
      return true;
    case 'status':
      if (!claim) return false;
      void wb.setStatus(claim.id, action.status);
      return true;
    case 'focus':
      if (action.target !== 'search' && !claim) return false;
      ui.requestFocus(action.target);
      return true;
    case 'dismiss':
      if (!claim) return false;
      void wb.edit(claim.id, { kind: 'dismiss', dismissed: !claim.dismissed });
      return true;
    case 'promote':
      if (!claim || claim.checkworthy) return false;
      void wb.edit(claim.id, { kind: 'promote', promoted: !claim.promoted });
      return true;
    case 'add-selection': {
      const sel = ui.articleSelection;
      if (!sel) {
        wb.say('Select some text in the article first, then press c.');
        return true;
      }
      void wb.addClaim(sel.start, sel.end);
      return true;
    }
    case 'undo':
      void wb.undo();
      return true;
    case 'redo':
      void wb.redo();
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
  }
}

/** Carries out a command from the application menu. Undo in a text field stays the field's own undo. */
export function performMenu(wb: Workbench, ui: UiState, command: MenuCommand, typing: boolean): void {
  switch (command) {
    case 'export-report':
      if (!ui.modal) ui.setExport(wb.startExport());
      break;
    case 'import':
      void wb.importFiles();
      break;
    case 'paste-article':
      ui.setPasteOpen(true);
      break;
    case 'undo':
      if (typing) document.execCommand('undo');
      else void wb.undo();
      break;
    case 'redo':
      if (typing) document.execCommand('redo');
      else void wb.redo();
      break;
    case 'show-shortcuts':
      ui.setShortcutsOpen(true);
      break;
    case 'library-changed':
      void wb.refresh();
      break;
  }
}

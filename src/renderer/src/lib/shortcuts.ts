import { STATUS_INFO, STATUSES, type Status } from '../../../shared/status.ts';
import type { FocusTarget } from './ui.svelte.ts';

/** What a key press asks the workbench to do. */
export type KeyAction =
  | { kind: 'move'; delta: number }
  | { kind: 'document'; delta: number }
  | { kind: 'status'; status: Status }
  | { kind: 'focus'; target: FocusTarget }
  | { kind: 'dismiss' }
  | { kind: 'promote' }
  | { kind: 'add-selection' }
  | { kind: 'undo' }
  | { kind: 'redo' }
  | { kind: 'import' }
  | { kind: 'paste' }
  | { kind: 'delete-document' }
  | { kind: 'export' }
  | { kind: 'toggle-hidden' }
  | { kind: 'toggle-dismissed' }
  | { kind: 'shortcuts' };

/** The shortcut sheet: every binding with what it does, in the order shown to the user. */
export const SHORTCUTS: ReadonlyArray<{ keys: string[]; action: string }> = [
  { keys: ['↓', 'j'], action: 'Next claim' },
  { keys: ['↑', 'k'], action: 'Previous claim' },
  { keys: [']', '['], action: 'Next / previous document' },
  ...STATUSES.map((s) => ({ keys: [STATUS_INFO[s].key], action: `Mark ${STATUS_INFO[s].label}` })),
  { keys: ['n'], action: 'Write a note' },
  { keys: ['e'], action: 'Add evidence' },
  { keys: ['s'], action: 'Correct the source' },
  { keys: ['x'], action: 'Dismiss as not a claim / restore' },
  { keys: ['p'], action: 'Promote a hidden unit to the list / take it off' },
  { keys: ['c'], action: 'Add the text selected in the article as a claim' },
  { keys: ['/'], action: 'Search claims' },
  { keys: ['a'], action: 'Show or hide units that are not check-worthy' },
  { keys: ['Shift X'], action: 'Show or hide dismissed units' },
  { keys: ['Ctrl/⌘ Z'], action: 'Undo' },
  { keys: ['Ctrl/⌘ Shift Z', 'Ctrl Y'], action: 'Redo' },
  { keys: ['Ctrl/⌘ O'], action: 'Import articles…' },
  { keys: ['Ctrl/⌘ Shift V'], action: 'Import pasted text…' },
  { keys: ['Ctrl/⌘ E'], action: 'Export report…' },
  { keys: ['Ctrl/⌘ Backspace'], action: 'Move the document to the trash…' },
  { keys: ['?'], action: 'Show this list' },
  { keys: ['Esc'], action: 'Close a dialog, leave a field' },
];

/** True when the key press is aimed at a text field, where letters must stay letters. */
export function isTyping(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return !!el && (el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName));
}

/** Maps a key press to a workbench action, or null when the key is not a shortcut here. */
export function actionForKey(event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey' | 'target'>): KeyAction | null {
  if (event.altKey) return null;
  const mod = event.ctrlKey || event.metaKey;
  const key = event.key.length === 1 ? event.key.toLowerCase() : event.key;
  if (mod) {
    // In a text field, undo and redo belong to the field.
    if ((key === 'z' || key === 'y') && isTyping(event.target)) return null;
    if (key === 'z') return event.shiftKey ? { kind: 'redo' } : { kind: 'undo' };
    if (key === 'y') return { kind: 'redo' };
    if (key === 'o') return { kind: 'import' };
    if (key === 'v' && event.shiftKey) return { kind: 'paste' };
    if (key === 'e') return { kind: 'export' };
    if (key === 'Backspace') return { kind: 'delete-document' };
    return null;
  }
  if (isTyping(event.target)) return null;
  if (event.shiftKey && key === 'x') return { kind: 'toggle-dismissed' };
  switch (key) {
    case 'ArrowDown':
    case 'j':
      return { kind: 'move', delta: 1 };
    case 'ArrowUp':
    case 'k':
      return { kind: 'move', delta: -1 };
    case ']':
      return { kind: 'document', delta: 1 };
    case '[':
      return { kind: 'document', delta: -1 };
    case 'n':
      return { kind: 'focus', target: 'note' };
    case 'e':
      return { kind: 'focus', target: 'evidence' };
    case 's':
      return { kind: 'focus', target: 'source' };
    case '/':
      return { kind: 'focus', target: 'search' };
    case 'x':
      return { kind: 'dismiss' };
    case 'p':
      return { kind: 'promote' };
    case 'c':
      return { kind: 'add-selection' };
    case 'a':
      return { kind: 'toggle-hidden' };
    case '?':
      return { kind: 'shortcuts' };
  }
  const status = STATUSES.find((s) => STATUS_INFO[s].key === key);
  return status ? { kind: 'status', status } : null;
}

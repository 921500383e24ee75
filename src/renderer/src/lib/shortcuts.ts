import { STATUS_INFO, STATUSES, type Status } from '../../../shared/status.ts';

/** What a key press asks the workbench to do. */
export type KeyAction =
  | { kind: 'move'; delta: number }
  | { kind: 'status'; status: Status }
  | { kind: 'export' }
  | { kind: 'toggle-all' }
  | { kind: 'shortcuts' }
  | { kind: 'close' };

/** The shortcut sheet: every binding with what it does, in the order shown to the user. */
export const SHORTCUTS: ReadonlyArray<{ keys: string[]; action: string }> = [
  { keys: ['↓', 'j'], action: 'Next claim' },
  { keys: ['↑', 'k'], action: 'Previous claim' },
  ...STATUSES.map((s) => ({ keys: [STATUS_INFO[s].key], action: `Mark ${STATUS_INFO[s].label}` })),
  { keys: ['a'], action: 'Show or hide units that are not check-worthy' },
  { keys: ['Ctrl/⌘ E'], action: 'Export report…' },
  { keys: ['?'], action: 'Show this list' },
  { keys: ['Esc'], action: 'Close this list' },
];

/** True when the key press is aimed at a text field, where letters must stay letters. */
function isTyping(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return !!el && (el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName));
}

/** Maps a key press to a workbench action, or null when the key is not a shortcut here. */
export function actionForKey(event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'target'>): KeyAction | null {
  if (isTyping(event.target) || event.altKey) return null;
  const mod = event.ctrlKey || event.metaKey;
  if (mod) return event.key.toLowerCase() === 'e' ? { kind: 'export' } : null;
  switch (event.key) {
    case 'ArrowDown':
    case 'j':
      return { kind: 'move', delta: 1 };
    case 'ArrowUp':
    case 'k':
      return { kind: 'move', delta: -1 };
    case 'a':
      return { kind: 'toggle-all' };
    case '?':
      return { kind: 'shortcuts' };
    case 'Escape':
      return { kind: 'close' };
  }
  const status = STATUSES.find((s) => STATUS_INFO[s].key === event.key);
  return status ? { kind: 'status', status } : null;
}

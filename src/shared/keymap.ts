import { STATUS_INFO, STATUSES, type Status } from './status.ts';

/** Everything a key (or the application menu) can ask the workbench to do. */
export type Command =
  | 'next-claim'
  | 'previous-claim'
  | 'first-claim'
  | 'last-claim'
  | 'page-down'
  | 'page-up'
  | 'next-unreviewed'
  | 'next-document'
  | 'previous-document'
  | `mark-${Status}`
  | 'note'
  | 'evidence'
  | 'source'
  | 'search'
  | 'library-search'
  | 'rename-document'
  | 'dismiss'
  | 'promote'
  | 'add-selection'
  | 'next-sentence'
  | 'previous-sentence'
  | 'extend-selection'
  | 'shrink-selection'
  | 'toggle-hidden'
  | 'toggle-dismissed'
  | 'undo'
  | 'redo'
  | 'import'
  | 'paste'
  | 'export'
  | 'delete-document'
  | 'team'
  | 'keep-mine'
  | 'keep-theirs'
  | 'shortcuts'
  | 'leave';

/**
 * One binding: the command, its keys (first one is the one shown in hints and menus) and what it does in words.
 * A key is written as Electron writes accelerators: "Mod+Shift+Z", "j", "ArrowDown", "?" ("Mod" is Ctrl, or ⌘ on a Mac).
 */
export interface KeyBinding {
  readonly command: Command;
  readonly keys: readonly string[];
  readonly label: string;
  /** True when the key works while the cursor is in a text field (only Ctrl/⌘ chords the field does not use). */
  readonly whileTyping?: boolean;
  /** True when the key is only described (its handling belongs to the browser or the dialog). */
  readonly describedOnly?: boolean;
}

/** The keymap: every binding, in the order the shortcut sheet lists them. The one source of keys for the app. */
export const KEYMAP: readonly KeyBinding[] = [
  { command: 'next-claim', keys: ['j', 'ArrowDown'], label: 'Next claim' },
  { command: 'previous-claim', keys: ['k', 'ArrowUp'], label: 'Previous claim' },
  { command: 'next-unreviewed', keys: ['Shift+J'], label: 'Next unreviewed claim' },
  { command: 'first-claim', keys: ['Home'], label: 'First claim' },
  { command: 'last-claim', keys: ['End'], label: 'Last claim' },
  { command: 'page-down', keys: ['PageDown'], label: 'A page of claims down' },
  { command: 'page-up', keys: ['PageUp'], label: 'A page of claims up' },
  { command: 'next-document', keys: [']'], label: 'Next document' },
  { command: 'previous-document', keys: ['['], label: 'Previous document' },
  ...STATUSES.map((s): KeyBinding => ({ command: `mark-${s}`, keys: [STATUS_INFO[s].key], label: `Mark ${STATUS_INFO[s].label}` })),
  { command: 'note', keys: ['n'], label: 'Write a note' },
  { command: 'evidence', keys: ['e'], label: 'Add evidence' },
  { command: 'source', keys: ['s'], label: 'Correct the source' },
  { command: 'dismiss', keys: ['x'], label: 'Dismiss as not a claim / restore' },
  { command: 'promote', keys: ['p'], label: 'Promote a hidden unit to the list / take it off' },
  { command: 'next-sentence', keys: ['.'], label: 'Select the next sentence of the article' },
  { command: 'previous-sentence', keys: [','], label: 'Select the previous sentence of the article' },
  { command: 'extend-selection', keys: ['>'], label: 'Take one more word into the selection' },
  { command: 'shrink-selection', keys: ['<'], label: 'Leave the last word out of the selection' },
  { command: 'add-selection', keys: ['c'], label: 'Add the text selected in the article as a claim' },
  { command: 'search', keys: ['/'], label: 'Search claims' },
  { command: 'library-search', keys: ['Mod+Shift+F'], label: 'Search all articles of the library', whileTyping: true },
  { command: 'rename-document', keys: ['F2'], label: 'Rename the document' },
  { command: 'toggle-hidden', keys: ['a'], label: 'Show or hide units that are not check-worthy' },
  { command: 'toggle-dismissed', keys: ['Shift+X'], label: 'Show or hide dismissed units' },
  { command: 'undo', keys: ['Mod+Z'], label: 'Undo' },
  { command: 'redo', keys: ['Mod+Shift+Z', 'Mod+Y'], label: 'Redo' },
  { command: 'import', keys: ['Mod+O'], label: 'Import articles…', whileTyping: true },
  { command: 'paste', keys: ['Mod+Shift+V'], label: 'Import pasted text…', whileTyping: true },
  { command: 'export', keys: ['Mod+E'], label: 'Export report…', whileTyping: true },
  { command: 'delete-document', keys: ['Mod+Backspace'], label: 'Move the document to the trash…' },
  { command: 'team', keys: ['t'], label: 'Team: sync, who changed what, conflicts' },
  { command: 'keep-mine', keys: ['m'], label: 'Team conflict on the claim: keep mine (or the value that stands)' },
  { command: 'keep-theirs', keys: ['o'], label: 'Team conflict on the claim: keep the colleague’s value' },
  { command: 'shortcuts', keys: ['?'], label: 'Show this list' },
  { command: 'leave', keys: ['Escape'], label: 'Close a dialog, leave a field, clear a search', describedOnly: true },
];

/** A key press as the keymap reads it. */
export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
}

/** A key of the keymap, split into its parts. */
interface Chord {
  mod: boolean;
  shift: boolean;
  key: string;
}

function parse(text: string): Chord {
  const parts = text === '+' ? ['+'] : text.split('+');
  const key = parts.at(-1)!;
  return { mod: parts.includes('Mod'), shift: parts.includes('Shift'), key };
}

/** True when the key is one character that is not a letter ("?", "/", "]"): Shift is part of typing it. */
const isSymbol = (key: string): boolean => key.length === 1 && key.toLowerCase() === key.toUpperCase();

/** True when `press` is the chord `text`. */
function matches(text: string, press: KeyPress): boolean {
  const chord = parse(text);
  if (press.altKey || chord.mod !== (press.ctrlKey || press.metaKey)) return false;
  const key = press.key.length === 1 ? press.key.toLowerCase() : press.key;
  if (key !== (chord.key.length === 1 ? chord.key.toLowerCase() : chord.key)) return false;
  return isSymbol(chord.key) || chord.shift === press.shiftKey;
}

/** The binding a key press stands for, or null; `typing` says whether the cursor is in a text field. */
export function bindingFor(press: KeyPress, typing: boolean): KeyBinding | null {
  for (const binding of KEYMAP) {
    if (binding.describedOnly || (typing && !binding.whileTyping)) continue;
    if (binding.keys.some((k) => matches(k, press))) return binding;
  }
  return null;
}

/** The binding of a command. */
export function bindingOf(command: Command): KeyBinding {
  const binding = KEYMAP.find((b) => b.command === command);
  if (!binding) throw new Error(`The keymap has no binding for ${command}.`);
  return binding;
}

const KEY_NAMES: Record<string, string> = { ArrowDown: '↓', ArrowUp: '↑', PageDown: 'Page Down', PageUp: 'Page Up', Escape: 'Esc' };

/** A key as people read it: "Ctrl/⌘ Shift Z", "↓", "Shift J". */
export function keyLabel(text: string): string {
  const chord = parse(text);
  const key = KEY_NAMES[chord.key] ?? (chord.key.length === 1 && (chord.shift || chord.mod) ? chord.key.toUpperCase() : chord.key);
  return [chord.mod ? 'Ctrl/⌘' : '', chord.shift ? 'Shift' : '', key].filter(Boolean).join(' ');
}

/** The keys of a command as people read them, first one first. */
export function keyLabels(command: Command): string[] {
  return bindingOf(command).keys.map(keyLabel);
}

/** "Undo (Ctrl/⌘ Z)": a button's title with its key. */
export function withKey(text: string, command: Command): string {
  return `${text} (${keyLabels(command)[0]})`;
}

/**
 * The Electron accelerator of a command's first key ("CmdOrCtrl+Shift+Z", "Shift+/"), for the application menu.
 * `registered` is false for keys without Ctrl/⌘: the menu shows them but leaves the key to the window, so
 * letters typed in a text field stay letters.
 */
export function acceleratorOf(command: Command): { accelerator: string; registered: boolean } {
  const chord = parse(bindingOf(command).keys[0]!);
  const key = chord.key === '?' ? 'Shift+/' : chord.key.length === 1 ? chord.key.toUpperCase() : chord.key;
  const parts = [chord.mod ? 'CmdOrCtrl' : '', chord.shift ? 'Shift' : '', key].filter(Boolean);
  return { accelerator: parts.join('+'), registered: chord.mod };
}

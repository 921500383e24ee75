import { bindingFor, KEYMAP, keyLabel, type Command, type KeyPress } from '../../../shared/keymap.ts';

/** The shortcut sheet: every binding of the keymap with what it does, in the order shown to the user. */
export const SHORTCUTS: ReadonlyArray<{ keys: string[]; action: string }> = KEYMAP.map((b) => ({ keys: b.keys.map(keyLabel), action: b.label }));

/** True when the key press is aimed at a text field, where letters must stay letters. */
export function isTyping(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return !!el && (el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName));
}

/** Maps a key press to a command of the keymap, or null when the key is not a shortcut here. */
export function commandForKey(event: KeyPress & Pick<KeyboardEvent, 'target'>): Command | null {
  return bindingFor(event, isTyping(event.target))?.command ?? null;
}

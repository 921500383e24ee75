import { describe, expect, it } from 'vitest';
import { acceleratorOf, bindingFor, KEYMAP, keyLabel, type KeyPress } from '../../src/shared/keymap.ts';

const press = (key: string, mods: Partial<KeyPress> = {}): KeyPress => ({ key, ctrlKey: false, metaKey: false, altKey: false, shiftKey: false, ...mods });

describe('keymap', () => {
  it('reads each key press as one command, letters apart from their Shift chords', () => {
    expect(bindingFor(press('x'), false)?.command).toBe('dismiss');
    expect(bindingFor(press('X', { shiftKey: true }), false)?.command).toBe('toggle-dismissed');
    expect(bindingFor(press('J', { shiftKey: true }), false)?.command).toBe('next-unreviewed');
    expect(bindingFor(press('?', { shiftKey: true }), false)?.command).toBe('shortcuts');
    expect(bindingFor(press('z', { ctrlKey: true, shiftKey: true }), false)?.command).toBe('redo');
    expect(bindingFor(press('y', { metaKey: true }), false)?.command).toBe('redo');
    expect(bindingFor(press('Home'), false)?.command).toBe('first-claim');
    expect(bindingFor(press('v', { altKey: true }), false)).toBeNull();
  });

  it('leaves a text field its letters, its undo and its word deletion', () => {
    expect(bindingFor(press('v'), true)).toBeNull();
    expect(bindingFor(press('z', { ctrlKey: true }), true)).toBeNull();
    expect(bindingFor(press('Backspace', { ctrlKey: true }), true)).toBeNull();
    expect(bindingFor(press('e', { ctrlKey: true }), true)?.command).toBe('export');
  });

  it('gives the menu the same keys the window answers to', () => {
    expect(acceleratorOf('import')).toEqual({ accelerator: 'CmdOrCtrl+O', registered: true });
    expect(acceleratorOf('redo')).toEqual({ accelerator: 'CmdOrCtrl+Shift+Z', registered: true });
    expect(acceleratorOf('shortcuts')).toEqual({ accelerator: 'Shift+/', registered: false });
    expect(keyLabel('Mod+Shift+V')).toBe('Ctrl/⌘ Shift V');
  });

  it('binds no key to two commands', () => {
    const keys = KEYMAP.flatMap((b) => b.keys);
    expect(new Set(keys).size).toBe(keys.length);
  });
});

import { describe, expect, it } from 'vitest';
import { commandForKeyPress, describeAccelerator } from '../../../shared/commands';

const press = (key: string, mods: Partial<{ ctrl: boolean; meta: boolean; shift: boolean; alt: boolean }> = {}) => ({
  key,
  ctrlKey: mods.ctrl ?? false,
  metaKey: mods.meta ?? false,
  shiftKey: mods.shift ?? false,
  altKey: mods.alt ?? false,
});

describe('keyboard commands', () => {
  it.each([
    ['Ctrl+N on Windows', press('n', { ctrl: true }), false, 'workshop:new'],
    ['Cmd+N on a Mac', press('n', { meta: true }), true, 'workshop:new'],
    ['Ctrl+N on a Mac is not Cmd+N', press('n', { ctrl: true }), true, null],
    ['Ctrl+Shift+S', press('S', { ctrl: true, shift: true }), false, 'workshop:save-version'],
    ['Ctrl+S alone is the save shortcut, not a command', press('s', { ctrl: true }), false, null],
    ['Ctrl+/', press('/', { ctrl: true }), false, 'help:shortcuts'],
    ['Ctrl+Shift+L', press('L', { ctrl: true, shift: true }), false, 'view:library'],
    ['Alt+Ctrl+N is someone else’s', press('n', { ctrl: true, alt: true }), false, null],
    ['a plain letter', press('n'), false, null],
    ['Ctrl+Z', press('z', { ctrl: true }), false, 'edit:undo'],
    ['Ctrl+Shift+Z (key is upper case)', press('Z', { ctrl: true, shift: true }), false, 'edit:redo'],
    ['Cmd+]', press(']', { meta: true }), true, 'stage:next'],
    ['Ctrl+[', press('[', { ctrl: true }), false, 'stage:previous'],
    ['Ctrl+Shift+Space', press(' ', { ctrl: true, shift: true }), false, 'timer:toggle'],
    ['Ctrl+Space without Shift', press(' ', { ctrl: true }), false, null],
    ['Ctrl+Shift+Enter', press('Enter', { ctrl: true, shift: true }), false, 'room:new-note'],
    ['Ctrl+Shift+K', press('K', { ctrl: true, shift: true }), false, 'room:parking-lot'],
    ['Ctrl+Shift+P', press('P', { ctrl: true, shift: true }), false, 'view:present'],
    ['Ctrl+P', press('p', { ctrl: true }), false, 'file:export-pdf'],
  ])('%s', (_label, keyPress, isMac, expected) => {
    expect(commandForKeyPress(keyPress, isMac)).toBe(expected);
  });

  it.each([
    ['CmdOrCtrl+Shift+S', false, 'Ctrl+Shift+S'],
    ['CmdOrCtrl+Shift+S', true, '⌘⇧S'],
    ['CmdOrCtrl+/', false, 'Ctrl+/'],
    ['CmdOrCtrl+Shift+Space', false, 'Ctrl+Shift+Space'],
    ['CmdOrCtrl+Shift+Enter', true, '⌘⇧↩'],
  ])('describes %s (mac: %s) as %s', (accelerator, isMac, expected) => {
    expect(describeAccelerator(accelerator, isMac)).toBe(expected);
  });
});

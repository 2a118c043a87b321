import { describe, expect, it } from 'vitest';
import { COMMAND_ACCELERATORS, COMMAND_IDS, COMMANDS, commandForKeyPress, describeAccelerator } from '../../../shared/commands';

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

  it('finds every accelerator of the table back from its key press, on both systems', () => {
    for (const [id, accelerator] of Object.entries(COMMAND_ACCELERATORS)) {
      const parts = accelerator.split('+');
      const name = parts.at(-1)!;
      const key = name === 'Space' ? ' ' : name;
      const shift = parts.includes('Shift');
      expect(commandForKeyPress(press(key, { ctrl: true, shift }), false), accelerator).toBe(id);
      expect(commandForKeyPress(press(key, { meta: true, shift }), true), accelerator).toBe(id);
    }
  });

  it('gives no two commands the same keys or the same label', () => {
    const accelerators = Object.values(COMMAND_ACCELERATORS);
    expect(new Set(accelerators).size).toBe(accelerators.length);
    const labels = COMMAND_IDS.map((id) => COMMANDS[id].label);
    expect(new Set(labels).size).toBe(labels.length);
  });
});

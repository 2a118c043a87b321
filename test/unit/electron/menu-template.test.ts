import { describe, expect, it, vi } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { buildMenuTemplate } from '../../../electron/main/menu-template';
import { acceleratorOf, COMMAND_IDS, type CommandId } from '../../../shared/commands';

const build = (platform: NodeJS.Platform, isPackaged = true) => {
  const send = vi.fn<(command: CommandId) => void>();
  return { send, menu: buildMenuTemplate({ platform, appName: 'Endfirst', isPackaged, send }) };
};

function items(menu: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return menu.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? items(item.submenu) : [])]);
}
const labels = (menu: MenuItemConstructorOptions[]) => menu.map((item) => item.label);
const roles = (menu: MenuItemConstructorOptions[]) => items(menu).flatMap((item) => (item.role === undefined ? [] : [item.role]));
const byLabel = (menu: MenuItemConstructorOptions[], label: string) => items(menu).find((item) => item.label === label);
const click = (item: MenuItemConstructorOptions | undefined) =>
  (item?.click as (() => void) | undefined)?.();

describe('buildMenuTemplate', () => {
  it.each(['linux', 'win32'] as const)('has the five menus on %s', (platform) => {
    expect(labels(build(platform).menu)).toEqual(['File', 'Edit', 'View', 'Workshop', 'Window', 'Help']);
  });

  it('puts the app menu first on macOS', () => {
    expect(labels(build('darwin').menu)).toEqual(['Endfirst', 'File', 'Edit', 'View', 'Workshop', 'Window', 'Help']);
  });

  it.each([
    ['New workshop', 'CmdOrCtrl+N', 'workshop:new'],
    ['Import…', 'CmdOrCtrl+O', 'file:import'],
    ['Workshop files (.endfirst)…', 'CmdOrCtrl+E', 'file:export'],
    ['Summary as PDF…', 'CmdOrCtrl+P', 'file:export-pdf'],
    ['Summary as Markdown…', undefined, 'file:export-markdown'],
    ['Actions as CSV…', undefined, 'file:export-actions-csv'],
    ['Undo', 'CmdOrCtrl+Z', 'edit:undo'],
    ['Redo', 'CmdOrCtrl+Shift+Z', 'edit:redo'],
    ['Present on the projector', 'CmdOrCtrl+Shift+P', 'view:present'],
    ['Previous stage', 'CmdOrCtrl+[', 'stage:previous'],
    ['Next stage', 'CmdOrCtrl+]', 'stage:next'],
    ['Start or pause the timer', 'CmdOrCtrl+Shift+Space', 'timer:toggle'],
    ['New note', 'CmdOrCtrl+Shift+Enter', 'room:new-note'],
    ['Parking lot', 'CmdOrCtrl+Shift+K', 'room:parking-lot'],
    ['Save version', 'CmdOrCtrl+Shift+S', 'workshop:save-version'],
    ['Library', 'CmdOrCtrl+Shift+L', 'view:library'],
    ['Keyboard shortcuts', 'CmdOrCtrl+/', 'help:shortcuts'],
    ['About Endfirst', undefined, 'help:about'],
  ])('%s has %s and sends %s', (label, accelerator, command) => {
    for (const platform of ['linux', 'win32', 'darwin'] as const) {
      const { menu, send } = build(platform);
      const item = byLabel(menu, label);
      expect(item?.accelerator, `${platform} ${label}`).toBe(accelerator);
      click(item);
      expect(send).toHaveBeenCalledExactlyOnceWith(command);
    }
  });

  it('can send every command of the command table, and nothing else', () => {
    const { menu, send } = build('linux');
    for (const item of items(menu)) click(item);
    expect(send.mock.calls.map(([command]) => command).sort()).toEqual([...COMMAND_IDS].sort());
  });

  it('gives every command the keys the command table gives it', () => {
    const { menu, send } = build('linux');
    for (const item of items(menu)) {
      send.mockClear();
      click(item);
      const sent = send.mock.calls[0]?.[0];
      if (sent !== undefined) expect(item.accelerator, sent).toBe(acceleratorOf(sent));
    }
  });

  it('never uses one accelerator twice', () => {
    const accelerators = items(build('linux').menu).flatMap((item) => (item.accelerator === undefined ? [] : [item.accelerator]));
    expect(new Set(accelerators).size).toBe(accelerators.length);
    expect(accelerators.every((accelerator) => accelerator.startsWith('CmdOrCtrl+'))).toBe(true);
  });

  it('has the standard edit, view and window roles', () => {
    const linuxRoles = roles(build('linux').menu);
    for (const role of ['cut', 'copy', 'paste', 'selectAll', 'resetZoom', 'zoomIn', 'zoomOut', 'togglefullscreen', 'minimize', 'close', 'quit']) {
      expect(linuxRoles, role).toContain(role);
    }
    const macRoles = roles(build('darwin').menu);
    for (const role of ['front', 'zoom', 'hide', 'services', 'close', 'quit']) expect(macRoles, role).toContain(role);
  });

  it('offers no reload or DevTools in a packaged build', () => {
    for (const platform of ['linux', 'win32', 'darwin'] as const) {
      const packagedRoles = roles(build(platform, true).menu);
      expect(packagedRoles).not.toContain('toggleDevTools');
      expect(packagedRoles).not.toContain('reload');
      expect(packagedRoles).not.toContain('forceReload');
    }
  });

  it('offers reload and DevTools while developing', () => {
    expect(roles(build('linux', false).menu)).toEqual(expect.arrayContaining(['reload', 'toggleDevTools']));
  });
});

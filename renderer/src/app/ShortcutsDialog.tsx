import { useId } from 'react';
import { COMMAND_IDS, COMMANDS, acceleratorOf, describeAccelerator, type CommandScope } from '../../../shared/commands';
import { isMacPlatform } from '../host/platform';
import { Modal } from '../ui/Modal';

const SCOPE_HEADINGS: Readonly<Record<CommandScope, string>> = { app: 'Anywhere', workshop: 'In a workshop' };

/** Every keyboard shortcut, as this system writes it. Opened with Ctrl/Cmd+/ or "?". */
export function ShortcutsDialog({ onClose }: { onClose: () => void }) {
  const titleId = useId();
  const isMac = isMacPlatform();
  // Straight from the command table the menu and the browser host use, so this list cannot drift.
  const rowsFor = (scope: CommandScope): [string, string][] =>
    COMMAND_IDS.flatMap((id) => {
      const accelerator = acceleratorOf(id);
      if (accelerator === undefined || COMMANDS[id].scope !== scope) return [];
      return [[COMMANDS[id].label, describeAccelerator(accelerator, isMac) + (id === 'help:shortcuts' ? ' or ?' : '')]];
    });
  const groups: [CommandScope, [string, string][]][] = [
    ['app', [...rowsFor('app'), ['Save now (everything is saved as you type anyway)', describeAccelerator('CmdOrCtrl+S', isMac)]]],
    ['workshop', rowsFor('workshop')],
  ];
  return (
    <Modal titleId={titleId} onClose={onClose}>
      <h2 id={titleId}>Keyboard shortcuts</h2>
      <table className="shortcuts">
        <thead>
          <tr>
            <th scope="col">Action</th>
            <th scope="col">Keys</th>
          </tr>
        </thead>
        {groups.map(([scope, rows]) => (
          <tbody key={scope}>
            <tr>
              <th scope="rowgroup" colSpan={2}>
                {SCOPE_HEADINGS[scope]}
              </th>
            </tr>
            {rows.map(([action, keys]) => (
              <tr key={action}>
                <td>{action}</td>
                <td>
                  <kbd>{keys}</kbd>
                </td>
              </tr>
            ))}
          </tbody>
        ))}
      </table>
      <div className="dialog-actions">
        <button type="button" className="button primary" data-autofocus onClick={onClose}>
          Close
        </button>
      </div>
    </Modal>
  );
}

import { useId } from 'react';
import { COMMAND_ACCELERATORS, COMMAND_LABELS, describeAccelerator } from '../../../shared/commands';
import { isMacPlatform } from '../host/platform';
import { Modal } from '../ui/Modal';

/** Every keyboard shortcut, as this system writes it. Opened with Ctrl/Cmd+/ or "?". */
export function ShortcutsDialog({ onClose }: { onClose: () => void }) {
  const titleId = useId();
  const isMac = isMacPlatform();
  // Straight from the table the menu and the browser host use, so this list cannot drift.
  const rows: [string, string][] = [
    ...Object.entries(COMMAND_ACCELERATORS).map(([command, accelerator]): [string, string] => [
      COMMAND_LABELS[command as keyof typeof COMMAND_ACCELERATORS],
      describeAccelerator(accelerator, isMac) + (command === 'help:shortcuts' ? ' or ?' : ''),
    ]),
    ['Save now (everything is saved as you type anyway)', describeAccelerator('CmdOrCtrl+S', isMac)],
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
        <tbody>
          {rows.map(([action, keys]) => (
            <tr key={action}>
              <td>{action}</td>
              <td>
                <kbd>{keys}</kbd>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="dialog-actions">
        <button type="button" className="button primary" data-autofocus onClick={onClose}>
          Close
        </button>
      </div>
    </Modal>
  );
}

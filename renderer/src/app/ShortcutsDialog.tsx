import { useId } from 'react';
import { COMMAND_ACCELERATORS, COMMAND_LABELS, describeAccelerator } from '../../../shared/commands';
import { isMacPlatform } from '../host/platform';
import { Modal } from '../ui/Modal';

/** Every keyboard shortcut, as this system writes it. Opened with Ctrl/Cmd+/ or "?". */
export function ShortcutsDialog({ onClose }: { onClose: () => void }) {
  const titleId = useId();
  const isMac = isMacPlatform();
  const rows: [string, string][] = [
    [COMMAND_LABELS['workshop:new'], describeAccelerator(COMMAND_ACCELERATORS['workshop:new'], isMac)],
    [COMMAND_LABELS['file:import'], describeAccelerator(COMMAND_ACCELERATORS['file:import'], isMac)],
    [COMMAND_LABELS['file:export'], describeAccelerator(COMMAND_ACCELERATORS['file:export'], isMac)],
    ['Save now (everything is saved as you type anyway)', describeAccelerator('CmdOrCtrl+S', isMac)],
    [COMMAND_LABELS['workshop:save-version'], describeAccelerator(COMMAND_ACCELERATORS['workshop:save-version'], isMac)],
    [COMMAND_LABELS['view:library'], describeAccelerator(COMMAND_ACCELERATORS['view:library'], isMac)],
    [COMMAND_LABELS['help:shortcuts'], `${describeAccelerator(COMMAND_ACCELERATORS['help:shortcuts'], isMac)} or ?`],
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

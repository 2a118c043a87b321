import { MonitorPlay } from 'lucide-react';
import { useEffect } from 'react';
import { COMMAND_ACCELERATORS, describeAccelerator } from '../../../../shared/commands';
import { useHost } from '../../host/HostContext';
import { isMacPlatform } from '../../host/platform';
import { openPresenter } from './open-presenter';

/**
 * "Present" in the workshop bar. It also answers the View › Present command (Ctrl/Cmd+Shift+P),
 * so the shortcut works wherever the button is on screen, i.e. whenever a workshop is open.
 */
export function PresentButton({ workshopId }: { workshopId: string }) {
  const host = useHost();
  useEffect(
    () =>
      host.onMenuCommand((command) => {
        if (command === 'view:present') openPresenter(workshopId);
      }),
    [host, workshopId],
  );
  const shortcut = describeAccelerator(COMMAND_ACCELERATORS['view:present'], isMacPlatform());
  return (
    <button
      type="button"
      className="button"
      onClick={() => openPresenter(workshopId)}
      title={`Show the question, timer and notes on the projector (${shortcut})`}
      aria-keyshortcuts={COMMAND_ACCELERATORS['view:present'].replace('CmdOrCtrl', isMacPlatform() ? 'Meta' : 'Control')}
    >
      <MonitorPlay aria-hidden="true" size={18} />
      Present
    </button>
  );
}

import { MonitorPlay } from 'lucide-react';
import { useEffect } from 'react';
import { COMMAND_ACCELERATORS, describeAccelerator } from '../../../../shared/commands';
import { useHost } from '../../host/HostContext';
import { isMacPlatform } from '../../host/platform';
import { showToast } from '../../ui/toasts';
import { openPresenter } from './open-presenter';

function present(workshopId: string): void {
  if (!openPresenter(workshopId)) {
    showToast({ message: 'The presenter window was blocked. Allow pop-up windows for Endfirst, then press Present again.', tone: 'error' });
  }
}

/**
 * "Present" in the workshop bar. It also answers the View › Present command (Ctrl/Cmd+Shift+P),
 * so the shortcut works wherever the button is on screen, i.e. whenever a workshop is open.
 */
export function PresentButton({ workshopId }: { workshopId: string }) {
  const host = useHost();
  useEffect(
    () =>
      host.onMenuCommand((command) => {
        if (command === 'view:present') present(workshopId);
      }),
    [host, workshopId],
  );
  const shortcut = describeAccelerator(COMMAND_ACCELERATORS['view:present'], isMacPlatform());
  return (
    <button
      type="button"
      className="button"
      onClick={() => present(workshopId)}
      title={`Show the question, timer and notes on the projector (${shortcut})`}
      aria-keyshortcuts={COMMAND_ACCELERATORS['view:present'].replace('CmdOrCtrl', isMacPlatform() ? 'Meta' : 'Control')}
    >
      <MonitorPlay aria-hidden="true" size={18} />
      Present
    </button>
  );
}

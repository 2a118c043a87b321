import { CalendarRange } from 'lucide-react';
import { useState } from 'react';
import type { Workshop } from '../../../../shared/domain/workshop';
import { runningSession } from '../../../../shared/sessions';
import { SessionsPanel } from './SessionsPanel';

/** "Sessions" in the agenda panel's head (each session has its own agenda), naming the running one; owns its panel. */
export function SessionsButton({ workshop }: { workshop: Workshop }) {
  const [isOpen, setIsOpen] = useState(false);
  const running = runningSession(workshop);
  return (
    <>
      <button
        type="button"
        className="button"
        title={running ? `Sessions: ${running.label} is running` : 'Sessions: none running'}
        onClick={() => setIsOpen(true)}
      >
        <CalendarRange aria-hidden="true" size={18} />
        <span>Sessions</span>
      </button>
      {isOpen && <SessionsPanel workshop={workshop} onClose={() => setIsOpen(false)} />}
    </>
  );
}

import { useEffect } from 'react';
import { useLocation } from 'wouter';
import { STAGE_IDS, type StageId } from '../../../../shared/method/stages';
import { useHost } from '../../host/HostContext';

/** Next and previous stage from the Workshop menu and Ctrl/Cmd+] and Ctrl/Cmd+[. */
export function useStageCommands(workshopId: string, stageId: StageId) {
  const host = useHost();
  const [, navigate] = useLocation();
  useEffect(
    () =>
      host.onMenuCommand((command) => {
        if (command !== 'stage:next' && command !== 'stage:previous') return;
        const index = STAGE_IDS.indexOf(stageId) + (command === 'stage:next' ? 1 : -1);
        const target = STAGE_IDS[index];
        if (target) navigate(`/workshop/${workshopId}/${target}`);
      }),
    [host, navigate, workshopId, stageId],
  );
}

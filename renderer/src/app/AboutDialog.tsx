import { useEffect, useRef, useState } from 'react';
import type { AppInfo } from '../../../shared/ipc';
import { useHost } from '../host/HostContext';

const PLATFORM_LABELS: Record<AppInfo['platform'], string> = {
  darwin: 'macOS',
  win32: 'Windows',
  linux: 'Linux',
  web: 'Web browser',
};

/** Version and, importantly for facilitators, where their workshops are stored. */
export function AboutDialog({ onClose }: { onClose: () => void }) {
  const host = useHost();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const [info, setInfo] = useState<AppInfo | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    dialogRef.current?.showModal();
    host.getAppInfo().then(setInfo, (error: unknown) => setProblem(String(error)));
  }, [host]);

  return (
    <dialog ref={dialogRef} className="dialog" aria-labelledby="about-title" onClose={onClose}>
      <h2 id="about-title">About Endfirst</h2>
      <p>Plan AI pilots backwards from production: design who runs it first, then the pilot that proves it.</p>
      {problem && <p role="alert">Could not read the app details: {problem}</p>}
      {info && (
        <dl className="facts">
          <dt>Version</dt>
          <dd>{info.version}</dd>
          <dt>Running on</dt>
          <dd>
            {PLATFORM_LABELS[info.platform]}
            {info.electronVersion ? ` · Electron ${info.electronVersion}` : ''}
          </dd>
          <dt>Your workshops are stored</dt>
          <dd>{info.dataFolder ?? 'In this browser’s storage for this site, on this computer only.'}</dd>
        </dl>
      )}
      <form method="dialog">
        <button type="submit" className="button primary" autoFocus>
          Close
        </button>
      </form>
    </dialog>
  );
}

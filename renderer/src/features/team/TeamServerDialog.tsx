import './team.css';
import { useId, useRef, useState, type FormEvent } from 'react';
import { parseTeamServerAddress } from '../../../../shared/sync/team-server-address';
import { getAutosave } from '../../editing/autosave';
import { useHost } from '../../host/HostContext';
import { Modal } from '../../ui/Modal';
import { connectionSentence } from './sync-words';
import { useTeamConnection } from './team-connection-store';
import { reconnectTeamServerNow, useTeamSyncRunner } from './team-sync-runner';

/**
 * The team server setting: where this laptop syncs shared plans. Nothing connects until Save; the
 * app then reloads, because a page cannot widen its own security policy to the new address.
 */
export function TeamServerDialog({ onClose }: { onClose: () => void }) {
  const id = useId();
  const host = useHost();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const saved = useTeamSyncRunner((state) => state.address) ?? null;
  const isSyncingElsewhere = useTeamSyncRunner((state) => state.isSyncingElsewhere);
  const connection = useTeamConnection((state) => state.connection);
  const connectionProblem = useTeamConnection((state) => state.problem);
  const [typed, setTyped] = useState(saved ?? '');
  const [problem, setProblem] = useState<string | null>(null);
  const [isSaving, setSaving] = useState(false);
  const parsed = parseTeamServerAddress(typed);
  // The warning is shown as soon as the address reads as one; a problem waits for Save, so half an address is not scolded.
  const warning = parsed.ok ? parsed.warning : null;

  async function save(url: string | null) {
    setSaving(true);
    try {
      // The host reloads the app: every edit still on its way to storage is committed first.
      await getAutosave().flushAll();
      await host.teamServer.set(url);
    } catch (error) {
      setProblem(error instanceof Error ? error.message : String(error));
      setSaving(false);
    }
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!parsed.ok) {
      setProblem(parsed.problem);
      return;
    }
    if (parsed.url === saved) {
      dialogRef.current?.close();
      return;
    }
    void save(parsed.url);
  }

  return (
    <Modal titleId={`${id}-title`} descriptionId={`${id}-lead`} onClose={onClose} dialogRef={dialogRef} className="team-server-dialog">
      <form onSubmit={submit} noValidate>
        <h2 id={`${id}-title`}>Team server</h2>
        <p id={`${id}-lead`} className="team-dialog-lead">
          A team server lets your team share plans: each plan you choose to share syncs through it, and the team portfolio
          lists every shared plan. Nothing connects until you save its address here.
        </p>
        <p className={`team-connection-line connection-${saved === null ? 'none' : connection}`} role="status">
          {connectionSentence({ address: saved, connection, problem: connectionProblem, isSyncingElsewhere })}
        </p>
        <div className="field">
          <label htmlFor={`${id}-address`}>Team server address</label>
          <input
            id={`${id}-address`}
            className="lib-text-input"
            value={typed}
            onChange={(event) => {
              setTyped(event.target.value);
              setProblem(null);
            }}
            placeholder="wss://endfirst.example.org"
            autoComplete="off"
            spellCheck={false}
            inputMode="url"
            aria-invalid={problem !== null}
            aria-describedby={`${id}-hint ${id}-feedback`}
            data-autofocus
          />
          <p id={`${id}-hint`} className="field-hint">
            Whoever runs your team’s server gives you this address.
          </p>
          <div id={`${id}-feedback`} aria-live="polite">
            {problem !== null && <p className="field-problem">{problem}</p>}
            {problem === null && warning !== null && <p className="team-address-warning">{warning}</p>}
          </div>
        </div>
        <div className="dialog-actions team-dialog-actions">
          {saved !== null && (
            <button type="button" className="button danger-outline" onClick={() => void save(null)} disabled={isSaving}>
              Stop using the team server
            </button>
          )}
          {saved !== null && connection === 'offline' && !isSyncingElsewhere && (
            <button type="button" className="button" onClick={reconnectTeamServerNow}>
              Try again now
            </button>
          )}
          <span className="team-dialog-spacer" />
          <button type="button" className="button" onClick={() => dialogRef.current?.close()}>
            Cancel
          </button>
          <button type="submit" className="button primary" disabled={isSaving}>
            Save
          </button>
        </div>
        {saved !== null && (
          <p className="field-hint team-dialog-note">
            Stopping keeps every plan on this laptop, shared ones too; they sync again when you set a team server.
          </p>
        )}
      </form>
    </Modal>
  );
}
